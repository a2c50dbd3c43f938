"""Each API module imports first, in a fresh interpreter: no module waits on another that is
still half-imported (an app's router once imported ``api.main``, which imports every router)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

API_MODULES = [
    "chainrights.api.main",
    "chainrights.api.auth",
    "chainrights.api.accounts",
    "chainrights.registry.api",
    "chainrights.registry.api_moderation",
    "chainrights.grievances.api",
    "chainrights.codes.api",
    "chainrights.audits.api",
    "chainrights.core.events",
    "chainrights.core.models",
]


@pytest.mark.parametrize("module", API_MODULES)
def test_the_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    program = f"import django; django.setup(); import {module}"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "chainrights.settings"}
    done = subprocess.run(  # noqa: S603  (our own interpreter, a fixed program)
        [sys.executable, "-c", program], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
