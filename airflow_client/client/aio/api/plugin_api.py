# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""PluginApi, awaitable: the operations tagged ``Plugin``, on an ``AsyncApiClient``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.plugin_api import _GET_PLUGINS

if TYPE_CHECKING:
    from airflow_client.client.model.plugin_collection import PluginCollection

__all__ = ["PluginApi"]


class PluginApi(AsyncApi):
    """Operations tagged ``Plugin``, each a coroutine; documented on
    :class:`airflow_client.client.api.plugin_api.PluginApi`, whose operations they run."""

    async def get_plugins(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> PluginCollection:
        """Get a list of loaded plugins.

        Awaitable form of :meth:`airflow_client.client.api.plugin_api.PluginApi.get_plugins`.
        """
        return await self._call(_GET_PLUGINS, kwargs, limit=limit, offset=offset)
