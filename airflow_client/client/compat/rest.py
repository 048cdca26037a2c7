"""The official client's module ``airflow_client.client.rest``: ``RESTClientObject``
(``request`` and the verb methods ``GET``, ``POST``...), ``RESTResponse``.

``RESTClientObject`` is the transport (:class:`~airflow_client.client.transport.rest.Transport`)
with the official interface beside it: ``request`` takes a JSON-able ``body`` (or
form ``post_params``), returns a :class:`RESTResponse` and raises the
:class:`ApiException` of an error status.  ``airflow_client.client.rest`` is this
module object.
"""

from __future__ import annotations

import io
import ipaddress
import json
import logging
import re
import ssl
from typing import Any, Collection, Dict, Mapping, Optional, Tuple
from urllib.parse import urlencode, urlparse

import urllib3

from airflow_client.client.configuration import timeout_from
from airflow_client.client.exceptions import (
    ApiException,
    ApiValueError,
    ForbiddenException,
    NotFoundException,
    ServiceException,
    UnauthorizedException,
    exception_for_status,
)
from airflow_client.client.transport.rest import (
    Deadline,
    Transport,
    holding,
    in_ipv4net,
    is_ipv4,
    logger,
    read_whole,
    should_bypass_proxies,
)

#: The official module's names, and the transport's that code reaches through this one.
_REEXPORTED = (ForbiddenException, NotFoundException, ServiceException, UnauthorizedException, Deadline, holding)
_REEXPORTED_TOO = (in_ipv4net, is_ipv4, logger, should_bypass_proxies, ipaddress, logging, ssl, urlparse)


class RESTResponse(io.IOBase):
    """A response read whole, as the official client wraps it: ``status``, ``reason``,
    ``data`` (the body) and the headers through ``getheaders()``/``getheader()``."""

    def __init__(self, resp: urllib3.BaseHTTPResponse) -> None:
        self.urllib3_response = resp
        self.status = resp.status
        self.reason = resp.reason
        self.data: Any = resp.data

    def getheaders(self) -> Any:
        """The response's headers (a case-insensitive ``HTTPHeaderDict``)."""
        return self.urllib3_response.headers

    def getheader(self, name: str, default: Optional[str] = None) -> Optional[str]:
        """One header's value (several joined by ``", "``), or ``default``."""
        return self.urllib3_response.headers.get(name, default)


#: The verbs the official ``RESTClientObject.request`` accepts.
REQUEST_METHODS = ("GET", "HEAD", "DELETE", "POST", "PUT", "PATCH", "OPTIONS")


#: The keyword arguments of ``RESTClientObject.<VERB>`` besides ``url``, ``headers``,
#: ``query_params``, ``_preload_content`` and ``_request_timeout``, as the official ones take them.
VERB_ARGS: Dict[str, Tuple[str, ...]] = {
    "GET": (),
    "HEAD": (),
    "DELETE": ("body",),
    "OPTIONS": ("post_params", "body"),
    "POST": ("post_params", "body"),
    "PUT": ("post_params", "body"),
    "PATCH": ("post_params", "body"),
}


#: The official parameters of each verb method of ``RESTClientObject``, after ``url``.
_VERB_PARAMETERS = {
    "GET": ("headers", "query_params", "_preload_content", "_request_timeout"),
    "HEAD": ("headers", "query_params", "_preload_content", "_request_timeout"),
    "DELETE": ("headers", "query_params", "body", "_preload_content", "_request_timeout"),
    **{
        verb: ("headers", "query_params", "post_params", "body", "_preload_content", "_request_timeout")
        for verb in ("OPTIONS", "POST", "PUT", "PATCH")
    },
}


def _verb(method: str) -> Any:
    """``RESTClientObject.GET`` and the other verb methods, each with the official
    parameters (:data:`_VERB_PARAMETERS`): one ``request`` of ``method``.  Written as
    source and compiled once, so that each has its real signature without importing
    ``inspect`` (which would cost every ``import airflow_client.client`` ~5 ms)."""
    names = _VERB_PARAMETERS[method]
    defaults = ", ".join(f"{n}={n == '_preload_content' or None}" for n in names)
    passed = ", ".join(f"{n}={n}" for n in names)
    source = f"def {method}(self, url, {defaults}):\n    return self.request({method!r}, url, {passed})\n"
    namespace: Dict[str, Any] = {}
    exec(compile(source, f"<RESTClientObject.{method}>", "exec"), namespace)
    return namespace[method]


