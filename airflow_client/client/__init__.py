"""Python client for the Apache Airflow 2.x stable REST API (``/api/v1``).

``ApiClient`` and ``Configuration`` connect; the API classes (``DAGApi``,
``DAGRunApi``, ...) live in ``airflow_client.client.api`` and the models in
``airflow_client.client.model``, both also reachable, lazily, through
``airflow_client.client.apis`` and ``airflow_client.client.models``.
Beyond the official client: :func:`paginate` walks every page of a list
operation, :func:`trigger_dag_run_and_wait` runs a DAG and waits for the result,
:func:`read_task_log` and :func:`follow_task_log` read a task try's log as text.
"""

__version__ = "2.10.5"

from airflow_client.client.api_client import ApiClient, AsyncResult
from airflow_client.client.configuration import Configuration
from airflow_client.client.exceptions import (
    ApiAttributeError,
    ApiConnectionError,
    ApiException,
    ApiKeyError,
    ApiTimeoutError,
    ApiTypeError,
    ApiValueError,
    DeadlineExceededError,
    ForbiddenException,
    NotFoundException,
    NotSupportedOnServerError,
    OpenApiException,
    OperationNotSupportedError,
    ResponseDecodeError,
    ResponseValidationError,
    ServiceException,
    UnauthorizedException,
)
from airflow_client.client.lazy import submodules
from airflow_client.client.logs import TaskLogTimeout, follow_task_log, read_task_log
from airflow_client.client.pagination import iter_pages, paginate
from airflow_client.client.waiting import DagRunWaitTimeout, trigger_dag_run_and_wait, wait_for_dag_run


def _wire() -> None:
    """What the lower layers are given rather than import: the version, the
    generated models by name (the core never imports generated code), and the
    models' checks (the models never import them: the checks build on the models)."""
    from typing import Mapping

    from airflow_client.client import _version
    from airflow_client.client.core.registry import Checks, use_checks, use_models

    def model_modules() -> Mapping[str, str]:
        from airflow_client.client.models import MODEL_MODULES

        return MODEL_MODULES

    def checks() -> Checks:
        from airflow_client.client.core import validation  # pydantic: imported on first need

        return validation

    _version.VERSION = __version__
    use_models(model_modules, "airflow_client.client.model")
    use_checks(checks)


_wire()
del _wire

__all__ = [
    "__version__",
    "ApiClient",
    "AsyncResult",
    "Configuration",
    "OpenApiException",
    "ApiAttributeError",
    "ApiConnectionError",
    "ApiException",
    "ApiKeyError",
    "ApiTimeoutError",
    "ApiTypeError",
    "ApiValueError",
    "DeadlineExceededError",
    "ForbiddenException",
    "NotFoundException",
    "NotSupportedOnServerError",
    "OperationNotSupportedError",
    "ResponseDecodeError",
    "ResponseValidationError",
    "ServiceException",
    "UnauthorizedException",
    "DagRunWaitTimeout",
    "TaskLogTimeout",
    "follow_task_log",
    "read_task_log",
    "iter_pages",
    "paginate",
    "trigger_dag_run_and_wait",
    "wait_for_dag_run",
]


#: A module of the package, imported when first read (``airflow_client.client.model_utils``).
__getattr__ = submodules(__name__)
