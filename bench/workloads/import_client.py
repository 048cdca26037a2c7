"""Workload 1: a cold ``import airflow_client.client`` in a fresh process.

``python import_client.py CONTENDER [client|deps|deps-used]``; prints ``{"import_ms": ...}``.

* ``client``: the package (``floor``: ``urllib3`` and ``json``, all a bare client needs);
* ``deps``: the client's declared dependencies alone, imported as the brief
  names them (ours: ``urllib3, pydantic, dateutil, typing_extensions``;
  official 2.10.0: ``urllib3, dateutil``);
* ``deps-used``: the dependencies' modules the client really loads at import
  (ours: ``urllib3`` alone, the rest comes with the first API class or model,
  pydantic with the first model a program builds; official: ``dateutil.parser``).

Nothing but ``sys`` and ``time`` is imported before the clock starts.
"""

import sys
import time

MODE = sys.argv[2] if len(sys.argv) > 2 else "client"
NAME = sys.argv[1]

started = time.perf_counter()
if NAME == "floor":
    import json  # noqa: F401

    import urllib3  # noqa: F401
elif MODE == "client":
    if NAME == "official":
        sys.setrecursionlimit(1500)
    import airflow_client.client  # noqa: F401
elif MODE == "deps" and NAME == "ours":
    import dateutil  # noqa: F401
    import pydantic  # noqa: F401
    import typing_extensions  # noqa: F401
    import urllib3  # noqa: F401
elif MODE == "deps-used" and NAME == "ours":
    import urllib3  # noqa: F401
elif MODE == "deps" and NAME == "official":
    import dateutil  # noqa: F401
    import urllib3  # noqa: F401
elif MODE == "deps-used" and NAME == "official":
    import dateutil.parser  # noqa: F401
    import urllib3  # noqa: F401
else:
    raise SystemExit(f"unknown mode {MODE!r} for {NAME!r}")
elapsed = (time.perf_counter() - started) * 1000.0

import json  # noqa: E402

where = sys.modules.get("airflow_client.client")
print(json.dumps({"import_ms": elapsed, "modules": len(sys.modules), "file": getattr(where, "__file__", None)}))
