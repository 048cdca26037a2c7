"""The official ``apache-airflow-client==2.10.0``'s interpreter, for the tests that compare with it.

``scripts/official_client.py`` makes (once) and reuses its virtualenv; scripts/ is no
package, so it is loaded by path.  Run that interpreter with ``-I`` (or from outside
the checkout): from the checkout it would import our ``airflow_client``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def official_python() -> Path:
    spec = importlib.util.spec_from_file_location("_official_client", REPO / "scripts" / "official_client.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return Path(module.official_python())
