#!/usr/bin/env python3
"""Run a real Apache Airflow 2.x on loopback for the client's integration tests.

Usage::

    python3 scripts/airflow_local.py up      [--port N] [--timeout S] [--no-triggerer] [--json]
    python3 scripts/airflow_local.py status  [--json]
    python3 scripts/airflow_local.py logs    [-n LINES] [--json]
    python3 scripts/airflow_local.py down    [--json]

``up`` installs Airflow into ``<state dir>/venv`` (once; a stamp file marks a
finished install), creates a fresh AIRFLOW_HOME with SQLite and the example
DAGs, starts the webserver, scheduler and triggerer on 127.0.0.1, waits until
the REST API is healthy and the example DAGs are parsed, writes
``<state dir>/state.json`` and prints the API URL as the last line of stdout
(progress goes to stderr). A running, healthy server is reused.
``down`` stops exactly the processes ``up`` started and removes the
AIRFLOW_HOME. The state dir is ``<repo>/.airflow-local`` unless the
environment variable AIRFLOW_LOCAL_DIR says otherwise.

The Airflow version is 2.10.5 (CI's) unless AIRFLOW_LOCAL_VERSION names
another one of ``VERSIONS`` (2.6.3 to 2.11.2, and Airflow 3.0.6, 3.1.8, 3.2.2 and 3.3.2;
``make compat`` runs them all).
Each other version has a state dir of its own,
``<repo>/.airflow-local/compat/<version>`` (so its own venv, stamp, server
and logs: versions never clash), and the pins, Python range, CLI and config
that version needs (see ``VERSIONS``).

``AIRFLOW_LOCAL_VERSION=3.3.2`` (or another 3.x of ``VERSIONS``) runs Airflow 3 (issue 15): api-server,
scheduler, dag-processor and triggerer (``SERVICE_ARGS_3``), the simple auth
manager with USERNAME/PASSWORD as its admin (in its passwords file, so no
password is generated), a fixed JWT secret (``JWT_SECRET``) and the
LocalExecutor; ``api_url`` is then ``<base_url>/api/v2`` and the readiness
checks use ``/api/v2/monitor/health`` and a JWT from ``/auth/token``.
``AIRFLOW_LOCAL_AUTH=fab`` with it runs the same Airflow 3 with the FAB auth
manager instead (``apache-airflow-providers-fab`` installed beside it, USERNAME
an Admin of FAB's own user table, users and roles served at ``/auth/fab/v1``),
in a state dir of its own, ``.airflow-local/compat/<version>-fab``.

The same functions are importable for pytest fixtures: ``up(timeout=...)``
returns the state dict (with ``reused`` telling whether it was already
running), ``down()``, ``status()`` returns the state plus ``running`` and
``healthy`` (or None when nothing was started), ``log_tail(n)`` returns the
tails of the server logs.

Standard library only; Python 3.9+; POSIX (Airflow itself does not run on
Windows).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import datetime
import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Set, Tuple

try:  # POSIX only; without it concurrent `up` calls are not serialised.
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

# --------------------------------------------------------------------------
# Constants
# --------------------------------------------------------------------------

AIRFLOW_VERSION = "2.10.5"  # the default version (CI's, and the spec's)
AIRFLOW_REQUIREMENT = f"apache-airflow=={AIRFLOW_VERSION}"
SUPPORTED_PYTHON = ((3, 9), (3, 12))  # Python versions Airflow 2.10.5 supports (3.8.1+; we run 3.9+)

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_STATE_DIR = REPO_ROOT / ".airflow-local"
#: ``<DEFAULT_STATE_DIR>/compat/<version>``: the state dir of a version other than the default
COMPAT_STATE_ROOT = DEFAULT_STATE_DIR / "compat"

# Environment variables understood by this script.
ENV_VERSION = "AIRFLOW_LOCAL_VERSION"  # the Airflow version to run (default AIRFLOW_VERSION)
ENV_STATE_DIR = "AIRFLOW_LOCAL_DIR"  # where venv, state.json, logs and homes live
ENV_PORT = "AIRFLOW_LOCAL_PORT"  # fixed webserver port instead of a free one
ENV_TIMEOUT = "AIRFLOW_LOCAL_TIMEOUT"  # seconds `up` waits for readiness
ENV_PYTHON = "AIRFLOW_LOCAL_PYTHON"  # interpreter for the venv (default: this one)
ENV_AUTH = "AIRFLOW_LOCAL_AUTH"  # Airflow 3 only: "fab" for the FAB auth manager (default: simple)
# AIRFLOW_LOCAL_CONF__SECTION__KEY=value becomes AIRFLOW__SECTION__KEY=value for
# the server (e.g. to try another database). Inherited AIRFLOW__* variables are
# dropped so a developer's own Airflow settings cannot leak into the test server.
ENV_CONF_PREFIX = "AIRFLOW_LOCAL_CONF__"

HOST = "127.0.0.1"
USERNAME = "admin"
PASSWORD = "admin"
ADMIN_USER_DETAILS = ["-r", "Admin", "-f", "Ad", "-l", "Min", "-e", "admin@example.com"]

DEFAULT_TIMEOUT = 240.0  # seconds from starting the processes to "ready"
INSTALL_TIMEOUT = 1800.0  # pip install of Airflow (about 40 s on a warm network)
SETUP_TIMEOUT = 600.0  # each of `airflow db migrate` / `airflow users create`
STOP_TIMEOUT = 20.0  # grace between SIGTERM and SIGKILL in `down`
REUSE_GRACE = 30.0  # how long a running server may take to look healthy again
POLL_INTERVAL = 2.0
PROGRESS_INTERVAL = 15.0  # seconds between "N DAGs parsed" messages
HTTP_TIMEOUT = 10.0
LOG_TAIL_LINES = 60

# Airflow 2.10.5 with its default providers yields 68 example DAGs here (one
# more example file, tutorial_objectstorage.py, is an import error by design
# without an s3 filesystem). The scheduler needs about a minute after the
# webserver answers to parse them all, in no useful order: at 60 DAGs
# example_bash_operator was typically still missing, so "ready" waits for the
# full count. Should another environment produce a slightly different count,
# "ready" also means: at least STABLE_MIN_DAGS listed and no change for
# STABLE_SECONDS (parsing adds a DAG every few seconds while it runs).
EXPECTED_DAGS = 68
STABLE_MIN_DAGS = 50
STABLE_SECONDS = 15.0
# Other versions have other example DAGs (46 in 2.6.3, 48 in 2.7.3 and 2.8.4, 53 in 2.9.3, 68 in
# 2.11.0: ``VersionProfile.expected_dags``).
# Where the count is not known, "stable" needs only COMPAT_STABLE_MIN_DAGS, and the example DAGs
# the integration tests use must all be listed.
COMPAT_STABLE_MIN_DAGS = 30
REQUIRED_DAGS = (
    "example_bash_operator",
    "tutorial",
    "example_dynamic_task_mapping",
    "example_dynamic_task_mapping_with_no_taskflow_operators",
    "example_external_task_marker_parent",
    "example_external_task_marker_child",
    "dataset_produces_1",
    "dataset_consumes_1",
    "dataset_consumes_unknown_never_scheduled",
)

# Fixed keys: this server only ever holds throw-away test data.
SECRET_KEY = "airflow-local-test-secret-key"
FERNET_KEY = base64.urlsafe_b64encode(b"airflow-local-fernet-key-32bytes").decode()

# Scheduler settings that make DAG files dropped into the dags folder by tests
# show up within seconds instead of minutes.
DAG_DIR_LIST_INTERVAL = 5
MIN_FILE_PROCESS_INTERVAL = 10

# The services `up` starts. Log servers are skipped: they would listen on all
# interfaces (0.0.0.0:8793/8794) and the webserver reads task logs from disk.
SERVICE_ARGS: Dict[str, List[str]] = {
    "webserver": ["webserver"],  # port and host are added at start
    "scheduler": ["scheduler", "--skip-serve-logs"],
    "triggerer": ["triggerer", "--skip-serve-logs"],
}
# Airflow 3: the API server replaces the webserver, and DAG parsing is a service of its own.
SERVICE_ARGS_3: Dict[str, List[str]] = {
    "api-server": ["api-server"],  # port and host are added at start
    "scheduler": ["scheduler", "--skip-serve-logs"],
    "dag-processor": ["dag-processor"],
    "triggerer": ["triggerer", "--skip-serve-logs"],
}
# Airflow 3's fixed test settings: the simple auth manager with USERNAME as its admin (its
# password in a users-and-passwords file, so none is generated) and a JWT secret shared by
# every component and every restart.
JWT_SECRET = "airflow-local-test-jwt-secret-0123456789abcdef"
SIMPLE_AUTH_MANAGER = "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager"
PASSWORDS_FILE_NAME = "simple_auth_manager_passwords.json"
# The FAB variant (AIRFLOW_LOCAL_AUTH=fab): the provider's auth manager, users in its tables.
FAB_AUTH_MANAGER = "airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager"
FAB_PROVIDER = "apache-airflow-providers-fab"  # the version: its pin set's
# The example DAGs the Airflow 3 tests use (datasets became assets).
REQUIRED_DAGS_3 = (
    "example_bash_operator",
    "tutorial",
    "example_dynamic_task_mapping",
    "example_xcom",
)

# Written into <home>/config (on Airflow's sys.path) and used as
# [core] hostname_callable, so every URL Airflow builds from its own host name
# (e.g. to fetch logs of a running task) points at loopback.
HOSTNAME_MODULE = "airflow_local_hostname"
HOSTNAME_MODULE_SOURCE = f'''"""Written by scripts/airflow_local.py: keep Airflow on loopback."""


def hostname():
    return "{HOST}"
'''


class VersionProfile:
    """What one Airflow version needs to install and run here.

    ``pins``: requirements installed beside Airflow, which its pin set is resolved
    with. ``pinned_before``: the pin set (``scripts/pins/airflow-<version>.txt``,
    written by ``scripts/pins.py``) holds what was published before this time, the
    day after the release: a fresh machine installs the same packages as the day
    the set was written, whatever came out since. ``python``: the (lowest, highest)
    Python it supports. ``migrate``: the
    ``airflow db`` command that creates the database (``db migrate`` came in
    2.7; before it ``db upgrade`` creates an empty database from the ORM as
    ``migrate`` does, without ``db init``'s default connections).
    ``expected_dags``: the example DAGs it parses here with its default
    providers, when known (else "ready" waits for STABLE_SECONDS without a
    new DAG). ``auth_backends``: the value of ``[api] auth_backends``.
    """

    def __init__(
        self,
        version: str,
        pinned_before: str,
        pins: Tuple[str, ...] = (),
        python: Tuple[Tuple[int, int], Tuple[int, int]] = ((3, 8), (3, 12)),
        migrate: Tuple[str, ...] = ("db", "migrate"),
        expected_dags: Optional[int] = None,
        auth_backends: str = "airflow.api.auth.backend.session,airflow.api.auth.backend.basic_auth",
        notes: str = "",
    ) -> None:
        self.version = version
        self.pinned_before = pinned_before
        self.pins = pins
        self.python = python
        self.migrate = migrate
        self.expected_dags = expected_dags
        self.auth_backends = auth_backends
        self.notes = notes

    @property
    def major(self) -> int:
        """2 or 3: Airflow 3 has other services, settings, auth and API (``/api/v2``)."""
        return version_key(self.version)[0]

    @property
    def requirement(self) -> str:
        """The pip requirements, Airflow first."""
        return " ".join([f"apache-airflow=={self.version}", *self.pins])


#: Every version the compatibility matrix runs (``scripts/compat.py``), oldest first, with
#: the time its pin set was resolved at: the day after the release, from what PyPI had then.
#: The extra ``pins`` were found on this machine kind before pin sets existed (issue 14);
#: the sets satisfy them by date already, and they stay as inputs of the resolution.
VERSIONS: Dict[str, VersionProfile] = {
    p.version: p
    for p in [
        VersionProfile(
            "2.6.3",
            "2023-07-11T00:00:00Z",
            pins=("flask-session<0.6", "pendulum<3", "connexion<3", "werkzeug<3"),
            python=((3, 7), (3, 11)),
            migrate=("db", "upgrade"),
            expected_dags=46,
            notes="boots only with these pins: newer releases of them came after it (issue 14)",
        ),
        VersionProfile(
            "2.7.3",
            "2023-11-07T00:00:00Z",
            pins=("flask-session<0.6",),
            python=((3, 8), (3, 11)),
            expected_dags=48,
            notes="boots only with flask-session<0.6 (issue 14)",
        ),
        VersionProfile(
            "2.8.4",
            "2024-03-26T00:00:00Z",
            pins=("flask-session<0.6",),
            python=((3, 8), (3, 11)),
            expected_dags=48,
            notes="boots only with flask-session<0.6 (issue 14)",
        ),
        VersionProfile("2.9.3", "2024-07-17T00:00:00Z", python=((3, 8), (3, 12)), expected_dags=53),
        VersionProfile(AIRFLOW_VERSION, "2025-02-11T00:00:00Z", python=SUPPORTED_PYTHON, expected_dags=68),
        VersionProfile("2.11.0", "2025-05-21T00:00:00Z", python=((3, 9), (3, 12)), expected_dags=68),
        VersionProfile("2.11.2", "2026-03-15T00:00:00Z", python=((3, 9), (3, 12))),
        VersionProfile(
            "3.0.6",
            "2025-08-30T00:00:00Z",
            python=((3, 9), (3, 12)),
            notes="Airflow 3 (issue 23): the oldest 3.x of the matrix",
        ),
        VersionProfile(
            "3.1.8",
            "2026-03-12T00:00:00Z",
            python=((3, 10), (3, 13)),
            notes="Airflow 3 (issue 23)",
        ),
        VersionProfile(
            "3.2.2",
            "2026-05-30T00:00:00Z",
            python=((3, 10), (3, 13)),
            notes="Airflow 3 (issue 23)",
        ),
        VersionProfile(
            "3.3.2",
            "2026-09-18T00:00:00Z",
            python=((3, 10), (3, 13)),
            notes="Airflow 3 (issue 15): api-server, scheduler, dag-processor, triggerer; /api/v2 with JWTs",
        ),
    ]
}


def _pins_module() -> Any:
    """``scripts/pins.py`` (scripts/ is not a package: imported by path, once)."""
    name = "_scripts_pins"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().with_name("pins.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def pin_set(version: Optional[str] = None, fab: Optional[bool] = None) -> Any:
    """The ``pins.PinSet`` that ``version`` (default: airflow_version()) installs from; ``fab``
    (default: the FAB variant is asked for) adds the FAB provider. AirflowLocalError for a
    version without a profile: every server installs from a pin set."""
    version = version or airflow_version()
    known = VERSIONS.get(version)
    if known is None:
        raise AirflowLocalError(
            f"Airflow {version} has no profile in VERSIONS ({', '.join(VERSIONS)}), so no pin set: add one "
            f"(its Python range and the day after its release), then `python3 scripts/pins.py write airflow-{version}`"
        )
    with_fab = _fab_asked() if fab is None else fab
    requirements = (f"apache-airflow=={version}", *known.pins, *((FAB_PROVIDER,) if with_fab else ()))
    return _pins_module().PinSet(
        name=f"airflow-{version}{'-fab' if with_fab else ''}",
        requirements=requirements,
        python=">={}.{},<{}.{}".format(*known.python[0], known.python[1][0], known.python[1][1] + 1),
        before=known.pinned_before,
        why=f"the day after Airflow {version}'s release",
    )


def airflow_version() -> str:
    """The Airflow version to run: $AIRFLOW_LOCAL_VERSION, else AIRFLOW_VERSION."""
    return (os.environ.get(ENV_VERSION) or "").strip() or AIRFLOW_VERSION


def version_key(version: str) -> Tuple[int, ...]:
    """``"2.10.5"`` -> ``(2, 10, 5)``; anything not a digit ends a part (``"2.11.0rc1"`` -> 2, 11, 0)."""
    parts = []
    for part in version.split(".")[:3]:
        digits = ""
        for char in part:
            if not char.isdigit():
                break
            digits += char
        parts.append(int(digits or 0))
    return tuple(parts)


def _fab_asked() -> bool:
    return (os.environ.get(ENV_AUTH) or "").strip().lower() == "fab"


def fab() -> bool:
    """True for the FAB auth manager variant of Airflow 3 (``AIRFLOW_LOCAL_AUTH=fab``)."""
    return _fab_asked() and version_key(airflow_version()) >= (3,)


def profile(version: Optional[str] = None) -> VersionProfile:
    """The profile of ``version`` (default: airflow_version()); AirflowLocalError for a
    version not in VERSIONS (it has no pin set).  The FAB
    variant's has the FAB provider among its pins."""
    version = version or airflow_version()
    known = VERSIONS.get(version)
    if known is not None and fab() and version == airflow_version():
        return VersionProfile(
            version,
            known.pinned_before,
            (*known.pins, FAB_PROVIDER),
            known.python,
            known.migrate,
            known.expected_dags,
            notes=known.notes,
        )
    if known is not None:
        return known
    pin_set(version)  # raises: a version without a profile has no pin set to install from
    raise AssertionError("unreachable")


STAMP_NAME = ".airflow-local-installed"
STATE_FILE_NAME = "state.json"
LOCK_FILE_NAME = ".lock"


class AirflowLocalError(RuntimeError):
    """`up` failed; ``log_tail`` holds the tails of the relevant logs."""

    def __init__(self, message: str, log_tail: str = "") -> None:
        super().__init__(message)
        self.log_tail = log_tail


# --------------------------------------------------------------------------
# Paths, state file, locking, output
# --------------------------------------------------------------------------


def state_dir() -> Path:
    """Return the folder holding the venv, state.json, logs and AIRFLOW_HOMEs:
    $AIRFLOW_LOCAL_DIR, else ``.airflow-local`` for the default version and
    ``.airflow-local/compat/<version>`` for any other."""
    configured = os.environ.get(ENV_STATE_DIR)
    if configured:
        return Path(configured).expanduser().resolve()
    version = airflow_version()
    if fab():
        return COMPAT_STATE_ROOT / f"{version}-fab"
    return DEFAULT_STATE_DIR if version == AIRFLOW_VERSION else COMPAT_STATE_ROOT / version


def _state_file() -> Path:
    return state_dir() / STATE_FILE_NAME


def _logs_dir() -> Path:
    return state_dir() / "logs"


def _say(message: str) -> None:
    """Print a progress message to stderr (stdout is kept for results)."""
    print(f"[airflow-local] {message}", file=sys.stderr, flush=True)


def _load_state() -> Optional[Dict[str, Any]]:
    """Return the recorded state, or None when there is none (or it is unreadable)."""
    try:
        return json.loads(_state_file().read_text())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        _say(f"ignoring unreadable {_state_file()}: {exc}")
        return None


def _save_state(state: Dict[str, Any]) -> None:
    """Write state.json atomically."""
    path = _state_file()
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(state, indent=2, sort_keys=True) + "\n")
    os.replace(tmp, path)


