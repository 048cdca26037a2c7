"""An operation's call as ``/api/v1`` takes it: :func:`prepare`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from airflow_client.client.core.answers import OperationAnswer
from airflow_client.client.core.operation import Operation
from airflow_client.client.core.options import CallOptions
from airflow_client.client.core.prepared import BODY_METHODS, JSON, Prepared, request_headers

if TYPE_CHECKING:
    from airflow_client.client.configuration import Configuration


def prepare(
    op: "Operation", params: Mapping[str, Any], options: CallOptions, cfg: "Configuration", defaults: Mapping[str, Any]
) -> Prepared:
    """``op`` called with ``params``, as ``/api/v1`` takes it: every parameter checked
    (unless ``_check_input_type=False``), the body encoded, the headers set
    (``defaults``: the client's own, then the call's ``_headers``)."""
    check = cfg.client_side_validation if options.check_input is None else options.check_input
    url = op.url(cfg.host, params, check)
    body = op.encode_body(params.get(op.body_name), check) if op.body_name else None
    headers = request_headers(options.accept or JSON, body is not None or op.method in BODY_METHODS, options, defaults)
    expect = OperationAnswer(op, raw=not options.check_return, strict=cfg.strict_responses)
    return Prepared(op.name, op.method, url, headers, body, expect, options)


__all__ = ["prepare"]
