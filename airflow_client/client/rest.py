"""The official client's module ``airflow_client.client.rest``: the transport.

It lives in :mod:`airflow_client.client.transport.rest`; this name is the same
module object, so ``from airflow_client.client.rest import RESTClientObject``
and a test's ``mock.patch("airflow_client.client.rest....")`` reach it."""

import sys

from airflow_client.client.transport import rest as _transport

sys.modules[__name__] = _transport
