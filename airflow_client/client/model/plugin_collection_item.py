# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``PluginCollectionItem`` model of the Airflow REST API."""

from typing import Any, ClassVar, Dict, FrozenSet, List, Optional

from pydantic import StrictStr

from airflow_client.client.base_model import ApiModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class PluginCollectionItem(ApiModel):
    """PluginCollectionItem (fields: see ``docs/PluginCollectionItem.md``)."""

    name: Optional[StrictStr] = None
    hooks: Optional[List[Optional[StrictStr]]] = None
    executors: Optional[List[Optional[StrictStr]]] = None
    macros: Optional[List[Optional[StrictStr]]] = None
    flask_blueprints: Optional[List[Optional[StrictStr]]] = None
    appbuilder_views: Optional[List[Optional[Dict[str, Any]]]] = None
    appbuilder_menu_items: Optional[List[Optional[Dict[str, Any]]]] = None
    global_operator_extra_links: Optional[List[Optional[StrictStr]]] = None
    operator_extra_links: Optional[List[Optional[StrictStr]]] = None
    source: Optional[StrictStr] = None
    ti_deps: Optional[List[StrictStr]] = None
    listeners: Optional[List[StrictStr]] = None
    timetables: Optional[List[StrictStr]] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"source"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
