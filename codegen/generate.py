"""Generate the API classes, the models and their docs from the pinned spec.

The spec is read once into the typed model of :mod:`codegen.model` (by
:mod:`codegen.parse`); the Jinja2 templates in ``codegen/templates`` write
every file from it (prepared by :mod:`codegen.render`).  The output is
declarative: a model lists its fields and the sets of names the runtime reads
(required, read-only, nullable; the items of a collection); an API method
names its ``Operation`` and hands its arguments to the runtime; its awaitable twin
(``aio/api/``) names the same ``Operation``, imported from the sync module.
Run ``python -m codegen`` (writes into the repository) or
``python -m codegen --out DIR`` (writes elsewhere, for the regeneration test).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Tuple

from codegen import render
from codegen.model import Spec
from codegen.parse import parse, snake
from codegen.spec import PIN

__all__ = ["GENERATED_DIRS", "build", "coverage", "files", "snake", "write"]

BANNER = render.banner(PIN["version"])
GENERATED_DIRS = (
    "airflow_client/client/model",
    "airflow_client/client/models",
    "airflow_client/client/api",
    "airflow_client/client/apis",
    "airflow_client/client/aio/api",
)


def build(document: Dict[str, Any]) -> Spec:
    """The typed model of the pinned spec's document."""
    return parse(document, PIN["version"])


def files(spec: Spec) -> Dict[str, str]:
    """Every generated file: repository path -> text."""
    env = render.environment()
    common = {"banner": BANNER}
    base = "airflow_client/client"
    out: Dict[str, str] = {}
    for schema in spec.schemas.values():
        view = {**common, **render.model_view(schema)}
        out[f"{base}/model/{snake(schema.name)}.py"] = env.get_template("model.py.j2").render(view)
        out[f"docs/{schema.name}.md"] = env.get_template("model.md.j2").render(view)
    tags = spec.tags()
    for tag, ops in tags.items():
        view = {**common, **render.api_view(tag, ops, spec)}
        out[f"{base}/api/{snake(tag)}_api.py"] = env.get_template("api.py.j2").render(view)
        out[f"docs/{tag}Api.md"] = env.get_template("api.md.j2").render(view)
        out[f"{base}/aio/api/{snake(tag)}_api.py"] = env.get_template("aio_api.py.j2").render(view)
    # the packages of one module each (model, api) and the indexes of them all (models, apis)
    packages = (
        ("model", "models", "model", "Model name", "DAGRun", {name: snake(name) for name in sorted(spec.schemas)}),
        ("api", "apis", "API class", "API class", "DAGApi", {f"{tag}Api": f"{snake(tag)}_api" for tag in tags}),
    )
    for package, index, noun, key, example, modules in packages:
        out[f"{base}/{package}/__init__.py"] = env.get_template("package.py.j2").render(
            common, doc=f"One module per {noun}; ``{render.PKG}.{index}`` has them all."
        )
        out[f"{base}/{index}/__init__.py"] = env.get_template("index.py.j2").render(
            common,
            doc=f"Every {noun}, imported on first use: ``from {render.PKG}.{index} import {example}``.",
            what=key,
            table=f"{index.upper()[:-1]}_MODULES",
            package=package,
            modules=modules,
        )
    # the awaitable API classes: one module each, and the package has them all
    out[f"{base}/aio/api/__init__.py"] = env.get_template("index.py.j2").render(
        common,
        doc=f"Every awaitable API class, imported on first use: ``from {render.PKG}.aio.api import DAGApi``.",
        what="API class",
        table="API_MODULES",
        package="aio.api",
        modules={f"{tag}Api": f"{snake(tag)}_api" for tag in tags},
    )
    out["docs/README.md"] = env.get_template("docs_index.md.j2").render(common, tags=tags, models=sorted(spec.schemas))
    return out


def write(out_dir: Path, document: Dict[str, Any]) -> List[Path]:
    """Write every generated file below ``out_dir`` (removing stale ones) and format the modules."""
    generated = files(build(document))
    for folder in GENERATED_DIRS:
        for stale in (out_dir / folder).glob("*.py"):
            if f"{folder}/{stale.name}" not in generated:
                stale.unlink()
    for stale in (out_dir / "docs").glob("*.md"):  # generated pages only: the guides are written by hand
        if f"docs/{stale.name}" not in generated and BANNER in stale.read_text().split("\n", 1)[0]:
            stale.unlink()
    written = []
    for rel, text in sorted(generated.items()):
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        written.append(path)
    config = Path(__file__).resolve().parent.parent / "pyproject.toml"
    modules = [str(p) for p in written if p.suffix == ".py"]
    subprocess.run([sys.executable, "-m", "ruff", "format", "--quiet", "--config", str(config), *modules], check=True)
    return written


def coverage(document: Dict[str, Any]) -> Tuple[List[Tuple[str, str]], List[Tuple[str, str]]]:
    """(operationId, ``Class.method``) for every operation; (schema, model) for every schema."""
    spec = build(document)
    ops = [(op.id, f"{tag}Api.{op.id}") for tag, entries in spec.tags().items() for op in entries]
    named = [s.name for s in spec.schemas.values() if not s.inline]
    schemas = [(name, f"{render.PKG}.model.{snake(name)}.{name}") for name in named]
    return ops, schemas