class RESTClientObject(Transport):
    """The transport, with the official client's interface: :meth:`request` and
    ``GET``/``HEAD``/``OPTIONS``/``DELETE``/``POST``/``PUT``/``PATCH``."""

    # -- the official interface ----------------------------------------------------

    def request(
        self,
        method: str,
        url: str,
        query_params: Any = None,
        headers: Optional[Mapping[str, Any]] = None,
        body: Any = None,
        post_params: Any = None,
        _preload_content: bool = True,
        _request_timeout: Any = None,
    ) -> Any:
        """Send one request as the official client's transport does.

        ``query_params`` (pairs or a dict) are appended to ``url``.  For POST,
        PUT, PATCH and OPTIONS the ``Content-Type`` is ``application/json``
        unless given; a JSON type sends ``body`` through ``json.dumps`` (bytes
        are sent as they are), ``application/x-www-form-urlencoded`` and
        ``multipart/form-data`` send ``post_params`` as a form, and any other
        type sends a ``str`` or ``bytes`` body as it is.  Returns a
        :class:`RESTResponse` (the urllib3 response, unread, with
        ``_preload_content=False``); a status outside 2xx raises its
        :class:`ApiException` with the body as bytes.  Without
        ``_request_timeout`` the configured ``timeout`` applies.
        """
        method = method.upper()
        if method not in REQUEST_METHODS:
            raise ApiValueError(f"the HTTP method must be one of {', '.join(REQUEST_METHODS)}; got {method!r}")
        if post_params and body:
            raise ApiValueError("give either body or post_params, not both")
        sent = dict(headers or {})
        timeout = self.timeout if not _request_timeout else timeout_from(_request_timeout)
        if query_params:
            url += "?" + urlencode(query_params)
        payload = encode_body(method, sent, body, post_params)
        resp = self.send(
            method,
            url,
            {str(k): str(v) for k, v in sent.items() if v is not None},
            payload,
            timeout=timeout,
            preload_content=_preload_content,
            credential_headers=self._credential_names(),
        )
        if not 200 <= resp.status <= 299:
            if not _preload_content:
                resp = read_whole(resp, method, url)
            raise exception_for_status(resp.status)(http_resp=RESTResponse(resp), method=method, url=url)
        return RESTResponse(resp) if _preload_content else resp

    def _credential_names(self) -> Collection[str]:
        """Headers besides Authorization and Cookie that hold credentials: the
        ``api_key`` ones, and those the ``ApiClient`` sending now marked."""
        marked: Collection[str] = getattr(self._local, "secret", ())
        return {*self.configuration.api_key, *marked}

    GET = _verb("GET")
    HEAD = _verb("HEAD")
    OPTIONS = _verb("OPTIONS")
    DELETE = _verb("DELETE")
    POST = _verb("POST")
    PUT = _verb("PUT")
    PATCH = _verb("PATCH")


def encode_body(method: str, headers: Dict[str, Any], body: Any, post_params: Any) -> Optional[bytes]:
    """The bytes :meth:`RESTClientObject.request` sends; sets the ``Content-Type``
    in ``headers`` where it is implied (JSON, or a form's multipart boundary)."""
    if method not in ("POST", "PUT", "PATCH", "OPTIONS", "DELETE"):
        return None
    key = next((k for k in headers if str(k).lower() == "content-type"), None)
    if key is None and method != "DELETE":
        key = "Content-Type"
        headers[key] = "application/json"
    ctype = str(headers[key]) if key is not None else ""
    if key is None or re.search("json", ctype, re.IGNORECASE):
        if isinstance(body, (bytes, bytearray)):
            return bytes(body)
        return None if body is None else json.dumps(body).encode("utf-8")
    if ctype == "application/x-www-form-urlencoded":
        return urlencode(post_params or {}).encode("ascii")
    if ctype == "multipart/form-data":
        payload, headers[key] = urllib3.encode_multipart_formdata(post_params or {})
        return payload
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, (bytes, bytearray)):
        return bytes(body)
    raise ApiException(
        status=0,
        reason=f"cannot send a {type(body).__name__} body as Content-Type {ctype!r}: "
        "give a str or bytes body, or post_params for a form",
    )


def __getattr__(name: str) -> Any:
    """``proxy_bypass_environment``, a name of the official module, imported when asked for:
    ``urllib.request`` costs ~1.5 ms of every import of the client."""
    if name == "proxy_bypass_environment":
        import urllib.request

        return urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ApiException",
    "ApiValueError",
    "ForbiddenException",
    "NotFoundException",
    "RESTClientObject",
    "RESTResponse",
    "ServiceException",
    "UnauthorizedException",
    "in_ipv4net",
    "is_ipv4",
    "logger",
    "should_bypass_proxies",
]
