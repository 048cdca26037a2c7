# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``PluginCollectionItem`` model of the Airflow REST API."""

from typing import Any, ClassVar, Dict, FrozenSet, List, Optional

from airflow_client.client.base_model import ApiModel


class PluginCollectionItem(ApiModel):
    """PluginCollectionItem (fields: see ``docs/PluginCollectionItem.md``)."""

    name: Optional[str] = None
    hooks: Optional[List[str]] = None
    executors: Optional[List[str]] = None
    macros: Optional[List[str]] = None
    flask_blueprints: Optional[List[str]] = None
    appbuilder_views: Optional[List[Dict[str, Any]]] = None
    appbuilder_menu_items: Optional[List[Dict[str, Any]]] = None
    global_operator_extra_links: Optional[List[str]] = None
    operator_extra_links: Optional[List[str]] = None
    source: Optional[str] = None
    ti_deps: Optional[List[str]] = None
    listeners: Optional[List[str]] = None
    timetables: Optional[List[str]] = None

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"source"})
