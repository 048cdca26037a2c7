# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``UpdateDagRunState`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Literal, Optional

from airflow_client.client.base_model import ApiModel


class UpdateDagRunState(ApiModel):
    """UpdateDagRunState (fields: see ``docs/UpdateDagRunState.md``)."""

    state: Optional[Literal["success", "failed", "queued"]] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()
