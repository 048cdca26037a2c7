"""Call read-only operations of a real Airflow with the client of this interpreter; write what a caller observes.

Run by path, with ``-I`` and a working directory outside the checkout, so that
the official interpreter does not import our ``airflow_client``::

    python -I test/integration/_real_runner.py CONFIG.json OUT.json

``CONFIG.json`` holds the API URL and credentials, the spec's models (what to
read on a returned model, as ``test/compat/test_differential.py`` describes
them) and the calls: ``{"name", "api", "method", "args", "kwargs", "hint"}``.
An argument ``{"$model": NAME, "kwargs": {...}}`` is built as that model of the
client under test, ``{"$datetime": ISO}`` as a datetime.  What each call
returns (or raises) is observed with ``test/compat/_runner.py``'s ``observe``,
the same reading the loopback differential suite does.  Stdlib only: it runs
under the official client's virtualenv too.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
import traceback
from datetime import datetime
from pathlib import Path
from typing import Any, Dict

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "compat"))

import _runner  # noqa: E402


class RealContext:
    """The client under test, logged in to the real server with its credentials; with
    ``"async": true`` in the config, ours as the asyncio client (each call awaited in one
    event loop)."""

    def __init__(self, config: Dict[str, Any]) -> None:
        module = importlib.import_module("airflow_client.client")
        configuration = module.Configuration(
            host=config["api_url"], username=config["username"], password=config["password"]
        )
        self.loop: Any = None
        if config.get("async"):
            import asyncio

            from airflow_client.client.aio import AsyncApiClient

            self.loop = asyncio.new_event_loop()
            self.client = AsyncApiClient(configuration)
            self.apis = "airflow_client.client.aio.api"
        else:
            self.client = module.ApiClient(configuration)
            self.apis = "airflow_client.client.api"

    def api(self, name: str) -> Any:
        return getattr(importlib.import_module(f"{self.apis}.{_runner.snake(name)}"), name)(self.client)

    def result(self, value: Any) -> Any:
        """What a call returned: awaited, for the asyncio client."""
        return value if self.loop is None else self.loop.run_until_complete(value)

    def model(self, name: str) -> Any:
        return getattr(importlib.import_module(f"airflow_client.client.model.{_runner.snake(name)}"), name)

    def decode(self, x: Any) -> Any:
        if isinstance(x, dict) and "$model" in x:
            return self.model(x["$model"])(**self.decode(x.get("kwargs", {})))
        if isinstance(x, dict) and "$datetime" in x:
            return datetime.fromisoformat(x["$datetime"])
        if isinstance(x, dict):
            return {k: self.decode(v) for k, v in x.items()}
        if isinstance(x, list):
            return [self.decode(v) for v in x]
        return x

    def close(self) -> None:
        close = getattr(self.client, "close", None)
        if close is not None:
            self.result(close())
        if self.loop is not None:
            self.loop.close()


def observe_error(e: BaseException) -> Dict[str, Any]:
    """``_runner.observe_error`` and the message: the test names the official client's crashes by it."""
    out = _OBSERVE_ERROR(e)
    out["text"] = str(e)[:1000]
    return out


_OBSERVE_ERROR = _runner.observe_error
_runner.observe_error = observe_error  # what _runner.attempt calls for a field that raises


#: With ``"record": true`` in the config (ours against Airflow 3): every request the client
#: sent to the server's /api/v2 or /auth/fab/v1 and what it answered, by case (``"v2"``), for
#: the fake Airflow 3 of the unit suite (test/unit/test_airflow3_recorded.py)
SENT: list = []


def _recording(client_class: Any) -> None:
    from urllib.parse import parse_qsl, urlsplit

    send = client_class._send_flow

    def recording(self: Any, prepared: Any, deadline: Any) -> Any:  # a flow, as the one it wraps
        resp = yield from send(self, prepared, deadline)
        url = urlsplit(prepared.url)
        if "/api/v2" in url.path or "/auth/fab/v1" in url.path:
            data = getattr(resp, "data", None)
            try:
                answer = json.loads(data) if data else None
            except ValueError:
                answer = {"$text": data.decode("utf-8", "replace")}
            SENT.append(
                {
                    "method": prepared.method,
                    "path": url.path,
                    "query": sorted(parse_qsl(url.query)),
                    "body": json.loads(prepared.body) if prepared.body else None,
                    "status": resp.status,
                    "answer": answer,
                }
            )
        return resp

    client_class._send_flow = recording


def run(config: Dict[str, Any]) -> Dict[str, Any]:
    _runner.MODELS.update(config["models"])
    c = RealContext(config)
    if config.get("record"):
        _recording(type(c.client))
    results: Dict[str, Any] = {}
    try:
        for call in config["calls"]:
            started = time.perf_counter()
            obs: Dict[str, Any] = {}
            del SENT[:]
            try:
                method = getattr(c.api(call["api"]), call["method"])
                value = c.result(method(*c.decode(call["args"]), **c.decode(call["kwargs"])))
            except Exception as e:  # noqa: BLE001 - what raises is what is observed
                obs["error"] = observe_error(e)
                obs["traceback"] = traceback.format_exc(limit=-6)
            else:
                hint = call.get("hint")
                obs["result"] = _runner.attempt(lambda v=value, h=hint: _runner.observe(v, h, top=True), lambda o: o)
            obs["seconds"] = round(time.perf_counter() - started, 4)
            if config.get("record"):
                obs["v2"] = list(SENT)
                obs["call"] = {key: call[key] for key in ("api", "method", "args", "kwargs")}
            results[call["name"]] = obs
    finally:
        c.close()
    return results


if __name__ == "__main__":
    _runner.main(run)
