"""Run every scenario of ``scenarios.py`` with the client of this interpreter; write what a caller observes.

Run by path, with ``-I`` so that the current directory (maybe a checkout holding
our ``airflow_client``) is not on ``sys.path``::

    python -I test/compat/_runner.py CONFIG.json OUT.json

``CONFIG.json`` holds the loopback server's URL, the scenario names to run, the
spec's models (field names, nested schemas, enums: what to read on a returned
model) and the result schema of each scenario.  Before each scenario the runner
asks ``GET /__scenario__/<name>`` (with urllib, not the client) so that the
server answers and records per scenario.  Stdlib only: it runs under the
official client's virtualenv too.
"""

from __future__ import annotations

import importlib
import json
import re
import signal
import sys
import time
import traceback
import urllib.parse
import urllib.request
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Dict, List

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scenarios  # noqa: E402

MODELS: Dict[str, Dict[str, Any]] = {}
MAX_DEPTH = 8
#: Seconds a scenario may take before it is stopped (a hang is observed as ScenarioTimeout).
SCENARIO_TIMEOUT = 10


class ScenarioTimeout(Exception):
    pass


def _timeout(signum: int, frame: Any) -> None:
    raise ScenarioTimeout(f"scenario took more than {SCENARIO_TIMEOUT} s")


ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
#: A tzinfo in a datetime's repr: its class depends on the installed python-dateutil and the
#: machine's zone (the official client's ``+00:00`` is ``tzlocal()`` with dateutil 4 on a UTC
#: machine, ``tzutc()`` with 2.9), so ``str(model)`` is compared without it; the offset itself is
#: compared, in the fields' ``isoformat()`` values.
TZINFO = re.compile(r"tzinfo=[\w.]+(?:\((?:[^()]|\([^()]*\))*\))?")


def printed(text: str) -> str:
    """``str()`` of a value, as compared: no object addresses, no tzinfo classes."""
    return TZINFO.sub("tzinfo=<tz>", ADDRESS.sub("", text))


def snake(name: str) -> str:
    """The official generator's module names: DAGRun -> dag_run, XComApi -> x_com_api."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name).lower()


# --- observing values -------------------------------------------------------------------------


def attempt(fn: Callable[[], Any], then: Callable[[Any], Any]) -> Any:
    try:
        value = fn()
    except Exception as e:  # noqa: BLE001 - what raises is what is observed
        return observe_error(e)
    return then(value)


def observe_error(e: BaseException) -> Dict[str, Any]:
    out: Dict[str, Any] = {"raised": type(e).__name__, "mro": [k.__name__ for k in type(e).__mro__]}
    # what code reads of a type error besides its words (of the other errors, the official
    # paths are its own muddle: ``[['received_data', 'pools', 0], 'nope']``)
    for attr in ("path_to_item", "valid_classes", "key_type") if type(e).__name__ == "ApiTypeError" else ():
        if hasattr(e, attr):
            value = getattr(e, attr)
            out[attr] = [k.__name__ for k in value] if attr == "valid_classes" and value else plain(value)
    if hasattr(e, "status"):
        out["status"] = plain(getattr(e, "status", None))
        out["reason"] = plain(getattr(e, "reason", None))
        body = getattr(e, "body", None)
        out["body"] = {"type": type(body).__name__, "value": plain(body)}
        headers = getattr(e, "headers", None)
        out["headers"] = None if headers is None else {"content_type": plain(_get_header(headers, "Content-Type"))}
    return out


def _get_header(headers: Any, name: str) -> Any:
    try:
        return headers.get(name)
    except Exception as e:  # noqa: BLE001
        return observe_error(e)


def plain(x: Any, depth: int = 0) -> Any:
    """``x`` as JSON, non-JSON values tagged with their type (``to_dict()``, ``_data_store``...)."""
    if depth > MAX_DEPTH:
        return {"$deep": type(x).__name__}
    if x is None or type(x) in (str, int, float, bool):
        return x
    if type(x) is dict:
        return {str(k): plain(v, depth + 1) for k, v in x.items()}
    if type(x) is list:
        return [plain(v, depth + 1) for v in x]
    if type(x) is tuple:
        return {"$tuple": [plain(v, depth + 1) for v in x]}
    if isinstance(x, datetime):
        return {"$" + type(x).__name__: x.isoformat()}
    if isinstance(x, date):
        return {"$" + type(x).__name__: x.isoformat()}
    if isinstance(x, bytes):
        return {"$bytes": x.decode("utf-8", "replace")}
    if isinstance(x, dict):
        return {"$" + type(x).__name__: {str(k): plain(v, depth + 1) for k, v in x.items()}}
    if isinstance(x, (str, int, float)):  # str/int enums and the like
        return {"$" + type(x).__name__: ADDRESS.sub("", str(x))}
    return {"$object": type(x).__name__, "str": ADDRESS.sub("", str(x))[:300]}


def candidates(hint: Any, type_name: str) -> List[Dict[str, Any]]:
    """The model descriptions a hint stands for (a oneOf: the member of that type, else all)."""
    if isinstance(hint, str):
        hint = {"ref": hint}
    if not isinstance(hint, dict):
        return []
    if "any" in hint:
        return [m for h in hint["any"] for m in candidates(h, type_name)]
    if "ref" in hint:
        model = MODELS.get(hint["ref"])
        if model is None:
            return []
        if "oneof" in model:
            members = [m for m in model["oneof"] if m == type_name] or model["oneof"]
            return [MODELS[m] for m in members if m in MODELS]
        return [model]
    return [hint]


def model_fields(value: Any, hint: Any) -> Dict[str, Any]:
    """What to read on ``value``: the fields of its type's schema and of the hinted ones."""
    name = type(value).__name__
    merged: Dict[str, Any] = {"fields": {}}
    for model in candidates(name, name) + candidates(hint, name):
        for key in ("enum", "simple"):
            if key in model:
                merged[key] = model[key]
        for field, desc in model.get("fields", {}).items():
            merged["fields"].setdefault(field, desc)
    return merged


