"""Variables, pools and connections: list, get, set, delete, import, export.

One description per resource (:class:`_Resource`, in :data:`RESOURCES`) and one
handler per verb; what differs between the resources is in their rows: the API's
methods, the key, the columns, the fields ``set`` takes (and how each is read: a
connection's password only from a file), and how an item of an import file becomes a
body and an item becomes a value of an export.
"""

from __future__ import annotations

import argparse
from typing import Any, Callable, Dict, NamedTuple, Optional, Sequence

from airflow_client.cli._context import Context, UsageError, json_value, walk
from airflow_client.cli._output import plain

VARIABLE_COLUMNS = ("key", "value", "description")
POOL_COLUMNS = ("name", "slots", "occupied_slots", "running_slots", "queued_slots", "open_slots", "description")
CONNECTION_COLUMNS = ("connection_id", "conn_type", "host", "port", "login", "schema", "description")


class _Field(NamedTuple):
    """A field `set` takes besides the key: its name in the body, its argument, how it is read."""

    name: str
    flag: str  # positional ("value") or an option ("--conn-host")
    options: Optional[Dict[str, Any]] = None  # for ArgumentParser.add_argument
    read: Optional[Callable[[str], Any]] = None  # the argument's text -> the body's value

    @property
    def dest(self) -> str:
        return self.flag.lstrip("-").replace("-", "_")


class _Ops(NamedTuple):
    """The names of an API class's methods for the verbs."""

    list: str
    get: str
    post: str
    patch: str
    delete: str


class _Resource(NamedTuple):
    noun: str  # the command: variables, pools, connections
    module: str  # the API's module in airflow_client.client.api, imported when a command runs
    api: str  # its class
    ops: _Ops
    arg: str  # the key's argument: key, name, conn_id
    key: str  # the key's field in an item: key, name, connection_id
    columns: Sequence[str]
    fields: Sequence[_Field]  # what `set` takes besides the key, in the body's order
    #: (file, key, the file's value for it) -> the body that creates or updates the item
    import_body: Callable[[str, str, Any], Dict[str, Any]]
    #: (resource, listed item, fetch the whole item) -> what the export file holds for it
    export_value: Callable[["_Resource", Any, Callable[[], Any]], Any]

    def client(self, ctx: Context) -> Any:
        import importlib

        return getattr(importlib.import_module(f"airflow_client.client.api.{self.module}"), self.api)(ctx.api)

    def upsert(self, api: Any, key: str, body: Dict[str, Any]) -> Any:
        """Update the item (only the fields given), or create it when there is none.
        Asked first, not found out from the PATCH: Airflow 2.6 answers 500, not 404, to a
        PATCH of a variable that does not exist."""
        from airflow_client.client import NotFoundException

        try:
            getattr(api, self.ops.get)(key)
        except NotFoundException:
            return getattr(api, self.ops.post)(body)
        return getattr(api, self.ops.patch)(key, body)


def _resource(a: argparse.Namespace) -> _Resource:
    return RESOURCES[a.command]


def cmd_items_list(ctx: Context, a: argparse.Namespace) -> int:
    res = _resource(a)
    ctx.emit(walk(getattr(res.client(ctx), res.ops.list), limit=a.limit, order_by=res.key), res.columns)
    return 0


def cmd_items_get(ctx: Context, a: argparse.Namespace) -> int:
    res = _resource(a)
    ctx.emit(getattr(res.client(ctx), res.ops.get)(getattr(a, res.arg)))
    return 0


def cmd_items_set(ctx: Context, a: argparse.Namespace) -> int:
    res = _resource(a)
    api = res.client(ctx)
    key = getattr(a, res.arg)
    body: Dict[str, Any] = {res.key: key}
    for field in res.fields:
        value = getattr(a, field.dest)
        if value is not None:
            body[field.name] = field.read(value) if field.read else value
    ctx.emit(res.upsert(api, key, body))
    return 0


def cmd_items_delete(ctx: Context, a: argparse.Namespace) -> int:
    res = _resource(a)
    getattr(res.client(ctx), res.ops.delete)(getattr(a, res.arg))
    return 0


def cmd_items_import(ctx: Context, a: argparse.Namespace) -> int:
    res = _resource(a)
    api = res.client(ctx)
    data = json_value("import", "@" + a.file)
    if not isinstance(data, dict):
        raise UsageError(f"{a.file}: expected a JSON object of name -> value, got {type(data).__name__}")
    done = [res.upsert(api, key, res.import_body(a.file, key, value)) for key, value in data.items()]
    ctx.emit(done, res.columns, many=True)
    return 0


