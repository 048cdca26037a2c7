# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``ScheduleInterval`` model of the Airflow REST API."""

from typing import Union

from pydantic import Discriminator, Tag
from typing_extensions import Annotated

from airflow_client.client.base_model import discriminate_by
from airflow_client.client.model.cron_expression import CronExpression
from airflow_client.client.model.relative_delta import RelativeDelta
from airflow_client.client.model.time_delta import TimeDelta

#: One of TimeDelta, RelativeDelta, CronExpression, told apart by ``__type``.
ScheduleInterval = Annotated[
    Union[
        Annotated[TimeDelta, Tag("TimeDelta")],
        Annotated[RelativeDelta, Tag("RelativeDelta")],
        Annotated[CronExpression, Tag("CronExpression")],
    ],
    Discriminator(discriminate_by("__type", "type")),
]
