# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""ProviderApi: the operations tagged ``Provider``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.operation import Operation

if TYPE_CHECKING:
    from airflow_client.client.model.provider_collection import ProviderCollection

__all__ = ["ProviderApi"]

_GET_PROVIDERS = Operation("get_providers", "GET", "/providers", response="ProviderCollection")


class ProviderApi(Api):
    """Operations tagged ``Provider``; methods are named after the spec's operationIds."""

    def get_providers(self, **kwargs: Unpack[RequestOptions]) -> ProviderCollection:
        """List providers.

        ``GET /providers``
        :returns: ``ProviderCollection``
        """
        return self.api_client.call(_GET_PROVIDERS, kwargs)
