# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DatasetEvent`` model of the Airflow REST API."""

from typing import Any, ClassVar, Dict, FrozenSet, List, Optional

from pydantic import StrictInt, StrictStr

from airflow_client.client.base_model import ApiModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.basic_dag_run import BasicDAGRun


class DatasetEvent(ApiModel):
    """DatasetEvent (fields: see ``docs/DatasetEvent.md``)."""

    dataset_id: Optional[StrictInt] = None
    dataset_uri: Optional[StrictStr] = None
    extra: Optional[Dict[str, Any]] = None
    source_dag_id: Optional[StrictStr] = None
    source_task_id: Optional[StrictStr] = None
    source_run_id: Optional[StrictStr] = None
    source_map_index: Optional[StrictInt] = None
    created_dagruns: Optional[List[BasicDAGRun]] = None
    timestamp: Optional[StrictStr] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {"extra", "source_dag_id", "source_task_id", "source_run_id", "source_map_index"}
    )


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
