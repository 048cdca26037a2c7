# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``ConnectionCollectionItem`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from pydantic import Field

from airflow_client.client.base_model import ApiModel, alias_property


class ConnectionCollectionItem(ApiModel):
    """ConnectionCollectionItem (fields: see ``docs/ConnectionCollectionItem.md``)."""

    connection_id: Optional[str] = None
    conn_type: Optional[str] = None
    description: Optional[str] = None
    host: Optional[str] = None
    login: Optional[str] = None
    schema_: Optional[str] = Field(None, alias="schema")
    port: Optional[int] = None
    schema = alias_property("schema_")  # type: ignore[assignment]

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"description", "host", "login", "schema_", "port"})
