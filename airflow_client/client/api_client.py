"""The client: turns an operation and its arguments into a request and a result.

``ApiClient`` builds a request from an operation and its arguments, sends it
(credentials from :mod:`~airflow_client.client.transport.auth`, transport, retries and
deadline from :mod:`~airflow_client.client.transport.rest`) and decodes the answer.  One
client may be shared by any number of threads.

Besides the API classes' fast path (:meth:`ApiClient.call`), it has the
official client's public methods, for code that calls them: ``call_api``
(endpoints no API class wraps, a plugin's say), ``request``,
``sanitize_for_serialization``, ``deserialize``, ``parameters_to_tuples``,
``select_header_accept``/``select_header_content_type``,
``update_params_for_auth``, ``files_parameters``, ``pool``...
"""

from __future__ import annotations

import atexit
import codecs
import enum
import io
import json
import mimetypes
import os
import re
import tempfile
import threading
import typing
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Dict, List, Mapping, Optional, Sequence, Set, Tuple, TypedDict, Union
from urllib.parse import quote

from urllib3.fields import RequestField

from airflow_client.client.configuration import Configuration
from airflow_client.client.core.operation import Array, Operation
from airflow_client.client.exceptions import (
    ApiException,
    ApiTypeError,
    ApiValueError,
    NotFoundException,
    NotSupportedOnServerError,
    OperationNotSupportedError,
    ResponseDecodeError,
    ResponseValidationError,
    exception_for_status,
    preview,
)
from airflow_client.client.transport import rest
from airflow_client.client.transport.auth import AUTH_SETTINGS, Credentials
from airflow_client.client.transport.rest import Deadline, RESTClientObject, RESTResponse, check_header

if TYPE_CHECKING:  # imported when first needed: `import airflow_client.client` stays light
    from multiprocessing.pool import ThreadPool

#: The official client's names for the types in a ``response_type``.
none_type = type(None)
file_type = io.IOBase


class RequestOptions(TypedDict, total=False):
    """Per-call options, named as in the official client (and ``_deadline``).

    * ``_request_timeout``: seconds, or a ``(connect, read)`` pair, for each
      attempt of this call.
    * ``_deadline``: seconds this call may take in all, every retry and wait
      included (``Configuration.deadline`` by default; ``None`` for no end).
    * ``_headers``: extra headers for this call.
    * ``_preload_content``: ``False`` returns the raw ``urllib3`` response unread.
    * ``_return_http_data_only``: ``False`` returns ``(data, status, headers)``.
    * ``_check_input_type``: ``False`` sends parameters and bodies unchecked.
    * ``_check_return_type``: ``False`` keeps the answer's values as decoded;
      responses are always parsed leniently unless
      ``Configuration.strict_responses`` is set.
    * ``_accept``: ``"text/plain"`` asks the operations that can answer text
      (``get_log``, ``get_config``, ``get_value``, ``get_dag_source``) for it,
      and they then return a ``str``.
    * ``async_req``: ``True`` returns an :class:`AsyncResult` at once; its
      ``get()`` gives the result.
    """

    _request_timeout: Union[None, float, Tuple[Optional[float], Optional[float]]]
    _deadline: Optional[float]
    _headers: Dict[str, str]
    _preload_content: bool
    _return_http_data_only: bool
    _check_input_type: bool
    _check_return_type: bool
    _accept: str
    _content_type: str
    _host_index: Optional[int]
    _spec_property_naming: bool
    async_req: bool


#: The per-call options, all accepted: the keys of :class:`RequestOptions`.
CALL_OPTIONS = RequestOptions.__required_keys__ | RequestOptions.__optional_keys__
JSON = "application/json"
TEXT = "text/plain"
#: The collection formats of ``parameters_to_tuples`` and their separators (``csv`` is the default).
_SEPARATORS = {"ssv": " ", "tsv": "\t", "pipes": "|"}
#: ``call_api(_deadline=)`` not given: ``Configuration.deadline`` applies.
_CONFIGURED: Any = object()
#: How ``last_response`` is built from what a call kept: the raw response, or a
#: ``RESTResponse`` whose ``data`` is the bytes or, for a call that decodes a
#: result, the text.
_RAW, _BYTES, _TEXT = 0, 1, 2


@typing.runtime_checkable
class AsyncResult(typing.Protocol):
    """What ``async_req=True`` returns, as in the official client: a
    ``multiprocessing.pool.AsyncResult`` whose ``get(timeout)`` waits for the
    result (or raises the call's exception)."""

    def get(self, timeout: Optional[float] = None) -> Any: ...

    def wait(self, timeout: Optional[float] = None) -> None: ...

    def ready(self) -> bool: ...

    def successful(self) -> bool: ...


