# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``DagWarningCollection`` model of the Airflow REST API."""

from typing import Any, ClassVar, Dict, FrozenSet, List, Optional, Tuple

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class DagWarningCollection(OfficialModel):
    """Collection of DAG warnings.

    Attributes:
        dag_warnings (List[Dict[str, Any]]): Each a plain dict of a ``DagWarning``'s fields, as the official client holds them.
        total_entries (int): Count of total objects in the current result set before pagination parameters
            (limit, offset) are applied.
    """

    dag_warnings: Optional[List[Dict[str, Any]]] = None
    """Each a plain dict of a ``DagWarning``'s fields, as the official client holds them."""
    total_entries: Optional[int] = None
    """Count of total objects in the current result set before pagination parameters
    (limit, offset) are applied."""

    __all_of__: ClassVar[Tuple[str, ...]] = (
        "DagWarningCollectionAllOf",
        "CollectionInfo",
    )
    __items__: ClassVar[str] = "dag_warnings"
    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
