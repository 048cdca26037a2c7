"""The official ``apache-airflow-client==2.10.0``, in a virtualenv of its own.

The compatibility tests (``test/compat/``) run the official client as the
reference: the same code goes through it and through ours, in separate
interpreters.  This script makes (once) and reuses ``.cache/official-client/venv``
with exactly that version installed from PyPI (its dependencies from the pin set
``scripts/pins/official-client-2.10.0.txt``), and prints its interpreter::

    python3 scripts/official_client.py        # -> /.../.cache/official-client/venv/bin/python

Importable too: ``official_python()`` returns the same path.  Several processes
may ask at once; a lock file makes one of them install and the others wait.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator

VERSION = "2.10.0"
REQUIREMENT = f"apache-airflow-client=={VERSION}"
#: Its dependencies come from a pin set (scripts/pins.py): what was published by the day
#: after its release, so that the reference behaves the same on every machine and in a year.
PINNED_BEFORE = "2024-08-31T00:00:00Z"
REPO = Path(__file__).resolve().parent.parent
FOLDER = Path(os.environ.get("OFFICIAL_CLIENT_DIR", REPO / ".cache" / "official-client"))
VENV = FOLDER / "venv"
STAMP = VENV / ".installed"


def _pins() -> ModuleType:
    """``scripts/pins.py``, imported by path (scripts/ is not a package), once."""
    name = "_scripts_pins"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().with_name("pins.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def pin_set() -> Any:
    """The ``pins.PinSet`` the official client is installed from."""
    return _pins().PinSet(
        name=f"official-client-{VERSION}",
        requirements=(REQUIREMENT,),
        python=">=3.9",  # the Pythons our tests run it on (it supports 3.8+)
        before=PINNED_BEFORE,
        why=f"the day after apache-airflow-client {VERSION}'s release",
    )


def _stamp_text() -> str:
    return f"{REQUIREMENT} -c {pin_set().path.name} sha256:{_pins().digest(pin_set())}"


def _python() -> Path:
    return VENV / "bin" / "python"


def _working() -> bool:
    if not STAMP.is_file() or STAMP.read_text().strip() != _stamp_text():
        return False
    check = f"import importlib.metadata as m, sys; sys.exit(m.version('apache-airflow-client') != {VERSION!r})"
    try:
        # -I and another folder: from the repository, ``import`` would find our own package
        done = subprocess.run([str(_python()), "-I", "-c", check], capture_output=True, timeout=60, cwd=str(FOLDER))
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@contextlib.contextmanager
def _locked() -> Iterator[None]:
    FOLDER.mkdir(parents=True, exist_ok=True)
    with open(FOLDER / "lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def official_python() -> Path:
    """The interpreter of a virtualenv holding exactly the official 2.10.0 client."""
    if _working():
        return _python()
    with _locked():
        if _working():
            return _python()
        if VENV.exists():
            shutil.rmtree(VENV)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        pip = [str(_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        constraints = _pins().verified(pin_set())
        print(f"official_client: installing {REQUIREMENT} from the {_pins().describe(pin_set())}", file=sys.stderr)
        subprocess.run([*pip, REQUIREMENT, "-c", str(constraints)], check=True)
        STAMP.write_text(_stamp_text() + "\n")
    if not _working():
        raise RuntimeError(f"could not install {REQUIREMENT} into {VENV}")
    return _python()


if __name__ == "__main__":
    print(official_python())
