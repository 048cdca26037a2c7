# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``ListDagRunsForm`` model of the Airflow REST API."""

from datetime import datetime
from typing import ClassVar, FrozenSet, List, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.core.base_model import Field
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class ListDagRunsForm(OfficialModel):
    """ListDagRunsForm

    Attributes:
        order_by (str): The name of the field to order the results by. Prefix a field name
            with `-` to reverse the sort order.

            *New in version 2.1.0*
        page_offset (int): The number of items to skip before starting to collect the result set.
        page_limit (int): The numbers of items to return.
        dag_ids (List[str]): Return objects with specific DAG IDs.
            The value can be repeated to retrieve multiple matching values (OR condition).
        states (List[str]): Return objects with specific states.
            The value can be repeated to retrieve multiple matching values (OR condition).
        execution_date_gte (datetime): Returns objects greater or equal to the specified date.

            This can be combined with execution_date_lte key to receive only the selected period.
        execution_date_lte (datetime): Returns objects less than or equal to the specified date.

            This can be combined with execution_date_gte key to receive only the selected period.
        start_date_gte (datetime): Returns objects greater or equal the specified date.

            This can be combined with start_date_lte key to receive only the selected period.
        start_date_lte (datetime): Returns objects less or equal the specified date.

            This can be combined with start_date_gte parameter to receive only the selected period
        end_date_gte (datetime): Returns objects greater or equal the specified date.

            This can be combined with end_date_lte parameter to receive only the selected period.
        end_date_lte (datetime): Returns objects less than or equal to the specified date.

            This can be combined with end_date_gte parameter to receive only the selected period.
    """

    order_by: Optional[str] = None
    """The name of the field to order the results by. Prefix a field name
    with `-` to reverse the sort order.

    *New in version 2.1.0*"""
    page_offset: Optional[int] = Field(None, ge=0)
    """The number of items to skip before starting to collect the result set."""
    page_limit: Optional[int] = Field(None, ge=1)
    """The numbers of items to return."""
    dag_ids: Optional[List[str]] = None
    """Return objects with specific DAG IDs.
    The value can be repeated to retrieve multiple matching values (OR condition)."""
    states: Optional[List[str]] = None
    """Return objects with specific states.
    The value can be repeated to retrieve multiple matching values (OR condition)."""
    execution_date_gte: Optional[datetime] = None
    """Returns objects greater or equal to the specified date.

    This can be combined with execution_date_lte key to receive only the selected period."""
    execution_date_lte: Optional[datetime] = None
    """Returns objects less than or equal to the specified date.

    This can be combined with execution_date_gte key to receive only the selected period."""
    start_date_gte: Optional[datetime] = None
    """Returns objects greater or equal the specified date.

    This can be combined with start_date_lte key to receive only the selected period."""
    start_date_lte: Optional[datetime] = None
    """Returns objects less or equal the specified date.

    This can be combined with start_date_gte parameter to receive only the selected period"""
    end_date_gte: Optional[datetime] = None
    """Returns objects greater or equal the specified date.

    This can be combined with end_date_lte parameter to receive only the selected period."""
    end_date_lte: Optional[datetime] = None
    """Returns objects less than or equal to the specified date.

    This can be combined with end_date_gte parameter to receive only the selected period."""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset()
    __nullable__: ClassVar[FrozenSet[str]] = frozenset()


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
