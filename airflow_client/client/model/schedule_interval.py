# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``ScheduleInterval`` model of the Airflow REST API."""

from typing import ClassVar, Dict, Tuple, Type

from airflow_client.client.compat.models import OfficialOneOf
from airflow_client.client.core.base_model import ApiModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.cron_expression import CronExpression
from airflow_client.client.model.relative_delta import RelativeDelta
from airflow_client.client.model.time_delta import TimeDelta


class ScheduleInterval(OfficialOneOf):
    """Schedule interval. Defines how often DAG runs, this object gets added to your latest task instance's
    execution_date to figure out the next schedule.

    One of TimeDelta, RelativeDelta, CronExpression, told apart by ``__type``."""

    __discriminator__: ClassVar[Tuple[str, str]] = ("__type", "type")
    __members__: ClassVar[Dict[str, Type[ApiModel]]] = {
        "TimeDelta": TimeDelta,
        "RelativeDelta": RelativeDelta,
        "CronExpression": CronExpression,
    }
    _nullable: ClassVar[bool] = True


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
