# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``Pool`` model of the Airflow REST API."""

from typing import ClassVar, FrozenSet, Optional

from airflow_client.client.compat.models import OfficialModel
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class Pool(OfficialModel):
    """The pool

    Attributes:
        name (str): The name of pool.
        slots (int): The maximum number of slots that can be assigned to tasks. One job may occupy one or more slots.
        occupied_slots (int, read-only): The number of slots used by running/queued tasks at the moment. May include deferred tasks if 'include_deferred' is set to true.
        running_slots (int, read-only): The number of slots used by running tasks at the moment.
        queued_slots (int, read-only): The number of slots used by queued tasks at the moment.
        open_slots (int, read-only): The number of free slots at the moment.
        scheduled_slots (int, read-only): The number of slots used by scheduled tasks at the moment.
        deferred_slots (int, read-only): The number of slots used by deferred tasks at the moment. Relevant if 'include_deferred' is set to true.

            *New in version 2.7.0*
        description (str, nullable): The description of the pool.

            *New in version 2.3.0*
        include_deferred (bool): If set to true, deferred tasks are considered when calculating open pool slots.

            *New in version 2.7.0*
    """

    name: Optional[str] = None
    """The name of pool."""
    slots: Optional[int] = None
    """The maximum number of slots that can be assigned to tasks. One job may occupy one or more slots."""
    occupied_slots: Optional[int] = None
    """The number of slots used by running/queued tasks at the moment. May include deferred tasks if 'include_deferred' is set to true."""
    running_slots: Optional[int] = None
    """The number of slots used by running tasks at the moment."""
    queued_slots: Optional[int] = None
    """The number of slots used by queued tasks at the moment."""
    open_slots: Optional[int] = None
    """The number of free slots at the moment."""
    scheduled_slots: Optional[int] = None
    """The number of slots used by scheduled tasks at the moment."""
    deferred_slots: Optional[int] = None
    """The number of slots used by deferred tasks at the moment. Relevant if 'include_deferred' is set to true.

    *New in version 2.7.0*"""
    description: Optional[str] = None
    """The description of the pool.

    *New in version 2.3.0*"""
    include_deferred: Optional[bool] = None
    """If set to true, deferred tasks are considered when calculating open pool slots.

    *New in version 2.7.0*"""

    __required__: ClassVar[FrozenSet[str]] = frozenset()
    __read_only__: ClassVar[FrozenSet[str]] = frozenset(
        {"occupied_slots", "running_slots", "queued_slots", "open_slots", "scheduled_slots", "deferred_slots"}
    )
    __nullable__: ClassVar[FrozenSet[str]] = frozenset({"description"})


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
