# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Job`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.base_model import ApiModel, AwareDatetime


class Job(ApiModel):
    """Job (fields: see ``docs/Job.md``)."""

    id: Optional[int] = None
    dag_id: Optional[str] = None
    state: Optional[str] = None
    job_type: Optional[str] = None
    start_date: Optional[AwareDatetime] = None
    end_date: Optional[AwareDatetime] = None
    latest_heartbeat: Optional[AwareDatetime] = None
    executor_class: Optional[str] = None
    hostname: Optional[str] = None
    unixname: Optional[str] = None

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
