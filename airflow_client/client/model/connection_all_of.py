# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``ConnectionAllOf`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class ConnectionAllOf(OfficialModel):
    """ConnectionAllOf

    Attributes:
        password (str): Password of the connection.
        extra (str, nullable): Other values that cannot be put into another field, e.g. RSA keys.
    """

    password: Optional[str] = None
    """Password of the connection."""
    extra: Optional[str] = None
    """Other values that cannot be put into another field, e.g. RSA keys."""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"extra"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
