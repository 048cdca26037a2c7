"""Python client for the Apache Airflow 2.x stable REST API: see ``airflow_client.client``."""

from typing import Any


def __getattr__(name: str) -> Any:
    # ``import airflow_client`` then ``airflow_client.client.Configuration(...)``,
    # as the official client's README writes it.
    if name == "client":
        import importlib

        return importlib.import_module("airflow_client.client")
    raise AttributeError(f"module 'airflow_client' has no attribute {name!r}")
