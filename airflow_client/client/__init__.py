"""Python client for the Apache Airflow 2.x stable REST API (``/api/v1``).

``ApiClient`` and ``Configuration`` connect; the API classes (``DAGApi``,
``DAGRunApi``, ...) live in ``airflow_client.client.api`` and the models in
``airflow_client.client.model``, both also reachable, lazily, through
``airflow_client.client.apis`` and ``airflow_client.client.models``.
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
    BadRequestException,
    ConflictException,
    ForbiddenException,
    NotFoundException,
    OpenApiException,
    ResponseDecodeError,
    ResponseValidationError,
    ServiceException,
    UnauthorizedException,
)

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
    "BadRequestException",
    "ConflictException",
    "ForbiddenException",
    "NotFoundException",
    "ResponseDecodeError",
    "ResponseValidationError",
    "ServiceException",
    "UnauthorizedException",
]
