# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``PluginCollectionItem`` model of the Airflow REST API."""

from typing import Any, ClassVar, Dict, FrozenSet, List, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class PluginCollectionItem(OfficialModel):
    """A plugin Item.

    *New in version 2.1.0*

    Attributes:
        name (str): The name of the plugin
        hooks (List[str]): The plugin hooks
        executors (List[str]): The plugin executors
        macros (List[str]): The plugin macros
        flask_blueprints (List[str]): The flask blueprints
        appbuilder_views (List[Dict[str, Any]]): The appuilder views
        appbuilder_menu_items (List[Dict[str, Any]]): The Flask Appbuilder menu items
        global_operator_extra_links (List[str]): The global operator extra links
        operator_extra_links (List[str]): Operator extra links
        source (str, nullable): The plugin source
        ti_deps (List[str]): The plugin task instance dependencies
        listeners (List[str]): The plugin listeners
        timetables (List[str]): The plugin timetables
    """

    name: Optional[str] = None
    """The name of the plugin"""
    hooks: Optional[List[Optional[str]]] = None
    """The plugin hooks"""
    executors: Optional[List[Optional[str]]] = None
    """The plugin executors"""
    macros: Optional[List[Optional[str]]] = None
    """The plugin macros"""
    flask_blueprints: Optional[List[Optional[str]]] = None
    """The flask blueprints"""
    appbuilder_views: Optional[List[Optional[Dict[str, Any]]]] = None
    """The appuilder views"""
    appbuilder_menu_items: Optional[List[Optional[Dict[str, Any]]]] = None
    """The Flask Appbuilder menu items"""
    global_operator_extra_links: Optional[List[Optional[str]]] = None
    """The global operator extra links"""
    operator_extra_links: Optional[List[Optional[str]]] = None
    """Operator extra links"""
    source: Optional[str] = None
    """The plugin source"""
    ti_deps: Optional[List[str]] = None
    """The plugin task instance dependencies"""
    listeners: Optional[List[str]] = None
    """The plugin listeners"""
    timetables: Optional[List[str]] = None
    """The plugin timetables"""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"source"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
