#!/usr/bin/env python3
"""The pinned package sets that the test servers and the reference client install.

Every Airflow the tests start (``scripts/airflow_local.py``, each profile of its
``VERSIONS``, and the FAB variant of each Airflow 3) and the official client the
differential tests compare against (``scripts/official_client.py``) is installed with
``pip install ... -c scripts/pins/<set>.txt``: a constraints file that pins every package
the install may take, committed, so that a machine installs the same packages today and
in a year. Without it pip takes the newest release of every dependency, and a release
that came after the Airflow version (a ``cryptography``, a ``PyJWT``) breaks the server.

A set is resolved the way Airflow's own constraints files are made, from what was
published when that Airflow was released: ``uv pip compile --universal --exclude-newer
DATE`` (markers choose each Python's and platform's packages), with DATE the day after
the release unless the profile says otherwise. Airflow's constraints files themselves
cannot be fetched here, only packages.

Usage::

    python3 scripts/pins.py                    # list the sets and check each file (exit 1 if any is missing or stale)
    python3 scripts/pins.py write NAME [NAME ...]  # resolve and (re)write those sets
    python3 scripts/pins.py write --all        # every set

``write`` installs uv (the pinned ``UV_REQUIREMENT``) into ``.cache/uv`` the first
time. Moving a set forward is a deliberate change: edit its date (``pinned_before`` of
the profile in ``airflow_local.VERSIONS``, ``PINNED_BEFORE`` in ``official_client.py``),
run ``write`` for it, start the server and run the suite against it, and commit the
new file with the date change. A file whose header does not match its set's inputs
(requirements, Python, date) is stale: ``check()`` names it, the unit suite fails
(``test/unit/test_pins.py``) and ``airflow_local.py`` refuses to install from it.

Standard library only; Python 3.9+.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Dict, List, Optional, Sequence, Tuple

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PINS_DIR = HERE / "pins"
UV_REQUIREMENT = "uv==0.13.9"
UV_VENV = REPO / ".cache" / "uv"

# The header lines check() compares with the set's inputs (one "# key: value" each).
KEY_REQUIREMENTS = "requirements"
KEY_PYTHON = "python"
KEY_BEFORE = "published before"


@dataclass(frozen=True)
class PinSet:
    """What one constraints file is resolved from.

    ``name``: the file's stem (``airflow-2.10.5``, ``airflow-3.3.2-fab``,
    ``official-client-2.10.0``). ``requirements``: what is installed with it.
    ``python``: the Pythons it must serve (``">=3.9,<3.13"``). ``before``: an RFC 3339
    time; nothing published after it is taken. ``why``: where that time comes from.
    """

    name: str
    requirements: Tuple[str, ...]
    python: str
    before: str
    why: str

    @property
    def path(self) -> Path:
        return PINS_DIR / f"{self.name}.txt"

    def header(self) -> Dict[str, str]:
        return {
            KEY_REQUIREMENTS: " ".join(self.requirements),
            KEY_PYTHON: self.python,
            KEY_BEFORE: self.before,
        }


class PinError(RuntimeError):
    """A set's file is missing or was not written from the set's current inputs."""


def read_header(path: Path) -> Dict[str, str]:
    """The ``# key: value`` lines at the top of a pins file."""
    found: Dict[str, str] = {}
    for line in path.read_text().splitlines():
        if not line.startswith("#"):
            break
        key, sep, value = line[1:].strip().partition(": ")
        if sep:
            found[key] = value.split("  (", 1)[0].strip()
    return found


def pinned(path: Path) -> Dict[str, str]:
    """``{name: version}`` of a pins file (a name with several versions, for different
    markers, keeps the last one read: enough for looking one up)."""
    found: Dict[str, str] = {}
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        requirement = line.split(";", 1)[0].strip()
        name, sep, version = requirement.partition("==")
        if sep:
            found[_normalise(name)] = version.strip()
    return found


def _normalise(name: str) -> str:
    return name.strip().lower().replace("_", "-").replace(".", "-")


def problem(pin_set: PinSet) -> Optional[str]:
    """Why ``pin_set``'s file cannot be installed from, or None when it can."""
    path = pin_set.path
    if not path.is_file():
        return f"{_shown(path)} is missing: run `python3 scripts/pins.py write {pin_set.name}`"
    header = read_header(path)
    for key, wanted in pin_set.header().items():
        if header.get(key) != wanted:
            return (
                f"{_shown(path)} is stale: its {key!r} is {header.get(key)!r}, the set's is {wanted!r}; "
                f"run `python3 scripts/pins.py write {pin_set.name}`"
            )
    versions = pinned(path)
    for requirement in pin_set.requirements:
        name, sep, version = requirement.partition("==")
        if sep and versions.get(_normalise(name)) != version:
            return f"{_shown(path)} does not pin {requirement} (it has {versions.get(_normalise(name))!r})"
    return None


def verified(pin_set: PinSet) -> Path:
    """The file of ``pin_set``, after checking it matches the set (PinError if not)."""
    trouble = problem(pin_set)
    if trouble:
        raise PinError(trouble)
    return pin_set.path


def describe(pin_set: PinSet) -> str:
    """One line for progress output: which file, how many packages, from when."""
    path = pin_set.path
    return f"pin set {_shown(path)} ({len(pinned(path))} packages published before {pin_set.before})"


