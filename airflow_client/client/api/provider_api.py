# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""ProviderApi: the operations tagged ``Provider``."""

from __future__ import annotations

from typing import Any, Dict

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

__all__ = ["ProviderApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "CollectionInfo": "airflow_client.client.model.collection_info",
        "Error": "airflow_client.client.model.error",
        "ProviderCollection": "airflow_client.client.model.provider_collection",
    },
)

_GET_PROVIDERS = Operation(
    "get_providers", "GET", "/providers", response="ProviderCollection", plain=True, since="2.1.0"
)


class ProviderApi(Api):
    """Operations tagged ``Provider``; methods are named after the spec's operationIds."""

    def get_providers(
        self,
        **kwargs: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """List providers.

        Get a list of providers.

        *New in version 2.1.0*

        ``GET /providers``

        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Dict[str, Any]``: List of providers.
            The JSON as sent, a plain ``dict`` (as the official client answers), shaped as ``ProviderCollection``.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.1.0 (a NotFoundException)
        """
        return self._call(_GET_PROVIDERS, kwargs)
