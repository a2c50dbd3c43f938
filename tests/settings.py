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
# Both channels on, with test secrets, so an unsigned webhook call is refused (403), not 404;
# the channel tests point the adapters at the fake gateway (tests/fakes/gateway.py).
from tests.fakes import gateway  # noqa: E402

CHANNEL_SMS_ACCOUNT_SID, CHANNEL_SMS_AUTH_TOKEN = gateway.SMS_SID, gateway.SMS_TOKEN
CHANNEL_WHATSAPP_TOKEN, CHANNEL_WHATSAPP_APP_SECRET = gateway.WA_TOKEN, gateway.WA_SECRET
CHANNEL_WHATSAPP_VERIFY_TOKEN = gateway.WA_VERIFY
CHANNEL_SMS_API_BASE = CHANNEL_WHATSAPP_API_BASE = "http://127.0.0.1:9"  # discard: no listener