def digest(pin_set: PinSet) -> str:
    """A short hash of the file, for install stamps: a rewritten file means a new install."""
    return hashlib.sha256(pin_set.path.read_bytes()).hexdigest()[:16]


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(REPO))
    except ValueError:
        return str(path)


# --------------------------------------------------------------------------
# The sets, and writing them
# --------------------------------------------------------------------------


def _load(file_name: str) -> ModuleType:
    """Import a sibling script by path (scripts/ is not a package)."""
    module_name = f"_scripts_{file_name[:-3]}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, HERE / file_name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def all_sets() -> List[PinSet]:
    """Every set the project installs: each Airflow profile (and each Airflow 3's FAB
    variant), then the official client."""
    local = _load("airflow_local.py")
    official = _load("official_client.py")
    sets = []
    for version in local.VERSIONS:
        sets.append(local.pin_set(version))
        if local.version_key(version) >= (3,):
            sets.append(local.pin_set(version, fab=True))
    sets.append(official.pin_set())
    return sets


def _uv() -> Path:
    """uv in ``.cache/uv`` (installed there the first time)."""
    uv = UV_VENV / "bin" / "uv"
    stamp = UV_VENV / ".installed"
    if uv.is_file() and stamp.is_file() and stamp.read_text().strip() == UV_REQUIREMENT:
        return uv
    print(f"pins: installing {UV_REQUIREMENT} into {_shown(UV_VENV)}", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(UV_VENV)], check=True)
    pip = [str(UV_VENV / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, UV_REQUIREMENT], check=True)
    stamp.write_text(UV_REQUIREMENT + "\n")
    return uv


def write(pin_set: PinSet) -> Path:
    """Resolve ``pin_set`` with uv and write its file (header first)."""
    uv = _uv()
    with tempfile.TemporaryDirectory(prefix="pins-") as folder:
        # a project file, so that the resolution serves exactly the set's Pythons
        inputs = Path(folder) / "pyproject.toml"
        dependencies = ", ".join(f'"{requirement}"' for requirement in pin_set.requirements)
        inputs.write_text(
            f'[project]\nname = "pins"\nversion = "0"\nrequires-python = "{pin_set.python}"\n'
            f"dependencies = [{dependencies}]\n"
        )
        output = Path(folder) / "pins.txt"
        command = [
            str(uv),
            "pip",
            "compile",
            str(inputs),
            "--universal",
            "--exclude-newer",
            pin_set.before,
            "--no-header",
            "--no-annotate",
            "--quiet",
            "-o",
            str(output),
        ]
        print(
            f"pins: resolving {pin_set.name}: {' '.join(pin_set.requirements)}, before {pin_set.before}",
            file=sys.stderr,
        )
        subprocess.run(command, check=True)
        body = output.read_text()
    version = subprocess.run([str(uv), "--version"], capture_output=True, text=True, check=True).stdout.split()[1]
    header = pin_set.header()
    lines = [
        f"# {_shown(pin_set.path)}: the packages pip may install for {pin_set.name} (pip install -c this file).",
        f"# Written by `python3 scripts/pins.py write {pin_set.name}`; do not edit by hand (see that script).",
        f"# {KEY_REQUIREMENTS}: {header[KEY_REQUIREMENTS]}",
        f"# {KEY_PYTHON}: {header[KEY_PYTHON]}  (each of these Pythons, every platform: markers choose)",
        f"# {KEY_BEFORE}: {header[KEY_BEFORE]}  ({pin_set.why})",
        f"# resolver: uv {version} pip compile --universal --exclude-newer",
    ]
    PINS_DIR.mkdir(parents=True, exist_ok=True)
    pin_set.path.write_text("\n".join(lines) + "\n" + body)
    print(f"pins: wrote {describe(pin_set)}", file=sys.stderr)
    return pin_set.path


def check(sets: Optional[Sequence[PinSet]] = None) -> List[str]:
    """What is wrong with the pins: a missing or stale file per set, and files no set owns."""
    sets = list(all_sets() if sets is None else sets)
    troubles = [trouble for trouble in map(problem, sets) if trouble]
    owned = {pin_set.path for pin_set in sets}
    troubles += [
        f"{_shown(path)} belongs to no pin set: remove it"
        for path in sorted(PINS_DIR.glob("*.txt"))
        if path not in owned
    ]
    return troubles


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command")
    writing = commands.add_parser("write", help="resolve and write pin sets")
    writing.add_argument("names", nargs="*", help="set names (see the listing)")
    writing.add_argument("--all", action="store_true", help="every set")
    args = parser.parse_args(argv)
    sets = {pin_set.name: pin_set for pin_set in all_sets()}
    if args.command == "write":
        unknown = [name for name in args.names if name not in sets]
        if unknown or not (args.names or args.all):
            parser.error(f"name sets to write, or --all; unknown: {unknown}; known: {', '.join(sets)}")
        for name in sets if args.all else args.names:
            write(sets[name])
        return 0
    for pin_set in sets.values():
        state = problem(pin_set) or describe(pin_set)
        print(f"{pin_set.name:24} {state}")
    troubles = check(list(sets.values()))
    for trouble in troubles:
        print(trouble, file=sys.stderr)
    return 1 if troubles else 0


if __name__ == "__main__":
    sys.exit(main())
