# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Connection`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional, Tuple

from pydantic import Field, StrictInt, StrictStr

from airflow_client.client.base_model import ApiModel, alias_property
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class Connection(ApiModel):
    """Connection (fields: see ``docs/Connection.md``)."""

    connection_id: Optional[StrictStr] = None
    conn_type: Optional[StrictStr] = None
    description: Optional[StrictStr] = None
    host: Optional[StrictStr] = None
    login: Optional[StrictStr] = None
    schema_: Optional[StrictStr] = Field(None, alias="schema")
    port: Optional[StrictInt] = None
    password: Optional[StrictStr] = None
    extra: Optional[StrictStr] = None
    schema = alias_property("schema_")  # type: ignore[pydantic-field]

    __all_of__: ClassVar[Tuple[str, ...]] = (
        "ConnectionCollectionItem",
        "ConnectionAllOf",
    )
    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"description", "host", "login", "schema_", "port", "extra"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
