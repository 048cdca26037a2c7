# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Color`` model of the Airflow REST API."""

from typing import ClassVar

from airflow_client.client.base_model import ApiString


class Color(ApiString):
    """Color: a string matching ``^#[a-fA-F0-9]{3,6}$``."""

    __pattern__: ClassVar[str] = "^#[a-fA-F0-9]{3,6}$"
