"""The pinned Airflow spec: fetched from the apache-airflow wheel, checked, loaded.

The repository records only the pin (``pin.json``: version and sha256), not
the spec itself.  The wheel is downloaded once with pip into ``.cache/spec``.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any, Dict

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PIN = json.loads((HERE / "pin.json").read_text())
CACHE = REPO / ".cache" / "spec"


def spec_bytes() -> bytes:
    """The spec's bytes, from the cached extract or the wheel; sha256-checked."""
    cached = CACHE / f"v1-{PIN['version']}.yaml"
    if cached.exists():
        data = cached.read_bytes()
        if _sha(data) == PIN["spec_sha256"]:
            return data
    wheel = CACHE / PIN["wheel"]
    if not wheel.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--disable-pip-version-check",
                "-q",
                "-d",
                str(CACHE),
                f"{PIN['distribution']}=={PIN['version']}",
            ],
            check=True,
        )
    with zipfile.ZipFile(wheel) as archive:
        data = archive.read(PIN["spec_path"])
    digest = _sha(data)
    if digest != PIN["spec_sha256"]:
        raise SystemExit(f"spec sha256 mismatch: pinned {PIN['spec_sha256']}, got {digest}")
    cached.write_bytes(data)
    return data


def load_spec() -> Dict[str, Any]:
    import yaml

    return yaml.safe_load(spec_bytes())


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
