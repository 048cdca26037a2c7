# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""One module per model; ``airflow_client.client.models`` has them all."""
