"""Names a module holds without importing them until first use (PEP 562).

The generated API modules hold, as the official client's do, the models their
operations send and answer and a few helpers (``from
airflow_client.client.api.pool_api import Pool`` works); importing each at
once would load every model with the first API class.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any, Callable, Dict, List, Optional, Tuple


def lazy_names(
    module_name: str, *tables: Dict[str, Optional[str]]
) -> Tuple[Callable[[str], Any], Callable[[], List[str]]]:
    """``(__getattr__, __dir__)`` for the module ``module_name``: each name of the
    ``tables`` is imported from the module it maps to when first read (a name
    mapped to ``None`` is a module of its own, e.g. ``re``), then kept."""
    namespace = sys.modules[module_name].__dict__
    table: Dict[str, Optional[str]] = {}
    for part in tables:
        table.update(part)

    def __getattr__(name: str) -> Any:
        if name not in table:
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
        source = table[name]
        value = importlib.import_module(name) if source is None else getattr(importlib.import_module(source), name)
        namespace[name] = value
        return value

    def __dir__() -> List[str]:
        return sorted(set(namespace) | set(table))

    return __getattr__, __dir__


def submodules(package: str) -> Callable[[str], Any]:
    """A ``__getattr__`` for the package ``package``: a module of it, imported when
    first read (``airflow_client.client.model_utils``, ``...model.dag_run``), as code
    written for the official client reads the ones its imports had loaded."""

    def __getattr__(name: str) -> Any:
        try:
            return importlib.import_module(f"{package}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{package}.{name}":
                raise
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None

    return __getattr__


def _official_imports(*names: str) -> Dict[str, Optional[str]]:
    """``names`` from ``model_utils``, and the modules ``re`` and ``sys``: what the
    official client's generated modules import besides their own classes."""
    table: Dict[str, Optional[str]] = dict.fromkeys(names, "airflow_client.client.model_utils")
    table.update(re=None, sys=None)
    return table


#: What each of the official client's API modules holds besides its class and models.
OFFICIAL_API_MODULE_NAMES = _official_imports(
    "check_allowed_values",
    "check_validations",
    "date",
    "datetime",
    "file_type",
    "none_type",
    "validate_and_convert_types",
)

#: What each of the official client's model modules holds besides its model, for code
#: that imports them from there.
OFFICIAL_MODEL_MODULE_NAMES = _official_imports(
    "ApiAttributeError",
    "ApiTypeError",
    "ModelComposed",
    "ModelNormal",
    "ModelSimple",
    "OpenApiModel",
    "cached_property",
    "change_keys_js_to_python",
    "convert_js_args_to_python_args",
    "date",
    "datetime",
    "file_type",
    "lazy_import",
    "none_type",
)
