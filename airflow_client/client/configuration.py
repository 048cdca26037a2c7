"""Client settings: where Airflow is, how to authenticate, and how to talk to it.

Every constructor argument and attribute of the official 2.x ``Configuration``
is accepted.  Most settings may be changed as attributes after construction,
as the official client's users do, until the first request is sent: the
connection pool is built from the configuration at that moment.
"""

from __future__ import annotations

import base64
import copy
import http.client as http_client  # noqa: F401  (a name of the official module)
import logging
import os
import sys
import threading
from typing import Any, Callable, ClassVar, Dict, List, Optional, Tuple, Union
from urllib.parse import urlsplit, urlunsplit

import urllib3

from airflow_client.client.exceptions import ApiValueError

#: The ``/api/v1`` prefix of Airflow 2's stable REST API.
API_PREFIX = "/api/v1"
DEFAULT_HOST = "http://localhost:8080" + API_PREFIX
#: (connect, read) seconds.  Airflow answers most calls in well under a second;
#: a long list or a task log can take longer to produce.
DEFAULT_TIMEOUT: Tuple[float, float] = (10.0, 60.0)
DEFAULT_RETRIES = 3
#: Retry n waits ``factor * 2 ** (n - 1)`` seconds, plus up to a quarter more at random.
DEFAULT_RETRY_BACKOFF_FACTOR = 0.5
#: The longest ``Retry-After`` the client waits; a longer one is raised at once.
DEFAULT_MAX_RETRY_AFTER = 60.0
#: Seconds one call may take, every attempt and every wait between them included.
DEFAULT_DEADLINE = 120.0

#: ``access_token`` may be a string or a function returning one (asked again
#: after a 401).  ``auth`` is a hook that may change any request's headers.
TokenSource = Union[str, Callable[[], str]]
AuthHook = Callable[["PreparedRequest"], None]
TimeoutSpec = Union[None, float, int, Tuple[Optional[float], Optional[float]], urllib3.Timeout]

_SECRET_FIELDS = ("password", "access_token", "api_key", "session_cookie", "proxy_headers")

#: The keywords ``disabled_client_side_validations`` may name (comma-separated).
JSON_SCHEMA_VALIDATION_KEYWORDS = {
    "multipleOf",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
}


class PreparedRequest:
    """A request about to be sent, as a custom ``auth`` hook sees it.

    The hook may change ``headers`` (to sign the request, say); ``method``,
    ``url`` and ``body`` are for reading.
    """

    __slots__ = ("method", "url", "headers", "body")

    def __init__(self, method: str, url: str, headers: Dict[str, str], body: Optional[bytes]) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body

    def __repr__(self) -> str:
        return f"PreparedRequest({self.method} {self.url})"


