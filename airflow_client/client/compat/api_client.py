"""The official client's ``ApiClient``: the pipeline with the official methods beside it.

:class:`ApiClient` is :class:`~airflow_client.client.pipeline.Pipeline` (the
connection, and the one way a call is prepared, sent and decoded) plus the
public methods of the official client, for code that calls them: ``call_api``
(endpoints no API class wraps, a plugin's say), ``request``,
``sanitize_for_serialization``, ``deserialize``, ``parameters_to_tuples``,
``select_header_accept``/``select_header_content_type``,
``update_params_for_auth``, ``files_parameters``, ``pool``...  ``call_api``
builds a prepared request and runs it through the same pipeline, sending it
through the official ``request`` chain, which a subclass or a test may
override.  When one of those hooks is overridden, the API classes' calls go
through ``call_api`` too (:func:`~airflow_client.client.compat.endpoint.via_call_api`),
as the official client's do.
"""

from __future__ import annotations

import atexit
import io
import json
import mimetypes
import os
import re
import tempfile
import threading
import typing
from datetime import date, datetime
from typing import Any, ClassVar, Dict, List, Mapping, Optional, Set, Tuple, Union
from urllib.parse import quote

from urllib3.fields import RequestField

from airflow_client.client.compat import endpoint, rest
from airflow_client.client.compat.convert import file_type, none_type
from airflow_client.client.compat.endpoint import Endpoint, via_call_api
from airflow_client.client.compat.methods import OfficialMethods
from airflow_client.client.compat.rest import RESTClientObject, RESTResponse
from airflow_client.client.configuration import Configuration
from airflow_client.client.core.answers import RAW, Expect, text_of
from airflow_client.client.core.answers import TEXT as TEXT_MODE
from airflow_client.client.core.operation import Operation
from airflow_client.client.core.options import CALL_OPTIONS, CONFIGURED, CallOptions, RequestOptions
from airflow_client.client.core.prepared import Prepared
from airflow_client.client.exceptions import ApiException, ApiTypeError, ApiValueError
from airflow_client.client.pipeline import Pipeline

#: What this module offers besides ApiClient: the official module's names, and ours the
#: generated API classes use.
_REEXPORTED = (Endpoint, none_type, CALL_OPTIONS, RequestOptions, ApiTypeError, ApiValueError, RESTResponse, io, atexit)
#: names the official module has, for code that reaches them through it
_OFFICIAL_NAMES = (json, mimetypes, os, re, tempfile, date, datetime, RequestField)

JSON = "application/json"
TEXT = "text/plain"
#: The collection formats of ``parameters_to_tuples`` and their separators (``csv`` is the default).
_SEPARATORS = {"ssv": " ", "tsv": "\t", "pipes": "|"}
#: ``call_api(_deadline=)`` not given: ``Configuration.deadline`` applies.
_CONFIGURED: Any = CONFIGURED


@typing.runtime_checkable
class AsyncResult(typing.Protocol):
    """What ``async_req=True`` returns, as in the official client: a
    ``multiprocessing.pool.AsyncResult`` whose ``get(timeout)`` waits for the
    result (or raises the call's exception)."""

    def get(self, timeout: Optional[float] = None) -> Any: ...

    def wait(self, timeout: Optional[float] = None) -> None: ...

    def ready(self) -> bool: ...

    def successful(self) -> bool: ...


class ApiClient(OfficialMethods, Pipeline):
    """A connection to one Airflow, used by the API classes (``DAGApi(api_client)``).

    Use it as a context manager, or call :meth:`close`, to release its connections.
    ``header_name``/``header_value`` add a header to every request and ``cookie``
    a ``Cookie`` header, as in the official client.
    """

    _default: ClassVar[Optional["ApiClient"]] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()
    transport_class = RESTClientObject

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
            if mode != RAW:
                resp = RESTResponse(resp)
                if mode == TEXT_MODE:
                    resp.data = text_of(resp.data, resp.getheader("Content-Type"))
            self._last = last = resp
        return last

    @last_response.setter
    def last_response(self, value: Any) -> None:
        self._last = value

    def __enter__(self) -> "ApiClient":
        return self

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

    def call(self, op: Operation, options: Mapping[str, Any], /, **params: Any) -> Any:
        """Run ``op`` with the caller's parameters and per-call options (through
        ``call_api`` when a subclass or a test overrides one of the official hooks)."""
        if _overridden(self):
            CallOptions.read(op.name, options)  # an unknown option is refused here too
            return via_call_api(self, op, options, params)
        return Pipeline.call(self, op, options, **params)

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
        options = CallOptions(
            timeout=_request_timeout,
            deadline=cfg.deadline if _deadline is _CONFIGURED else _deadline,
            preload=bool(_preload_content),
            data_only=bool(_return_http_data_only),
        )
        deadline = self._deadline(options)
        local = getattr(self.rest_client, "_local", None)

        def official_request(sent: Dict[str, Any], secret: Set[str], deadline: Any) -> Any:
            """The request sent as the official client sends it: through ``request``
            and the transport's verb methods, which a subclass or a test may replace."""
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

        credentials = bool(auth_settings) and not _auth_hooked(self)
        prepared = Prepared(
            "call_api",
            method.upper() if credentials else method,
            url,
            headers,
            _json_payload(method, headers, body) if credentials else None,
            _OfficialAnswer(self, response_type, _check_type),
            options,
            public=not credentials,
            keep=frozenset(given),
            hop=official_request,
        )
        return self._run(prepared, deadline)


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


endpoint.default_client = ApiClient.get_default

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


def _json_payload(method: str, headers: Dict[str, Any], body: Any) -> Optional[bytes]:
    """The bytes ``RESTClientObject.request`` will send for ``body``, for the ``auth``
    hook to see (None for a form, whose multipart boundary is drawn when sent)."""
    try:
        return rest.encode_body(method.upper(), dict(headers), body, None)
    except ApiException:
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


class _OfficialAnswer(Expect):
    """What ``call_api`` answers: the ``RESTResponse`` of the official ``request``
    chain (which raised an error status already), its body as text and converted to
    ``response_type`` by ``deserialize`` (a hook too); None without one."""

    __slots__ = ("client", "response_type", "check")
    last_mode = RAW  # ``last_response`` is the response itself, its ``data`` the text
    checks_status = False

    def __init__(self, client: ApiClient, response_type: Optional[Tuple[Any, ...]], check: Optional[bool]) -> None:
        self.client = client
        self.response_type = response_type
        self.check = check

    def decode(self, resp: Any, prepared: Prepared) -> Any:
        response_type = self.response_type
        if not response_type:
            return None
        if response_type != (file_type,):
            resp.data = text_of(resp.data, resp.getheader("content-type"))
        return self.client.deserialize(resp, response_type, self.check)

    def headers(self, resp: Any) -> Any:
        return resp.getheaders()
