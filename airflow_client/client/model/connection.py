# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Connection`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional, Tuple

from pydantic import Field, StrictInt, StrictStr

from airflow_client.client.base_model import ApiModel, alias_property
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class Connection(ApiModel):
    """Full representation of the connection.

    Attributes:
        connection_id (str): The connection ID.
        conn_type (str): The connection type.
        description (str, nullable): The description of the connection.
        host (str, nullable): Host of the connection.
        login (str, nullable): Login of the connection.
        schema_ (str, nullable): Schema of the connection.
        port (int, nullable): Port of the connection.
        password (str): Password of the connection.
        extra (str, nullable): Other values that cannot be put into another field, e.g. RSA keys.
    """

    connection_id: Optional[StrictStr] = None
    """The connection ID."""
    conn_type: Optional[StrictStr] = None
    """The connection type."""
    description: Optional[StrictStr] = None
    """The description of the connection."""
    host: Optional[StrictStr] = None
    """Host of the connection."""
    login: Optional[StrictStr] = None
    """Login of the connection."""
    schema_: Optional[StrictStr] = Field(None, alias="schema")
    """Schema of the connection."""
    port: Optional[StrictInt] = None
    """Port of the connection."""
    password: Optional[StrictStr] = None
    """Password of the connection."""
    extra: Optional[StrictStr] = None
    """Other values that cannot be put into another field, e.g. RSA keys."""
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
