"""Test settings: the real settings plus a tiny app that exercises ``OwnedModel``."""

from chainrights.settings import *  # noqa: F403
from chainrights.settings import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "tests.visibility_app"]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher"
]  # fast; argon2 has its own test
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tasks run inline in tests, except where a test drives the database queue and its worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
