# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""VariableApi, awaitable: the operations tagged ``Variable``, on an ``AsyncApiClient``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.variable_api import (
    _DELETE_VARIABLE,
    _GET_VARIABLE,
    _GET_VARIABLES,
    _PATCH_VARIABLE,
    _POST_VARIABLES,
)

if TYPE_CHECKING:
    from airflow_client.client.model.variable import Variable
    from airflow_client.client.model.variable_collection import VariableCollection

__all__ = ["VariableApi"]


class VariableApi(AsyncApi):
    """Operations tagged ``Variable``, each a coroutine; documented on
    :class:`airflow_client.client.api.variable_api.VariableApi`, whose operations they run."""

    async def delete_variable(
        self,
        variable_key: str,
        **kwargs: Unpack[RequestOptions],
    ) -> None:
        """Delete a variable.

        Awaitable form of :meth:`airflow_client.client.api.variable_api.VariableApi.delete_variable`.
        """
        return await self._call(_DELETE_VARIABLE, kwargs, variable_key=variable_key)

    async def get_variable(
        self,
        variable_key: str,
        **kwargs: Unpack[RequestOptions],
    ) -> Variable:
        """Get a variable.

        Awaitable form of :meth:`airflow_client.client.api.variable_api.VariableApi.get_variable`.
        """
        return await self._call(_GET_VARIABLE, kwargs, variable_key=variable_key)

    async def get_variables(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> VariableCollection:
        """List variables.

        Awaitable form of :meth:`airflow_client.client.api.variable_api.VariableApi.get_variables`.
        """
        return await self._call(_GET_VARIABLES, kwargs, limit=limit, offset=offset, order_by=order_by)

    async def patch_variable(
        self,
        variable_key: str,
        variable: Union[Variable, Dict[str, Any]],
        *,
        update_mask: Optional[List[str]] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> Variable:
        """Update a variable.

        Awaitable form of :meth:`airflow_client.client.api.variable_api.VariableApi.patch_variable`.
        """
        return await self._call(
            _PATCH_VARIABLE, kwargs, variable_key=variable_key, variable=variable, update_mask=update_mask
        )

    async def post_variables(
        self,
        variable: Union[Variable, Dict[str, Any]],
        **kwargs: Unpack[RequestOptions],
    ) -> Variable:
        """Create a variable.

        Awaitable form of :meth:`airflow_client.client.api.variable_api.VariableApi.post_variables`.
        """
        return await self._call(_POST_VARIABLES, kwargs, variable=variable)
