# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""ConfigApi: the operations tagged ``Config``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import STR, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

if TYPE_CHECKING:
    from airflow_client.client.model.config import Config

__all__ = ["ConfigApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "Config": "airflow_client.client.model.config",
        "Error": "airflow_client.client.model.error",
    },
)

_GET_CONFIG = Operation(
    "get_config",
    "GET",
    "/config",
    query={"section": STR},
    response="Config",
    content_types=("application/json", "text/plain"),
)
_GET_VALUE = Operation(
    "get_value",
    "GET",
    "/config/section/{section}/option/{option}",
    path_params={"section": STR, "option": STR},
    response="Config",
    content_types=("application/json", "text/plain"),
    since="2.7.0",
)


class ConfigApi(Api):
    """Operations tagged ``Config``; methods are named after the spec's operationIds."""

    def get_config(
        self,
        *,
        section: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> Union[Config, str]:
        """Get current configuration.

        ``GET /config``

        :param section: If given, only return config of this section.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Union[Config, str]``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_CONFIG, kwargs, section=section)

    def get_value(
        self,
        section: str,
        option: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Union[Config, str]:
        """Get a option from configuration.

        ``GET /config/section/{section}/option/{option}``

        :param section: section
        :param option: option
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Union[Config, str]``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises OperationNotSupportedError: the server's Airflow is older than 2.7.0 (a NotFoundException)
        """
        return self._call(_GET_VALUE, kwargs, section=section, option=option)