class ApiClient:
    """A connection to one Airflow, used by the API classes (``DAGApi(api_client)``).

    Use it as a context manager, or call :meth:`close`, to release its connections.
    ``header_name``/``header_value`` add a header to every request and ``cookie``
    a ``Cookie`` header, as in the official client.
    """

    _default: ClassVar[Optional["ApiClient"]] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()
    _pool: Optional["ThreadPool"] = None

    def __init__(
        self,
        configuration: Optional[Configuration] = None,
        header_name: Optional[str] = None,
        header_value: Optional[str] = None,
        cookie: Optional[str] = None,
        pool_threads: int = 1,
    ) -> None:
        self.configuration = configuration if configuration is not None else Configuration.get_default_copy()
        self.pool_threads = pool_threads
        self._rest: Optional[RESTClientObject] = None
        self._lock = threading.Lock()
        self._credentials = Credentials()
        self._last: Any = None
        #: The server's Airflow version once asked (``_older_server``); "" when it could not be had.
        self._server_version: Optional[str] = None
        #: "v2" once the server turned out to be Airflow 3 (``Configuration.api_version`` None).
        self._api: Optional[str] = None
        #: the Airflow 3 APIs besides /api/v2 found (or not) on the server: {base: served}
        self._served: Dict[str, bool] = {}
        self.default_headers: Dict[str, Any] = {}
        if header_name is not None:
            self.set_default_header(header_name, header_value or "")
        self.cookie = cookie
        from airflow_client.client import __version__

        self.user_agent = f"apache-airflow-client-python/{__version__}"

    # -- lifecycle -------------------------------------------------------------

    def __enter__(self) -> "ApiClient":
        return self

    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> None:
        self.close()

    def close(self) -> None:
        """Wait for pending ``async_req`` calls, then close the connections.

        The lock is not held while waiting: a pending call may need it (to build
        the transport), and would otherwise wait for ``close`` forever.  The
        client may be used again afterwards.
        """
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()
            pool.join()
            atexit.unregister(self.close)
        with self._lock:
            rest_client, self._rest = self._rest, None
        if rest_client is not None:
            rest_client.close()

    @property
    def pool(self) -> "ThreadPool":
        """The threads of ``async_req`` calls (``pool_threads`` of them), started on first use."""
        pool = self._pool
        if pool is None:
            from multiprocessing.pool import ThreadPool

            with self._lock:
                if self._pool is None:
                    atexit.register(self.close)
                    self._pool = ThreadPool(max(1, self.pool_threads))
                pool = self._pool
        return pool

    @property
    def rest_client(self) -> RESTClientObject:
        """The transport, built from the configuration on first use."""
        rest_client = self._rest
        if rest_client is None:
            with self._lock:
                if self._rest is None:
                    self._rest = RESTClientObject(self.configuration)
                rest_client = self._rest
        return rest_client

    @rest_client.setter
    def rest_client(self, value: RESTClientObject) -> None:
        self._rest = value

    @property
    def user_agent(self) -> str:
        """The ``User-Agent`` header sent (kept in ``default_headers``)."""
        return str(self.default_headers["User-Agent"])

    @user_agent.setter
    def user_agent(self, value: str) -> None:
        self.default_headers["User-Agent"] = value

    @property
    def last_response(self) -> Any:
        """The response of the last call: a :class:`RESTResponse` (its ``data`` the
        text of a decoded answer), or the raw urllib3 response after
        ``_preload_content=False``.  Not set before the first call."""
        last = self._last
        if last is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute 'last_response'")
        if isinstance(last, tuple):
            resp, mode = last
            if mode != _RAW:
                resp = RESTResponse(resp)
                if mode == _TEXT:
                    resp.data = _text_of(resp.data, resp.getheader("Content-Type"))
            self._last = last = resp
        return last

    @last_response.setter
    def last_response(self, value: Any) -> None:
        self._last = value

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

    def set_default_header(self, header_name: str, header_value: Any) -> None:
        """Send ``header_name: header_value`` with every request."""
        check_header(header_name, header_value)
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
        if _overridden(self):
            return via_call_api(self, op, options, params)
        if options and options.get("async_req"):
            return self.pool.apply_async(self._invoke, (op, options, params))
        return self._invoke(op, options, params)

    def _invoke(self, op: Operation, options: Mapping[str, Any], params: Dict[str, Any]) -> Any:
        cfg = self.configuration
        api = cfg.api_version or self._api
        if api == "v2":
            return self._invoke_v2(op, options, params)
        check = options.get("_check_input_type", cfg.client_side_validation)
        url = op.url(cfg.host, params, check)
        body = op.encode_body(params.get(op.body_name), check) if op.body_name else None
        headers = {"Accept": options.get("_accept") or JSON}
        if body is not None or op.method in ("POST", "PUT", "PATCH"):  # as the official client, also bodiless
            headers["Content-Type"] = options.get("_content_type") or JSON
        headers.update(self.default_headers)
        extra_headers = options.get("_headers")
        if extra_headers:
            for name, value in extra_headers.items():
                check_header(name, value)
            headers.update(extra_headers)
        preload = options.get("_preload_content", True)
        resp = self._send(op, op.method, url, headers, body, options, preload)
        status = resp.status
        if not preload:
            if status < 300:
                self._last = (resp, _RAW)
                return resp
            # As there, an error status raises even unread; the exception carries the body.
            resp = rest.read_whole(resp, op.method, url, op.name)
        if status >= 300:
            if status in (404, 405) and api is None and _airflow3_refusal(resp) and self._found_v2():
                return self._invoke_v2(op, options, params)
            server = self._older_server(op) if status in (404, 405) and op.since else None
            if server is not None:
                raise OperationNotSupportedError.from_response(
                    resp, method=op.method, url=url, operation=op.name, since=op.since, server_version=server
                )
            raise exception_for_status(status).from_response(resp, method=op.method, url=url, operation=op.name)
        self._last = (resp, _TEXT if op.response is not None else _BYTES)
        data = self._decode(op, resp, url, raw=options.get("_check_return_type", True) is False)
        if options.get("_return_http_data_only", True) is False:
            return data, status, resp.headers
        return data

    # -- Airflow 3 --------------------------------------------------------------------

    def _root(self) -> str:
        """The server's address without ``/api/v1``."""
        host = self.configuration.host
        return host[: -len("/api/v1")] if host.endswith("/api/v1") else host

    def _found_v2(self) -> bool:
        """After an Airflow 3 style refusal of ``/api/v1``: ask ``GET /api/v2/version``
        (no credentials) and, when it answers as Airflow 3, send calls there from now on."""
        version = self._v2_version()
        if version is None:
            return False
        self._api = "v2"
        return True

    def _v2_version(self) -> Optional[str]:
        """The Airflow version ``/api/v2/version`` reports (once per client), or None."""
        if self._api == "v2" and self._server_version:
            return self._server_version
        url = self._root() + "/api/v2/version"
        try:
            resp = self.rest_client.send("GET", url, {"Accept": JSON, **self.default_headers}, operation="get_version")
            info = json.loads(resp.data) if resp.status == 200 else None
        except Exception:  # noqa: BLE001 - no answer, no Airflow 3
            return None
        version = info.get("version") if isinstance(info, dict) else None
        if not isinstance(version, str) or _version_key(version) < (3,):
            return None
        self._server_version = version
        return version

    def _v2_serves(self, base: str) -> bool:
        """Whether this Airflow 3 serves ``base`` (``/api/v2`` always; the FAB auth manager's
        ``/auth/fab/v1`` when configured): asked once per client, without credentials (a JSON
        200, 401 or 403: served)."""
        from airflow_client.client import airflow3

        probe = airflow3.PROBES.get(base)
        if probe is None:
            return True
        if base not in self._served:
            try:
                resp = self.rest_client.send("GET", self._root() + base + probe, {"Accept": JSON}, operation="probe")
                # JSON only: the simple auth manager answers any /auth/... GET with its login page (200 HTML)
                json_answer = "json" in str(resp.headers.get("Content-Type") or "")
                self._served[base] = resp.status in (200, 401, 403) and json_answer
            except Exception:  # noqa: BLE001 - no answer: not served
                self._served[base] = False
        return self._served[base]

    def _jwt_login(self) -> str:
        """A JWT for ``username``/``password`` from Airflow 3's ``POST /auth/token``."""
        cfg = self.configuration
        url = self._root() + "/auth/token"
        payload = json.dumps({"username": cfg.username, "password": cfg.password or ""}).encode("utf-8")
        headers = {"Accept": JSON, "Content-Type": JSON, **self.default_headers}
        resp = self.rest_client.send("POST", url, headers, payload, operation="get_token")
        token = None
        if resp.status < 300:
            try:
                token = json.loads(resp.data).get("access_token")
            except (ValueError, AttributeError):
                token = None
        if not isinstance(token, str) or not token:
            raise exception_for_status(resp.status if resp.status >= 300 else 502).from_response(
                resp, method="POST", url=url, operation="get_token (username/password for a JWT)"
            )
        return token

    def _invoke_v2(self, op: Operation, options: Mapping[str, Any], params: Dict[str, Any]) -> Any:
        """``op`` as its translation (``airflow3.TRANSLATIONS``) sends it to ``/api/v2``,
        the answer mapped back onto the 2.x model."""
        from airflow_client.client import airflow3

        tr = airflow3.TRANSLATIONS.get(op.name)
        if tr is None or not self._v2_serves(tr.base):
            why = airflow3.unsupported(op.name)
            raise NotSupportedOnServerError(
                op.name, server_version=self._v2_version(), reason=why.reason, instead=why.instead
            )
        cfg = self.configuration
        check = options.get("_check_input_type", cfg.client_side_validation)
        op.url(cfg.host, params, check)  # the 2.x checks of every parameter
        encoded = op.encode_body(params.get(op.body_name), check) if op.body_name else None
        method = tr.method or op.method
        v2 = self._root() + tr.base

        def get(path: str, pairs: List[Tuple[str, str]]) -> Any:
            """A GET on /api/v2 that a translation needs besides the call itself (a lookup)."""
            url = v2 + path + (f"?{airflow3.query_string(pairs)}" if pairs else "")
            resp = self._send(op, "GET", url, {"Accept": JSON, **self.default_headers}, None, options, True)
            if resp.status >= 300:
                raise exception_for_status(resp.status).from_response(resp, method="GET", url=url, operation=op.name)
            return _json_object_or_value(op, resp, url)

        ctx = airflow3.Context(params, airflow3.decoded_body(encoded), get)
        try:
            for name, resolve in tr.resolve.items():
                ctx.values[name] = resolve(ctx)
            path, pairs, fields = airflow3.request(op, tr, params, ctx.values, ctx.body)
            body = airflow3.body(tr, encoded, {**params, **ctx.values})
        except airflow3.Refused as exc:
            raise NotSupportedOnServerError(
                op.name,
                server_version=self._v2_version(),
                reason=exc.reason,
                instead=exc.instead,
                parameter=exc.parameter,
            ) from None
        except airflow3.NotFound as exc:
            raise _not_found(exc, op, method, v2 + airflow3.template(op, tr, ctx.body)) from None
        url = v2 + path + (f"?{airflow3.query_string(pairs)}" if pairs else "")
        text = op.text and str(options.get("_accept") or "").startswith("text/")
        # Airflow 3 answers text/plain logs with 406: the text is rebuilt (``text_from``).
        headers = {"Accept": JSON if tr.text_from or not text else str(options["_accept"])}
        if body is not None or method in ("POST", "PUT", "PATCH"):
            headers["Content-Type"] = options.get("_content_type") or JSON
        headers.update(self.default_headers)
        for name, value in (options.get("_headers") or {}).items():
            check_header(name, value)
            headers[name] = value
        preload = options.get("_preload_content", True)
        resp = self._send(op, method, url, headers, body, options, preload, public=tr.public)
        status = resp.status
        as_is = op.response is None or (text and not tr.text_from)  # nothing to translate
        if not preload:
            if status < 300 and as_is:  # the server's own answer, unread
                self._last = (resp, _RAW)
                return resp
            resp = rest.read_whole(resp, method, url, op.name)
        if status >= 300:
            raise exception_for_status(status).from_response(resp, method=method, url=url, operation=op.name)
        self._last = (resp, _TEXT if op.response is not None else _BYTES)
        if op.response is None:
            data: Any = None
        elif text and not tr.text_from:
            data = _text_of(resp.data, resp.headers.get("Content-Type"))
        else:
            decoded = _json_object_or_value(op, resp, url)
            data = airflow3.answer(tr, decoded, fields)
            if tr.finish is not None:
                try:
                    data = tr.finish(data, ctx)
                except airflow3.NotFound as exc:
                    raise _not_found(exc, op, method, url) from None
            cls = None
            if text:
                data = data.get(tr.text_from) if isinstance(data, dict) else data
            else:
                cls = op.response_class(data)
                if cls is not None and isinstance(data, dict):
                    from airflow_client.client.core.base_model import airflow2_text_dates

                    # a plain answer holds every date-time as text: each in Airflow 2's form
                    data = airflow2_text_dates(cls, data, every=op.plain)
            if not preload:  # what the 2.x server would have sent, unread
                resp = _unread_answer(resp, data, text, method)
                self._last = (resp, _RAW)
                return resp
            raw = options.get("_check_return_type", True) is False
            if cls is not None and op.plain:
                data = _plain_answer(op, cls, data, strict=cfg.strict_responses and not raw)
            elif cls is not None and isinstance(data, dict):
                from airflow_client.client.core.base_model import parse_answer

                data = parse_answer(cls, data, op.name, strict=cfg.strict_responses, raw=raw)
        if options.get("_return_http_data_only", True) is False:
            return data, status, resp.headers
        return data

    def _send(
        self,
        op: Operation,
        method: str,
        url: str,
        headers: Dict[str, Any],
        body: Optional[bytes],
        options: Mapping[str, Any],
        preload: bool,
        public: bool = False,
    ) -> Any:
        """One request with the call's credentials (on Airflow 3 a JWT for username/password);
        ``public``: without any (an endpoint the server answers to anyone)."""
        cfg = self.configuration
        deadline = Deadline(options.get("_deadline", cfg.deadline))
        timeout = options.get("_request_timeout")

        def attempt(sent: Dict[str, Any], secret: Set[str]) -> Any:
            return self.rest_client.send(
                method,
                url,
                sent,
                body,
                timeout=timeout,
                preload_content=preload,
                credential_headers=secret,
                operation=op.name,
                deadline=deadline,
            )

        if public:
            return attempt(dict(headers), set())
        return self._credentials.send(
            cfg,
            method,
            url,
            headers,
            body,
            attempt,
            cookie=self.cookie,
            login=self._jwt_login if "v2" in (self._api, self.configuration.api_version) else None,
        )

    # -- sending --------------------------------------------------------------------

    def _older_server(self, op: Operation) -> Optional[str]:
        """The server's Airflow version when it is older than ``op.since`` (so its 404
        means "not there yet"), else None.  ``/version`` is asked once per client."""
        if self._server_version is None:
            from airflow_client.client.api.monitoring_api import _GET_VERSION

            try:
                info = self._invoke(_GET_VERSION, {"_check_return_type": False}, {})
                self._server_version = str(info.get("version") or "")
            except Exception:  # noqa: BLE001 - no version, no verdict: the 404 stands
                self._server_version = ""
        server = self._server_version
        if server and op.since and _version_key(server) < _version_key(op.since):
            return server
        return None

    # -- responses -------------------------------------------------------------------

    def _decode(self, op: Operation, resp: Any, url: str, raw: bool = False) -> Any:
        """The answer as the operation's model (or text, or plain JSON).

        The JSON is decoded by ``json.loads`` and read into the models in one pass
        (:func:`~airflow_client.client.core.base_model.parse_lenient`), which reuses the
        decoded objects as the models' own dicts.  With ``raw``
        (``_check_return_type=False``) the model holds the values as decoded,
        unchecked and unconverted, as the official client's does.
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
        decoded = _json_object_or_value(op, resp, url)
        cls = op.response_class(decoded)
        if cls is None:
            return decoded
        if op.plain:
            if not raw and not isinstance(decoded, dict):  # a fault: Airflow answers these with an object
                raise _not_an_object(op, resp, url, decoded)
            return _plain_answer(op, cls, decoded, strict=self.configuration.strict_responses and not raw)
        from airflow_client.client.core.base_model import parse_answer

        if raw:
            return parse_answer(cls, decoded, op.name, strict=False, raw=True)
        if not isinstance(decoded, dict):
            raise _not_an_object(op, resp, url, decoded)
        return parse_answer(cls, decoded, op.name, strict=self.configuration.strict_responses, owned=True)

    # -- the official client's public methods -----------------------------------------

    def call_api(
        self,
        resource_path: str,
        method: str,
        path_params: Optional[Dict[str, Any]] = None,
        query_params: Optional[List[Tuple[str, Any]]] = None,
        header_params: Optional[Dict[str, Any]] = None,
        body: Optional[Any] = None,
        post_params: Optional[List[Tuple[str, Any]]] = None,
        files: Optional[Dict[str, List[io.IOBase]]] = None,
        response_type: Optional[Tuple[Any, ...]] = None,
        auth_settings: Optional[List[str]] = None,
        async_req: Optional[bool] = None,
        _return_http_data_only: Optional[bool] = None,
        collection_formats: Optional[Dict[str, str]] = None,
        _preload_content: bool = True,
        _request_timeout: Optional[Union[int, float, Tuple[Any, ...]]] = None,
        _host: Optional[str] = None,
        _check_type: Optional[bool] = None,
        _deadline: Any = _CONFIGURED,
    ) -> Any:
        """Call any endpoint, as the official client's API classes do: the way to
        reach one no API class wraps (a plugin's, say).

        ``resource_path`` is below ``host`` (``/dags/{dag_id}``), its ``{names}``
        filled from ``path_params``; ``query_params`` and ``post_params`` are
        pairs, ``collection_formats`` says how a list value is sent (``multi``,
        ``csv``, ``ssv``, ``tsv``, ``pipes``); ``body`` is sent as JSON (a model
        as its fields).  Credentials are sent only when ``auth_settings`` names
        a scheme (``["Basic"]``, as the official API classes pass): then all the
        configured ones (Basic, Bearer, API keys, the session cookie, the
        ``auth`` hook).  ``response_type`` is a tuple of accepted types, e.g.
        ``(dict,)``, ``(str,)``, ``(DAG,)``, ``([DAG],)`` or ``(file_type,)``; the
        answer is converted to the first that fits (without it the result is
        None).  As there, a model holds its values as decoded (date-times as
        text, nested objects as dicts) unless ``_check_type`` is true, which
        converts them; what does not fit is kept as received
        (``strict_responses`` refuses it).

        Returns ``(data, status, headers)`` unless ``_return_http_data_only`` is
        true (it is not by default, as there); the raw urllib3 response with
        ``_preload_content=False``; with ``async_req=True`` an
        :class:`AsyncResult` whose ``get()`` gives that.  An error status raises
        its :class:`ApiException` (``body`` as text).  ``_deadline`` bounds the
        call as ``Configuration.deadline`` does (which applies without it).
        """
        args = (
            resource_path,
            method,
            path_params,
            query_params,
            header_params,
            body,
            post_params,
            files,
            response_type,
            auth_settings,
            _return_http_data_only,
            collection_formats,
            _preload_content,
            _request_timeout,
            _host,
            _check_type,
            _deadline,
        )
        if not async_req:
            return self._call_api(*args)
        return self.pool.apply_async(self._call_api, args)

    def _call_api(
        self,
        resource_path: str,
        method: str,
        path_params: Optional[Dict[str, Any]],
        query_params: Optional[List[Tuple[str, Any]]],
        header_params: Optional[Dict[str, Any]],
        body: Any,
        post_params: Optional[List[Tuple[str, Any]]],
        files: Optional[Dict[str, List[io.IOBase]]],
        response_type: Optional[Tuple[Any, ...]],
        auth_settings: Optional[List[str]],
        _return_http_data_only: Optional[bool],
        collection_formats: Optional[Dict[str, str]],
        _preload_content: bool,
        _request_timeout: Any,
        _host: Optional[str],
        _check_type: Optional[bool],
        _deadline: Any,
    ) -> Any:
        cfg = self.configuration
        headers: Dict[str, Any] = dict(header_params or {})
        headers.update(self.default_headers)
        if self.cookie:
            headers["Cookie"] = self.cookie
        if headers:
            headers = dict(self.parameters_to_tuples(self.sanitize_for_serialization(headers), collection_formats))
        if path_params:
            pairs = self.parameters_to_tuples(self.sanitize_for_serialization(path_params), collection_formats)
            for name, value in pairs:
                resource_path = resource_path.replace(
                    "{" + str(name) + "}", quote(str(value), safe=cfg.safe_chars_for_path_param)
                )
        query: Optional[List[Tuple[str, Any]]] = None
        if query_params:
            query = self.parameters_to_tuples(self.sanitize_for_serialization(query_params), collection_formats)
        form: Optional[List[Any]] = None
        if post_params or files:
            form = self.parameters_to_tuples(self.sanitize_for_serialization(post_params or []), collection_formats)
            form.extend(self.files_parameters(files))
            if str(headers.get("Content-Type", "")).startswith("multipart"):
                form = self.parameters_to_multipart(form, dict)
        if body:
            body = self.sanitize_for_serialization(body)
        url = (cfg.host if _host is None else _host) + resource_path
        # What the caller set (the cookie of ApiClient(cookie=) joins the session cookie below).
        given = {str(name).lower() for name in (*(header_params or {}), *self.default_headers)}
        self.update_params_for_auth(headers, query, auth_settings, resource_path, method, body)
        deadline = Deadline(cfg.deadline if _deadline is _CONFIGURED else _deadline)
        local = getattr(self.rest_client, "_local", None)

        def attempt(sent: Dict[str, Any], secret: Set[str]) -> Any:
            # For the transport (one of the user's own may not have the slot): the credential
            # headers besides Authorization and Cookie, to drop on a redirect to another
            # origin, and the deadline of all of this call's requests.
            if local is not None:
                local.secret, local.deadline = secret, deadline
            try:
                return self.request(
                    method,
                    url,
                    query_params=query,
                    headers=sent,
                    post_params=form,
                    body=body,
                    _preload_content=_preload_content,
                    _request_timeout=_request_timeout,
                )
            except ApiException as exc:
                if isinstance(exc.body, (bytes, bytearray)):
                    exc.body = bytes(exc.body).decode("utf-8", "replace")
                raise
            finally:
                if local is not None:
                    local.secret, local.deadline = (), None

        if auth_settings and not _auth_hooked(self):
            payload = _json_payload(method, headers, body)
            response = self._credentials.send(
                cfg, method.upper(), url, headers, payload, attempt, cookie=self.cookie, keep=given
            )
        else:
            response = attempt(dict(headers), set())
        self._last = response
        if not _preload_content:
            return response
        result = None
        if response_type:
            if response_type != (file_type,):
                response.data = _text_of(response.data, response.getheader("content-type"))
            result = self.deserialize(response, response_type, _check_type)
        if _return_http_data_only:
            return result
        return result, response.status, response.getheaders()

    def request(
        self,
        method: str,
        url: str,
        query_params: Any = None,
        headers: Any = None,
        post_params: Any = None,
        body: Any = None,
        _preload_content: bool = True,
        _request_timeout: Any = None,
    ) -> Any:
        """Send one request through :attr:`rest_client` (its ``GET``, ``POST``...);
        no credentials are added.  Returns a :class:`RESTResponse`, raises the
        :class:`ApiException` of an error status."""
        extra = rest.VERB_ARGS.get(method)
        if extra is not None:
            given = {"post_params": post_params, "body": body}
            return getattr(self.rest_client, method)(
                url,
                query_params=query_params,
                headers=headers,
                _preload_content=_preload_content,
                _request_timeout=_request_timeout,
                **{name: given[name] for name in extra},
            )
        raise ApiValueError(f"the HTTP method must be GET, HEAD, OPTIONS, POST, PATCH, PUT or DELETE; got {method!r}")

    @classmethod
    def sanitize_for_serialization(cls, obj: Any) -> Any:
        """``obj`` as JSON-ready values: a model as a dict of its fields by their JSON
        names (recursively), an enum of the spec as its value, dates and times as
        ISO 8601 text, tuples as lists, an open file as its bytes (the file is
        closed).  Anything else raises ``ApiValueError``."""
        if getattr(type(obj), "__one_value__", False):  # an enum of the spec, Color: its value
            return cls.sanitize_for_serialization(obj.value)
        if obj is None or isinstance(obj, (bool, int, float, str)):
            return obj
        if isinstance(obj, (datetime, date)):
            return obj.isoformat()
        if isinstance(obj, (list, tuple)):
            return [cls.sanitize_for_serialization(item) for item in obj]
        if isinstance(obj, dict):
            return {key: cls.sanitize_for_serialization(value) for key, value in obj.items()}
        if isinstance(obj, io.IOBase):
            return cls.get_file_data_and_close_file(obj)
        store = _model_store(obj)
        if store is not None:
            names = type(obj).attribute_map
            return {names.get(key, key): cls.sanitize_for_serialization(value) for key, value in store.items()}
        raise ApiValueError(f"cannot serialize a value of type {type(obj).__name__} for a request")

    def deserialize(self, response: Any, response_type: Tuple[Any, ...], _check_type: Optional[bool]) -> Any:
        """``response.data`` as ``response_type`` says (see :meth:`call_api`).

        JSON is decoded first (a body that is not JSON is taken as text), then
        converted to the first accepted type that fits; a value that fits none
        is kept as received (``ResponseValidationError`` with
        ``strict_responses``).  ``(file_type,)`` writes the body to a new file
        (in ``temp_folder_path``, named as ``Content-Disposition`` says) and
        returns it open for reading.
        """
        if tuple(response_type) == (file_type,):
            return self._download(response)
        data = response.data
        try:
            received = json.loads(data)
        except (ValueError, RecursionError):
            received = data.decode("utf-8", "replace") if isinstance(data, (bytes, bytearray)) else data
        strict = self.configuration.strict_responses
        return _convert(received, tuple(response_type), ["received_data"], strict, bool(_check_type))

    def _download(self, response: Any) -> Any:
        data = response.data
        if isinstance(data, str):
            data = data.encode("utf-8")
        name = "download"
        disposition = response.getheader("Content-Disposition")
        match = re.search(r"filename\*?=\s*[\"']?([^\"';\r\n]+)", disposition or "")
        if match:
            name = os.path.basename(match.group(1).strip().replace("\\", "/")) or name
            if name in (".", ".."):
                name = "download"
        # A folder of its own: a name the server chose can never replace another file.
        folder = tempfile.mkdtemp(dir=self.configuration.temp_folder_path)
        path = os.path.join(folder, name)
        with open(path, "wb") as handle:
            handle.write(data)
        return open(path, "rb")  # noqa: SIM115 - the caller owns the file

    def parameters_to_tuples(
        self, params: Any, collection_formats: Optional[Mapping[str, str]]
    ) -> List[Tuple[str, Any]]:
        """``params`` (a dict or pairs) as pairs, each list value formatted as
        ``collection_formats`` says: ``multi`` repeats the name, ``ssv``, ``tsv``
        and ``pipes`` join with a space, a tab or ``|``, anything else with commas."""
        formats = collection_formats or {}
        pairs: List[Tuple[str, Any]] = []
        for name, value in params.items() if isinstance(params, dict) else params:
            style = formats.get(name)
            if style is None:
                pairs.append((name, value))
            elif style == "multi":
                pairs.extend((name, item) for item in value)
            else:
                pairs.append((name, _SEPARATORS.get(style, ",").join(str(item) for item in value)))
        return pairs

    def parameters_to_multipart(self, params: Any, collection_types: Any) -> List[Any]:
        """Form pairs for ``multipart/form-data``: a value of ``collection_types``
        (``dict`` when None) becomes a part of JSON (``application/json; charset=utf-8``)."""
        kinds = dict if collection_types is None else collection_types
        parts: List[Any] = []
        for name, value in params.items() if isinstance(params, dict) else params:
            if isinstance(value, kinds):
                part = RequestField(name, json.dumps(value, ensure_ascii=False).encode("utf-8"))
                part.make_multipart(content_type="application/json; charset=utf-8")
                parts.append(part)
            else:
                parts.append((name, value))
        return parts

    @staticmethod
    def get_file_data_and_close_file(file_instance: io.IOBase) -> bytes:
        """All of an open file's content; the file is closed."""
        data: bytes = file_instance.read()
        file_instance.close()
        return data

    def files_parameters(self, files: Optional[Dict[str, Any]] = None) -> List[Tuple[str, Any]]:
        """Form pairs for files: ``{field: [open files]}`` gives ``(field, (file
        name, content, MIME type))`` for each file (read, then closed); None
        entries are skipped and a closed file raises ``ApiValueError``."""
        params: List[Tuple[str, Any]] = []
        for field, handles in (files or {}).items():
            for handle in handles or ():
                if handle is None:
                    continue
                if handle.closed:
                    raise ApiValueError(f"the file given for {field!r} is closed; pass an open file")
                filename = os.path.basename(handle.name)
                content = self.get_file_data_and_close_file(handle)
                mimetype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
                params.append((field, (filename, content, mimetype)))
        return params

    def select_header_accept(self, accepts: Optional[Sequence[str]]) -> Optional[str]:
        """The ``Accept`` value for the types an operation answers: JSON when it is
        one of them, else all of them; None when there are none."""
        if not accepts:
            return None
        lowered = [kind.lower() for kind in accepts]
        return JSON if JSON in lowered else ", ".join(lowered)

    def select_header_content_type(
        self, content_types: Optional[Sequence[str]], method: Optional[str] = None, body: Any = None
    ) -> str:
        """The ``Content-Type`` for the types an operation takes: JSON when it is
        one of them (or ``*/*``, or there are none), ``application/json-patch+json``
        for a PATCH of a list that takes it, else the first."""
        if not content_types:
            return JSON
        lowered = [kind.lower() for kind in content_types]
        if method == "PATCH" and "application/json-patch+json" in lowered and isinstance(body, list):
            return "application/json-patch+json"
        if JSON in lowered or "*/*" in lowered:
            return JSON
        return lowered[0]

    def update_params_for_auth(
        self,
        headers: Dict[str, Any],
        queries: Optional[List[Tuple[str, Any]]],
        auth_settings: Optional[Sequence[str]],
        resource_path: str,
        method: str,
        body: Any,
    ) -> None:
        """Add the credentials of each scheme named in ``auth_settings`` that
        ``Configuration.auth_settings()`` has (``Basic``) to ``headers`` (or
        ``queries``, or the cookie, as the scheme says)."""
        if not auth_settings:
            return
        configured = self.configuration.auth_settings()
        for name in auth_settings:
            setting = configured.get(name)
            if not setting:
                continue
            where = setting["in"]
            if where == "cookie":
                headers["Cookie"] = setting["value"]
            elif where == "header":
                if setting["type"] != "http-signature":
                    headers[setting["key"]] = setting["value"]
            elif where == "query":
                if queries is not None:
                    queries.append((setting["key"], setting["value"]))
            else:
                raise ApiValueError(f"the credentials of {name!r} must go in a header, a query or a cookie")


#: The per-call options every official endpoint takes, and their types.
_ENDPOINT_OPTIONS: Dict[str, Tuple[Any, ...]] = {
    "async_req": (bool,),
    "_host_index": (none_type, int),
    "_preload_content": (bool,),
    "_request_timeout": (none_type, float, (float,), [float], int, (int,), [int]),
    "_return_http_data_only": (bool,),
    "_check_input_type": (bool,),
    "_check_return_type": (bool,),
    "_content_type": (none_type, str),
    "_spec_property_naming": (bool,),
}
#: Their values when a call does not give them, as the official API methods fill them in.
_ENDPOINT_DEFAULTS: Dict[str, Any] = {
    "async_req": False,
    "_host_index": None,
    "_preload_content": True,
    "_request_timeout": None,
    "_return_http_data_only": True,
    "_check_input_type": True,
    "_check_return_type": True,
    "_content_type": None,
    "_spec_property_naming": False,
}


class Endpoint:
    """One operation described as the official client's generated API classes
    describe it, for code that builds or calls one (``call_with_http_info``).

    ``settings`` has ``response_type``, ``auth``, ``endpoint_path``,
    ``operation_id``, ``http_method`` and ``servers``; ``params_map`` the lists
    ``all``, ``required``, ``nullable``, ``enum`` and ``validation``;
    ``root_map`` the tables ``validations``, ``allowed_values``,
    ``openapi_types``, ``attribute_map``, ``location_map`` and
    ``collection_format_map``; ``headers_map`` the ``accept`` and
    ``content_type`` lists.  Calling the endpoint calls ``callable(endpoint,
    *args, **kwargs)``; :meth:`call_with_http_info` checks the arguments and
    sends them through :meth:`ApiClient.call_api`.
    """

    def __init__(
        self,
        settings: Optional[Dict[str, Any]] = None,
        params_map: Optional[Dict[str, List[str]]] = None,
        root_map: Optional[Dict[str, Dict[Any, Any]]] = None,
        headers_map: Optional[Dict[str, List[str]]] = None,
        api_client: Optional[ApiClient] = None,
        callable: Any = None,  # noqa: A002 - the official name
    ) -> None:
        self.settings: Dict[str, Any] = settings if settings is not None else {}
        self.params_map: Dict[str, List[str]] = params_map if params_map is not None else {}
        for key in ("all", "required", "nullable", "enum", "validation"):
            self.params_map.setdefault(key, [])
        self.params_map["all"].extend(_ENDPOINT_OPTIONS)
        self.params_map["nullable"].append("_request_timeout")
        tables = root_map if root_map is not None else {}
        self.validations: Dict[Any, Any] = tables.get("validations", {})
        self.allowed_values: Dict[Any, Any] = tables.get("allowed_values", {})
        self.openapi_types: Dict[str, Any] = tables.get("openapi_types", {})
        self.openapi_types.update(_ENDPOINT_OPTIONS)
        self.attribute_map: Dict[str, str] = tables.get("attribute_map", {})
        self.location_map: Dict[str, str] = tables.get("location_map", {})
        self.collection_format_map: Dict[str, str] = tables.get("collection_format_map", {})
        self.headers_map: Dict[str, List[str]] = headers_map if headers_map is not None else {}
        self.api_client = api_client if api_client is not None else ApiClient.get_default()
        self.callable = callable

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.callable(self, *args, **kwargs)

    def call_with_http_info(self, **kwargs: Any) -> Any:
        """Check ``kwargs`` (the operation's parameters and the per-call options)
        and send the request; returns what :meth:`ApiClient.call_api` returns."""
        for key, value in _ENDPOINT_DEFAULTS.items():
            kwargs.setdefault(key, value)
        operation = self.settings.get("operation_id", "?")
        cfg = self.api_client.configuration
        index = kwargs["_host_index"]
        if index is None:
            index = cfg.server_operation_index.get(operation, cfg.server_index)
        servers = self.settings.get("servers")
        try:
            host: Optional[str] = cfg.get_host_from_settings(
                index, variables=cfg.server_operation_variables.get(operation, cfg.server_variables), servers=servers
            )
        except (IndexError, ValueError):
            if servers:
                raise ApiValueError(
                    f"{operation}: server index {index} is out of range ({len(servers)} servers)"
                ) from None
            host = None
        if host is not None and "://" not in host:
            host = None  # the spec's relative server ("/api/v1"): ``host`` has the whole URL
        for key, value in kwargs.items():
            if key not in self.params_map["all"]:
                raise ApiTypeError(f"{operation}() got an unexpected parameter {key!r}")
            if value is None and key not in self.params_map["nullable"] and kwargs["_check_input_type"] is False:
                raise ApiValueError(f"{operation}(): {key} may not be None")
        for key in self.params_map["required"]:
            if key not in kwargs:
                raise ApiValueError(f"{operation}(): the required parameter {key!r} is missing")
        self._check_inputs(kwargs)
        params = self._gather(kwargs)
        accepts = self.headers_map.get("accept")
        if accepts:
            params["header"]["Accept"] = self.api_client.select_header_accept(accepts)
        if kwargs.get("_content_type"):
            params["header"]["Content-Type"] = kwargs["_content_type"]
        elif self.headers_map.get("content_type") and params["body"] != "":
            params["header"]["Content-Type"] = self.api_client.select_header_content_type(
                self.headers_map["content_type"], self.settings.get("http_method"), params["body"]
            )
        return self.api_client.call_api(
            self.settings["endpoint_path"],
            self.settings["http_method"],
            params["path"],
            params["query"],
            params["header"],
            body=params["body"],
            post_params=params["form"],
            files=params["file"],
            response_type=self.settings.get("response_type"),
            auth_settings=self.settings.get("auth"),
            async_req=kwargs["async_req"],
            _check_type=kwargs["_check_return_type"],
            _return_http_data_only=kwargs["_return_http_data_only"],
            _preload_content=kwargs["_preload_content"],
            _request_timeout=kwargs["_request_timeout"],
            _host=host,
            collection_formats=params["collection_format"],
        )

    def _check_inputs(self, kwargs: Dict[str, Any]) -> None:
        from airflow_client.client import model_utils

        cfg = self.api_client.configuration
        for key in self.params_map["enum"]:
            if key in kwargs:
                model_utils.check_allowed_values(self.allowed_values, (key,), kwargs[key])
        for key in self.params_map["validation"]:
            if key in kwargs:
                model_utils.check_validations(self.validations, (key,), kwargs[key], configuration=cfg)
        if kwargs["_check_input_type"] is False:
            return
        for key, value in kwargs.items():
            kwargs[key] = model_utils.validate_and_convert_types(
                value, self.openapi_types[key], [key], kwargs["_spec_property_naming"], True, configuration=cfg
            )

    def _gather(self, kwargs: Dict[str, Any]) -> Dict[str, Any]:
        params: Dict[str, Any] = {
            "body": None,
            "collection_format": {},
            "file": {},
            "form": [],
            "header": {},
            "path": {},
            "query": [],
        }
        for key, value in kwargs.items():
            where = self.location_map.get(key)
            if not where:
                continue
            if where == "body":
                params["body"] = value
                continue
            name = self.attribute_map[key]
            kind = self.openapi_types.get(key)
            if where == "form" and kind == (file_type,):
                params["file"][name] = [value]
            elif where == "form" and kind == ([file_type],):
                params["file"][name] = value
            elif where in ("form", "query"):
                params[where].append((name, value))
            else:
                params[where][name] = value
            style = self.collection_format_map.get(key)
            if style:
                params["collection_format"][name] = style
        return params


def _version_key(version: str) -> Tuple[int, ...]:
    """``"2.10.0"`` -> ``(2, 10, 0)`` (``"2.9.0rc1"`` -> ``(2, 9, 0)``), for comparing versions."""
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def _airflow3_refusal(resp: Any) -> bool:
    """True for what Airflow 3 answers on ``/api/v1``: a GET gets 404
    ``{"error": "/api/v1 has been removed in Airflow 3, ..."}``, another verb 405
    ``{"detail": "Method Not Allowed"}`` (Airflow 2's 404s and 405s are problem
    documents, with a ``title``)."""
    data = resp.data
    if not data or len(data) > 1024 or data[:1] != b"{":
        return False
    try:
        doc = json.loads(data)
    except ValueError:
        return False
    if not isinstance(doc, dict) or "title" in doc:
        return False
    if resp.status == 404:
        return "/api/v1" in str(doc.get("error") or "")
    return set(doc) == {"detail"}


def _decode_error(op: Operation, resp: Any, url: str, message: str) -> ResponseDecodeError:
    """A ResponseDecodeError naming the operation, with the answer attached."""
    return ResponseDecodeError.from_response(
        resp, method=op.method, url=url, operation=op.name, message=f"{op.name}: {message}"
    )


def _not_found(exc: Any, op: Operation, method: str, url: str) -> NotFoundException:
    """The 404 of a translation that found nothing (``airflow3.NotFound``), as the server's would read."""
    body = json.dumps({"detail": exc.detail})
    return NotFoundException(
        status=404, reason="Not Found", body=body, as_text=True, operation=op.name, method=method, url=url
    )


def _json_object_or_value(op: Operation, resp: Any, url: str) -> Any:
    try:
        return json.loads(resp.data)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than json reads
        raise _invalid_json(op, resp, url) from None


def _plain_answer(op: Operation, cls: Any, data: Any, *, strict: bool) -> Any:
    """The answer of an operation the official client answers as a plain ``dict``
    (:attr:`Operation.plain`): the JSON as decoded, its values as sent, as there.
    Strict mode first checks it against ``cls``, the model of its shape (on a copy)."""
    if strict:
        from airflow_client.client.core.base_model import parse_strict

        parse_strict(cls, data, op.name)
    return data


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


def via_call_api(client: Any, op: Operation, options: Mapping[str, Any], params: Dict[str, Any]) -> Any:
    """The call as the official API classes make it: through ``client.call_api``,
    with the arguments they pass it (the ``Accept`` and ``Content-Type`` that
    ``client.select_header_accept`` and ``select_header_content_type`` choose), for
    a client whose hooks a subclass overrides or a test replaces
    (``mock.patch.object(ApiClient, "call_api")``), or a client that is a test's
    ``MagicMock``.  The parameters are checked first, as on the fast path."""
    found = getattr(client, "configuration", None)
    cfg: Optional[Configuration] = found if isinstance(found, Configuration) else None
    check = options.get("_check_input_type", cfg.client_side_validation if cfg is not None else True)
    op.url(cfg.host if cfg is not None else "http://localhost", params, check)
    body = params.get(op.body_name) if op.body_name else None
    if body is not None:
        op.encode_body(body, check)
    path_params = {name: params[name] for name in op.path_params if params.get(name) is not None}
    query: List[Tuple[str, Any]] = []
    formats: Dict[str, str] = {}
    for name, kind in op.query.items():
        value = params.get(name)
        if value is None:
            continue
        query.append((name, value))
        if isinstance(kind, Array):
            formats[name] = "csv" if kind.joined else "multi"
    accept = options.get("_accept") or client.select_header_accept(list(op.content_types))
    headers: Dict[str, Any] = {"Accept": accept}
    if op.body_name:
        headers["Content-Type"] = options.get("_content_type") or client.select_header_content_type(
            [JSON], op.method, body
        )
    headers.update(options.get("_headers") or {})
    response_type: Optional[Tuple[Any, ...]] = None
    if op.text and isinstance(accept, str) and accept.startswith("text/"):
        response_type = (str,)
    elif op.response is dict or op.plain:
        response_type = (bool, date, datetime, dict, float, int, list, str, none_type)
    elif isinstance(op.response, str):
        response_type = (op.response_class(),)
    elif isinstance(op.response, tuple):
        from airflow_client.client.core.operation import model_class

        response_type = tuple(model_class(name) for name in op.response)
    timeout = options.get("_request_timeout")
    if isinstance(timeout, int) and not isinstance(timeout, bool):
        timeout = float(timeout)  # as the official type check makes it
    host = ""
    if cfg is not None:
        host = cfg.get_host_from_settings(
            cfg.server_operation_index.get(op.name, cfg.server_index),
            variables=cfg.server_operation_variables.get(op.name, cfg.server_variables),
        )
    return client.call_api(
        op.path,
        op.method,
        path_params,
        query,
        headers,
        body=body,
        post_params=[],
        files={},
        response_type=response_type,
        auth_settings=list(AUTH_SETTINGS),
        async_req=options.get("async_req", False),
        _check_type=options.get("_check_return_type", True),
        _return_http_data_only=options.get("_return_http_data_only", True),
        _preload_content=options.get("_preload_content", True),
        _request_timeout=timeout,
        _host=host if "://" in host else None,
        collection_formats=formats,
        **({"_deadline": options["_deadline"]} if "_deadline" in options else {}),
    )


def _overridden(client: ApiClient) -> bool:
    """Whether a hook the official client calls on every call is not ours: the
    client's ``call_api``, ``request``, ``update_params_for_auth``, ``deserialize``
    (and the others of :data:`_CLIENT_HOOKS`), its configuration's ``auth_settings``
    or ``get_host_settings`` (:data:`_CONFIG_HOOKS`), its transport's ``request``,
    ``GET``, ``POST``...: overridden by a subclass or replaced by a test's mock.
    Then the call goes through ``call_api``, which calls them, as there."""
    cls = type(client)
    if not _client_unchanged(cls) or not client.__dict__.keys().isdisjoint(_INSTANCE_HOOKS):
        return True
    if getattr(cls.sanitize_for_serialization, "__func__", None) is not _SANITIZE:  # a classmethod
        return True
    cfg = client.configuration
    if not _config_unchanged(type(cfg)) or not cfg.__dict__.keys().isdisjoint(_CONFIG_HOOKS):
        return True
    if not _rest_unchanged(RESTClientObject):
        return True
    transport = client._rest
    return transport is not None and (
        type(transport) is not RESTClientObject or not transport.__dict__.keys().isdisjoint(_REST_HOOKS)
    )


def _unchanged(name: str, owner: type, hooks: Tuple[str, ...]) -> Any:
    """A function of a class: whether each of its attributes ``hooks`` is still
    ``owner``'s.  Compiled from the names (``cls.a is A and cls.b is B...``): a loop
    over them cost every call ~1.5 us more."""
    originals = {f"_{i}": getattr(owner, hook) for i, hook in enumerate(hooks)}
    test = " and ".join(f"cls.{hook} is _{i}" for i, hook in enumerate(hooks))
    namespace: Dict[str, Any] = dict(originals)
    exec(compile(f"def {name}(cls):\n    return {test}\n", f"<{name}>", "exec"), namespace)
    return namespace[name]


def _auth_hooked(client: ApiClient) -> bool:
    """Whether a subclass or a test took the credentials over (``update_params_for_auth``
    or ``Configuration.auth_settings`` not ours): then what they put in the headers is
    sent as it is, as there, without this client's own credentials (renewed tokens,
    the session cookie...)."""
    cfg = client.configuration
    return (
        type(client).update_params_for_auth is not _UPDATE_PARAMS
        or "update_params_for_auth" in client.__dict__
        or type(cfg).auth_settings is not _AUTH_SETTINGS
        or "auth_settings" in cfg.__dict__
    )


_CLIENT_HOOKS = (
    "call_api",
    "request",
    "update_params_for_auth",
    "deserialize",
    "select_header_accept",
    "select_header_content_type",
    "parameters_to_tuples",
    "files_parameters",
)
_client_unchanged = _unchanged("_client_unchanged", ApiClient, _CLIENT_HOOKS)
_UPDATE_PARAMS = ApiClient.update_params_for_auth
_AUTH_SETTINGS = Configuration.auth_settings
_SANITIZE = ApiClient.sanitize_for_serialization.__func__  # type: ignore[attr-defined]
_INSTANCE_HOOKS = frozenset((*_CLIENT_HOOKS, "sanitize_for_serialization"))
_CONFIG_HOOKS = ("auth_settings", "get_host_settings", "get_host_from_settings", "get_basic_auth_token")
_config_unchanged = _unchanged("_config_unchanged", Configuration, _CONFIG_HOOKS)
_REST_HOOKS = ("request", *rest.REQUEST_METHODS)
_rest_unchanged = _unchanged("_rest_unchanged", RESTClientObject, _REST_HOOKS)


def _unread_answer(resp: Any, data: Any, text: bool, method: str) -> Any:
    """An answer of Airflow 3, translated, as ``_preload_content=False`` gives one: a
    urllib3 response not read yet, whose body is what Airflow 2 would have sent (JSON,
    or the log's text), with the server's status and headers."""
    if text:
        payload = ("" if data is None else str(data)).encode("utf-8")
    else:
        payload = json.dumps(data, default=_iso_or_refuse).encode("utf-8")
    headers = {k: v for k, v in resp.headers.items() if k.lower() not in _REWRITTEN_HEADERS}
    headers["Content-Type"] = "text/plain; charset=utf-8" if text else "application/json"
    headers["Content-Length"] = str(len(payload))
    return rest.holding(resp, payload, method, decode=False, preload=False, headers=headers)


#: The headers of an answer that describe a body that is replaced.
_REWRITTEN_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length", "content-type"})


def _iso_or_refuse(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable: {value!r}")


def _text_of(data: Any, content_type: Optional[str]) -> Any:
    """A body as text, in the charset its ``Content-Type`` names (UTF-8 by default);
    bytes that do not decode are replaced, not raised."""
    if not isinstance(data, (bytes, bytearray)):
        return data
    return bytes(data).decode(_charset(content_type), "replace")


def _json_payload(method: str, headers: Dict[str, Any], body: Any) -> Optional[bytes]:
    """The bytes ``RESTClientObject.request`` will send for ``body``, for the ``auth``
    hook to see (None for a form, whose multipart boundary is drawn when sent)."""
    try:
        return rest.encode_body(method.upper(), dict(headers), body, None)
    except ApiException:
        return None


def _model_store(obj: Any) -> Optional[Dict[str, Any]]:
    """The fields of one of our models (the official ``_data_store``), else None."""
    if type(obj).__module__.startswith("airflow_client.client.model"):
        store = getattr(obj, "_data_store", None)
        if isinstance(store, dict):
            return store
    return None


#: The types ``response_type`` may name besides models, lists and dicts.
_PRIMITIVES = (str, int, float, bool, dict, list, none_type, date, datetime)


def _convert(value: Any, accepted: Tuple[Any, ...], path: List[Any], strict: bool, check: bool = True) -> Any:
    """``value`` as the first of ``accepted`` that fits it, as the official client's
    ``response_type`` says: a class, ``[types]`` for a list of them, or
    ``{str: (types,)}`` for a dict of them.  A value that fits none is kept as
    received, or refused with ``strict``.  Without ``check`` (``_check_type``
    not true, call_api's default) a model keeps its values as decoded, as there."""
    for kind in accepted:
        if isinstance(kind, list):
            if isinstance(value, list):
                return [_convert(item, tuple(kind), [*path, i], strict, check) for i, item in enumerate(value)]
        elif isinstance(kind, dict):
            if isinstance(value, dict):
                inner = tuple(next(iter(kind.values()), ()))
                return {key: _convert(item, inner, [*path, key], strict, check) for key, item in value.items()}
        elif not isinstance(kind, type):
            raise ApiValueError(f"response_type: {kind!r} is not a type, a [list] of types or a {{str: (types,)}}")
    classes = [kind for kind in accepted if isinstance(kind, type)]
    exact = type(value)
    if exact is str and (date in classes or datetime in classes):
        # As there, text that reads as a date or a time becomes one where either is accepted.
        parsed = _date_or_time(value, datetime in classes, date in classes)
        if parsed is not None:
            return parsed
    if exact in classes:
        return value
    for kind in classes:
        if kind in _PRIMITIVES:
            if kind is float and exact is int:
                return float(value)
            continue
        if kind is file_type or not isinstance(kind, type):
            continue
        from airflow_client.client.core.base_model import ApiEnum, ApiModel, ApiOneOf, UnknownEnumValue

        if issubclass(kind, (ApiModel, ApiOneOf)):
            if isinstance(value, dict):
                return _model(kind, value, strict, check)
        elif issubclass(kind, ApiEnum):
            if isinstance(value, str):
                try:
                    return kind(value)
                except ValueError:
                    if not strict:
                        return UnknownEnumValue(value)
        elif issubclass(kind, enum.Enum):
            try:
                return kind(value)
            except ValueError:
                pass
        elif getattr(kind, "model_validate", None) is not None and isinstance(value, dict):
            return kind.model_validate(value)  # type: ignore[attr-defined]  # a pydantic model of the caller's
        else:
            raise ApiValueError(f"response_type: {kind!r} is not a type the client can convert an answer to")
    if strict:
        from airflow_client.client.core.base_model import json_path

        names = ", ".join(sorted(getattr(kind, "__name__", repr(kind)) for kind in accepted))
        raise ResponseValidationError(  # path[0] is "received_data", the answer itself
            operation="call_api", json_path=json_path(path[1:]), expected=f"one of [{names}]", value=value
        )
    return value


def _model(cls: Any, value: Dict[str, Any], strict: bool, check: bool) -> Any:
    from airflow_client.client.core.base_model import parse_answer

    return parse_answer(cls, value, "call_api", strict=strict, raw=not strict and not check)


def _date_or_time(text: str, want_datetime: bool, want_date: bool) -> Any:
    """``text`` as a ``datetime`` (naive when it names no zone, as there) or a ``date``, or None."""
    try:
        if want_datetime and len(text) > 10:
            return datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        if want_date:
            return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
    except ValueError:
        return None
    return None


#: Names of the official module that load more than this one needs, imported when asked for.
_LAZY = {
    "ThreadPool": "multiprocessing.pool",
    "ModelComposed": "airflow_client.client.model_utils",
    "ModelNormal": "airflow_client.client.model_utils",
    "ModelSimple": "airflow_client.client.model_utils",
    "check_allowed_values": "airflow_client.client.model_utils",
    "check_validations": "airflow_client.client.model_utils",
    "deserialize_file": "airflow_client.client.model_utils",
    "model_to_dict": "airflow_client.client.model_utils",
    "validate_and_convert_types": "airflow_client.client.model_utils",
}


def __getattr__(name: str) -> Any:
    source = _LAZY.get(name)
    if source is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(source), name)
    globals()[name] = value
    return value
