# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""PoolApi: the operations tagged ``Pool``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names
from airflow_client.client.operation import Operation

if TYPE_CHECKING:
    from airflow_client.client.model.pool import Pool
    from airflow_client.client.model.pool_collection import PoolCollection

__all__ = ["PoolApi"]

#: What the official client's module holds besides the class: the models its
#: operations send and answer, and helpers; each imported on first use.
__getattr__, __dir__ = lazy_names(
    __name__,
    OFFICIAL_API_MODULE_NAMES,
    {
        "Error": "airflow_client.client.model.error",
        "Pool": "airflow_client.client.model.pool",
        "PoolCollection": "airflow_client.client.model.pool_collection",
    },
)

_DELETE_POOL = Operation("delete_pool", "DELETE", "/pools/{pool_name}", path_params={"pool_name": "str"})
_GET_POOL = Operation("get_pool", "GET", "/pools/{pool_name}", path_params={"pool_name": "str"}, response="Pool")
_GET_POOLS = Operation(
    "get_pools", "GET", "/pools", query={"limit": "int", "offset": "int", "order_by": "str"}, response="PoolCollection"
)
_PATCH_POOL = Operation(
    "patch_pool",
    "PATCH",
    "/pools/{pool_name}",
    path_params={"pool_name": "str"},
    query={"update_mask": "[str],"},
    body="Pool",
    body_name="pool",
    response="Pool",
)
_POST_POOL = Operation("post_pool", "POST", "/pools", body="Pool", body_name="pool", response="Pool")


class PoolApi(Api):
    """Operations tagged ``Pool``; methods are named after the spec's operationIds."""

    def delete_pool(self, pool_name: str, **kwargs: Unpack[RequestOptions]) -> None:
        """Delete a pool.

        ``DELETE /pools/{pool_name}``

        :param pool_name: ``str`` (required)
        :returns: ``None``
        """
        return self.api_client.call(_DELETE_POOL, kwargs, pool_name=pool_name)

    def get_pool(self, pool_name: str, **kwargs: Unpack[RequestOptions]) -> Pool:
        """Get a pool.

        ``GET /pools/{pool_name}``

        :param pool_name: ``str`` (required)
        :returns: ``Pool``
        """
        return self.api_client.call(_GET_POOL, kwargs, pool_name=pool_name)

    def get_pools(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> PoolCollection:
        """List pools.

        ``GET /pools``

        :param limit: ``int``
        :param offset: ``int``
        :param order_by: ``str``
        :returns: ``PoolCollection``
        """
        return self.api_client.call(_GET_POOLS, kwargs, limit=limit, offset=offset, order_by=order_by)

    def patch_pool(
        self,
        pool_name: str,
        pool: Union[Pool, Dict[str, Any]],
        *,
        update_mask: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> Pool:
        """Update a pool.

        ``PATCH /pools/{pool_name}``

        :param pool_name: ``str`` (required)
        :param pool: ``Union[Pool, Dict[str, Any]]`` (required)
        :param update_mask: ``List[str]``
        :returns: ``Pool``
        """
        return self.api_client.call(_PATCH_POOL, kwargs, pool_name=pool_name, pool=pool, update_mask=update_mask)

    def post_pool(self, pool: Union[Pool, Dict[str, Any]], **kwargs: Unpack[RequestOptions]) -> Pool:
        """Create a pool.

        ``POST /pools``

        :param pool: ``Union[Pool, Dict[str, Any]]`` (required)
        :returns: ``Pool``
        """
        return self.api_client.call(_POST_POOL, kwargs, pool=pool)
