#!/usr/bin/env python3
"""Benchmark our client against the official apache-airflow-client 2.10.0 and a bare floor.

Usage::

    python3 bench/run.py [--quick] [--reps N] [--only JOB,...] [--no-pin] [--no-write] [--json PATH]

Any Python 3.9+ runs it (standard library only).  It makes what it needs:

* ``bench/.venv-official`` with ``apache-airflow-client==2.10.0`` (reused when present);
* ``bench/.venv-ours`` with this checkout installed as a user installs it
  (``pip install .``, not editable: an editable install adds an import hook to
  every interpreter start), reinstalled whenever the checkout's package files
  differ from the installed ones;
* the floor (bare ``urllib3.PoolManager`` + ``json.loads``) runs in our
  interpreter, with the same urllib3;
* ``bench/server.py``, a canned keep-alive Airflow 2.10.5 API on loopback, in
  a process of its own (pinned to the last CPU, the clients to the others,
  unless ``--no-pin``).

Every repetition of every workload is a fresh process (``bench/workloads/``);
one untimed run of each goes first (byte-code caches, page cache).  The
contenders take turns within a repetition, in a rotating order.  The table
gives min / median over the repetitions and each median as a ratio to the
floor's; the targets are judged on medians.  Results go to stdout and to
``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORKLOADS = HERE / "workloads"
OFFICIAL_VERSION = "2.10.0"
CONTENDERS = ("floor", "ours", "official")
PACKAGES = ("apache-airflow-client", "urllib3", "pydantic", "pydantic-core", "python-dateutil", "typing-extensions")
TI_COUNT = 10_000
DAG_COUNT = 1_000
GET_DAG_CALLS = 2_000
DAG_ROUNDS = 7
#: Per-call targets judged with each contender alone in its own process, against the
#: floor's own processes in the same run (not only paired in one process).
GET_DAG_SOLO_TARGET = 1.15
DAGS_TARGET = 1.3
#: calls in flight at once in the asyncio workload (``in_flight``)
IN_FLIGHT = 500


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- interpreters ----------------------------------------------------------------------


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _probe(python: Path, code: str) -> Optional[str]:
    """Run ``code`` in ``python`` from a neutral directory; its stdout, or None if it failed."""
    try:
        out = subprocess.run(
            [str(python), "-c", code], cwd=str(WORKLOADS), env=child_env(), capture_output=True, text=True, timeout=120
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def _version(python: Path, package: str) -> Optional[str]:
    return _probe(python, f"import importlib.metadata as m; print(m.version({package!r}))")


def _make_venv(venv: Path, *pip_args: str) -> Path:
    python = _venv_python(venv)
    if not python.exists():
        log(f"creating {venv.relative_to(REPO)} ...")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    log(f"pip install {' '.join(pip_args)} into {venv.relative_to(REPO)} ...")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *pip_args], check=True
    )
    return python


def official_python() -> Path:
    venv = HERE / ".venv-official"
    python = _venv_python(venv)
    if python.exists() and _version(python, "apache-airflow-client") == OFFICIAL_VERSION:
        return python
    python = _make_venv(venv, f"apache-airflow-client=={OFFICIAL_VERSION}")
    if _version(python, "apache-airflow-client") != OFFICIAL_VERSION:
        raise SystemExit(f"could not install apache-airflow-client=={OFFICIAL_VERSION} into {venv}")
    return python


def _installed_files(python: Path) -> Optional[Path]:
    """Where ``python`` imports ``airflow_client`` from, or None."""
    where = _probe(python, "import os, airflow_client as a; print(os.path.dirname(os.path.realpath(a.__file__)))")
    return Path(where) if where else None


def _package_files(root: Path) -> Dict[str, bytes]:
    return {
        str(f.relative_to(root)): f.read_bytes()
        for f in sorted(root.rglob("*"))
        if f.is_file() and "__pycache__" not in f.parts and f.suffix != ".pyc"
    }


def _installs_this_checkout(python: Path) -> bool:
    """Whether ``python`` imports a copy of this checkout's ``airflow_client``, byte for byte."""
    installed = _installed_files(python)
    if installed is None or installed == REPO / "airflow_client":
        return False  # missing, or an editable install of this checkout
    return _package_files(installed) == _package_files(REPO / "airflow_client")


