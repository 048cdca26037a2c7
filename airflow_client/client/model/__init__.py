# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""One module per model; ``airflow_client.client.models`` has them all."""

from airflow_client.client.lazy import submodules

#: A module of the package, imported when first read (``package.dag_run``).
__getattr__ = submodules(__name__)
