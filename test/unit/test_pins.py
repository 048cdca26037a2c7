"""Every server the tests start installs a known set of packages (scripts/pins.py).

A profile of ``airflow_local.VERSIONS`` (and each Airflow 3's FAB variant, and the official
client) without its pin set, or with a set written from other inputs, fails here: the
install would refuse it, or float on whatever PyPI serves that day.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    module_name = f"_scripts_{name}"
    if module_name not in sys.modules:
        spec = importlib.util.spec_from_file_location(module_name, REPO / "scripts" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
    return sys.modules[module_name]


pins = _load("pins")
local = _load("airflow_local")
official = _load("official_client")

# name==version, then an optional environment marker
PIN_LINE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*==[A-Za-z0-9.!+_-]+( ; .+)?$")


def test_every_profile_has_a_current_pin_set() -> None:
    assert pins.check() == []


def test_the_sets_are_every_profile_each_fab_variant_and_the_official_client() -> None:
    names = {pin_set.name for pin_set in pins.all_sets()}
    expected = {f"airflow-{version}" for version in local.VERSIONS}
    expected |= {f"airflow-{version}-fab" for version in local.VERSIONS if version.startswith("3.")}
    expected.add(f"official-client-{official.VERSION}")
    assert names == expected


@pytest.mark.parametrize("pin_set", pins.all_sets(), ids=lambda pin_set: pin_set.name)
def test_a_set_pins_every_package_to_one_version(pin_set) -> None:
    lines = [line for line in pin_set.path.read_text().splitlines() if line and not line.startswith("#")]
    assert lines, f"{pin_set.path} pins nothing"
    assert [line for line in lines if not PIN_LINE.match(line)] == []
    # what the set is resolved from is in it, at the version asked for
    versions = pins.pinned(pin_set.path)
    for requirement in pin_set.requirements:
        name = re.split(r"[<>=!~ ;]", requirement, maxsplit=1)[0]
        assert pins._normalise(name) in versions
        if "==" in requirement:
            assert versions[pins._normalise(name)] == requirement.partition("==")[2]


def test_the_airflow_2_10_5_set_keeps_the_cryptography_its_fernet_works_with() -> None:
    """cryptography 51's native Fernet refuses the attribute Airflow 2.10 sets on it, so
    every variable or connection write answered 500 (issue 21)."""
    version = pins.pinned(local.pin_set("2.10.5", fab=False).path)["cryptography"]
    assert int(version.split(".")[0]) < 51


def test_a_missing_set_is_named_with_the_command_that_writes_it(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(pins, "PINS_DIR", tmp_path)
    pin_set = local.pin_set("2.10.5", fab=False)
    trouble = pins.problem(pin_set)
    assert trouble is not None and "airflow-2.10.5.txt is missing" in trouble
    assert "python3 scripts/pins.py write airflow-2.10.5" in trouble
    with pytest.raises(pins.PinError, match="is missing"):
        pins.verified(pin_set)


def test_a_set_written_from_other_inputs_is_stale(tmp_path, monkeypatch) -> None:
    real = local.pin_set("2.10.5", fab=False)
    monkeypatch.setattr(pins, "PINS_DIR", tmp_path)
    (tmp_path / real.path.name).write_text((REPO / "scripts" / "pins" / real.path.name).read_text())
    assert pins.problem(real) is None
    moved = pins.PinSet(real.name, real.requirements, real.python, "2030-01-01T00:00:00Z", real.why)
    trouble = pins.problem(moved)
    assert trouble is not None and "stale" in trouble and "published before" in trouble
    other_python = pins.PinSet(real.name, real.requirements, ">=3.10", real.before, real.why)
    assert "stale" in (pins.problem(other_python) or "")


def test_a_file_no_set_owns_is_reported(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(pins, "PINS_DIR", tmp_path)
    (tmp_path / "airflow-9.9.9.txt").write_text("x==1\n")
    troubles = pins.check([])
    assert len(troubles) == 1
    assert troubles[0].endswith("airflow-9.9.9.txt belongs to no pin set: remove it")


def test_a_version_without_a_profile_has_no_set_and_is_not_installed(monkeypatch) -> None:
    monkeypatch.setenv(local.ENV_VERSION, "2.99.0")
    with pytest.raises(local.AirflowLocalError, match=r"2\.99\.0 has no profile in VERSIONS"):
        local.pin_set()
    with pytest.raises(local.AirflowLocalError, match="no pin set"):
        local.profile()


def test_the_install_takes_the_requirements_under_the_set(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv(local.ENV_AUTH, raising=False)
    monkeypatch.setenv(local.ENV_VERSION, "2.10.5")
    command = local.install_command(tmp_path / "venv")
    assert command[-2:] == ["-c", str(REPO / "scripts" / "pins" / "airflow-2.10.5.txt")]
    assert "apache-airflow==2.10.5" in command


def test_the_fab_variant_installs_the_provider_its_set_pins(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(local.ENV_VERSION, "3.3.2")
    monkeypatch.setenv(local.ENV_AUTH, "fab")
    pin_set = local.pin_set()
    assert pin_set.name == "airflow-3.3.2-fab"
    command = local.install_command(tmp_path / "venv")
    assert command[-1] == str(pin_set.path)
    assert "apache-airflow-providers-fab" in command
    assert "apache-airflow-providers-fab" in pins.pinned(pin_set.path)


def test_the_official_client_installs_from_its_set() -> None:
    pin_set = official.pin_set()
    assert pins.problem(pin_set) is None
    assert pins.pinned(pin_set.path)["apache-airflow-client"] == official.VERSION
