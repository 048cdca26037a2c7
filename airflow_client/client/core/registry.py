"""The generated models, by class name, as the package names them for the core.

Operations and answers refer to models by name (``"DAG"``); the package gives
the core a function that lists them (:func:`use_models`), so that nothing in
the core imports generated code, and a model is imported only when first needed.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, List, Mapping

from airflow_client.client.exceptions import ApiValueError

#: The generated models: a function that gives ``{class name: module}`` and the package of
#: those modules.  Given by the package (:func:`use_models`): the core never imports generated code.
_MODELS: List[Any] = [dict, ""]


def use_models(modules: Callable[[], Mapping[str, str]], package: str) -> None:
    """Name the generated models that operations and answers refer to by name:
    ``modules()`` gives ``{"DAG": "dag", ...}``, each a module of ``package``
    (asked when a model is first needed, so that importing the client loads none)."""
    _MODELS[:] = [modules, package]


def model_class(name: str) -> Any:
    """A generated model by its class name, imported on first use."""
    modules, package = _MODELS
    module = modules().get(name)
    if module is None:
        raise ApiValueError(f"no model named {name!r}")
    return getattr(importlib.import_module(f"{package}.{module}"), name)


__all__ = ["model_class", "use_models"]
