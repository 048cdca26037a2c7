"""``airflow-client call OPERATION key=value ...``: any operation of the API by name.

The operations and the types of their parameters are read at run time from the
:class:`~airflow_client.client.core.operation.Operation` objects the generated API
modules declare, so the command reaches exactly what the API classes do.  Each
``key=value`` is converted to the parameter's declared type: ``str``, ``int``,
``float``, ``bool`` (``true``/``false``, ``yes``/``no``, ``1``/``0``), ``datetime``
(ISO 8601, e.g. ``2024-01-01T00:00:00Z``), or a list of one of them (the key
repeated; for the lists sent comma-joined, such as ``fields`` and ``update_mask``,
a comma-separated value too).  The body is JSON: ``body='{"...": ...}'`` or
``body=@file.json`` (``@-``: standard input); its own name (``dag_run=...``) works too.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import json
import sys
from typing import Any, Dict, List, Optional, Sequence, Tuple

from airflow_client.client.core.operation import Array, Operation, Scalar

_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


class CallError(Exception):
    """A wrong operation or argument (a usage error)."""


def operations() -> Dict[str, Tuple[Operation, str]]:
    """operationId -> (operation, the API class declaring it), for every operation."""
    from airflow_client.client.apis import API_MODULES

    found: Dict[str, Tuple[Operation, str]] = {}
    for cls, module_name in sorted(API_MODULES.items()):
        module = importlib.import_module(f"airflow_client.client.api.{module_name}")
        for value in vars(module).values():
            if isinstance(value, Operation) and value.name not in found:
                found[value.name] = (value, cls)
    return dict(sorted(found.items()))


def find(name: str) -> Operation:
    ops = operations()
    if name not in ops:
        import difflib

        close = difflib.get_close_matches(name, list(ops), n=3)
        hint = f"; did you mean {' or '.join(close)}?" if close else "; `airflow-client call --list` lists them"
        raise CallError(f"no operation named {name!r}{hint}")
    return ops[name][0]


def type_name(kind: Any) -> str:
    if isinstance(kind, Array):
        return f"list of {kind.item.name}" + (" (comma-separated)" if kind.joined else " (repeat the key)")
    return str(kind.name)


def describe(op: Operation, api_class: str) -> str:
    """What ``call OPERATION --help`` prints."""
    lines = [f"{op.name}: {op.method} /api/v1{op.path}   ({api_class}.{op.name})"]
    for name, kind in op.path_params.items():
        lines.append(f"  {name}={type_name(kind)}   required (path)")
    for name, param in op.query.items():
        lines.append(f"  {name}={type_name(param)}   optional (query)")
    if op.body_name:
        need = "required" if op.body_required else "optional"
        lines.append(f"  body=JSON|@file   {need}: a {op.body} (also as {op.body_name}=)")
    if op.text:
        lines.append("  (answers text with --accept text/plain)")
    return "\n".join(lines) + "\n"


def arguments(op: Operation, items: Sequence[str]) -> Dict[str, Any]:
    """``key=value`` items converted to the operation's keyword arguments."""
    given: Dict[str, List[str]] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise CallError(f"{op.name}: arguments are key=value, got {item!r}")
        if key == "body" and op.body_name:
            key = op.body_name
        if key not in op.path_params and key not in op.query and key != op.body_name:
            known = [*op.path_params, *op.query, *(["body"] if op.body_name else [])]
            raise CallError(f"{op.name}: no parameter {key!r} (parameters: {', '.join(known) or 'none'})")
        given.setdefault(key, []).append(value)
    params: Dict[str, Any] = {}
    for key, values in given.items():
        if key == op.body_name:
            if len(values) > 1:
                raise CallError(f"{op.name}: the body is given twice")
            params[key] = body(op, values[0])
            continue
        kind = op.path_params.get(key) or op.query[key]
        if isinstance(kind, Array):
            pieces = [p for v in values for p in (v.split(",") if kind.joined else [v])]
            params[key] = [convert(op, key, kind.item, p) for p in pieces]
        else:
            if len(values) > 1:
                raise CallError(f"{op.name}: {key} takes one value, got {len(values)}")
            params[key] = convert(op, key, kind, values[0])
    missing = [name for name in op.path_params if name not in params]
    if op.body_required and op.body_name not in params:
        missing.append("body")
    if missing:
        raise CallError(f"{op.name}: missing {', '.join(f'{m}=' for m in missing)}")
    return params


def convert(op: Operation, key: str, kind: Scalar, text: str) -> Any:
    def wrong(expected: str) -> CallError:
        return CallError(f"{op.name}: {key} must be {expected}, got {text!r}")

    if kind.name == "int":
        try:
            return int(text)
        except ValueError:
            raise wrong("an int") from None
    if kind.name == "float":
        try:
            return float(text)
        except ValueError:
            raise wrong("a number") from None
    if kind.name == "bool":
        low = text.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise wrong("true or false")
    if kind.name == "datetime":
        try:
            _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise wrong("an ISO 8601 date-time (2024-01-01T00:00:00Z)") from None
        return text
    return text


def body(op: Operation, text: str) -> Any:
    """A JSON body from text, ``@file`` or ``@-`` (standard input)."""
    return json_argument(f"{op.name}: body", text)


def json_argument(what: str, text: str) -> Any:
    source = "the text given"
    if text.startswith("@"):
        path = text[1:]
        source = "standard input" if path == "-" else repr(path)
        try:
            if path == "-":
                text = sys.stdin.read()
            else:
                with open(path, encoding="utf-8") as handle:
                    text = handle.read()
        except OSError as exc:
            raise CallError(f"{what}: cannot read {path!r}: {exc.strerror}") from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise CallError(f"{what}: {source} is not JSON: {exc}") from None


def listing() -> str:
    ops = operations()
    width = max(len(n) for n in ops)
    lines = [f"{name.ljust(width)}  {op.method:6} /api/v1{op.path}" for name, (op, _) in ops.items()]
    return "\n".join(lines) + "\n"


def run(api_client: Any, op: Operation, params: Dict[str, Any], accept: Optional[str]) -> Any:
    options: Dict[str, Any] = {}
    if accept:
        options["_accept"] = accept
    return api_client.call(op, options, **params)
