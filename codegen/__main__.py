"""``python -m codegen [--out DIR]``: regenerate; ``python -m codegen --coverage``: list what serves what."""

from __future__ import annotations

import argparse
from pathlib import Path

from codegen.generate import coverage, write
from codegen.spec import PIN, REPO, load_spec


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO, help="write below this folder (default: the repository)")
    parser.add_argument("--coverage", action="store_true", help="print each operation and schema with what serves it")
    args = parser.parse_args()
    spec = load_spec()
    if args.coverage:
        ops, schemas = coverage(spec)
        for op_id, method in sorted(ops):
            print(f"operation {op_id:45} {method}")
        for name, model in sorted(schemas):
            print(f"schema    {name:45} {model}")
        print(f"{len({o for o, _ in ops})} operations, {len(schemas)} schemas (Airflow {PIN['version']})")
        return
    written = write(args.out, spec)
    print(f"wrote {len(written)} files below {args.out}")


if __name__ == "__main__":
    main()
