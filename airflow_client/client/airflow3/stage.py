"""The Airflow 3 stage of the pipeline: a 2.x call as its ``/api/v2`` request, and
the answer mapped back onto the 2.x shape.

:func:`prepare` reads the call's :class:`~.rules.Translation` row and
builds the :class:`~airflow_client.client.core.prepared.Prepared` v2 request;
its :class:`TranslatedAnswer` maps the v2 answer back and reads it as the 2.x
operation's answer (:class:`~airflow_client.client.core.answers.OperationAnswer`).
The only requests it needs besides the call itself (a lookup of an asset's id,
say) go through ``lookup``, which the client gives: this module sends nothing.
An error answer raises the exception Airflow 2 would have raised
(:mod:`.errors`): its status, reason and problem document, the server's own
answer kept on ``server_status``, ``server_reason`` and ``server_body``.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, Callable, Dict, Mapping, Optional

from airflow_client.client.airflow3 import errors, rules, shapes
from airflow_client.client.configuration import Configuration
from airflow_client.client.core.answers import Answer, Expect, OperationAnswer, json_value, text_of
from airflow_client.client.core.operation import Operation
from airflow_client.client.core.options import CallOptions
from airflow_client.client.core.prepared import BODY_METHODS, JSON, Prepared, request_headers
from airflow_client.client.exceptions import ApiException
from airflow_client.client.transport import rest

#: ``lookup(url)``: the decoded JSON of a GET the translation needs (its error status raised).
Lookup = Callable[[str], Any]


def prepare(
    op: Operation,
    tr: rules.Translation,
    params: Mapping[str, Any],
    options: CallOptions,
    cfg: Configuration,
    defaults: Mapping[str, Any],
    root: str,
    lookup: Lookup,
) -> Prepared:
    """``op`` called with ``params`` as Airflow 3 takes it: the 2.x checks of every
    parameter first, then the row's path, query and body (``root``: the server's
    address without ``/api/v1``).  Raises ``rules.Refused`` for what cannot
    be sent exactly, the 404 of a lookup that found nothing and the 400 of a
    request Airflow 2 refused (as Airflow 2 answered them)."""
    check = cfg.client_side_validation if options.check_input is None else options.check_input
    op.url(cfg.host, params, check)  # the 2.x checks of every parameter
    encoded = op.encode_body(params.get(op.body_name), check) if op.body_name else None
    method = tr.method or op.method
    v2 = root + tr.base

    def get(path: str, pairs: Any) -> Any:
        return lookup(v2 + path + (f"?{rules.query_string(pairs)}" if pairs else ""))

    ctx = rules.Context(dict(params), rules.decoded_body(encoded), get)
    try:
        for name, resolve in tr.resolve.items():
            ctx.values[name] = resolve(ctx)
        path, pairs, fields = rules.request(op, tr, params, ctx.values, ctx.body)
        body = rules.body(tr, encoded, {**params, **ctx.values})
    except rules.NotFound as exc:
        raise not_found(exc, op, method, v2 + rules.template(op, tr, ctx.body)) from None
    except rules.Invalid as exc:
        where = v2 + rules.template(op, tr, ctx.body)
        raise errors.made(400, exc.detail, method=method, url=where, operation=op.name) from None
    url = v2 + path + (f"?{rules.query_string(pairs)}" if pairs else "")
    text = op.text and str(options.accept or "").startswith("text/")
    # Airflow 3 answers text/plain logs with 406: the text is rebuilt (``text_from``).
    accept = JSON if tr.text_from or not text else str(options.accept)
    headers = request_headers(accept, body is not None or method in BODY_METHODS, options, defaults)
    expect = TranslatedAnswer(op, tr, ctx, fields, text, raw=not options.check_return, strict=cfg.strict_responses)
    return Prepared(op.name, method, url, headers, body, expect, options, public=tr.public)


class TranslatedAnswer(OperationAnswer):
    """A v2 answer mapped onto the 2.x shape (the row's ``answer`` and ``finish``,
    date-times as Airflow 2 wrote them), then read as the 2.x operation's answer.
    Asked unread, it is rebuilt as the unread answer Airflow 2 would have sent."""

    __slots__ = ("tr", "ctx", "fields", "text", "unread_as_is")

    def __init__(
        self,
        op: Operation,
        tr: rules.Translation,
        ctx: rules.Context,
        fields: Any,
        text: bool,
        *,
        raw: bool,
        strict: bool,
    ) -> None:
        super().__init__(op, raw=raw, strict=strict)
        self.tr = tr
        self.ctx = ctx
        self.fields = fields
        self.text = text
        self.unread_as_is = op.response is None or (text and not tr.text_from)  # nothing to translate

    def result(self, resp: Answer, prepared: Prepared) -> Any:
        if resp.status == 404 and self.tr.absent is not None:  # Airflow 2 answered this, empty
            resp = _answered(resp, self.tr.absent, prepared.method)
        if prepared.options.preload or resp.status >= 300:
            return super().result(resp, prepared)
        data = self.mapped(resp, prepared)  # what the 2.x server would have sent, unread
        return unread_answer(resp, data, self.text, prepared.method)

    def error(self, resp: Answer, prepared: Prepared) -> ApiException:
        """The exception of an error answer, as Airflow 2 would have raised it."""
        return errors.from_answer(resp, method=prepared.method, url=prepared.url, operation=prepared.operation)

    def decode(self, resp: Answer, prepared: Prepared) -> Any:
        if self.op.response is None:
            return None
        if self.text and not self.tr.text_from:
            return text_of(resp.data, resp.headers.get("Content-Type"))
        data = self.mapped(resp, prepared)
        if self.text:
            return data
        return self.read(data, resp, prepared)  # as the 2.x answer would be read

    def mapped(self, resp: Answer, prepared: Prepared) -> Any:
        """The v2 answer in the 2.x shape, as JSON (date-times as text)."""
        op, tr = self.op, self.tr
        data = rules.answer(tr, json_value(resp, prepared), self.fields)
        if tr.finish is not None:
            try:
                data = tr.finish(data, self.ctx)
            except rules.NotFound as exc:
                raise not_found(exc, op, prepared.method, prepared.url) from None
        if self.text:
            return data.get(tr.text_from) if isinstance(data, dict) else data
        cls = op.response_class(data)
        if cls is not None and isinstance(data, dict):
            from airflow_client.client.core.base_model import airflow2_answer

            # as Airflow 2 sent it: its members only, its date-times as text (a plain answer: every one)
            data = airflow2_answer(cls, data, every=op.plain, undeclared=shapes.AIRFLOW2_UNDECLARED)
        return data


def not_found(exc: rules.NotFound, op: Operation, method: str, url: str) -> ApiException:
    """The 404 of a translation that found nothing, as Airflow 2 answered one."""
    return errors.made(404, exc.detail, method=method, url=url, operation=op.name)


class LookupAnswer(Expect):
    """The decoded JSON of a lookup's answer (a GET a translation needs); an error
    raised as Airflow 2 would have raised it, as for the call itself."""

    __slots__ = ()
    error = TranslatedAnswer.error

    def decode(self, resp: Answer, prepared: Prepared) -> Any:
        return json_value(resp, prepared)


LOOKUP_ANSWER = LookupAnswer()


def _answered(resp: Any, data: Any, method: str) -> Any:
    """Airflow 3's 404 ``resp`` as the 200 holding ``data`` (a v2 answer, JSON) that Airflow 2 gave."""
    return unread_answer(resp, data, False, method, preload=True, status=200)