@contextlib.contextmanager
def _locked() -> Iterator[None]:
    """Serialise `up` and `down` (e.g. several pytest processes) on a lock file."""
    folder = state_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if fcntl is None:  # pragma: no cover
        yield
        return
    with open(folder / LOCK_FILE_NAME, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _now_iso() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


# --------------------------------------------------------------------------
# Virtualenv with Airflow
# --------------------------------------------------------------------------


def _venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def _stamp_text() -> str:
    """What the stamp of a finished install holds: the requirements and the pin set's file and hash
    (a rewritten pin set means a new install)."""
    pins = _pins_module()
    wanted = pin_set()
    return f"{' '.join(wanted.requirements)} -c {wanted.path.name} sha256:{pins.digest(wanted)}"


def _venv_is_working(venv: Path) -> bool:
    """True if the venv has a finished install of the pinned Airflow from its current pin set."""
    wanted = profile()
    stamp = venv / STAMP_NAME
    if not stamp.is_file() or stamp.read_text().strip() != _stamp_text():
        return False
    if not (venv / "bin" / "airflow").is_file():
        return False
    check = f"import importlib.metadata as m, sys; sys.exit(m.version('apache-airflow') != {wanted.version!r})"
    try:
        result = subprocess.run(
            [str(_venv_python(venv)), "-c", check],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0


def _python_version(python: str) -> Optional[Tuple[int, int]]:
    """Return (major, minor) of an interpreter, or None if it cannot be run."""
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout.strip()
        major, minor = out.split(".")
        return int(major), int(minor)
    except (OSError, ValueError, subprocess.SubprocessError):
        return None


def _base_python() -> str:
    """Pick the interpreter for the venv: $AIRFLOW_LOCAL_PYTHON, else this one if
    Airflow supports it, else the newest supported ``python3.X`` on PATH."""
    configured = os.environ.get(ENV_PYTHON)
    wanted = profile()
    supported = wanted.python
    candidates = [configured] if configured else [sys.executable]
    if not configured:
        found = (shutil.which(f"python3.{minor}") for minor in range(supported[1][1], supported[0][1] - 1, -1))
        candidates += [path for path in found if path]
    for python in candidates:
        version = _python_version(python)
        if version is not None and supported[0] <= version <= supported[1]:
            return python
    low, high = (".".join(map(str, v)) for v in supported)
    raise AirflowLocalError(
        f"Airflow {wanted.version} needs Python {low}-{high}; none found among {candidates}; "
        f"point {ENV_PYTHON} at a supported interpreter"
    )


def install_command(venv: Path) -> List[str]:
    """The pip command that installs this version into ``venv``: its requirements, and
    nothing but what its pin set allows (PinError when the set's file is missing or stale)."""
    wanted = pin_set()
    constraints = _pins_module().verified(wanted)
    pip = [str(_venv_python(venv)), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    return [*pip, *wanted.requirements, "-c", str(constraints)]


def ensure_venv() -> Tuple[Path, float]:
    """Create or reuse ``<state dir>/venv`` with Airflow installed.

    Returns the venv path and the seconds spent installing (0 when reused).
    A venv without the stamp file (e.g. an interrupted install) is rebuilt.
    """
    venv = state_dir() / "venv"
    pins = _pins_module()
    try:
        constraints = pins.verified(pin_set())
    except pins.PinError as exc:
        raise AirflowLocalError(f"Airflow {airflow_version()} cannot be installed: {exc}") from None
    if _venv_is_working(venv):
        _say(f"reusing {venv}, installed from the {pins.describe(pin_set())}")
        return venv, 0.0

    wanted = pin_set()
    started = time.monotonic()
    python = _base_python()
    if venv.exists():
        _say(f"removing unfinished virtualenv {venv}")
        shutil.rmtree(venv)
    _logs_dir().mkdir(parents=True, exist_ok=True)
    install_log = _logs_dir() / "install.log"
    _say(
        f"installing {' '.join(wanted.requirements)} into {venv} from the {pins.describe(wanted)} (about a minute; log: {install_log})"
    )
    commands = [[python, "-m", "venv", str(venv)], install_command(venv)]
    with open(install_log, "w") as log:
        for command in commands:
            log.write(f"$ {' '.join(command)}\n")
            log.flush()
            try:
                result = subprocess.run(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    timeout=INSTALL_TIMEOUT,
                )
            except subprocess.TimeoutExpired:
                raise AirflowLocalError(
                    f"`{' '.join(command[:4])}` took over {INSTALL_TIMEOUT:.0f}s",
                    _tail_file(install_log),
                ) from None
            if result.returncode != 0:
                raise AirflowLocalError(
                    f"`{' '.join(command[:4])}` failed (exit {result.returncode})",
                    _tail_file(install_log),
                )
    (venv / STAMP_NAME).write_text(_stamp_text() + "\n")
    seconds = time.monotonic() - started
    _say(f"installed {' '.join(wanted.requirements)} from {constraints.name} in {seconds:.0f}s")
    return venv, seconds


# --------------------------------------------------------------------------
# Airflow home and environment
# --------------------------------------------------------------------------


def _free_port() -> int:
    """Ask the kernel for a free loopback port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _check_port_free(port: int) -> None:
    """Fail early if the requested port is taken."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((HOST, port))
        except OSError as exc:
            raise AirflowLocalError(f"port {HOST}:{port} is not free: {exc}") from None


def _create_home() -> Path:
    """Create a fresh ``<state dir>/home-<random>`` with its dags and config folders."""
    home = Path(tempfile.mkdtemp(prefix="home-", dir=state_dir()))
    (home / "dags").mkdir()
    (home / "config").mkdir()
    (home / "config" / f"{HOSTNAME_MODULE}.py").write_text(HOSTNAME_MODULE_SOURCE)
    return home


def airflow_env(venv: Path, home: Path, port: int) -> Dict[str, str]:
    """Build the environment for every Airflow command of this server."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("AIRFLOW") and key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
    }
    base_url = f"http://{HOST}:{port}"
    # gunicorn (25.1+) puts its control socket in $XDG_RUNTIME_DIR, else it makes ~/.gunicorn:
    # keep it in the server's home, so that nothing outside it is left behind.
    runtime = home / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env.update(
        {
            "XDG_RUNTIME_DIR": str(runtime),
            # The SequentialExecutor runs each task as `airflow tasks run ...`
            # looked up on PATH: the venv's bin must come first.
            "PATH": os.pathsep.join([str(venv / "bin"), os.environ.get("PATH", os.defpath)]),
            "VIRTUAL_ENV": str(venv),
            "PYTHONUNBUFFERED": "1",
            # Airflow renames its processes with setproctitle, which by default
            # overwrites /proc/<pid>/environ; keep it readable so `down` can
            # recognise our processes by their AIRFLOW_HOME.
            "SPT_NOENV": "1",
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
            "AIRFLOW__CORE__LOAD_EXAMPLES": "True",
            "AIRFLOW__CORE__DAGS_FOLDER": str(home / "dags"),
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
            "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
            "AIRFLOW__CORE__FERNET_KEY": FERNET_KEY,
            "AIRFLOW__CORE__HOSTNAME_CALLABLE": f"{HOSTNAME_MODULE}.hostname",
            # Lets the client exercise POST /connections/test.
            "AIRFLOW__CORE__TEST_CONNECTION": "Enabled",
            "AIRFLOW__API__AUTH_BACKENDS": profile().auth_backends,
            "AIRFLOW__WEBSERVER__EXPOSE_CONFIG": "True",
            "AIRFLOW__WEBSERVER__WORKERS": "1",
            "AIRFLOW__WEBSERVER__WEB_SERVER_HOST": HOST,
            "AIRFLOW__WEBSERVER__WEB_SERVER_PORT": str(port),
            "AIRFLOW__WEBSERVER__BASE_URL": base_url,
            "AIRFLOW__WEBSERVER__SECRET_KEY": SECRET_KEY,
            "AIRFLOW__SCHEDULER__DAG_DIR_LIST_INTERVAL": str(DAG_DIR_LIST_INTERVAL),
            "AIRFLOW__SCHEDULER__MIN_FILE_PROCESS_INTERVAL": str(MIN_FILE_PROCESS_INTERVAL),
        }
    )
    if profile().major >= 3:
        env.update(
            {
                "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
                "AIRFLOW__CORE__AUTH_MANAGER": SIMPLE_AUTH_MANAGER,
                "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{USERNAME}:admin",
                "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(home / PASSWORDS_FILE_NAME),
                "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{base_url}/execution/",
                "AIRFLOW__API_AUTH__JWT_SECRET": JWT_SECRET,
                "AIRFLOW__API__SECRET_KEY": SECRET_KEY,
                "AIRFLOW__API__HOST": HOST,
                "AIRFLOW__API__PORT": str(port),
                "AIRFLOW__API__BASE_URL": base_url,
                "AIRFLOW__API__WORKERS": "1",
                "AIRFLOW__API__EXPOSE_CONFIG": "True",
                "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": str(DAG_DIR_LIST_INTERVAL),
                "AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL": str(MIN_FILE_PROCESS_INTERVAL),
            }
        )
        for key in ("AIRFLOW__API__AUTH_BACKENDS", "AIRFLOW__WEBSERVER__WORKERS"):
            env.pop(key, None)
        if fab():
            env["AIRFLOW__CORE__AUTH_MANAGER"] = FAB_AUTH_MANAGER
    for key, value in os.environ.items():
        if key.startswith(ENV_CONF_PREFIX) and len(key) > len(ENV_CONF_PREFIX):
            env["AIRFLOW__" + key[len(ENV_CONF_PREFIX) :]] = value
    return env


def _run_setup(venv: Path, env: Dict[str, str], setup_log: Path) -> None:
    """Run `airflow db migrate` (or what the version has) and create the admin user, logging to setup_log."""
    airflow = str(venv / "bin" / "airflow")
    commands = [
        [airflow, *profile().migrate],
        [airflow, "users", "create", "-u", USERNAME, "-p", PASSWORD, *ADMIN_USER_DETAILS],
    ]
    if profile().major >= 3 and fab():  # FAB's own tables, then its admin user
        commands = [commands[0], [airflow, "fab-db", "migrate"], commands[1]]
    elif profile().major >= 3:  # the simple auth manager's user is in its passwords file
        Path(env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"]).write_text(json.dumps({USERNAME: PASSWORD}))
        commands = commands[:1]
    with open(setup_log, "w") as log:
        for command in commands:
            shown = " ".join(command[1:3])
            _say(f"running `airflow {shown}`")
            log.write(f"$ airflow {' '.join(command[1:])}\n")
            log.flush()
            try:
                result = subprocess.run(
                    command,
                    env=env,
                    cwd=env["AIRFLOW_HOME"],
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    timeout=SETUP_TIMEOUT,
                )
            except subprocess.TimeoutExpired:
                raise AirflowLocalError(f"`airflow {shown}` took over {SETUP_TIMEOUT:.0f}s") from None
            if result.returncode != 0:
                raise AirflowLocalError(f"`airflow {shown}` failed (exit {result.returncode})")


# --------------------------------------------------------------------------
# Processes
# --------------------------------------------------------------------------

# Popen objects of the services this interpreter started, kept so they are
# not garbage-collected (ResourceWarning) and can be reaped.
_CHILDREN: Dict[int, subprocess.Popen] = {}


def service_args() -> Dict[str, List[str]]:
    """The services of this version and their arguments (SERVICE_ARGS, or SERVICE_ARGS_3)."""
    return SERVICE_ARGS_3 if profile().major >= 3 else SERVICE_ARGS


#: The scheduler runs under a loop that starts it again when it exits, as a deployment's
#: supervisor (systemd, Kubernetes) does: Airflow 2.10.5's scheduler on SQLite exits
#: (StaleDataError) when a run it is scheduling is deleted through the API at that moment,
#: which a test that triggers a run and deletes it at once can hit; without a scheduler,
#: every later test that waits for a run would time out. `down` stops the loop with it
#: (one process group).
RESTARTED = ("scheduler",)
_RESTART_LOOP = (
    'while :; do "$@"; echo "[airflow-local] the $0 exited with status $?; starting it again" >&2; sleep 2; done'
)


def _start_service(name: str, venv: Path, env: Dict[str, str], port: int) -> Dict[str, int]:
    """Start one Airflow service detached in its own session/process group."""
    args = list(service_args()[name])
    if name in ("webserver", "api-server"):
        args += ["-p", str(port), "-H", HOST]
    command = [str(venv / "bin" / "airflow"), *args]
    if name in RESTARTED:
        command = ["/bin/sh", "-c", _RESTART_LOOP, name, *command]
    log_path = _logs_dir() / f"{name}.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            command,
            env=env,
            cwd=env["AIRFLOW_HOME"],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    _CHILDREN[proc.pid] = proc
    return {"pid": proc.pid, "pgid": os.getpgid(proc.pid), "start_ticks": _start_ticks(proc.pid)}


def _reap(pid: int) -> None:
    """Collect the exit status if ``pid`` is our own child (avoids zombies)."""
    proc = _CHILDREN.get(pid)
    if proc is not None:
        if proc.poll() is not None:
            _CHILDREN.pop(pid, None)
        return
    try:
        os.waitpid(pid, os.WNOHANG)
    except (ChildProcessError, OSError):
        pass


def _proc_fields(pid: int) -> Optional[List[str]]:
    """Return the fields of /proc/<pid>/stat after the command name, or None."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw.rsplit(")", 1)[1].split()


def _proc_stat(pid: int) -> Optional[Tuple[str, int, int, int]]:
    """Return (state, ppid, pgid, sid) from /proc, or None if unavailable."""
    fields = _proc_fields(pid)
    if fields is None:
        return None
    return fields[0], int(fields[1]), int(fields[2]), int(fields[3])


def _start_ticks(pid: int) -> Optional[int]:
    """Return the process start time (clock ticks since boot), which with the
    pid identifies a process even after its pid number is reused."""
    fields = _proc_fields(pid)
    return int(fields[19]) if fields is not None else None


def _proc_airflow_home(pid: int) -> Optional[str]:
    """Return the AIRFLOW_HOME in a process's environment (Linux), else None."""
    try:
        environ = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return None
    for entry in environ.split(b"\0"):
        if entry.startswith(b"AIRFLOW_HOME="):
            return entry.split(b"=", 1)[1].decode(errors="replace")
    return None


def _service_alive(info: Dict[str, Any]) -> bool:
    """True if a recorded service process still runs (the same process, not a reused pid)."""
    pid = int(info["pid"])
    if not _pid_alive(pid):
        return False
    recorded = info.get("start_ticks")
    return recorded is None or _start_ticks(pid) in (None, recorded)


def _pid_alive(pid: int) -> bool:
    """True if ``pid`` exists and is not a zombie."""
    _reap(pid)
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    if not _have_proc():
        return True  # nothing more to check: trust os.kill
    stat = _proc_stat(pid)
    return stat is not None and stat[0] not in ("Z", "X")


def _have_proc() -> bool:
    return Path("/proc/self/stat").exists()


def _our_processes(homes: Set[str], sessions: Set[int]) -> Dict[int, int]:
    """Find every live process of our servers via /proc; returns {pid: pgid}.

    A process is ours if one of our AIRFLOW_HOMEs is in its environment, or
    it is in one of ``sessions`` or in a session with such a process (Airflow
    moves DAG processors and task runners into new process groups, but not
    new sessions), or it descends from one of those (BashOperator children
    call setsid and may get a replaced environment). Empty without /proc.
    """
    table: Dict[int, Tuple[int, int, int, bool]] = {}
    if _have_proc():
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            pid = int(entry.name)
            stat = _proc_stat(pid)
            if stat is None or stat[0] in ("Z", "X"):
                continue
            _state, ppid, pgid, sid = stat
            table[pid] = (ppid, pgid, sid, _proc_airflow_home(pid) in homes)
    sessions = sessions | {sid for (_ppid, _pgid, sid, has_home) in table.values() if has_home}
    ours = {pid for pid, (_p, _g, sid, has_home) in table.items() if has_home or sid in sessions}
    changed = True
    while changed:
        changed = False
        for pid, (ppid, _pgid, _sid, _has_home) in table.items():
            if pid not in ours and ppid in ours:
                ours.add(pid)
                changed = True
    return {pid: table[pid][1] for pid in ours}


def _signal(pid: int, sig: int, group: bool = False) -> None:
    """Send ``sig`` to a process (or its process group), ignoring ones already gone."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        if group:
            os.killpg(pid, sig)
        else:
            os.kill(pid, sig)


def _stop_processes(state: Optional[Dict[str, Any]]) -> None:
    """Stop the recorded services and everything they spawned.

    SIGTERM to each recorded process group lets Airflow shut down cleanly;
    whatever is left after STOP_TIMEOUT gets SIGKILL. Only processes proven
    ours are signalled (recorded pids are checked against their recorded
    start time, so a stale state.json cannot hit reused pids). Strays of
    earlier, crashed runs (any AIRFLOW_HOME under the state dir) go too.
    """
    state = state or {}
    home = state.get("airflow_home")
    homes = {str(path) for path in state_dir().glob("home-*")}
    if home:
        homes.add(home)
    services = [info for info in state.get("pids", {}).values() if _service_alive(info)]
    recorded = {int(info["pid"]): int(info["pgid"]) for info in services}
    # Sessions led by our (verified) services: start_new_session makes pid == sid.
    sessions = set(recorded)

    # Everything ever identified as ours, so a child that is orphaned (and so
    # no longer recognisable) by its parent's exit is still followed up.
    seen: Dict[int, Dict[str, Any]] = {int(info["pid"]): info for info in services}

    def remaining() -> Dict[int, int]:
        for pid, pgid in _our_processes(homes, sessions).items():
            seen.setdefault(pid, {"pid": pid, "pgid": pgid, "start_ticks": _start_ticks(pid)})
        return {pid: int(info["pgid"]) for pid, info in seen.items() if _service_alive(info)}

    targets = remaining()
    if not targets:
        return
    _say(f"stopping {len(targets)} Airflow process(es)")
    groups = {pgid for pid, pgid in recorded.items() if pid in targets}
    for pgid in groups:
        _signal(pgid, signal.SIGTERM, group=True)
    for pid, pgid in targets.items():
        if pgid not in groups:
            _signal(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT
    while targets and time.monotonic() < deadline:
        time.sleep(0.5)
        targets = remaining()
    if targets:
        _say(f"{len(targets)} process(es) still there after {STOP_TIMEOUT:.0f}s; sending SIGKILL")
        for pid in targets:
            _signal(pid, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while targets and time.monotonic() < deadline:
            time.sleep(0.2)
            targets = remaining()
    if targets:
        _say(f"could not stop processes: {sorted(targets)}")


# --------------------------------------------------------------------------
# HTTP checks (urllib only)
# --------------------------------------------------------------------------

# Never send loopback checks through an HTTP proxy from the environment.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _get_json(url: str, auth: bool = False, timeout: float = HTTP_TIMEOUT) -> Any:
    """GET ``url`` and decode JSON; raises OSError/ValueError on any failure.
    ``auth``: Basic, or on an Airflow 3 URL (``/api/v2``) a JWT from ``/auth/token``."""
    headers = {"Accept": "application/json"}
    if auth and "/api/v2/" in url:
        headers["Authorization"] = f"Bearer {jwt_token(url.split('/api/v2/')[0])}"
    elif auth:
        token = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    request = urllib.request.Request(url, headers=headers)
    with _OPENER.open(request, timeout=timeout) as response:
        return json.loads(response.read().decode())


_TOKENS: Dict[str, str] = {}


def jwt_token(base_url: str, fresh: bool = False) -> str:
    """An Airflow 3 JWT for USERNAME from ``POST <base_url>/auth/token`` (kept per server)."""
    if fresh or base_url not in _TOKENS:
        request = urllib.request.Request(
            base_url + "/auth/token",
            data=json.dumps({"username": USERNAME, "password": PASSWORD}).encode(),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            method="POST",
        )
        with _OPENER.open(request, timeout=HTTP_TIMEOUT) as response:
            _TOKENS[base_url] = json.loads(response.read().decode())["access_token"]
    return _TOKENS[base_url]


def _health_problems(state: Dict[str, Any]) -> List[str]:
    """Return what is not healthy yet according to /api/v1/health, on Airflow 3
    /api/v2/monitor/health (empty = healthy)."""
    v3 = state["api_url"].endswith("/api/v2")
    try:
        health = _get_json(state["api_url"] + ("/monitor/health" if v3 else "/health"))
    except (OSError, ValueError) as exc:
        return [f"webserver not answering ({exc})"]
    required = ["metadatabase", "scheduler"]
    if "triggerer" in state.get("pids", {}):
        required.append("triggerer")
    if v3:
        required.append("dag_processor")
    return [
        f"{name} is {(health.get(name) or {}).get('status')}"
        for name in required
        if (health.get(name) or {}).get("status") != "healthy"
    ]


def _dag_count(state: Dict[str, Any]) -> int:
    """Return total_entries of GET /dags (authenticated); raises on failure."""
    body = _get_json(state["api_url"] + "/dags?limit=1", auth=True)
    return int(body["total_entries"])


def _missing_dags(state: Dict[str, Any]) -> List[str]:
    """The DAGs of REQUIRED_DAGS (Airflow 3: REQUIRED_DAGS_3) that GET /dags does not list yet."""
    if state["api_url"].endswith("/api/v2"):  # at most 100 a page there
        required, pages = REQUIRED_DAGS_3, ["/dags?limit=100", "/dags?limit=100&offset=100"]
    else:
        required, pages = REQUIRED_DAGS, ["/dags?limit=200&only_active=true"]
    listed = set()
    for page in pages:
        try:
            body = _get_json(state["api_url"] + page, auth=True)
        except (OSError, ValueError):
            return list(required)
        listed.update(dag.get("dag_id") for dag in body.get("dags") or [])
    return [dag_id for dag_id in required if dag_id not in listed]


def _dead_services(state: Dict[str, Any]) -> List[str]:
    """Names of recorded services that no longer run."""
    return [name for name, info in state.get("pids", {}).items() if not _service_alive(info)]


def _wait_until_ready(state: Dict[str, Any], timeout: float, started: float) -> None:
    """Poll until healthy and the example DAGs are parsed; fills state['timings']."""
    deadline = started + timeout
    version = state.get("airflow_version") or AIRFLOW_VERSION
    expected = profile(version).expected_dags
    stable_min = STABLE_MIN_DAGS if version == AIRFLOW_VERSION else COMPAT_STABLE_MIN_DAGS
    timings = state.setdefault("timings", {})
    last_count: Optional[int] = None
    count_since = last_report = time.monotonic()
    problem = "nothing checked yet"
    while True:
        dead = _dead_services(state)
        if dead:
            raise AirflowLocalError(f"{', '.join(dead)} exited during startup")
        problems = _health_problems(state)
        if not problems or not problems[0].startswith("webserver not"):
            timings.setdefault("webserver_answering_s", round(time.monotonic() - started, 1))
        if problems:
            problem = "; ".join(problems)
        else:
            timings.setdefault("healthy_s", round(time.monotonic() - started, 1))
            try:
                count = _dag_count(state)
            except (OSError, ValueError, KeyError) as exc:
                problem = f"GET /dags failed ({exc})"
            else:
                now = time.monotonic()
                if count != last_count:
                    last_count, count_since = count, now
                if now - last_report >= PROGRESS_INTERVAL:
                    _say(f"{count} DAGs parsed after {now - started:.0f}s")
                    last_report = now
                stable = count >= stable_min and now - count_since >= STABLE_SECONDS
                if stable and version != AIRFLOW_VERSION:
                    missing = _missing_dags(state)
                    stable = not missing
                    if missing:
                        count_since = now  # wait for them a while longer
                if (expected is not None and count >= expected) or stable:
                    timings["dags_parsed_s"] = round(now - started, 1)
                    state["dag_count"] = count
                    return
                problem = f"only {count} DAGs parsed so far"
        if time.monotonic() >= deadline:
            raise AirflowLocalError(f"not ready after {timeout:.0f}s: {problem}")
        time.sleep(POLL_INTERVAL)


def _is_serving(state: Dict[str, Any], grace: float = REUSE_GRACE) -> bool:
    """True if a recorded server is alive, healthy and accepts our credentials."""
    if not state.get("ready") or _dead_services(state):
        return False
    deadline = time.monotonic() + grace
    while True:
        if not _health_problems(state):
            try:
                _dag_count(state)
                return True
            except (OSError, ValueError, KeyError):
                pass
        if time.monotonic() >= deadline or _dead_services(state):
            return False
        time.sleep(POLL_INTERVAL)


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def log_tail(n: int = LOG_TAIL_LINES) -> str:
    """Return the last ``n`` lines of each log under ``<state dir>/logs``."""
    chunks = []
    for name in _log_names():
        path = _logs_dir() / f"{name}.log"
        if path.is_file():
            chunks.append(f"==> {path} <==\n{_tail_file(path, n)}")
    return "\n".join(chunks) if chunks else f"(no logs in {_logs_dir()})"


def _log_names() -> List[str]:
    """Names of the logs worth showing (install only while no install finished)."""
    names = ["setup", *service_args()]
    if not (state_dir() / "venv" / STAMP_NAME).is_file():
        names.insert(0, "install")
    return names


def _tail_file(path: Path, n: int = LOG_TAIL_LINES) -> str:
    """Return the last ``n`` lines of a text file ("" if missing)."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - 256 * 1024))
            lines = handle.read().decode(errors="replace").splitlines()
    except OSError:
        return ""
    return "\n".join(lines[-n:])


def _remove_homes(keep: Optional[str] = None) -> None:
    """Delete temporary AIRFLOW_HOMEs under the state dir (except ``keep``)."""
    for home in state_dir().glob("home-*"):
        if str(home) != keep:
            shutil.rmtree(home, ignore_errors=True)


def _start(timeout: float, port: Optional[int], triggerer: bool) -> Dict[str, Any]:
    """Install if needed, create a home, start the services and wait for readiness."""
    venv, install_seconds = ensure_venv()
    if port is None and os.environ.get(ENV_PORT):
        port = int(os.environ[ENV_PORT])
    if port is None:
        port = _free_port()
    else:
        _check_port_free(port)

    _logs_dir().mkdir(parents=True, exist_ok=True)
    home = _create_home()
    base_url = f"http://{HOST}:{port}"
    services = [name for name in service_args() if triggerer or name != "triggerer"]
    state: Dict[str, Any] = {
        "airflow_version": airflow_version(),
        "auth_manager": "fab" if fab() else "simple" if profile().major >= 3 else "airflow2",
        "base_url": base_url,
        "api_url": f"{base_url}/api/v{'2' if profile().major >= 3 else '1'}",
        "port": port,
        "username": USERNAME,
        "password": PASSWORD,
        "airflow_home": str(home),
        "dags_folder": str(home / "dags"),
        "venv": str(venv),
        "pin_set": str(pin_set().path.relative_to(REPO_ROOT)),
        "state_file": str(_state_file()),
        "pids": {},
        "logs": {name: str(_logs_dir() / f"{name}.log") for name in ["setup", *services]},
        "started_at": _now_iso(),
        "ready": False,
        "timings": {"install_s": round(install_seconds, 1)},
    }
    _save_state(state)  # so `down` can clean up even if this process dies

    env = airflow_env(venv, home, port)
    setup_started = time.monotonic()
    try:
        _run_setup(venv, env, _logs_dir() / "setup.log")
    except AirflowLocalError as exc:
        exc.log_tail = log_tail()
        raise
    state["timings"]["setup_s"] = round(time.monotonic() - setup_started, 1)

    _say(f"starting {', '.join(services)} on {base_url}")
    started = time.monotonic()
    for name in services:
        state["pids"][name] = _start_service(name, venv, env, port)
    _save_state(state)
    try:
        _wait_until_ready(state, timeout, started)
    except AirflowLocalError as exc:
        exc.log_tail = log_tail()
        raise
    state["ready"] = True
    _save_state(state)
    _say(
        f"ready in {state['timings']['dags_parsed_s']:.0f}s "
        f"({state['dag_count']} DAGs); API {state['api_url']} ({USERNAME}/{PASSWORD})"
    )
    return state


def up(
    timeout: Optional[float] = None,
    port: Optional[int] = None,
    triggerer: bool = True,
) -> Dict[str, Any]:
    """Start (or reuse) the local Airflow and return its state.

    ``timeout`` bounds the wait from starting the services until the API is
    healthy and the example DAGs are parsed (default: env AIRFLOW_LOCAL_TIMEOUT
    or 240 s); installing Airflow is not counted. The returned dict is the
    content of state.json plus ``reused`` (True if a running server was
    reused). On failure everything started is stopped and AirflowLocalError is
    raised with the log tails in ``log_tail``.
    """
    if timeout is None:
        timeout = float(os.environ.get(ENV_TIMEOUT) or DEFAULT_TIMEOUT)
    with _locked():
        existing = _load_state()
        if existing is not None and existing.get("airflow_version", AIRFLOW_VERSION) != airflow_version():
            _say(
                f"recorded server runs Airflow {existing.get('airflow_version')}, not {airflow_version()}; replacing it"
            )
        elif existing is not None:
            if _is_serving(existing):
                _say(f"reusing running Airflow at {existing['base_url']}")
                return dict(existing, reused=True)
            _say("recorded server is not healthy; replacing it")
        _stop_processes(existing)
        _remove_homes()
        with contextlib.suppress(FileNotFoundError):
            _state_file().unlink()
        try:
            state = _start(timeout, port, triggerer)
        except BaseException as exc:
            _say(f"startup failed: {exc!r}; stopping what was started")
            _teardown(_load_state())
            raise
        return dict(state, reused=False)


def _teardown(state: Optional[Dict[str, Any]]) -> None:
    """Stop processes, remove state.json and the temporary AIRFLOW_HOMEs."""
    _stop_processes(state)
    with contextlib.suppress(FileNotFoundError):
        _state_file().unlink()
    _remove_homes()


def down() -> bool:
    """Stop the local Airflow started by `up`; True if there was anything to stop."""
    with _locked():
        state = _load_state()
        had_something = state is not None or any(state_dir().glob("home-*"))
        _teardown(state)
        return had_something


def status() -> Optional[Dict[str, Any]]:
    """Return the recorded state plus ``running``/``healthy``, or None if none is recorded."""
    state = _load_state()
    if state is None:
        return None
    dead = _dead_services(state)
    problems = ["not running: " + ", ".join(dead)] if dead else _health_problems(state)
    if not problems and not state.get("ready"):
        problems = ["still starting"]
    return dict(state, running=not dead, healthy=not problems, problems=problems)


# --------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, sort_keys=True))


def _cmd_up(args: argparse.Namespace) -> int:
    try:
        state = up(timeout=args.timeout, port=args.port, triggerer=not args.no_triggerer)
    except AirflowLocalError as exc:
        print(f"airflow-local: {exc}\n\n{exc.log_tail}", file=sys.stderr)
        return 1
    if args.json:
        _print_json(state)
    else:
        _say(f"dags folder: {state['dags_folder']}")
        _say(f"logs: {_logs_dir()}")
        print(state["api_url"])
    return 0


def _cmd_down(args: argparse.Namespace) -> int:
    stopped = down()
    if args.json:
        _print_json({"stopped": stopped})
    else:
        print("stopped" if stopped else "nothing was running")
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    info = status()
    healthy = bool(info and info["healthy"])
    if args.json:
        _print_json(info or {"running": False, "healthy": False})
    elif info is None:
        print("not running (no state file)")
    elif healthy:
        print(f"running and healthy: {info['api_url']} (started {info['started_at']})")
    else:
        print(f"unhealthy: {'; '.join(info['problems'])} ({info['api_url']})")
    return 0 if healthy else 1


def _cmd_logs(args: argparse.Namespace) -> int:
    if args.json:
        _print_json(
            {
                name: _tail_file(_logs_dir() / f"{name}.log", args.lines)
                for name in _log_names()
                if (_logs_dir() / f"{name}.log").is_file()
            }
        )
    else:
        print(log_tail(args.lines))
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    """Parse the command line and run one command."""
    parser = argparse.ArgumentParser(
        description=f"Run Apache Airflow {airflow_version()} (${ENV_VERSION}, default {AIRFLOW_VERSION}) "
        "on loopback for integration tests.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text)
        command.add_argument("--json", action="store_true", help="print machine-readable JSON")
        return command

    up_parser = add("up", "start (or reuse) the server and print its API URL")
    up_parser.add_argument("--port", type=int, help=f"webserver port (default: ${ENV_PORT} or a free one)")
    up_parser.add_argument(
        "--timeout",
        type=float,
        help=f"seconds to wait for readiness (default: ${ENV_TIMEOUT} or {DEFAULT_TIMEOUT:.0f})",
    )
    up_parser.add_argument("--no-triggerer", action="store_true", help="do not start `airflow triggerer`")
    up_parser.set_defaults(func=_cmd_up)
    add("down", "stop the server and remove its AIRFLOW_HOME").set_defaults(func=_cmd_down)
    add("status", "exit 0 if running and healthy, 1 otherwise").set_defaults(func=_cmd_status)
    logs_parser = add("logs", "print the tails of the server logs")
    logs_parser.add_argument("-n", "--lines", type=int, default=LOG_TAIL_LINES)
    logs_parser.set_defaults(func=_cmd_logs)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
