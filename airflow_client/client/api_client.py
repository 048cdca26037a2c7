"""The official client's module ``airflow_client.client.api_client``: ``ApiClient``,
``Endpoint`` and the names the official module has.

They live in :mod:`airflow_client.client.compat.api_client`; this name is the same
module object, so imports and a test's ``mock.patch("airflow_client.client.api_client....")``
reach them."""

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # what type checkers read: the names, from where they live
    from airflow_client.client.compat.api_client import ApiClient as ApiClient
    from airflow_client.client.compat.api_client import AsyncResult as AsyncResult
    from airflow_client.client.compat.convert import file_type as file_type
    from airflow_client.client.compat.convert import none_type as none_type
    from airflow_client.client.compat.endpoint import Endpoint as Endpoint
    from airflow_client.client.compat.endpoint import via_call_api as via_call_api
    from airflow_client.client.core.options import RequestOptions as RequestOptions
else:
    from airflow_client.client.compat import api_client as _home

    sys.modules[__name__] = _home