def unread_answer(
    resp: Any, data: Any, text: bool, method: str, *, preload: bool = False, status: Optional[int] = None
) -> Any:
    """An answer of Airflow 3 (a urllib3 response), translated, as ``_preload_content=False`` gives one: a
    urllib3 response not read yet, whose body is what Airflow 2 would have sent (JSON,
    or the log's text), with the server's status (or ``status``) and headers; read
    already with ``preload``."""
    if text:
        payload = ("" if data is None else str(data)).encode("utf-8")
    else:
        payload = json.dumps(data, default=_iso_or_refuse).encode("utf-8")
    headers: Dict[str, str] = {k: v for k, v in resp.headers.items() if k.lower() not in _REWRITTEN_HEADERS}
    headers["Content-Type"] = "text/plain; charset=utf-8" if text else "application/json"
    headers["Content-Length"] = str(len(payload))
    return rest.holding(resp, payload, method, decode=False, preload=preload, headers=headers, status=status)


#: The headers of an answer that describe a body that is replaced.
_REWRITTEN_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length", "content-type"})


def _iso_or_refuse(value: Any) -> Optional[str]:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable: {value!r}")


__all__ = ["LOOKUP_ANSWER", "Lookup", "LookupAnswer", "TranslatedAnswer", "not_found", "prepare", "unread_answer"]
