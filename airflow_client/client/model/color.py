# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Color`` model of the Airflow REST API."""

from typing import ClassVar

from airflow_client.client.compat.models import OfficialString
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class Color(OfficialString):
    """Color in hexadecimal notation.

    A string matching ``^#[a-fA-F0-9]{3,6}$``."""

    __pattern__: ClassVar[str] = "^#[a-fA-F0-9]{3,6}$"


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
