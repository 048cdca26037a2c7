# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DAGDetailAllOf`` model of the Airflow REST API."""

from typing import Any, ClassVar, Dict, FrozenSet, List, Optional

from pydantic import StrictBool, StrictFloat, StrictStr

from airflow_client.client.base_model import ApiModel, AwareDatetime
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.time_delta import TimeDelta


class DAGDetailAllOf(ApiModel):
    """DAGDetailAllOf (fields: see ``docs/DAGDetailAllOf.md``)."""

    timezone: Optional[StrictStr] = None
    catchup: Optional[StrictBool] = None
    orientation: Optional[StrictStr] = None
    concurrency: Optional[StrictFloat] = None
    start_date: Optional[AwareDatetime] = None
    dag_run_timeout: Optional[TimeDelta] = None
    dataset_expression: Optional[Dict[str, Any]] = None
    doc_md: Optional[StrictStr] = None
    default_view: Optional[StrictStr] = None
    params: Optional[Dict[str, Any]] = None
    end_date: Optional[AwareDatetime] = None
    is_paused_upon_creation: Optional[StrictBool] = None
    last_parsed: Optional[AwareDatetime] = None
    template_search_path: Optional[List[StrictStr]] = None
    render_template_as_native_obj: Optional[StrictBool] = None

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
