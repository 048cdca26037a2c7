# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``CreateDatasetEvent`` model of the Airflow REST API."""

from typing import Any, ClassVar, Dict, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class CreateDatasetEvent(OfficialModel):
    """CreateDatasetEvent

    Attributes:
        dataset_uri (str, required): The URI of the dataset
        extra (Dict[str, Any], nullable): The dataset event extra
    """

    dataset_uri: Optional[str] = None
    """The URI of the dataset"""
    extra: Optional[Dict[str, Any]] = None
    """The dataset event extra"""

    __required__: ClassVar[FrozenSet[str]] = frozenset({"dataset_uri"})
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"extra"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
