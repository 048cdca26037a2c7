"""Kerberos/SPNEGO credentials (``from airflow_client.client.kerberos import KerberosAuth``).

It lives in :mod:`airflow_client.client.transport.kerberos`; this name is the
same module object."""

import sys

from airflow_client.client.transport import kerberos as _transport

sys.modules[__name__] = _transport