def ours_python() -> Path:
    """``bench/.venv-ours`` with this checkout installed the way users install it.

    Not the repository's ``.venv``: its editable install puts an import hook
    (and the modules the hook imports) into every interpreter start, about
    12 ms that no user's install pays and the official client's venv does not
    have.
    """
    venv = HERE / ".venv-ours"
    python = _venv_python(venv)
    if python.exists() and _installs_this_checkout(python):
        return python
    # built from a copy of what the distribution holds: a build in the checkout
    # leaves build/, whose stale files a later build would pack again
    with tempfile.TemporaryDirectory(prefix="bench-ours-") as tmp:
        source = Path(tmp) / "src"
        source.mkdir()
        for name in ("pyproject.toml", "README.md", "LICENSE", "NOTICE"):
            shutil.copy2(REPO / name, source / name)
        shutil.copytree(
            REPO / "airflow_client", source / "airflow_client", ignore=shutil.ignore_patterns("__pycache__")
        )
        # the dependencies, as pyproject.toml lists them now; [async] for the asyncio client's workloads
        python = _make_venv(venv, f"{source}[async]")
        if not _installs_this_checkout(python):  # the same version was there: pip kept it
            _make_venv(venv, "--no-deps", "--force-reinstall", str(source))
    if not _installs_this_checkout(python):
        raise SystemExit(f"{venv} does not hold a copy of {REPO / 'airflow_client'}")
    return python


def child_env() -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PYTHONHASHSEED"] = "0"
    return env


# -- the server --------------------------------------------------------------------------


class CannedServer:
    def __init__(self, cpu: Optional[int]) -> None:
        cmd = [
            sys.executable,
            str(HERE / "server.py"),
            "--port",
            "0",
            "--dags",
            str(DAG_COUNT),
            "--task-instances",
            str(TI_COUNT),
            "--stdin-lifeline",
        ]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=child_env())
        if cpu is not None:
            os.sched_setaffinity(self.proc.pid, {cpu})
        assert self.proc.stdout is not None
        self.port = 0
        self.sizes: Dict[str, int] = {}
        for line in self.proc.stdout:  # two lines once it listens; EOF if it died
            if line.startswith("PORT "):
                self.port = int(line.split()[1])
            elif line.startswith("{"):
                self.sizes = json.loads(line)["sizes"]
                break
        if not self.port:
            self.stop()
            raise SystemExit("bench/server.py did not start")
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


# -- jobs and rows ---------------------------------------------------------------------------


class Job:
    """One workload script run for some contenders: ``script CONTENDER [ARGS...]``."""

    def __init__(
        self,
        key: str,
        script: str,
        args: Sequence[str],
        contenders: Sequence[str] = CONTENDERS,
        needs_url: bool = False,
        per_rep: int = 1,
    ) -> None:
        self.key = key
        self.per_rep = per_rep  # processes per repetition: cheap, noisy jobs get more samples
        self.script = script
        self.args = list(args)
        self.contenders = tuple(contenders)
        self.needs_url = needs_url

    def argv(self, python: Path, contender: str, url: str) -> List[str]:
        extra = [url] if self.needs_url else []
        return [str(python), str(WORKLOADS / self.script), contender, *extra, *self.args]


JOBS = [
    Job("import", "import_client.py", ["client"], per_rep=3),
    Job("import_deps", "import_client.py", ["deps"], ("ours", "official"), per_rep=3),
    Job("import_deps_used", "import_client.py", ["deps-used"], ("ours", "official"), per_rep=3),
    Job("models", "import_models.py", [], per_rep=3),
    Job("get_dag", "get_dag.py", [str(GET_DAG_CALLS)], needs_url=True),
    Job("get_dag_solo", "get_dag.py", [str(GET_DAG_CALLS), "20", "solo"], needs_url=True, per_rep=2),
    Job("task_instances", "task_instances.py", [str(TI_COUNT)], needs_url=True),
    Job("dags", "dags.py", [str(DAG_COUNT), str(DAG_ROUNDS)], needs_url=True, per_rep=2),
    Job("memory", "memory.py", ["tracemalloc"], needs_url=True),
    Job("memory_rss", "memory.py", ["rss"], needs_url=True),
    Job("cold", "cold.py", ["5"], needs_url=True),
    # the asyncio client (issue 24): many calls in flight, and its peak memory
    Job("in_flight", "in_flight.py", [str(IN_FLIGHT), "7"], ("floor", "ours"), needs_url=True),
    Job("memory_async", "memory.py", ["tracemalloc-async"], ("ours",), needs_url=True),
]

