# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Job`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class Job(OfficialModel):
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

    id: Optional[int] = None
    dag_id: Optional[str] = None
    state: Optional[str] = None
    job_type: Optional[str] = None
    start_date: Optional[str] = None
    end_date: Optional[str] = None
    latest_heartbeat: Optional[str] = None
    executor_class: Optional[str] = None
    hostname: Optional[str] = None
    unixname: Optional[str] = None

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
