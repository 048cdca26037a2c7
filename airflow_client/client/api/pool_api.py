# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""PoolApi: the operations tagged ``Pool``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.api_base import Api, RequestOptions
from airflow_client.client.api_client import ApiClient  # noqa: F401 - the official module holds it too
from airflow_client.client.core.operation import INT, STR, Array, Operation
from airflow_client.client.lazy import OFFICIAL_API_MODULE_NAMES, lazy_names

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

_DELETE_POOL = Operation("delete_pool", "DELETE", "/pools/{pool_name}", path_params={"pool_name": STR})
_GET_POOL = Operation("get_pool", "GET", "/pools/{pool_name}", path_params={"pool_name": STR}, response="Pool")
_GET_POOLS = Operation(
    "get_pools",
    "GET",
    "/pools",
    query={"limit": INT, "offset": INT.at_least(0), "order_by": STR},
    response="PoolCollection",
)
_PATCH_POOL = Operation(
    "patch_pool",
    "PATCH",
    "/pools/{pool_name}",
    path_params={"pool_name": STR},
    query={"update_mask": Array(STR, joined=True)},
    body="Pool",
    body_name="pool",
    response="Pool",
)
_POST_POOL = Operation("post_pool", "POST", "/pools", body="Pool", body_name="pool", response="Pool")


class PoolApi(Api):
    """Operations tagged ``Pool``; methods are named after the spec's operationIds."""

    def delete_pool(
        self,
        pool_name: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a pool.

        ``DELETE /pools/{pool_name}``

        :param pool_name: The pool name.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``None``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_DELETE_POOL, kwargs, pool_name=pool_name)

    def get_pool(
        self,
        pool_name: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Pool:
        """Get a pool.

        ``GET /pools/{pool_name}``

        :param pool_name: The pool name.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Pool``: Success.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        """
        return self._call(_GET_POOL, kwargs, pool_name=pool_name)

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

        :param limit: The numbers of items to return. (the server's default: ``100``)
        :param offset: The number of items to skip before starting to collect the result set.
        :param order_by: The name of the field to order the results by.
            Prefix a field name with `-` to reverse the sort order.

            *New in version 2.1.0*
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``PoolCollection``: List of pools.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(_GET_POOLS, kwargs, limit=limit, offset=offset, order_by=order_by)

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

        :param pool_name: The pool name.
        :param pool: The pool: a ``Pool``, or a dict of its fields.
        :param update_mask: The fields to update on the resource. If absent or empty, all modifiable fields are updated.
            A comma-separated list of fully qualified names of fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Pool``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        :raises NotFoundException: 404: A specified resource is not found.
        :raises ApiException: 409: An existing resource conflicts with the request.
        """
        return self._call(_PATCH_POOL, kwargs, pool_name=pool_name, pool=pool, update_mask=update_mask)

    def post_pool(
        self,
        pool: Union[Pool, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> Pool:
        """Create a pool.

        ``POST /pools``

        :param pool: The pool: a ``Pool``, or a dict of its fields.
        :param kwargs: per-call options (``_request_timeout``, ``_headers``, ...): see ``RequestOptions``.
        :returns: ``Pool``: Success.
        :raises ApiException: 400: Client specified an invalid argument.
        :raises UnauthorizedException: 401: Request not authenticated due to missing, invalid, authentication info.
        :raises ForbiddenException: 403: Client does not have sufficient permission.
        """
        return self._call(_POST_POOL, kwargs, pool=pool)
