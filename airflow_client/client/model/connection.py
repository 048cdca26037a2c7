# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Connection`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional, Tuple

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.core.base_model import Field, alias_property
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class Connection(OfficialModel):
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

    connection_id: Optional[str] = None
    """The connection ID."""
    conn_type: Optional[str] = None
    """The connection type."""
    description: Optional[str] = None
    """The description of the connection."""
    host: Optional[str] = None
    """Host of the connection."""
    login: Optional[str] = None
    """Login of the connection."""
    schema_: Optional[str] = Field(None, wire="schema")
    """Schema of the connection."""
    port: Optional[int] = None
    """Port of the connection."""
    password: Optional[str] = None
    """Password of the connection."""
    extra: Optional[str] = None
    """Other values that cannot be put into another field, e.g. RSA keys."""
    schema = alias_property("schema_")

    __all_of__: ClassVar[Tuple[str, ...]] = (
        "ConnectionCollectionItem",
        "ConnectionAllOf",
    )
    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"description", "host", "login", "schema_", "port", "extra"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