def observe(v: Any, hint: Any = None, depth: int = 0, top: bool = False) -> Dict[str, Any]:
    """What a caller sees of ``v``: its type and value; for models, each field read three ways."""
    out: Dict[str, Any] = {"type": type(v).__name__}
    if depth > MAX_DEPTH:
        return out
    enum_like = any("enum" in m or "simple" in m for m in candidates(hint, type(v).__name__))
    if v is None or type(v) in (str, int, float, bool):
        out["value"] = v
    elif isinstance(v, datetime) or isinstance(v, date):
        out["value"] = v.isoformat()
    elif isinstance(v, bytes):
        out["value"] = v.decode("utf-8", "replace")
    elif type(v) in (list, tuple):
        item_hint = hint.get("list") if isinstance(hint, dict) else None
        out["items"] = [observe(x, item_hint, depth + 1) for x in v]
    elif type(v) is dict:
        fields = hint.get("fields") if isinstance(hint, dict) else None
        out["items"] = {str(k): observe(x, (fields or {}).get(k), depth + 1) for k, x in v.items()}
    else:
        model = model_fields(v, hint)
        enum_like = enum_like or "enum" in model or "simple" in model
        if not enum_like:
            out["fields"] = {
                name: observe_field(v, name, desc, depth) for name, desc in sorted(model["fields"].items())
            }
        if (top or depth == 0) and not enum_like:
            out["to_dict"] = attempt(lambda: v.to_dict(), plain)
            out["str"] = attempt(lambda: str(v), printed)
    if enum_like and v is not None:
        out["enum"] = observe_enum(v)
    return out


def observe_field(v: Any, name: str, desc: Any, depth: int) -> Dict[str, Any]:
    attr = attempt(lambda: getattr(v, name), lambda x: observe(x, desc, depth + 1))
    item = attempt(lambda: v[name], lambda x: observe(x, desc, depth + 1))
    return {"attr": attr, "item": "same as attr" if item == attr else item, "in": attempt(lambda: name in v, plain)}