#: Table rows: (label, job, figure, unit, floor job); the floor job is where the
#: floor's figure comes from when the floor does not run the row's own job.
ROWS: List[Tuple[str, str, str, str, str]] = [
    ("1. cold `import airflow_client.client`", "import", "import_ms", "ms", "import"),
    ("1a. its dependencies alone, as listed", "import_deps", "import_ms", "ms", "import"),
    ("1b. its dependencies as it loads them", "import_deps_used", "import_ms", "ms", "import"),
    ("2. `from ...models import *`", "models", "import_ms", "ms", "models"),
    (f"3. `get_dag`, per call ({GET_DAG_CALLS:,} calls)", "get_dag", "per_call_us", "µs", "get_dag"),
    ("3a. first `get_dag` in a process", "get_dag", "first_call_ms", "ms", "get_dag"),
    ("3b. fastest block of 100 calls, per call", "get_dag", "best_block_us", "µs", "get_dag"),
    ("3c. ÷ floor, paired in the same process", "get_dag", "paired_ratio", "×", ""),
    ("3d. per call, each client alone in its process", "get_dag_solo", "per_call_us", "µs", "get_dag_solo"),
    ("3e. fastest block of 100 calls, alone", "get_dag_solo", "best_block_us", "µs", "get_dag_solo"),
    (f"4. `get_task_instances`, {TI_COUNT:,} items", "task_instances", "call_ms", "ms", "task_instances"),
    ("4a. first (`limit=1`) call in a process", "task_instances", "setup_ms", "ms", "task_instances"),
    ("4b. best of 3 calls in a process", "task_instances", "best_ms", "ms", "task_instances"),
    ("4c. ÷ floor, paired in the same process", "task_instances", "paired_ratio", "×", ""),
    (f"5. `get_dags`, {DAG_COUNT:,} DAGs", "dags", "call_ms", "ms", "dags"),
    (f"5a. median of {DAG_ROUNDS} more calls in a process", "dags", "median_ms", "ms", "dags"),
    (f"5b. best of {DAG_ROUNDS} more calls in a process", "dags", "best_ms", "ms", "dags"),
    ("5c. then reading every field of every DAG", "dags", "walk_ms", "ms", "dags"),
    ("6. peak memory of 4 (tracemalloc)", "memory", "peak_mb", "MB", "memory"),
    ("6a. memory the result keeps (tracemalloc)", "memory", "retained_mb", "MB", "memory"),
    ("6b. ru_maxrss rise during 4", "memory_rss", "rss_delta_mb", "MB", "memory_rss"),
    ("6c. peak memory of 4, the asyncio client", "memory_async", "peak_mb", "MB", "memory"),
    ("7. cold process: import, one `get_dag`, exit", "cold", "cold_ms", "ms", "cold"),
    ("7a. the bare interpreter (`python -c pass`)", "cold", "python_ms", "ms", "cold"),
    ("7b. `airflow-client version`, cold", "cold", "cli_version_ms", "ms", ""),
    ("7c. `airflow-client dags get DAG`, cold", "cold", "cli_dags_get_ms", "ms", ""),
    (
        f"8. {IN_FLIGHT} `get_dag` in flight, the asyncio client (floor: aiohttp)",
        "in_flight",
        "async_ms",
        "ms",
        "in_flight",
    ),
    (f"8a. {IN_FLIGHT} `get_dag`, the blocking client in 16 threads", "in_flight", "threads_ms", "ms", ""),
]


# -- running -----------------------------------------------------------------------------------