def cmd_items_export(ctx: Context, a: argparse.Namespace) -> int:
    """Every item, as Airflow's own `airflow variables|pools|connections export` writes them."""
    import functools
    import json

    from airflow_client.client import NotFoundException

    res = _resource(a)
    api = res.client(ctx)
    out: Dict[str, Any] = {}
    for item in walk(getattr(api, res.ops.list), order_by=res.key):
        key = str(getattr(item, res.key))
        try:
            out[key] = res.export_value(res, item, functools.partial(getattr(api, res.ops.get), key))
        except NotFoundException:  # deleted meanwhile
            continue
    text = json.dumps(out, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if a.file and a.file != "-":
        with open(a.file, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        ctx.stdout.write(text)
    return 0


VARIABLE_FIELDS = (_Field("value", "value"), _Field("description", "--description"))


def _variable_import(path: str, key: str, value: Any) -> Dict[str, Any]:
    import json

    return {"key": key, "value": value if isinstance(value, str) else json.dumps(value)}


def _variable_export(res: _Resource, item: Any, fetch: Callable[[], Any]) -> Any:
    import json

    value = item.get("value")
    if value is None:  # the list leaves it out
        value = fetch().get("value")
    try:  # as `airflow variables export` writes them: JSON values as JSON
        return json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return value


POOL_FIELDS = (
    _Field("slots", "slots", {"type": int}),
    _Field("description", "--description"),
    _Field(
        "include_deferred",
        "--include-deferred",
        {"action": argparse.BooleanOptionalAction, "help": "count deferred tasks in the pool"},
    ),
)


def _pool_import(path: str, name: str, spec: Any) -> Dict[str, Any]:
    if not isinstance(spec, dict) or "slots" not in spec:
        raise UsageError(f"{path}: pool {name!r} must be an object with slots")
    body: Dict[str, Any] = {"name": name, "slots": spec["slots"]}
    body.update((k, spec[k]) for k in ("description", "include_deferred") if spec.get(k) is not None)
    return body


def _pool_export(res: _Resource, item: Any, fetch: Callable[[], Any]) -> Any:
    return {field.name: item.get(field.name) for field in res.fields}


def _connection_import(path: str, conn_id: str, spec: Any) -> Dict[str, Any]:
    import json

    if not isinstance(spec, dict) or not spec.get("conn_type"):
        raise UsageError(f"{path}: connection {conn_id!r} must be an object with conn_type")
    unknown = sorted(set(spec) - {field.name for field in CONNECTION_FIELDS})
    if unknown:
        raise UsageError(f"{path}: connection {conn_id!r}: unknown field {unknown[0]!r}")
    body = {k: v for k, v in spec.items() if v is not None}
    if isinstance(body.get("extra"), (dict, list)):
        body["extra"] = json.dumps(body["extra"])
    body["connection_id"] = conn_id
    return body


def _connection_export(res: _Resource, item: Any, fetch: Callable[[], Any]) -> Any:
    full = plain(fetch())  # the list leaves fields out; the API never gives the password
    return {field.name: full.get(field.name) for field in res.fields if full.get(field.name) is not None}


def _connection_extra(text: str) -> str:
    import json

    extra = json_value("--conn-extra", text)
    return extra if isinstance(extra, str) else json.dumps(extra)


def _connection_password(path: str) -> str:
    """Only ever from a file (or stdin): `--conn-password` is refused by :func:`~._parser.refuse_secret_flags`."""
    from airflow_client.cli._settings import SettingsError, _read_secret_file

    try:
        return _read_secret_file(path, "connection password")
    except SettingsError as exc:
        raise UsageError(str(exc)) from None


CONNECTION_FIELDS = (
    _Field("conn_type", "--conn-type", {"required": True}),
    _Field("description", "--description"),
    _Field("host", "--conn-host"),
    _Field("login", "--conn-login"),
    _Field("schema", "--conn-schema"),
    _Field("port", "--conn-port", {"type": int}),
    _Field("extra", "--conn-extra", {"metavar": "JSON|@FILE", "help": "a JSON object"}, _connection_extra),
    _Field(
        "password",
        "--conn-password-file",
        {"metavar": "PATH", "help": "the connection's password from a file, - for stdin"},
        _connection_password,
    ),
)


# fmt: off
RESOURCES: Dict[str, _Resource] = {res.noun: res for res in (
    # noun, API module and class; method names; argument and item field of the key; columns; set's fields; import, export
    _Resource("variables", "variable_api", "VariableApi",
              _Ops("get_variables", "get_variable", "post_variables", "patch_variable", "delete_variable"),
              "key", "key", VARIABLE_COLUMNS, VARIABLE_FIELDS, _variable_import, _variable_export),
    _Resource("pools", "pool_api", "PoolApi",
              _Ops("get_pools", "get_pool", "post_pool", "patch_pool", "delete_pool"),
              "name", "name", POOL_COLUMNS, POOL_FIELDS, _pool_import, _pool_export),
    _Resource("connections", "connection_api", "ConnectionApi",
              _Ops("get_connections", "get_connection", "post_connection", "patch_connection", "delete_connection"),
              "conn_id", "connection_id", CONNECTION_COLUMNS, CONNECTION_FIELDS, _connection_import, _connection_export),
)}
# fmt: on