def observe_enum(v: Any) -> Dict[str, Any]:
    """An enum-like value as code reads it: ``.value``, ``["value"]``, ``str()``, ``==``."""
    out = {
        "value_attr": attempt(lambda: v.value, plain),
        "value_item": attempt(lambda: v["value"], plain),
        "str": attempt(lambda: str(v), plain),
        "is_str": isinstance(v, str),
    }
    raw = out["value_attr"] if not isinstance(out["value_attr"], dict) else out["str"]
    out["eq_raw"] = attempt(lambda: v == raw, plain)
    return out


# --- running scenarios ------------------------------------------------------------------------


class Context:
    """What a scenario uses: the client under test, built as its docs say, and ``step``."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.host = base + "/api/v1"
        self.steps: Dict[str, Any] = {}
        self._client: Any = None
        self._to_close: List[Any] = []
        self.configuration_used: Any = None

    @property
    def client_module(self) -> Any:
        return importlib.import_module("airflow_client.client")

    def import_module(self, name: str) -> Any:
        return importlib.import_module(name)

    def configuration(self) -> Any:
        return self.client_module.Configuration(host=self.host, username="admin", password="admin")

    @property
    def client(self) -> Any:
        if self._client is None:
            self.configuration_used = self.configuration()
            self._client = self.client_module.ApiClient(self.configuration_used)
        return self._client

    def api_class(self, name: str) -> Any:
        return getattr(importlib.import_module(f"airflow_client.client.api.{snake(name)}"), name)

    def api(self, name: str) -> Any:
        return self.api_class(name)(self.client)

    def model(self, name: str) -> Any:
        return getattr(importlib.import_module(f"airflow_client.client.model.{snake(name)}"), name)

    def build(self, x: Any) -> Any:
        if isinstance(x, scenarios.M):
            return self.model(x.name)(*self.build(x.args), **self.build(x.kwargs))
        if isinstance(x, dict):
            return {k: self.build(v) for k, v in x.items()}
        if isinstance(x, (list, tuple)):
            return type(x)(self.build(v) for v in x)
        return x

    def step(self, key: str, fn: Callable[[], Any], hint: Any = None) -> None:
        self.steps[key] = attempt(fn, lambda v: observe(v, hint, top=True))

    def close_later(self, client: Any) -> None:
        self._to_close.append(client)

    def close(self) -> None:
        for client in [self._client, *self._to_close]:
            close = getattr(client, "close", None)
            if close is not None:
                try:
                    close()
                except Exception:  # noqa: BLE001, S110 - closing is not observed
                    pass


def announce(base: str, name: str) -> None:
    with urllib.request.urlopen(f"{base}/__scenario__/{urllib.parse.quote(name, safe='')}", timeout=10) as r:
        r.read()


def run(config: Dict[str, Any]) -> Dict[str, Any]:
    MODELS.update(config["models"])
    signal.signal(signal.SIGALRM, _timeout)
    results: Dict[str, Any] = {}
    for name in config["scenarios"]:
        scenario = scenarios.SCENARIOS[name]
        announce(config["base"], name)
        c = Context(config["base"])
        hint = config["hints"].get(name)
        started = time.perf_counter()
        obs: Dict[str, Any] = {}
        signal.alarm(SCENARIO_TIMEOUT)
        try:
            value = scenario.run(c)
        except Exception as e:  # noqa: BLE001
            obs["error"] = observe_error(e)
            obs["traceback"] = traceback.format_exc(limit=-4)
        else:
            if value is not None or not c.steps:
                obs["result"] = attempt(lambda v=value, h=hint: observe(v, h, top=True), lambda o: o)
        finally:
            signal.alarm(0)
        if c.steps:
            obs["steps"] = c.steps
        c.close()
        obs["seconds"] = round(time.perf_counter() - started, 4)
        results[name] = obs
    announce(config["base"], "__done__")
    return results


def main(runner: Any = None) -> None:
    """``runner(config)`` (``run`` by default) on the JSON config file ``argv[1]``; the
    observations go to ``argv[2]`` as JSON (also for ``test/integration/_real_runner.py``)."""
    config = json.loads(Path(sys.argv[1]).read_text())
    results = (runner or run)(config)
    Path(sys.argv[2]).write_text(json.dumps(results, indent=1, sort_keys=True, default=repr))


if __name__ == "__main__":
    main()
