"""The client: turns an operation and its arguments into a request and a result.

``ApiClient`` owns the connection pool (through :class:`RESTClientObject`),
authentication, the official per-call options and response decoding.  One
client may be shared by any number of threads.
"""

from __future__ import annotations

import codecs
import json
import threading
from typing import TYPE_CHECKING, Any, ClassVar, Dict, Mapping, Optional, Set

from airflow_client.client.configuration import Configuration, PreparedRequest
from airflow_client.client.exceptions import (
    ApiTypeError,
    ApiValueError,
    ResponseDecodeError,
    exception_for_status,
    preview,
)
from airflow_client.client.operation import Operation
from airflow_client.client.rest import RESTClientObject

if TYPE_CHECKING:  # imported when first needed: `import airflow_client.client` stays light
    from concurrent.futures import Future, ThreadPoolExecutor

#: The official per-call options, all accepted.
CALL_OPTIONS = frozenset(
    {
        "async_req",
        "_request_timeout",
        "_preload_content",
        "_return_http_data_only",
        "_check_input_type",
        "_check_return_type",
        "_headers",
        "_host_index",
        "_content_type",
        "_spec_property_naming",
        "_accept",
    }
)
JSON = "application/json"
TEXT = "text/plain"


class AsyncResult:
    """What ``async_req=True`` returns: ``get()`` waits for the result (or raises)."""

    def __init__(self, future: "Future[Any]") -> None:
        self._future = future

    def get(self, timeout: Optional[float] = None) -> Any:
        return self._future.result(timeout)

    def wait(self, timeout: Optional[float] = None) -> None:
        self._future.exception(timeout)

    def ready(self) -> bool:
        return self._future.done()

    def successful(self) -> bool:
        if not self._future.done():
            raise ValueError("the call has not finished")
        return self._future.exception() is None


