# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""ProviderApi, awaitable: the operations tagged ``Provider``, on an ``AsyncApiClient``."""

from __future__ import annotations

from typing import Any, Dict

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.provider_api import _GET_PROVIDERS

__all__ = ["ProviderApi"]


class ProviderApi(AsyncApi):
    """Operations tagged ``Provider``, each a coroutine; documented on
    :class:`airflow_client.client.api.provider_api.ProviderApi`, whose operations they run."""

    async def get_providers(
        self,
        **kwargs: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """List providers.

        Awaitable form of :meth:`airflow_client.client.api.provider_api.ProviderApi.get_providers`.
        """
        return await self._call(_GET_PROVIDERS, kwargs)
