# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``WeightRule`` model of the Airflow REST API."""

from airflow_client.client.base_model import ApiEnum


class WeightRule(ApiEnum):
    """WeightRule: one of downstream, upstream, absolute."""

    DOWNSTREAM = "downstream"
    UPSTREAM = "upstream"
    ABSOLUTE = "absolute"
