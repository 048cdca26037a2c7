# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""One module per API class; ``airflow_client.client.apis`` has them all."""

import importlib as _importlib


def __getattr__(name: str) -> object:
    """A module of the package, imported when first read (``package.dag_run``), as code
    written for the official client reads the ones its imports had loaded."""
    try:
        return _importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{name}":
            raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
