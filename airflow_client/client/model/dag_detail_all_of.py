# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DAGDetailAllOf`` model of the Airflow REST API."""

from datetime import datetime
from typing import Any, ClassVar, Dict, FrozenSet, List, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.time_delta import TimeDelta


class DAGDetailAllOf(OfficialModel):
    """DAGDetailAllOf

    Attributes:
        timezone (str, nullable)
        catchup (bool, read-only, nullable)
        orientation (str, read-only, nullable)
        concurrency (float, read-only, nullable)
        start_date (datetime, read-only, nullable): The DAG's start date.

            *Changed in version 2.0.1*: Field becomes nullable.
        dag_run_timeout (TimeDelta, nullable): Time delta
        dataset_expression (Dict[str, Any], nullable): Nested dataset any/all conditions
        doc_md (str, read-only, nullable)
        default_view (str, read-only, nullable)
        params (Dict[str, Any], read-only): User-specified DAG params.

            *New in version 2.0.1*
        end_date (datetime, read-only, nullable): The DAG's end date.

            *New in version 2.3.0*.
        is_paused_upon_creation (bool, read-only, nullable): Whether the DAG is paused upon creation.

            *New in version 2.3.0*
        last_parsed (datetime, read-only, nullable): The last time the DAG was parsed.

            *New in version 2.3.0*
        template_search_path (List[str], nullable): The template search path.

            *New in version 2.3.0*
        render_template_as_native_obj (bool, read-only, nullable): Whether to render templates as native Python objects.

            *New in version 2.3.0*
    """

    timezone: Optional[str] = None
    catchup: Optional[bool] = None
    orientation: Optional[str] = None
    concurrency: Optional[float] = None
    start_date: Optional[datetime] = None
    """The DAG's start date.

    *Changed in version 2.0.1*: Field becomes nullable."""
    dag_run_timeout: Optional[TimeDelta] = None
    """Time delta"""
    dataset_expression: Optional[Dict[str, Any]] = None
    """Nested dataset any/all conditions"""
    doc_md: Optional[str] = None
    default_view: Optional[str] = None
    params: Optional[Dict[str, Any]] = None
    """User-specified DAG params.

    *New in version 2.0.1*"""
    end_date: Optional[datetime] = None
    """The DAG's end date.

    *New in version 2.3.0*."""
    is_paused_upon_creation: Optional[bool] = None
    """Whether the DAG is paused upon creation.

    *New in version 2.3.0*"""
    last_parsed: Optional[datetime] = None
    """The last time the DAG was parsed.

    *New in version 2.3.0*"""
    template_search_path: Optional[List[str]] = None
    """The template search path.

    *New in version 2.3.0*"""
    render_template_as_native_obj: Optional[bool] = None
    """Whether to render templates as native Python objects.

    *New in version 2.3.0*"""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset(
        {
            "catchup",
            "orientation",
            "concurrency",
            "start_date",
            "doc_md",
            "default_view",
            "params",
            "end_date",
            "is_paused_upon_creation",
            "last_parsed",
            "render_template_as_native_obj",
        }
    )
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {
            "timezone",
            "catchup",
            "orientation",
            "concurrency",
            "start_date",
            "dag_run_timeout",
            "dataset_expression",
            "doc_md",
            "default_view",
            "end_date",
            "is_paused_upon_creation",
            "last_parsed",
            "template_search_path",
            "render_template_as_native_obj",
        }
    )


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
