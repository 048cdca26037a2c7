# Generated from Apache Airflow 2.10.5's REST API spec (v1.yaml) by codegen; do not edit.
"""The ``TriggerRule`` model of the Airflow REST API."""

from airflow_client.client.compat.models import OfficialEnum
from airflow_client.client.lazy import OFFICIAL_MODEL_MODULE_NAMES, lazy_names


class TriggerRule(OfficialEnum):
    """Trigger rule.

    *Changed in version 2.2.0*: 'none_failed_min_one_success' is added as a possible value. Deprecated 'dummy' and 'always' is added as a possible value

    *Changed in version 2.3.0*: 'all_skipped' is added as a possible value.

    *Changed in version 2.5.0*: 'one_done' is added as a possible value.

    *Changed in version 2.7.0*: 'all_done_setup_success' is added as a possible value.

    One of all_success, all_failed, all_done, all_done_setup_success, one_success, one_failed, one_done, none_failed, none_skipped, none_failed_or_skipped, none_failed_min_one_success, dummy, all_skipped, always."""

    ALL_SUCCESS = "all_success"
    ALL_FAILED = "all_failed"
    ALL_DONE = "all_done"
    ALL_DONE_SETUP_SUCCESS = "all_done_setup_success"
    ONE_SUCCESS = "one_success"
    ONE_FAILED = "one_failed"
    ONE_DONE = "one_done"
    NONE_FAILED = "none_failed"
    NONE_SKIPPED = "none_skipped"
    NONE_FAILED_OR_SKIPPED = "none_failed_or_skipped"
    NONE_FAILED_MIN_ONE_SUCCESS = "none_failed_min_one_success"
    DUMMY = "dummy"
    ALL_SKIPPED = "all_skipped"
    ALWAYS = "always"


#: What the official client's module holds besides the model, imported on first use.
__getattr__, __dir__ = lazy_names(__name__, OFFICIAL_MODEL_MODULE_NAMES)
