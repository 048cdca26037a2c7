"""What the package gives the core rather than the core import it: the generated
models by class name, and the checks that build on the models.

Operations and answers refer to models by name (``"DAG"``); the package gives
the core a function that lists them (:func:`use_models`), so that nothing in
the core imports generated code, and a model is imported only when first needed.

The models hand what pure Python does not take (a value to convert, a strict
answer) to the checks of :mod:`airflow_client.client.core.validation`, which build
on the models and import pydantic; the package gives the models a function that
imports them when first needed (:func:`use_checks`), so that the models import
neither (no import circle, and reading answers loads no validation library).
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, Dict, List, Mapping, Optional, Protocol

from airflow_client.client.exceptions import ApiValueError

#: The generated models: a function that gives ``{class name: module}`` and the package of
#: those modules.  Given by the package (:func:`use_models`): the core never imports generated code.
_MODELS: List[Any] = [dict, ""]


#: The models found so far, by name.
_FOUND: Dict[str, Any] = {}


def use_models(modules: Callable[[], Mapping[str, str]], package: str) -> None:
    """Name the generated models that operations and answers refer to by name:
    ``modules()`` gives ``{"DAG": "dag", ...}``, each a module of ``package``
    (asked when a model is first needed, so that importing the client loads none)."""
    _MODELS[:] = [modules, package]
    _FOUND.clear()


def model_class(name: str) -> Any:
    """A generated model by its class name, imported on first use."""
    found = _FOUND.get(name)
    if found is None:
        modules, package = _MODELS
        module = modules().get(name)
        if module is None:
            raise ApiValueError(f"no model named {name!r}")
        found = _FOUND[name] = getattr(importlib.import_module(f"{package}.{module}"), name)
    return found


class Checks(Protocol):
    """What the models ask of the checks (:mod:`airflow_client.client.core.validation`)."""

    def construct(self, cls: Any, data: Dict[str, Any]) -> Dict[str, Any]:
        """The values of a model of ``cls`` built from ``data``, checked and converted."""

    def check_answer(self, cls: Any, data: Any, operation: Optional[str]) -> None:
        """Raise ``ResponseValidationError`` for the first value of an answer the spec does not allow."""


#: The function that gives the checks; given by the package (:func:`use_checks`).
_CHECKS: List[Callable[[], Checks]] = []


def use_checks(checks: Callable[[], Checks]) -> None:
    """Give the models their checks: ``checks()`` gives them (importing them on first call)."""
    _CHECKS[:] = [checks]


def checks() -> Checks:
    """The checks the package gave (:func:`use_checks`)."""
    if not _CHECKS:
        raise RuntimeError("no checks given to the models: airflow_client.client gives them when imported")
    return _CHECKS[0]()


__all__ = ["Checks", "checks", "model_class", "use_checks", "use_models"]
