# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""ConfigApi, awaitable: the operations tagged ``Config``, on an ``AsyncApiClient``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.config_api import _GET_CONFIG, _GET_VALUE

if TYPE_CHECKING:
    from airflow_client.client.model.config import Config

__all__ = ["ConfigApi"]


class ConfigApi(AsyncApi):
    """Operations tagged ``Config``, each a coroutine; documented on
    :class:`airflow_client.client.api.config_api.ConfigApi`, whose operations they run."""

    async def get_config(
        self,
        *,
        section: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> Union[Config, str]:
        """Get current configuration.

        Awaitable form of :meth:`airflow_client.client.api.config_api.ConfigApi.get_config`.
        """
        return await self._call(_GET_CONFIG, kwargs, section=section)

    async def get_value(
        self,
        section: str,
        option: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Union[Config, str]:
        """Get a option from configuration.

        Awaitable form of :meth:`airflow_client.client.api.config_api.ConfigApi.get_value`.
        """
        return await self._call(_GET_VALUE, kwargs, section=section, option=option)
