# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``ListTaskInstanceForm`` model of the Airflow REST API."""

from datetime import datetime
from typing import ClassVar, FrozenSet, List, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.core.base_model import Field
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names
from airflow_client.client.model.task_state import TaskState


class ListTaskInstanceForm(OfficialModel):
    """ListTaskInstanceForm

    Attributes:
        page_offset (int): The number of items to skip before starting to collect the result set.
        page_limit (int): The numbers of items to return.
        dag_ids (List[str]): Return objects with specific DAG IDs.
            The value can be repeated to retrieve multiple matching values (OR condition).
        dag_run_ids (List[str]): Return objects with specific DAG Run IDs.
            The value can be repeated to retrieve multiple matching values (OR condition).
            *New in version 2.7.1*
        task_ids (List[str]): Return objects with specific task IDs.
            The value can be repeated to retrieve multiple matching values (OR condition).
            *New in version 2.7.1*
        execution_date_gte (datetime): Returns objects greater or equal to the specified date.

            This can be combined with execution_date_lte parameter to receive only the selected period.
        execution_date_lte (datetime): Returns objects less than or equal to the specified date.

            This can be combined with execution_date_gte parameter to receive only the selected period.
        start_date_gte (datetime): Returns objects greater or equal the specified date.

            This can be combined with start_date_lte parameter to receive only the selected period.
        start_date_lte (datetime): Returns objects less or equal the specified date.

            This can be combined with start_date_gte parameter to receive only the selected period.
        end_date_gte (datetime): Returns objects greater or equal the specified date.

            This can be combined with start_date_lte parameter to receive only the selected period.
        end_date_lte (datetime): Returns objects less than or equal to the specified date.

            This can be combined with start_date_gte parameter to receive only the selected period.
        duration_gte (float): Returns objects greater than or equal to the specified values.

            This can be combined with duration_lte parameter to receive only the selected period.
        duration_lte (float): Returns objects less than or equal to the specified values.

            This can be combined with duration_gte parameter to receive only the selected range.
        state (List[TaskState]): The value can be repeated to retrieve multiple matching values (OR condition).
        pool (List[str]): The value can be repeated to retrieve multiple matching values (OR condition).
        queue (List[str]): The value can be repeated to retrieve multiple matching values (OR condition).
        executor (List[str]): The value can be repeated to retrieve multiple matching values (OR condition).
    """

    page_offset: Optional[int] = Field(None, ge=0)
    """The number of items to skip before starting to collect the result set."""
    page_limit: Optional[int] = Field(None, ge=1)
    """The numbers of items to return."""
    dag_ids: Optional[List[str]] = None
    """Return objects with specific DAG IDs.
    The value can be repeated to retrieve multiple matching values (OR condition)."""
    dag_run_ids: Optional[List[str]] = None
    """Return objects with specific DAG Run IDs.
    The value can be repeated to retrieve multiple matching values (OR condition).
    *New in version 2.7.1*"""
    task_ids: Optional[List[str]] = None
    """Return objects with specific task IDs.
    The value can be repeated to retrieve multiple matching values (OR condition).
    *New in version 2.7.1*"""
    execution_date_gte: Optional[datetime] = None
    """Returns objects greater or equal to the specified date.

    This can be combined with execution_date_lte parameter to receive only the selected period."""
    execution_date_lte: Optional[datetime] = None
    """Returns objects less than or equal to the specified date.

    This can be combined with execution_date_gte parameter to receive only the selected period."""
    start_date_gte: Optional[datetime] = None
    """Returns objects greater or equal the specified date.

    This can be combined with start_date_lte parameter to receive only the selected period."""
    start_date_lte: Optional[datetime] = None
    """Returns objects less or equal the specified date.

    This can be combined with start_date_gte parameter to receive only the selected period."""
    end_date_gte: Optional[datetime] = None
    """Returns objects greater or equal the specified date.

    This can be combined with start_date_lte parameter to receive only the selected period."""
    end_date_lte: Optional[datetime] = None
    """Returns objects less than or equal to the specified date.

    This can be combined with start_date_gte parameter to receive only the selected period."""
    duration_gte: Optional[float] = None
    """Returns objects greater than or equal to the specified values.

    This can be combined with duration_lte parameter to receive only the selected period."""
    duration_lte: Optional[float] = None
    """Returns objects less than or equal to the specified values.

    This can be combined with duration_gte parameter to receive only the selected range."""
    state: Optional[List[Optional[TaskState]]] = None
    """The value can be repeated to retrieve multiple matching values (OR condition)."""
    pool: Optional[List[str]] = None
    """The value can be repeated to retrieve multiple matching values (OR condition)."""
    queue: Optional[List[str]] = None
    """The value can be repeated to retrieve multiple matching values (OR condition)."""
    executor: Optional[List[str]] = None
    """The value can be repeated to retrieve multiple matching values (OR condition)."""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
