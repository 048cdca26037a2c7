# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""ImportErrorApi, awaitable: the operations tagged ``ImportError``, on an ``AsyncApiClient``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from typing_extensions import Unpack

from airflow_client.client.aio.api_base import AsyncApi, RequestOptions
from airflow_client.client.api.import_error_api import _GET_IMPORT_ERROR, _GET_IMPORT_ERRORS

if TYPE_CHECKING:
    from airflow_client.client.model.import_error import ImportError
    from airflow_client.client.model.import_error_collection import ImportErrorCollection

__all__ = ["ImportErrorApi"]


class ImportErrorApi(AsyncApi):
    """Operations tagged ``ImportError``, each a coroutine; documented on
    :class:`airflow_client.client.api.import_error_api.ImportErrorApi`, whose operations they run."""

    async def get_import_error(
        self,
        import_error_id: int,
        **kwargs: Unpack[RequestOptions],
    ) -> ImportError:
        """Get an import error.

        Awaitable form of :meth:`airflow_client.client.api.import_error_api.ImportErrorApi.get_import_error`.
        """
        return await self._call(_GET_IMPORT_ERROR, kwargs, import_error_id=import_error_id)

    async def get_import_errors(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        order_by: Optional[str] = None,
        **kwargs: Unpack[RequestOptions],
    ) -> ImportErrorCollection:
        """List import errors.

        Awaitable form of :meth:`airflow_client.client.api.import_error_api.ImportErrorApi.get_import_errors`.
        """
        return await self._call(_GET_IMPORT_ERRORS, kwargs, limit=limit, offset=offset, order_by=order_by)
