"""The official client's ``Endpoint`` (an operation described as its generated API
classes describe one), and :func:`via_call_api`, the call as those classes make
it: both go through ``ApiClient.call_api``."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

from airflow_client.client.compat.convert import file_type, none_type
from airflow_client.client.configuration import Configuration
from airflow_client.client.core import words
from airflow_client.client.core.operation import Array, Operation
from airflow_client.client.exceptions import ApiTypeError, ApiValueError
from airflow_client.client.transport.auth import AUTH_SETTINGS

JSON = "application/json"
#: ``ApiClient.get_default``, for an ``Endpoint`` given no client: set by
#: :mod:`.api_client`, which imports this module (so this one need not import it).
default_client: Callable[[], Any] = lambda: None  # noqa: E731


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
        api_client: Any = None,
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
        self.api_client = api_client if api_client is not None else default_client()
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
                    words.both(
                        f"Invalid host index. Must be 0 <= index < {len(servers)}",
                        f"{operation}: server index {index} is out of range ({len(servers)} servers)",
                    )
                ) from None
            host = None
        if host is not None and "://" not in host:
            host = None  # the spec's relative server ("/api/v1"): ``host`` has the whole URL
        for key, value in kwargs.items():
            if key not in self.params_map["all"]:
                raise ApiTypeError(words.unexpected(key, operation))
            if value is None and key not in self.params_map["nullable"] and kwargs["_check_input_type"] is False:
                raise ApiValueError(words.none_given(key, operation))
        for key in self.params_map["required"]:
            if key not in kwargs:
                raise ApiValueError(words.missing(key, operation))
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
        from airflow_client.client.core.registry import model_class

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