class Results:
    def __init__(self) -> None:
        self.runs: Dict[Tuple[str, str], List[Dict[str, Any]]] = {}
        self.failures: List[Dict[str, Any]] = []

    def add(self, job: str, contender: str, figures: Dict[str, Any]) -> None:
        self.runs.setdefault((job, contender), []).append(figures)

    def values(self, job: str, contender: str, figure: str) -> List[float]:
        return [r[figure] for r in self.runs.get((job, contender), []) if isinstance(r.get(figure), (int, float))]

    def stat(self, job: str, contender: str, figure: str) -> Optional[Tuple[float, float]]:
        values = self.values(job, contender, figure)
        if not values:
            return None
        return min(values), statistics.median(values)

    def not_ok(self, job: str, contender: str) -> bool:
        return any(r.get("ok") is False for r in self.runs.get((job, contender), []))


def run_one(job: Job, python: Path, contender: str, url: str, cpus: Optional[set], timeout: float) -> Dict[str, Any]:
    argv = job.argv(python, contender, url)
    preexec = (lambda: os.sched_setaffinity(0, cpus)) if cpus else None
    started = time.monotonic()
    try:
        out = subprocess.run(
            argv,
            cwd=str(WORKLOADS),
            env=child_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=preexec,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s", "argv": argv}
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        return {"error": f"exit {out.returncode}", "stderr": out.stderr[-6000:], "argv": argv}
    figures = json.loads(lines[-1])
    figures["wall_s"] = time.monotonic() - started
    return figures


def run_all(args: argparse.Namespace, pythons: Dict[str, Path], server: CannedServer, cpus: Optional[set]) -> Results:
    results = Results()
    jobs = [j for j in JOBS if not args.only or j.key in args.only]
    plan = [(j, c) for j in jobs for c in j.contenders]
    for job, contender in plan:  # untimed: byte-code caches, page cache, the server's first answers
        log(f"warm-up {job.key} / {contender}")
        figures = run_one(job, pythons[contender], contender, server.url, cpus, args.timeout)
        if "error" in figures:
            results.failures.append({"job": job.key, "contender": contender, "rep": "warm-up", **figures})
    for rep in range(args.reps):
        for job in jobs:
            order = list(job.contenders)
            shift = rep % len(order)
            for turn in range(job.per_rep):
                for contender in order[shift:] + order[:shift]:
                    figures = run_one(job, pythons[contender], contender, server.url, cpus, args.timeout)
                    if "error" in figures:
                        results.failures.append({"job": job.key, "contender": contender, "rep": rep + 1, **figures})
                        log(f"rep {rep + 1} {job.key} / {contender}: FAILED ({figures['error']})")
                        continue
                    figures["turn"] = f"{rep + 1}.{turn + 1}"  # the contenders' processes of one turn ran back to back
                    results.add(job.key, contender, figures)
                    shown = {
                        k: round(v, 2) if isinstance(v, float) else v
                        for k, v in figures.items()
                        if k not in ("file", "wall_s", "turn")
                    }
                    log(f"rep {rep + 1}/{args.reps} {job.key} / {contender}: {shown}")
    return results


# -- reporting -----------------------------------------------------------------------------------


def _num(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _cell(stat: Optional[Tuple[float, float]], flag: bool = False) -> str:
    if stat is None:
        return "—"
    return f"{_num(stat[0])} / {_num(stat[1])}" + (" ⚠" if flag else "")


def _ratio(a: Optional[Tuple[float, float]], b: Optional[Tuple[float, float]]) -> str:
    if a is None or b is None or b[1] <= 0:
        return "—"
    return f"{a[1] / b[1]:.2f}×"


def _import_minus_deps(results: Results) -> List[str]:
    lines = []
    for deps_job, what in (("import_deps", "as listed"), ("import_deps_used", "as loaded")):
        cells = []
        for who in ("ours", "official"):
            client, deps = results.stat("import", who, "import_ms"), results.stat(deps_job, who, "import_ms")
            cells.append(f"{_num(client[0] - deps[0])} / {_num(client[1] - deps[1])}" if client and deps else "—")
        lines.append(f"| 1c. import minus its dependencies {what} | ms | | {cells[0]} | | {cells[1]} | | |")
    return lines


def table(results: Results) -> str:
    head = (
        "| figure (min / median) | unit | floor | ours | ours ÷ floor | official 2.10.0 | official ÷ floor "
        "| official ÷ ours |"
    )
    lines = [head, "|" + "---|" * 8]
    for label, job, figure, unit, floor_job in ROWS:
        if unit == "×":  # a ratio measured inside each process: no floor column, no ratios of ratios
            cells = [_cell(results.stat(job, who, figure)) for who in ("ours", "official")]
            lines.append(f"| {label} | × | 1 | {cells[0]} | | {cells[1]} | | |")
            continue
        floor = results.stat(floor_job, "floor", figure)
        ours = results.stat(job, "ours", figure)
        official = results.stat(job, "official", figure)
        floor_cell = _cell(floor) if floor_job == job else f"({_cell(floor)})"
        lines.append(
            f"| {label} | {unit} | {floor_cell} | {_cell(ours, results.not_ok(job, 'ours'))} | {_ratio(ours, floor)} "
            f"| {_cell(official, results.not_ok(job, 'official'))} | {_ratio(official, floor)} "
            f"| {_ratio(official, ours)} |"
        )
        if job == "import_deps_used":
            lines += _import_minus_deps(results)
    return "\n".join(lines)


def _own_process_target(
    results: Results,
    name: str,
    limit: float,
    job: str,
    figure: str,
    best: str,
    unit: str,
    what: str,
    first: Optional[str] = None,
) -> Tuple[str, Optional[bool], str]:
    """A per-call target judged on separate processes, each running one contender
    alone: the median over ``ours``'s processes of ``figure`` ÷ the median over the
    floor's, the same job in the same run (the contenders take turns).  Beside it,
    for reading: the median of the ratios of processes run back to back (one turn:
    least moved by slow drift of the machine), the ratio of the minima, of the
    fastest block or call (``best``) and, if given, of the process's first call
    (``first``: it also pays for fresh memory, which dilutes the ratio)."""
    ours, floor = results.stat(job, "ours", figure), results.stat(job, "floor", figure)
    if ours is None or floor is None or floor[1] <= 0:
        return name, None, "not measured"
    ratio = ours[1] / floor[1]
    runs = len(results.values(job, "ours", figure)), len(results.values(job, "floor", figure))
    note = (
        f"ours {_num(ours[1])} {unit} vs floor {_num(floor[1])} {unit} = {ratio:.2f}× "
        f"({what}; {runs[0]} and {runs[1]} processes"
    )
    by_turn = {r.get("turn"): r.get(figure) for r in results.runs.get((job, "floor"), [])}
    pairs = [
        r[figure] / by_turn[r.get("turn")]
        for r in results.runs.get((job, "ours"), [])
        if isinstance(r.get(figure), (int, float)) and by_turn.get(r.get("turn"))
    ]
    if pairs:
        note += f"; back-to-back pairs {statistics.median(pairs):.2f}×"
    note += f"; minima {ours[0] / floor[0]:.2f}×"
    ours_best, floor_best = results.stat(job, "ours", best), results.stat(job, "floor", best)
    if ours_best and floor_best and floor_best[0] > 0:
        note += f", fastest {ours_best[0] / floor_best[0]:.2f}×"
    ours_first, floor_first = (results.stat(job, who, first) if first else None for who in ("ours", "floor"))
    if ours_first and floor_first and floor_first[1] > 0:
        note += f"; first call {ours_first[1] / floor_first[1]:.2f}×"
    return name, ratio <= limit, note + ")"


def targets(results: Results) -> List[Tuple[str, Optional[bool], str]]:
    """(target, passed or None when not measured, the figures behind it), on medians."""

    def med(job: str, who: str, figure: str) -> Optional[float]:
        stat = results.stat(job, who, figure)
        return stat[1] if stat else None

    out: List[Tuple[str, Optional[bool], str]] = []
    ours_imp, off_imp = med("import", "ours", "import_ms"), med("import", "official", "import_ms")
    deps, deps_used = med("import_deps", "ours", "import_ms"), med("import_deps_used", "ours", "import_ms")
    if ours_imp is not None and off_imp is not None:
        out.append(
            (
                "import no slower than official 2.10.0",
                ours_imp <= off_imp,
                f"ours {ours_imp:.1f} ms vs official {off_imp:.1f} ms",
            )
        )
    else:
        out.append(("import no slower than official 2.10.0", None, "not measured"))
    if ours_imp is not None and deps is not None:
        note = f"ours {ours_imp:.1f} − deps {deps:.1f} = {ours_imp - deps:.1f} ms"
        if deps_used is not None:
            note += f" (− deps as loaded {deps_used:.1f} = {ours_imp - deps_used:.1f} ms)"
        out.append(("import within 25 ms of its dependencies alone", ours_imp - deps <= 25, note))
    else:
        out.append(("import within 25 ms of its dependencies alone", None, "not measured"))
    ours_call, floor_call = med("get_dag", "ours", "per_call_us"), med("get_dag", "floor", "per_call_us")
    paired = med("get_dag", "ours", "paired_ratio")
    if paired is not None:
        note = f"paired in one process: {paired:.2f}×"
        if ours_call is not None and floor_call:
            note += (
                f" (separate processes: ours {ours_call:.0f} µs vs floor {floor_call:.0f} µs = "
                f"{ours_call / floor_call:.2f}×)"
            )
        out.append(("per-call overhead ≤ 1.3× floor", paired <= 1.3, note))
    else:
        out.append(("per-call overhead ≤ 1.3× floor", None, "not measured"))
    out.append(
        _own_process_target(
            results,
            f"`get_dag` per call ≤ {GET_DAG_SOLO_TARGET}× floor, each alone in its process",
            GET_DAG_SOLO_TARGET,
            "get_dag_solo",
            "per_call_us",
            "best_block_us",
            "µs",
            f"{GET_DAG_CALLS:,} calls per process, mean",
        )
    )
    ours_ti, off_ti, floor_ti = (med("task_instances", w, "call_ms") for w in ("ours", "official", "floor"))
    if ours_ti is not None and off_ti is not None:
        out.append(
            (
                f"{TI_COUNT:,} task instances ≥ 10× faster than official",
                off_ti >= 10 * ours_ti,
                f"official {off_ti:.0f} ms ÷ ours {ours_ti:.0f} ms = {off_ti / ours_ti:.1f}×",
            )
        )
    else:
        out.append((f"{TI_COUNT:,} task instances ≥ 10× faster than official", None, "not measured"))
    paired_ti = med("task_instances", "ours", "paired_ratio")
    if paired_ti is not None:
        note = f"paired in one process: {paired_ti:.2f}×"
        if ours_ti is not None and floor_ti:
            note += (
                f" (separate processes: ours {ours_ti:.0f} ms vs floor {floor_ti:.0f} ms = {ours_ti / floor_ti:.2f}×)"
            )
        out.append((f"{TI_COUNT:,} task instances ≤ 2× floor", paired_ti <= 2, note))
    else:
        out.append((f"{TI_COUNT:,} task instances ≤ 2× floor", None, "not measured"))
    out.append(
        _own_process_target(
            results,
            f"{DAG_COUNT:,} DAGs (one `get_dags`) ≤ {DAGS_TARGET}× floor, each alone in its process",
            DAGS_TARGET,
            "dags",
            "median_ms",
            "best_ms",
            "ms",
            f"median of {DAG_ROUNDS} calls per process",
            first="call_ms",
        )
    )
    ours_mem, floor_mem = med("memory", "ours", "peak_mb"), med("memory", "floor", "peak_mb")
    if ours_mem is not None and floor_mem is not None:
        note = f"tracemalloc peak: ours {ours_mem:.1f} MB vs floor {floor_mem:.1f} MB = {ours_mem / floor_mem:.2f}×"
        ours_rss, floor_rss = med("memory_rss", "ours", "rss_delta_mb"), med("memory_rss", "floor", "rss_delta_mb")
        if ours_rss and floor_rss:
            note += f"; ru_maxrss rise {ours_rss:.0f} vs {floor_rss:.0f} MB = {ours_rss / floor_rss:.2f}×"
        out.append(("peak memory ≤ 2× floor", ours_mem <= 2 * floor_mem, note))
    else:
        out.append(("peak memory ≤ 2× floor", None, "not measured"))
    ours_async_mem = med("memory_async", "ours", "peak_mb")
    if ours_async_mem is not None and ours_mem is not None:
        out.append(
            (
                "peak memory of the asyncio client ≤ 1.1× the blocking client's",
                ours_async_mem <= 1.1 * ours_mem,
                f"tracemalloc peak: asyncio {ours_async_mem:.1f} MB vs blocking {ours_mem:.1f} MB = "
                f"{ours_async_mem / ours_mem:.2f}×",
            )
        )
    else:
        out.append(("peak memory of the asyncio client ≤ 1.1× the blocking client's", None, "not measured"))
    in_flight, in_threads = med("in_flight", "ours", "async_ms"), med("in_flight", "ours", "threads_ms")
    in_floor = med("in_flight", "floor", "async_ms")
    name = f"{IN_FLIGHT} calls in flight: the asyncio client ≤ 1.3× the aiohttp floor"
    if in_flight is not None and in_floor:
        out.append(
            (
                name,
                in_flight <= 1.3 * in_floor,
                f"ours {in_flight:.0f} ms vs floor {in_floor:.0f} ms = {in_flight / in_floor:.2f}×",
            )
        )
    else:
        out.append((name, None, "not measured"))
    name = f"{IN_FLIGHT} calls in flight: the asyncio client faster than the blocking one in 16 threads"
    if in_flight is not None and in_threads is not None:
        out.append((name, in_flight < in_threads, f"asyncio {in_flight:.0f} ms vs threads {in_threads:.0f} ms"))
    else:
        out.append((name, None, "not measured"))
    ours_cold, off_cold = med("cold", "ours", "cold_ms"), med("cold", "official", "cold_ms")
    if ours_cold is not None and off_cold is not None:
        out.append(
            (
                "cold process (import, one `get_dag`, exit) no slower than official 2.10.0",
                ours_cold <= off_cold,
                f"ours {ours_cold:.0f} ms vs official {off_cold:.0f} ms = {ours_cold / off_cold:.2f}×",
            )
        )
    else:
        out.append(("cold process (import, one `get_dag`, exit) no slower than official 2.10.0", None, "not measured"))
    return out


def targets_text(results: Results) -> str:
    lines = ["| target | result | figures (medians) |", "|---|---|---|"]
    for name, passed, note in targets(results):
        verdict = "—" if passed is None else ("PASS" if passed else "FAIL")
        lines.append(f"| {name} | {verdict} | {note} |")
    return "\n".join(lines)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _mem_total() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", "-C", str(REPO), *args], capture_output=True, text=True, timeout=30
        ).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


def environment(
    pythons: Dict[str, Path],
    server: CannedServer,
    cpus: Optional[set],
    server_cpu: Optional[int],
    load: Tuple[float, float, float],
) -> List[str]:
    lines = [
        f"- date: {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- machine: {os.cpu_count()} CPUs (`nproc`), {_cpu_model()}, {_mem_total()} RAM, "
        f"{platform.system()} {platform.release()}",
        f"- load average when the run started: {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} (1 / 5 / 15 min)",
        "- pinning: " + (f"server on CPU {server_cpu}, clients on CPU(s) {sorted(cpus)}" if cpus else "none"),
        f"- orchestrator and server: Python {platform.python_version()} ({sys.executable})",
    ]
    commit = _git("rev-parse", "--short", "HEAD")
    dirty = _git("status", "--porcelain", "--", "airflow_client")
    lines.append(
        f"- ours at commit {commit or '?'}" + (" with uncommitted changes in airflow_client/" if dirty else "")
    )
    for who, python in (("ours and floor", pythons["ours"]), ("official", pythons["official"])):
        version = _probe(python, "import platform; print(platform.python_version())")
        packages = ", ".join(f"{p} {_version(python, p)}" for p in PACKAGES if _version(python, p))
        lines.append(f"- {who}: Python {version} at `{os.path.relpath(python, REPO)}`; {packages}")
    sizes = ", ".join(
        f"{k}: {v / 1e6:.2f} MB" if v >= 100_000 else f"{k}: {v / 1e3:.1f} kB" for k, v in server.sizes.items()
    )
    lines.append(f"- canned answers (`bench/server.py`, bodies with headers): {sizes}")
    return lines


def write_results(path: Path, args: argparse.Namespace, env_lines: List[str], results: Results, elapsed: float) -> None:
    parts = [
        "# Benchmark results",
        "",
        "Written by `python3 bench/run.py`"
        + (" --quick" if args.quick else "")
        + f"; {args.reps} repetition(s), each a fresh process per workload and client; "
        f"the whole run took {elapsed:.0f} s. See `bench/README.md` for what each figure measures.",
        "",
        *env_lines,
        "",
        "## Figures",
        "",
        "Each cell is min / median over the repetitions; ratios are of medians. A floor figure in parentheses is "
        "the nearest floor equivalent (its import of urllib3 and json: the floor has no dependencies or models "
        "to import beyond those). ⚠ marks a client whose answer failed the workload's sanity check.",
        "",
        table(results),
        "",
        "## Targets",
        "",
        targets_text(results),
        "",
    ]
    if results.failures:
        parts += ["## Failures", ""]
        for f in results.failures:
            parts += [
                f"- {f['job']} / {f['contender']} (rep {f['rep']}): {f['error']}",
                "",
                "```",
                (f.get("stderr") or "").strip(),
                "```",
                "",
            ]
    raw = {f"{job}/{who}": runs for (job, who), runs in sorted(results.runs.items())}
    parts += [
        "<details><summary>Raw figures per repetition</summary>",
        "",
        "```json",
        json.dumps(raw, indent=1, default=str),
        "```",
        "",
        "</details>",
        "",
    ]
    path.write_text("\n".join(parts), encoding="utf-8")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="2 repetitions instead of 5")
    parser.add_argument("--reps", type=int, help="repetitions (default 5, or 2 with --quick)")
    parser.add_argument(
        "--only", type=lambda s: set(s.split(",")), help="comma-separated jobs: " + ",".join(j.key for j in JOBS)
    )
    parser.add_argument("--no-pin", action="store_true", help="do not pin the server and clients to CPUs")
    parser.add_argument("--no-write", action="store_true", help="do not write bench/RESULTS.md")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds allowed per workload process")
    args = parser.parse_args(argv)
    args.reps = args.reps or (2 if args.quick else 5)
    if args.only and not args.only <= {j.key for j in JOBS}:
        parser.error(f"unknown job(s): {', '.join(sorted(args.only - {j.key for j in JOBS}))}")

    started = time.monotonic()
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    ours = ours_python()
    pythons = {"ours": ours, "floor": ours, "official": official_python()}

    cpus: Optional[set] = None
    server_cpu: Optional[int] = None
    if not args.no_pin and hasattr(os, "sched_getaffinity"):
        available = sorted(os.sched_getaffinity(0))
        if len(available) >= 2:
            server_cpu, cpus = available[-1], set(available[:-1])
    server = CannedServer(server_cpu)
    try:
        log(f"canned server at {server.url} (pid {server.proc.pid})")
        results = run_all(args, pythons, server, cpus)
        env_lines = environment(pythons, server, cpus, server_cpu, load)
    finally:
        server.stop()
    elapsed = time.monotonic() - started

    print("\n".join(env_lines))
    print()
    print(table(results))
    print()
    print(targets_text(results))
    for f in results.failures:
        print(
            f"\nFAILED {f['job']} / {f['contender']} (rep {f['rep']}): {f['error']}\n{(f.get('stderr') or '').strip()}"
        )
    if not args.no_write:
        write_results(args.output, args, env_lines, results, elapsed)
        log(f"wrote {os.path.relpath(args.output)}")
    if args.json:
        args.json.write_text(json.dumps({f"{j}/{c}": r for (j, c), r in results.runs.items()}, indent=1))
    missed = [name for name, passed, _ in targets(results) if passed is False]
    if missed or results.failures:
        log(f"targets missed: {', '.join(missed) or 'none'}; failed runs: {len(results.failures)}")
        return 1  # `make bench` is a check: a missed target or a failed run fails it
    return 0


if __name__ == "__main__":
    sys.exit(main())
