"""The pinned requirements that `make` installs are exactly what uv.lock resolved."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pins(path: Path) -> set[tuple[str, str]]:
    found = re.findall(r"^([A-Za-z0-9_.-]+)==([^ ;\\\n]+)", path.read_text(), re.M)
    return {(name.lower().replace("_", "-"), version) for name, version in found}


def test_requirements_are_exported_from_the_lock_with_hashes():
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    locked = {(p["name"], p["version"]) for p in lock["package"] if p["name"] != "chainrights"}
    for name in ("base", "dev"):
        path = ROOT / "requirements" / f"{name}.txt"
        pins = _pins(path)
        assert pins, sorted(pins - locked)[:5]
        assert pins <= locked, sorted(pins - locked)[:5]
        assert path.read_text().count("--hash=sha256:") >= len(pins)
    assert _pins(ROOT / "requirements" / "base.txt") < _pins(ROOT / "requirements" / "dev.txt")
