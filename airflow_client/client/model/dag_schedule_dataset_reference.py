# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DagScheduleDatasetReference`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from pydantic import StrictStr

from airflow_client.client.base_model import ApiModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class DagScheduleDatasetReference(ApiModel):
    """DagScheduleDatasetReference (fields: see ``docs/DagScheduleDatasetReference.md``)."""

    dag_id: Optional[StrictStr] = None
    created_at: Optional[StrictStr] = None
    updated_at: Optional[StrictStr] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"dag_id"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
