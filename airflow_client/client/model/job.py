# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Job`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from pydantic import StrictInt, StrictStr

from airflow_client.client.base_model import ApiModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class Job(ApiModel):
    """Job

    Attributes:
        id (int)
        dag_id (str, nullable)
        state (str, nullable)
        job_type (str, nullable)
        start_date (str, nullable)
        end_date (str, nullable)
        latest_heartbeat (str, nullable)
        executor_class (str, nullable)
        hostname (str, nullable)
        unixname (str, nullable)
    """

    id: Optional[StrictInt] = None
    dag_id: Optional[StrictStr] = None
    state: Optional[StrictStr] = None
    job_type: Optional[StrictStr] = None
    start_date: Optional[StrictStr] = None
    end_date: Optional[StrictStr] = None
    latest_heartbeat: Optional[StrictStr] = None
    executor_class: Optional[StrictStr] = None
    hostname: Optional[StrictStr] = None
    unixname: Optional[StrictStr] = None

    _nullable: ClassVar[bool] = True
    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset(
        {
            "dag_id",
            "state",
            "job_type",
            "start_date",
            "end_date",
            "latest_heartbeat",
            "executor_class",
            "hostname",
            "unixname",
        }
    )
    __datetime_text__: ClassVar[FrozenSet[str]] = frozenset({"start_date", "end_date", "latest_heartbeat"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
