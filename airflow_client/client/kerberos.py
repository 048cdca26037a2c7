"""Kerberos/SPNEGO credentials (``from airflow_client.client.kerberos import KerberosAuth``).

It lives in :mod:`airflow_client.client.transport.kerberos`; this name is the
same module object."""

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # what type checkers read: the names, from where they live
    from airflow_client.client.transport.kerberos import INSTALL_ADVICE as INSTALL_ADVICE
    from airflow_client.client.transport.kerberos import KerberosAuth as KerberosAuth
    from airflow_client.client.transport.kerberos import KerberosError as KerberosError
    from airflow_client.client.transport.kerberos import KerberosUnavailableError as KerberosUnavailableError
else:
    from airflow_client.client.transport import kerberos as _home

    sys.modules[__name__] = _home
