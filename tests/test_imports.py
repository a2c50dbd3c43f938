"""Every module of the project imports first, in a fresh interpreter: an import cycle shows
up as soon as someone imports the wrong module first, not only in the order the app loads.

One probe process loads the third-party libraries (never our own code), then forks a child per
module: the child imports that module before any other of ours. A module that needs Django's
app registry (models, and what imports them) is imported first after ``django.setup()``, as
every Django process does before it imports such modules.

Run as a script (``python tests/test_imports.py``), this file is the probe itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "chainrights"
# Importing it runs the command line (it is what `python -m chainrights` executes).
NOT_IMPORTED = {"chainrights.__main__"}
# Third-party libraries the probe loads before forking, so each child only pays for ours
# (not django-ninja: importing it reads the settings, which are ours).
PRELOAD = (
    "django",
    "django.db.models",
    "django.test",
    "pydantic",
    "numpy",
    "rapidfuzz",
    "openpyxl",
    "pycountry",
    "pypdf",
)


def project_modules() -> list[str]:
    names = []
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(parts)
        if name not in NOT_IMPORTED:
            names.append(name)
    return names


def _import_first(name: str, set_up: bool) -> str | None:
    """In a forked child: import ``name`` first; the error it raised, or None."""
    import importlib
    import traceback

    from django.core.exceptions import AppRegistryNotReady, ImproperlyConfigured

    try:
        importlib.import_module(name)
    except Exception as exc:  # reported to the parent, which fails the test with it
        if not set_up and isinstance(exc, AppRegistryNotReady | ImproperlyConfigured):
            return "needs setup"
        return "".join(traceback.format_exception_only(exc)).strip()
    return None


def _fork(name: str, set_up: bool) -> tuple[int, int]:
    """A child that imports ``name`` first and writes the outcome to a pipe: (pid, read end)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: import, answer, leave without running any cleanup
        os.close(read)
        os.dup2(os.open(os.devnull, os.O_WRONLY), 2)  # what it says is in the answer
        os.write(write, json.dumps(_import_first(name, set_up)).encode())
        os._exit(0)
    os.close(write)
    return pid, read


def _each_first(names: list[str], set_up: bool) -> dict[str, str]:
    """Each module imported first in a child of its own, as many at once as there are cores."""
    todo, running, outcomes = list(names), {}, {}
    while todo or running:
        while todo and len(running) < (os.cpu_count() or 2):
            name = todo.pop()
            pid, read = _fork(name, set_up)
            running[pid] = (name, read)
        pid, _ = os.wait()
        name, read = running.pop(pid)
        with os.fdopen(read) as pipe:
            data = pipe.read()
        outcome = json.loads(data) if data else "the child died without an answer"
        if outcome:
            outcomes[name] = outcome
    return outcomes


def main() -> None:
    """The probe: every module's failure (module → error), as JSON on stdout.

    First every module in a child of a process that has loaded none of ours; those that need
    Django's app registry then again in children of the same process after ``django.setup()``
    (forked after it: the same as each child setting up, without paying for it each time).
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    sys.path.insert(0, str(ROOT))  # tests.settings; run as a script, only tests/ is on the path
    for library in PRELOAD:
        __import__(library)
    assert not any(m.startswith("chainrights") for m in sys.modules), "the probe loaded ours"
    failures = _each_first(project_modules(), set_up=False)
    later = sorted(name for name, outcome in failures.items() if outcome == "needs setup")
    for name in later:
        del failures[name]
    try:
        import django

        django.setup()
    except Exception as exc:  # every module that needs it fails with it
        failures["django.setup()"] = f"{type(exc).__name__}: {exc}"
    else:
        failures.update(_each_first(later, set_up=True))
    print(json.dumps(dict(sorted(failures.items()))))


def test_every_module_of_the_project_imports_first_in_a_fresh_interpreter():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(  # noqa: S603  (this file, run by this interpreter)
        [sys.executable, __file__],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    failures = json.loads(done.stdout.strip().splitlines()[-1])
    assert failures == {}, "\n".join(f"{name}: {error}" for name, error in failures.items())


def test_the_probe_sees_every_module_but_the_command_line_entry_point():
    names = project_modules()
    for name in (
        "chainrights",
        "chainrights.registry.api",
        "chainrights.api.main",
        "chainrights.matching.engine",
        "chainrights.core.migrations.0001_initial",
    ):
        assert name in names
    assert "chainrights.__main__" not in names
    assert len(names) == len(set(names)) > 150


if __name__ == "__main__":
    main()
