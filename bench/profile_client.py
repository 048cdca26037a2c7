"""Profile our client on workload 3 (``get_dag``), 4 (``get_task_instances``) or 5 (``get_dags``) with cProfile.

Usage (with our interpreter, which has the client)::

    .venv/bin/python bench/profile_client.py get_dag [--calls 2000] [--top 30] [--out FILE.pstats]
    .venv/bin/python bench/profile_client.py task_instances [--calls 3]
    .venv/bin/python bench/profile_client.py dags [--calls 20]
    .venv/bin/python bench/profile_client.py import

Starts ``bench/server.py`` (as ``bench/run.py`` does), makes the untimed
warm-up calls, profiles the timed part and prints the top functions by own
time and by cumulative time. cProfile slows pure-Python code more than native
code (pydantic-core, json): read the shares, not the absolute times. ``import``
profiles ``import airflow_client.client`` (run it with ``-X importtime`` too).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "workloads"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workload", choices=("get_dag", "task_instances", "dags", "import"))
    parser.add_argument(
        "--calls", type=int, help="timed calls (default 2000 for get_dag, 3 for task_instances, 20 for dags)"
    )
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--out", type=Path, help="also save the raw pstats here")
    args = parser.parse_args()

    profiler = cProfile.Profile()
    if args.workload == "import":
        profiler.enable()
        import airflow_client.client  # noqa: F401

        profiler.disable()
        return report(profiler, args)

    from run import DAG_COUNT, CannedServer  # the orchestrator's server starter (stdlib only)

    server = CannedServer(cpu=None)
    try:
        from _common import DAG_ID, RUN_ID, TI_DAG_ID, Client

        client = Client(server.url, official=False)
        if args.workload == "get_dag":
            calls = args.calls or 2000
            for _ in range(50):
                client.get_dag(DAG_ID)
            profiler.enable()
            for _ in range(calls):
                client.get_dag(DAG_ID)
            profiler.disable()
        elif args.workload == "dags":
            calls = args.calls or 20
            client.get_dags(1)
            profiler.enable()
            for _ in range(calls):
                client.get_dags(DAG_COUNT)
            profiler.disable()
        else:
            calls = args.calls or 3
            client.get_task_instances(TI_DAG_ID, RUN_ID, limit=1)
            profiler.enable()
            for _ in range(calls):
                client.get_task_instances(TI_DAG_ID, RUN_ID)
            profiler.disable()
    finally:
        server.stop()
    print(f"{args.workload}: {calls} profiled call(s)")
    return report(profiler, args)


def report(profiler: cProfile.Profile, args: argparse.Namespace) -> int:
    if args.out:
        profiler.dump_stats(str(args.out))
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats(order).print_stats(args.top)
        text = out.getvalue().replace(str(Path(sys.prefix)), "<venv>").replace(str(HERE.parent) + "/", "")
        print(f"==== by {order} ====")
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
