"""The committed generated code is exactly what the generator makes from the pinned spec."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

from codegen.generate import GENERATED_DIRS, Generator, write
from codegen.spec import REPO, load_spec


def test_regenerating_gives_no_diff(tmp_path: Path) -> None:
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    spec = load_spec()
    write(tmp_path, spec)
    expected = set(Generator(spec).files())
    committed = {str(p.relative_to(REPO)) for folder in GENERATED_DIRS for p in (REPO / folder).glob("*.py")}
    # docs/ also holds pages written by hand (differences.md): the generated ones carry the banner
    committed |= {
        str(p.relative_to(REPO))
        for p in (REPO / "docs").glob("*.md")
        if "by codegen; do not edit" in p.read_text().split("\n", 1)[0]
    }
    assert committed == expected, f"missing: {expected - committed}, stale: {committed - expected}"
    different = [rel for rel in sorted(expected) if not filecmp.cmp(tmp_path / rel, REPO / rel, shallow=False)]
    assert different == [], f"regenerate with `make generate`: {different[:10]}"


def test_generated_files_carry_the_banner_not_the_spec_prose() -> None:
    for folder in GENERATED_DIRS:
        for path in (REPO / folder).glob("*.py"):
            text = path.read_text()
            assert text.startswith("# Generated from Apache Airflow 2.10.5's REST API spec"), path
            assert "To facilitate management" not in text, path
