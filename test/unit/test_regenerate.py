"""The committed generated code is exactly what the generator makes from the pinned spec."""

from __future__ import annotations

import filecmp
import pydoc
import shutil
from pathlib import Path

from codegen.generate import GENERATED_DIRS, build, files, write
from codegen.spec import REPO, load_spec


def test_regenerating_gives_no_diff(tmp_path: Path) -> None:
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    spec = load_spec()
    write(tmp_path, spec)
    expected = set(files(build(spec)))
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


def test_generated_files_carry_the_banner() -> None:
    for folder in GENERATED_DIRS:
        for path in (REPO / folder).glob("*.py"):
            assert path.read_text().startswith("# Generated from Apache Airflow 2.10.5's REST API spec"), path


def test_help_shows_airflows_descriptions() -> None:
    """What an editor shows on hover and ``help()`` prints: Airflow's own prose, from the spec."""
    from airflow_client.client.api.dag_api import DAGApi
    from airflow_client.client.model.dag import DAG

    method = pydoc.render_doc(DAGApi.patch_dag, renderer=pydoc.plaintext)
    assert "Update a DAG." in method
    assert ":param update_mask: The fields to update on the resource. If absent or empty, all modifiable" in method
    assert ":returns: ``DAG``: Success." in method
    assert ":raises NotFoundException: 404: A specified resource is not found." in method
    model = pydoc.render_doc(DAG, renderer=pydoc.plaintext)
    assert "is_paused (bool, nullable): Whether the DAG is paused." in model
    assert "Changed in version 2.2.0*: Field is read-only." in model  # the spec's "&#58;" decoded
    delete = pydoc.render_doc(DAGApi.delete_dag, renderer=pydoc.plaintext)
    assert "Deletes all metadata related to the DAG, including finished DAG Runs and Tasks." in delete
    assert ":raises OperationNotSupportedError: the server's Airflow is older than 2.2.0" in delete


def test_notice_names_the_specs_origin() -> None:
    notice = (REPO / "NOTICE").read_text()
    assert "Apache Airflow" in notice and "Apache License, Version 2.0" in notice
    assert "descriptions" in notice