class Configuration:
    """Settings of an :class:`~airflow_client.client.ApiClient`.

    :param host: the Airflow webserver, with or without ``/api/v1``
        (``http://localhost:8080`` and ``http://localhost:8080/api/v1`` are the same).
    :param username: user for HTTP Basic authentication.
    :param password: its password.
    :param access_token: a bearer token, or a function that returns one; a
        function is asked again, once, when the server answers 401.
    :param api_key: ``{header name: key}`` sent on every request, e.g.
        ``{"X-API-Key": "..."}``; ``api_key_prefix`` gives an optional prefix per header.
    :param session_cookie: the value of Airflow's ``session`` cookie (the
        ``session`` auth backend), sent as ``Cookie: session=...``.
    :param auth: a function ``hook(request)`` called last before each request is
        sent; it may add or change headers (request signing, custom schemes).
    :param timeout: default timeout of every request: seconds (for the whole
        exchange), a ``(connect, read)`` pair or a ``urllib3.Timeout``; ``None``
        waits forever.  A call's ``_request_timeout=`` overrides it.
    :param deadline: seconds one call may take in all: every attempt, every
        backoff and ``Retry-After`` wait (120 by default; ``None`` for no end).
        Each attempt's timeout is cut to what remains; when none does, the call
        raises :class:`DeadlineExceededError` (an :class:`ApiTimeoutError`)
        saying how many attempts were made in how long.  A call's
        ``_deadline=`` overrides it.
    :param retries: retries on connection errors, timeouts and 429/502/503/504:
        a number or a ``urllib3.Retry`` (used as given, except that exhausted
        status retries raise the last answer's :class:`ApiException`).  A
        request that was not sent (connection refused) is retried whatever its
        verb; one that may have reached the server only for GET, HEAD, PUT,
        DELETE and OPTIONS, and also POST and PATCH with ``retry_non_idempotent``.
    :param retry_backoff_factor: retry n waits ``factor * 2 ** (n - 1)``
        seconds plus up to 25% of that at random (at most 30 s), unless the
        answer says ``Retry-After``.  Only for a number of ``retries``.
    :param max_retry_after: the longest ``Retry-After`` waited, in seconds (60
        by default).  An answer asking for longer, or for a wait that would pass
        the deadline, is raised at once as its :class:`ApiException`, the
        seconds asked for in its ``retry_after``.  Only for a number of ``retries``.
    :param strict_responses: raise :class:`ResponseValidationError` when a
        response does not match the spec, instead of keeping what was received.
    :param verify_ssl: check the server's certificate (on by default).
    :param ssl_ca_cert: a CA bundle file; ``SSL_CERT_FILE`` or ``REQUESTS_CA_BUNDLE``
        are used when unset and ``trust_env`` is on.
    :param cert_file: a client certificate (with ``key_file``) for mutual TLS.
    :param assert_hostname: the name the server's certificate must carry when
        it is not the host's, or ``False`` not to check the name.
    :param proxy: an ``http://`` or ``https://`` proxy URL, credentials may be
        in it (``http://user:pass@proxy:3128``); ``HTTP(S)_PROXY`` and
        ``NO_PROXY`` are honoured when unset and ``trust_env`` is on.
    :param proxy_headers: headers sent to the proxy only, e.g. ``Proxy-Authorization``.
    :param no_proxy: hosts reached directly, as in ``NO_PROXY`` (``"a.example,.internal"``).
    :param trust_env: read the proxy and CA settings from the environment;
        ``False`` ignores ``HTTP(S)_PROXY``, ``NO_PROXY``, ``SSL_CERT_FILE``,
        ``SSL_CERT_DIR`` and ``REQUESTS_CA_BUNDLE``.
    :param connection_pool_maxsize: the most connections open to the server at
        once; more threads wait for a free one.
    :param api_version: ``"v1"`` sends every call to Airflow 2's ``/api/v1``,
        ``"v2"`` translates it for Airflow 3's ``/api/v2`` (see
        ``docs/airflow3.md``); None (the default) finds out from the server: the
        first call goes to ``/api/v1``, and only when the server answers as
        Airflow 3 does there (404 "/api/v1 has been removed", or 405) is
        ``/api/v2/version`` asked, once, and the call sent again to ``/api/v2``.

    Settings of the connection (TLS, proxy, timeout, retries, pool size) may be
    set as attributes too, before the first request.

    The official client's other arguments (``discard_unknown_keys``,
    ``disabled_client_side_validations``, ``server_index``, ``server_variables``,
    ``server_operation_index``, ``server_operation_variables``) are accepted;
    see the README for what each does here.
    """

    _default: ClassVar[Optional["Configuration"]] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self,
        host: Optional[str] = None,
        api_key: Optional[Dict[str, str]] = None,
        api_key_prefix: Optional[Dict[str, str]] = None,
        access_token: Optional[TokenSource] = None,
        username: Optional[str] = None,
        password: Optional[str] = None,
        discard_unknown_keys: bool = False,
        disabled_client_side_validations: str = "",
        server_index: Optional[int] = None,
        server_variables: Optional[Dict[str, str]] = None,
        server_operation_index: Optional[Dict[str, int]] = None,
        server_operation_variables: Optional[Dict[str, Dict[str, str]]] = None,
        ssl_ca_cert: Optional[str] = None,
        *,
        session_cookie: Optional[str] = None,
        auth: Optional[AuthHook] = None,
        timeout: TimeoutSpec = DEFAULT_TIMEOUT,
        retries: Union[int, urllib3.Retry, None] = DEFAULT_RETRIES,
        retry_non_idempotent: bool = False,
        retry_backoff_factor: float = DEFAULT_RETRY_BACKOFF_FACTOR,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        deadline: Optional[float] = DEFAULT_DEADLINE,
        strict_responses: bool = False,
        verify_ssl: bool = True,
        cert_file: Optional[str] = None,
        key_file: Optional[str] = None,
        assert_hostname: Union[None, bool, str] = None,
        proxy: Optional[str] = None,
        proxy_headers: Optional[Dict[str, str]] = None,
        no_proxy: Optional[str] = None,
        trust_env: bool = True,
        connection_pool_maxsize: Optional[int] = None,
        max_redirects: int = 5,
        api_version: Optional[str] = None,
    ) -> None:
        self.host = host if host is not None else DEFAULT_HOST
        if api_version not in (None, "v1", "v2"):
            raise ApiValueError(f"api_version must be 'v1', 'v2' or None (ask the server), got {api_version!r}")
        #: ``"v1"`` (Airflow 2), ``"v2"`` (Airflow 3) or None: the client finds out, once,
        #: from the server's first answer (see ``ApiClient``).
        self.api_version = api_version
        # As there: 0 (the spec's server) when no host is given, else None; ``host`` decides here.
        self.server_index = 0 if server_index is None and host is None else server_index
        # The dicts given are kept, not copied: adding a key to one later is seen here too.
        self.api_key: Dict[str, str] = api_key if api_key else {}
        self.api_key_prefix: Dict[str, str] = api_key_prefix if api_key_prefix else {}
        self.access_token = access_token
        self.username = username
        self.password = password
        self.session_cookie = session_cookie
        self.auth = auth
        #: Kept for the official client's code; models here always keep unknown
        #: keys (``discard_unknown_keys=True`` drops them when parsing).
        self.discard_unknown_keys = discard_unknown_keys
        self.disabled_client_side_validations = disabled_client_side_validations
        self.server_variables = server_variables or {}
        self.server_operation_index = server_operation_index or {}
        self.server_operation_variables = server_operation_variables or {}
        self.ssl_ca_cert = ssl_ca_cert
        self.timeout = timeout
        self.retries = retries
        self.retry_non_idempotent = retry_non_idempotent
        self.retry_backoff_factor = retry_backoff_factor
        self.max_retry_after = max_retry_after
        self.deadline = deadline
        self.strict_responses = strict_responses
        self.verify_ssl = verify_ssl
        self.cert_file = cert_file
        self.key_file = key_file
        self.assert_hostname = assert_hostname
        self.proxy = proxy
        self.proxy_headers = proxy_headers
        self.no_proxy = no_proxy
        self.trust_env = trust_env
        self.connection_pool_maxsize = (
            connection_pool_maxsize if connection_pool_maxsize is not None else (os.cpu_count() or 1) * 5
        )
        self.max_redirects = max_redirects
        #: Validate parameters and request bodies before sending (official name).
        self.client_side_validation = True
        #: Names of the official client; ``tls_server_name`` and ``socket_options``
        #: are passed to urllib3 as they are.
        self.tls_server_name: Optional[str] = None
        self.socket_options: Optional[List[Any]] = None
        self.safe_chars_for_path_param = ""
        self.temp_folder_path: Optional[str] = None
        self.refresh_api_key_hook: Optional[Callable[["Configuration"], None]] = None
        self.logger: Dict[str, logging.Logger] = {
            "package_logger": logging.getLogger("airflow_client.client"),
            "urllib3_logger": logging.getLogger("urllib3"),
        }
        self.logger_format = "%(asctime)s %(levelname)s %(message)s"
        self.logger_stream_handler: Optional[logging.Handler] = None
        self.logger_file_handler: Optional[logging.Handler] = None
        self._logger_file: Optional[str] = None
        self._debug = False

    # -- host -----------------------------------------------------------------

    @property
    def host(self) -> str:
        """The API's base URL, always ending in ``/api/v1``."""
        return self._host

    @host.setter
    def host(self, value: str) -> None:
        self._host = normalize_host(value)
        self.server_index = None

    @property
    def disabled_client_side_validations(self) -> str:
        """Comma-separated JSON-schema keywords (``"maxLength,pattern"``); only checked
        here, as validation is switched off per call with ``_check_input_type=False``."""
        return self._disabled_client_side_validations_text

    @disabled_client_side_validations.setter
    def disabled_client_side_validations(self, value: str) -> None:
        names = {name for name in value.split(",") if name}
        unknown = sorted(names - JSON_SCHEMA_VALIDATION_KEYWORDS)
        if unknown:
            raise ApiValueError(
                f"disabled_client_side_validations: {unknown[0]!r} is not one of "
                f"{', '.join(sorted(JSON_SCHEMA_VALIDATION_KEYWORDS))}"
            )
        self._disabled_client_side_validations_text = value
        self._disabled_client_side_validations = names

    # -- logging (official names) ---------------------------------------------

    @property
    def debug(self) -> bool:
        """Log each request and response line (never headers or bodies with secrets)."""
        return self._debug

    @debug.setter
    def debug(self, value: bool) -> None:
        self._debug = bool(value)
        level = logging.DEBUG if value else logging.WARNING
        for logger in self.logger.values():
            logger.setLevel(level)

    @property
    def logger_format(self) -> str:
        """The format of the lines written to ``logger_file``; sets ``logger_formatter``."""
        return self._logger_format

    @logger_format.setter
    def logger_format(self, value: str) -> None:
        self._logger_format = value
        self.logger_formatter = logging.Formatter(value)

    @property
    def logger_file(self) -> Optional[str]:
        """A file the client's log is written to (the previous one, if any, is closed)."""
        return self._logger_file

    @logger_file.setter
    def logger_file(self, value: Optional[str]) -> None:
        if self.logger_file_handler is not None:
            for logger in self.logger.values():
                logger.removeHandler(self.logger_file_handler)
            self.logger_file_handler.close()
            self.logger_file_handler = None
        self._logger_file = value
        if value:
            handler = logging.FileHandler(value)
            handler.setFormatter(self.logger_formatter)
            self.logger_file_handler = handler
            for logger in self.logger.values():
                logger.addHandler(handler)

    # -- credentials (official helpers) ---------------------------------------

    def get_basic_auth_token(self) -> str:
        """The ``Authorization`` value for Basic auth of ``username`` and ``password``
        (an unset one counts as empty, so there is always a value)."""
        # UTF-8, not the official client's Latin-1: Airflow 2.10.5's web server (Werkzeug 2.2)
        # decodes the credentials as UTF-8 and answers 401 to a Latin-1 "pä:ss" (tried on the
        # real server: Latin-1 401, UTF-8 200); ASCII credentials are the same bytes either way.
        raw = f"{self.username or ''}:{self.password or ''}".encode()
        return "Basic " + base64.b64encode(raw).decode("ascii")

    def get_api_key_with_prefix(self, identifier: str, alias: Optional[str] = None) -> Optional[str]:
        """The value sent for an ``api_key`` entry, with its prefix if any; None
        when the entry is missing or empty.  Calls ``refresh_api_key_hook`` first."""
        if self.refresh_api_key_hook is not None:
            self.refresh_api_key_hook(self)
        key = self.api_key.get(identifier, self.api_key.get(alias) if alias is not None else None)
        if not key:
            return None
        prefix = self.api_key_prefix.get(identifier)
        return f"{prefix} {key}" if prefix else key

    def auth_settings(self) -> Dict[str, Dict[str, Any]]:
        """The spec's schemes that are configured, by name: ``Basic`` when both
        ``username`` and ``password`` are set (``call_api(auth_settings=["Basic"])``)."""
        settings: Dict[str, Dict[str, Any]] = {}
        if self.username is not None and self.password is not None:
            settings["Basic"] = {
                "type": "basic",
                "in": "header",
                "key": "Authorization",
                "value": self.get_basic_auth_token(),
            }
        return settings

    def get_host_settings(self) -> List[Dict[str, Any]]:
        """The spec's servers (official helper)."""
        return [{"url": API_PREFIX, "description": "Apache Airflow Stable API."}]

    def get_host_from_settings(
        self,
        index: Optional[int],
        variables: Optional[Dict[str, str]] = None,
        servers: Optional[List[Dict[str, Any]]] = None,
    ) -> str:
        """The URL of server ``index`` of ``servers`` (the spec's by default), its
        ``{variables}`` filled in; ``host`` when ``index`` is None.

        Raises ``ValueError`` for an index out of range or a value a variable's
        ``enum_values`` does not list.
        """
        if index is None:
            return self.host
        variables = {} if variables is None else variables
        servers = self.get_host_settings() if servers is None else servers
        try:
            server = servers[index]
        except IndexError:
            raise ValueError(f"server index {index} is out of range: there are {len(servers)} server(s)") from None
        url = str(server["url"])
        for name, spec in server.get("variables", {}).items():
            value = variables.get(name, spec["default_value"])
            allowed = spec.get("enum_values")
            if allowed and value not in allowed:
                raise ValueError(f"server variable {name!r} = {value!r} is not one of {allowed}")
            url = url.replace("{" + name + "}", value)
        return url

    def to_debug_report(self) -> str:
        """Where the client runs, for a bug report: the platform, Python, the API's
        version and the client's."""
        from airflow_client.client._version import VERSION as __version__

        return (
            "Python SDK Debug Report:\n"
            f"OS: {sys.platform}\n"
            f"Python Version: {sys.version}\n"
            f"Version of the API: {__version__}\n"
            f"SDK Package Version: {__version__}"
        )

    # -- defaults (official class methods) -----------------------------------

    @classmethod
    def set_default(cls, default: Optional["Configuration"]) -> None:
        """Make a copy of ``default`` the configuration of clients created without one."""
        with cls._default_lock:
            cls._default = copy.deepcopy(default) if default is not None else None

    @classmethod
    def get_default_copy(cls) -> "Configuration":
        """A copy of the default configuration (a new one when none was set)."""
        with cls._default_lock:
            return copy.deepcopy(cls._default) if cls._default is not None else Configuration()

    @classmethod
    def get_default(cls) -> "Configuration":
        """The default configuration itself, created on first use."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = Configuration()
            return cls._default

    def __copy__(self) -> "Configuration":
        new = Configuration.__new__(Configuration)
        new.__dict__.update(self.__dict__)
        new.api_key = dict(self.api_key)
        new.api_key_prefix = dict(self.api_key_prefix)
        new.logger = dict(self.logger)
        return new

    def __deepcopy__(self, memo: Dict[int, Any]) -> "Configuration":
        new = self.__copy__()
        memo[id(self)] = new
        for key, value in self.__dict__.items():
            if key not in ("logger", "logger_file_handler", "auth", "access_token", "refresh_api_key_hook"):
                setattr(new, key, copy.deepcopy(value, memo))
        return new

    def __repr__(self) -> str:
        shown = []
        for name in (
            "host",
            "username",
            "password",
            "access_token",
            "api_key",
            "session_cookie",
            "verify_ssl",
            "proxy",
        ):
            value = getattr(self, name)
            if name in _SECRET_FIELDS and value:
                value = "***"
            elif name in ("host", "proxy") and value:
                value = redact_url(value)
            shown.append(f"{name}={value!r}")
        return f"Configuration({', '.join(shown)})"


def normalize_host(host: str) -> str:
    """``http://h:8080``, ``http://h:8080/`` and ``http://h:8080/api/v1`` all give the last."""
    if not isinstance(host, str) or not host.strip():
        raise ApiValueError(f"host must be a URL such as 'http://localhost:8080', got {host!r}")
    host = host.strip().rstrip("/")
    if not host.endswith(API_PREFIX):
        host += API_PREFIX
    return host


def redact_url(url: str) -> str:
    """``url`` with the password of any ``user:password@`` replaced by ``***``."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def timeout_from(spec: TimeoutSpec) -> Optional[urllib3.Timeout]:
    """A ``urllib3.Timeout`` from seconds, a ``(connect, read)`` pair or a Timeout."""
    if spec is None:
        return None
    if isinstance(spec, urllib3.Timeout):
        return spec
    if isinstance(spec, (int, float)) and not isinstance(spec, bool):
        return urllib3.Timeout(total=float(spec))
    if isinstance(spec, (tuple, list)) and len(spec) == 2:
        return urllib3.Timeout(connect=spec[0], read=spec[1])
    raise ApiValueError(f"a timeout must be seconds, a (connect, read) pair or urllib3.Timeout, got {spec!r}")


def __getattr__(name: str) -> Any:
    """``multiprocessing``, a name of the official module, imported only when asked for."""
    if name == "multiprocessing":
        import multiprocessing

        return multiprocessing
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