class ApiClient:
    """A connection to one Airflow, used by the API classes (``DAGApi(api_client)``).

    Use it as a context manager, or call :meth:`close`, to release its connections.
    ``header_name``/``header_value`` add a header to every request and ``cookie``
    a ``Cookie`` header, as in the official client.
    """

    _default: ClassVar[Optional["ApiClient"]] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self,
        configuration: Optional[Configuration] = None,
        header_name: Optional[str] = None,
        header_value: Optional[str] = None,
        cookie: Optional[str] = None,
        pool_threads: int = 1,
    ) -> None:
        self.configuration = configuration if configuration is not None else Configuration.get_default_copy()
        self.default_headers: Dict[str, str] = {}
        if header_name is not None:
            self.set_default_header(header_name, header_value or "")
        self.cookie = cookie
        self.pool_threads = pool_threads
        from airflow_client.client import __version__

        self.user_agent = f"apache-airflow-client-python/{__version__}"
        self._rest: Optional[RESTClientObject] = None
        self._executor: Optional[ThreadPoolExecutor] = None
        self._lock = threading.Lock()
        self._token: Optional[str] = None

    # -- lifecycle -------------------------------------------------------------

    def __enter__(self) -> "ApiClient":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def close(self) -> None:
        """Wait for pending ``async_req`` calls, then close the connections.

        The lock is not held while waiting: a pending call may need it (to build
        the transport), and would otherwise wait for ``close`` forever.
        """
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True)
        with self._lock:
            rest, self._rest = self._rest, None
        if rest is not None:
            rest.close()

    @property
    def rest_client(self) -> RESTClientObject:
        """The transport, built from the configuration on first use."""
        rest = self._rest
        if rest is None:
            with self._lock:
                if self._rest is None:
                    self._rest = RESTClientObject(self.configuration)
                rest = self._rest
        return rest

    @classmethod
    def get_default(cls) -> "ApiClient":
        with cls._default_lock:
            if cls._default is None:
                cls._default = ApiClient()
            return cls._default

    @classmethod
    def set_default(cls, default: Optional["ApiClient"]) -> None:
        with cls._default_lock:
            cls._default = default

    def set_default_header(self, header_name: str, header_value: str) -> None:
        _check_header(header_name, header_value)
        self.default_headers[header_name] = header_value

    def __repr__(self) -> str:
        return f"ApiClient(host={self.configuration.host!r})"

    # -- calls -------------------------------------------------------------------

    def call(self, op: Operation, options: Mapping[str, Any], /, **params: Any) -> Any:
        """Run ``op`` with the caller's parameters and per-call options."""
        if options:
            unknown = set(options) - CALL_OPTIONS
            if unknown:
                name = sorted(unknown)[0]
                raise ApiTypeError(f"{op.name}() got an unexpected keyword argument {name!r}")
            if options.get("async_req"):
                return AsyncResult(self._thread_pool().submit(self._invoke, op, options, params))
        return self._invoke(op, options, params)

    def _thread_pool(self) -> ThreadPoolExecutor:
        from concurrent.futures import ThreadPoolExecutor

        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=max(1, self.pool_threads))
            return self._executor

    def _invoke(self, op: Operation, options: Mapping[str, Any], params: Dict[str, Any]) -> Any:
        cfg = self.configuration
        check = options.get("_check_input_type", cfg.client_side_validation)
        url = op.url(cfg.host, params, check)
        body = op.encode_body(params.get(op.body_name), check) if op.body_name else None
        headers = {"Accept": options.get("_accept") or JSON, "User-Agent": self.user_agent}
        if body is not None:
            headers["Content-Type"] = options.get("_content_type") or JSON
        if self.default_headers:
            headers.update(self.default_headers)
        extra_headers = options.get("_headers")
        if extra_headers:
            for name, value in extra_headers.items():
                _check_header(name, value)
            headers.update(extra_headers)
        preload = options.get("_preload_content", True)
        resp = self._send(op, url, headers, body, options.get("_request_timeout"), preload)
        if not preload:
            return resp
        status = resp.status
        if status >= 300:
            raise exception_for_status(status)(
                status=status,
                reason=resp.reason,
                body=resp.data,
                headers=resp.headers,
                operation=op.name,
                method=op.method,
                url=url,
            )
        data = self._decode(op, resp, url)
        if options.get("_return_http_data_only", True) is False:
            return data, status, resp.headers
        return data

    # -- auth and sending ------------------------------------------------------------

    def _send(
        self,
        op: Operation,
        url: str,
        headers: Dict[str, str],
        body: Optional[bytes],
        timeout: Any,
        preload: bool,
    ) -> Any:
        """Send with credentials; a 401 to a token from a function asks it again, once."""
        given = {name.lower() for name in headers}
        refreshable = callable(self.configuration.access_token) and "authorization" not in given
        stale: Optional[str] = None
        while True:
            bearer = None if "authorization" in given else self._bearer(stale)
            sent = dict(headers)
            secret = self._authorize(op.method, url, sent, body, bearer=bearer)
            resp = self.rest_client.request(
                op.method,
                url,
                sent,
                body,
                timeout=timeout,
                preload_content=preload,
                credential_headers=secret,
                operation=op.name,
            )
            if resp.status == 401 and refreshable and stale is None:
                stale = bearer
                if not preload:
                    resp.drain_conn()
                continue
            return resp

    def _authorize(
        self, method: str, url: str, headers: Dict[str, str], body: Optional[bytes], *, bearer: Optional[str]
    ) -> Set[str]:
        """Add credentials to ``headers``; return the names of headers that carry them.

        Order: Basic (``username``), then Bearer (``bearer``, from
        ``access_token``, which wins the ``Authorization`` header when both are
        set), then ``api_key`` headers, then the cookies (``ApiClient(cookie=)``
        and ``session_cookie``), then the ``auth`` hook, which may change
        anything.  Headers given per call are not overwritten.
        """
        cfg = self.configuration
        secret: Set[str] = set()
        given = {name.lower() for name in headers}
        if "authorization" not in given:
            value = bearer or cfg.get_basic_auth_token()
            if value:
                headers["Authorization"] = value
        for name in cfg.api_key:
            value = cfg.get_api_key_with_prefix(name)
            if value is not None:
                secret.add(name)
                if name.lower() not in given:
                    headers[name] = value
        cookies = [c for c in (self.cookie, f"session={cfg.session_cookie}" if cfg.session_cookie else None) if c]
        if cookies and "cookie" not in given:
            headers["Cookie"] = "; ".join(cookies)
        if cfg.auth is not None:
            before = dict(headers)
            cfg.auth(PreparedRequest(method, url, headers, body))
            secret.update(name for name, value in headers.items() if before.get(name) != value)
        for name, value in headers.items():  # a bad value is refused here, without quoting it
            _check_header(name, value)
        return secret

    def _bearer(self, stale: Optional[str] = None) -> Optional[str]:
        """The ``Authorization`` value for ``access_token``, or None.

        A function is asked on first use and again only when the server
        refused ``stale``, the value last sent, and no other thread has asked
        it since: one refresh serves every thread that got the 401.
        """
        source = self.configuration.access_token
        if not source:
            return None
        if not callable(source):
            return f"Bearer {source}"
        with _token_lock(self):
            if self._token is None or f"Bearer {self._token}" == stale:
                token = source()
                if not isinstance(token, str) or not token:
                    kind = "an empty str" if token == "" else type(token).__name__
                    raise ApiValueError(f"the access_token function must return a non-empty str, got {kind}")
                self._token = token
            return f"Bearer {self._token}"

    # -- responses -------------------------------------------------------------------

    def _decode(self, op: Operation, resp: Any, url: str) -> Any:
        """The answer as the operation's model (or text, or plain JSON).

        The common case, a JSON object that fits the model, is one pydantic-core
        call; the error context, pydantic's names and the lenient and strict
        machinery are only touched when something does not fit.
        """
        if op.response is None:
            return None
        data: bytes = resp.data
        ctype = (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if op.text and ctype.startswith("text/"):
            return data.decode(_charset(resp.headers.get("Content-Type")), "replace")
        if ctype and "json" not in ctype:
            raise _decode_error(
                op,
                resp,
                url,
                f"expected a JSON answer, got Content-Type {ctype!r}; first bytes: {preview(data, 200)!r}",
            )
        strict = self.configuration.strict_responses
        cls = op.response_class() if isinstance(op.response, str) else None
        if cls is not None:
            try:
                result = cls.model_validate_json(data)
            except ValueError as exc:  # pydantic's ValidationError is a ValueError
                return self._decode_misfit(op, resp, url, cls, exc, strict)
            if strict:
                from airflow_client.client.base_model import check_strict

                check_strict(result, op.name)
            return result
        decoded = _json_object_or_value(op, resp, url)
        cls = op.response_class(decoded)
        if cls is None:
            return decoded
        if not isinstance(decoded, dict):
            raise _not_an_object(op, resp, url, decoded)
        return self._parse_decoded(op, cls, decoded, strict)

    def _decode_misfit(self, op: Operation, resp: Any, url: str, cls: Any, exc: ValueError, strict: bool) -> Any:
        """The slow path: JSON that pydantic-core could not read straight into ``cls``."""
        from pydantic import ValidationError

        if not isinstance(exc, ValidationError):
            raise exc
        if exc.errors(include_url=False)[0]["type"] == "json_invalid":
            raise _invalid_json(op, resp, url) from None
        decoded = _json_object_or_value(op, resp, url)
        if not isinstance(decoded, dict):
            raise _not_an_object(op, resp, url, decoded) from None
        if strict:
            from airflow_client.client.base_model import strict_fallback

            return strict_fallback(exc, cls, decoded, op.name)
        from airflow_client.client.base_model import parse_lenient

        return parse_lenient(cls, decoded)

    @staticmethod
    def _parse_decoded(op: Operation, cls: Any, decoded: Dict[str, Any], strict: bool) -> Any:
        from pydantic import ValidationError

        from airflow_client.client.base_model import check_strict, parse_lenient, strict_fallback

        if not strict:
            return parse_lenient(cls, decoded)
        try:
            result = cls.model_validate(decoded)
        except ValidationError as exc:
            return strict_fallback(exc, cls, decoded, op.name)
        check_strict(result, op.name)
        return result


def _decode_error(op: Operation, resp: Any, url: str, message: str) -> ResponseDecodeError:
    """A ResponseDecodeError naming the operation, with the answer attached."""
    return ResponseDecodeError(
        f"{op.name}: {message}",
        status=resp.status,
        reason=resp.reason,
        body=resp.data,
        headers=resp.headers,
        operation=op.name,
        method=op.method,
        url=url,
    )


def _json_object_or_value(op: Operation, resp: Any, url: str) -> Any:
    try:
        return json.loads(resp.data)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than json reads
        raise _invalid_json(op, resp, url) from None


def _invalid_json(op: Operation, resp: Any, url: str) -> ResponseDecodeError:
    what = "an empty body" if not resp.data else "invalid or truncated JSON"
    return _decode_error(op, resp, url, f"the server answered {what}; first bytes: {preview(resp.data, 200)!r}")


def _not_an_object(op: Operation, resp: Any, url: str, decoded: Any) -> ResponseDecodeError:
    kinds = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    kind = kinds.get(type(decoded), "a number")
    return _decode_error(
        op, resp, url, f"expected a JSON object, the server answered {kind}; first bytes: {preview(resp.data, 200)!r}"
    )


def _charset(content_type: Optional[str]) -> str:
    """The charset a ``Content-Type`` names, if Python knows it; else UTF-8."""
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            name = value.strip('"')
            try:
                codecs.lookup(name)
            except LookupError:
                return "utf-8"
            return name
    return "utf-8"


def _check_header(name: str, value: Any) -> None:
    if not isinstance(name, str) or not isinstance(value, str):
        raise ApiTypeError(f"header {name!r} must be a str name with a str value, got {type(value).__name__}")
    if any(c in name for c in "\r\n:") or "\r" in value or "\n" in value:
        raise ApiValueError(f"header {name!r}: names and values must not contain CR or LF (or ':' in names)")


def _token_lock(client: ApiClient) -> threading.Lock:
    """The client's lock for its token; not ``_lock``, which ``close()`` holds while
    it waits for ``async_req`` calls that may need a token."""
    lock: threading.Lock = client.__dict__.setdefault("_token_lock", threading.Lock())
    return lock
