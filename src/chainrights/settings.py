"""Django settings, read from the environment through the typed helpers in ``conf``.

Development defaults are safe to run on a laptop; ``CHAINRIGHTS_ENV=production``
turns on the system checks in ``core.checks`` that refuse development secrets.
Every variable is documented in docs/settings.md (a test enforces it).
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from chainrights.conf import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent.parent

DEV_SECRET_KEY = "dev-only-insecure-secret-key-change-me"  # noqa: S105
# A Fernet key that is public on purpose: development only, refused in production.
DEV_DATA_KEY = "ZGV2LW9ubHktZGF0YS1rZXktY2hhbmdlLW1lISEhISE="

ENVIRONMENT = env_str(
    "CHAINRIGHTS_ENV",
    "development",
    "`development` or `production` (production refuses dev secrets).",
)
PRODUCTION = ENVIRONMENT == "production"

SECRET_KEY = env_str("SECRET_KEY", DEV_SECRET_KEY, "Django's signing key; required in production.")
DATA_KEYS = env_list(
    "CHAINRIGHTS_DATA_KEY",
    [DEV_DATA_KEY],
    "Fernet key(s) encrypting sensitive fields at rest, newest first, comma-separated; "
    "required in production and kept outside the database.",
)
# An HMAC key that is public on purpose: development only, refused in production.
DEV_LOG_KEY = "dev-only-event-log-key-change-me"
LOG_KEY = env_str(
    "CHAINRIGHTS_LOG_KEY",
    DEV_LOG_KEY,
    "HMAC key of the event log's hash chain and of its checkpoints; required in production and "
    "kept outside the database.",
)
LOG_CHECKPOINT_DIR = env_str(
    "CHAINRIGHTS_CHECKPOINT_DIR",
    str(PROJECT_DIR / "var" / "checkpoints"),
    "Directory, outside the database, for signed checkpoints of the event log's head.",
)
LOG_CHECKPOINT_INTERVAL = env_int(
    "CHAINRIGHTS_CHECKPOINT_INTERVAL",
    3600,
    "Seconds between the checkpoints the background worker writes (0: none).",
)
DEBUG = env_bool("DEBUG", not PRODUCTION, "Django debug pages; never on in production.")
ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"], "Host names served."
)
CSRF_TRUSTED_ORIGINS = env_list(
    "CSRF_TRUSTED_ORIGINS", [], "Origins (scheme://host) trusted for HTTPS form posts."
)

DATABASES = {
    "default": dj_database_url.parse(
        env_str(
            "DATABASE_URL",
            f"sqlite:///{PROJECT_DIR / 'var' / 'chainrights.sqlite3'}",
            "Database URL; SQLite by default, `postgres://user:pass@host:5432/db` in production.",
        ),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0, "Seconds to keep database connections."),
        # A kept connection is tested before each request reuses it, so the app recovers by
        # itself after the database server restarts.
        conn_health_checks=env_bool(
            "DATABASE_CONN_HEALTH_CHECKS", True, "Test a kept connection before reusing it."
        ),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and a writer work at once; a busy timeout rather than
    # an instant "database is locked" under the background worker.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["TEST"] = {"NAME": None}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",  # recovery codes (core.totp, stored hashed)
    "django_tasks",
    "django_tasks_db",
    "ninja",
    "csp",
    "chainrights.core",
    "chainrights.registry",
    "chainrights.grievances",
    "chainrights.codes",
    "chainrights.audits",
    "chainrights.states",
    "chainrights.purchasing",
    "chainrights.risk",
    "chainrights.reports",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Pages and JSON compressed (Django's BREACH mitigation: masked CSRF tokens and a random
    # gzip header); static files are WhiteNoise's, compressed at collectstatic.
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "chainrights.core.middleware.ApiErrorShapeMiddleware",
    "chainrights.core.middleware.BodyLimitMiddleware",
    "chainrights.core.middleware.NulMiddleware",
    "chainrights.core.middleware.SessionOnlyCookiesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "chainrights.core.middleware.PageRateLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "chainrights.core.middleware.RefusalMiddleware",
    "chainrights.core.errorviews.ErrorPageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    "chainrights.core.middleware.IdempotencyMiddleware",  # last: see its docstring
]

ROOT_URLCONF = "chainrights.urls"
WSGI_APPLICATION = "chainrights.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "chainrights.grievances.views_unions.navigation",
            ],
        },
    }
]

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("bn", "বাংলা"),
    ("zh-hans", "简体中文"),
    ("vi", "Tiếng Việt"),
    ("tr", "Türkçe"),
    ("km", "ខ្មែរ"),
    ("hi", "हिन्दी"),
    ("id", "Bahasa Indonesia"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

STATIC_URL = "/static/"
_static_root = env_str(
    "STATIC_ROOT",
    str(PROJECT_DIR / "var" / "static"),
    "Where `chainrights setup` collects static files in production (development serves them "
    "from the apps).",
)
STATIC_ROOT = _static_root if PRODUCTION else None
STATICFILES_DIRS = [BASE_DIR / "static"]
WHITENOISE_USE_FINDERS = not PRODUCTION
# In production, collected files get hashed names and gzip copies: WhiteNoise serves them
# compressed and cached for a year (a new file is a new name). Development serves them from
# the apps, re-validated, so an edit shows at once.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "chainrights_cache",
    }
}
RATELIMIT_VIEW = "chainrights.core.views.rate_limited"
RATE_LIMIT_PUBLIC_READ = env_str(
    "RATE_LIMIT_PUBLIC_READ", "300/m", "Anonymous API reads per client address."
)
RATE_LIMIT_INTAKE = env_str(
    "RATE_LIMIT_INTAKE", "20/h", "Grievance submissions per client address (web and API)."
)
RATE_LIMIT_CASE_STATUS = env_str(
    "RATE_LIMIT_CASE_STATUS", "30/h", "Case look-ups and replies by reference + secret per address."
)
GRIEVANCE_OPERATOR = env_str(
    "GRIEVANCE_OPERATOR", "", "Name of the operator organisation that receives new grievances."
)
GRIEVANCE_MIN_CELL = env_int(
    "GRIEVANCE_MIN_CELL", 5, "Smallest grievance count shown in public statistics (smaller: '<N')."
)
QUICK_EXIT_URL = env_str(
    "QUICK_EXIT_URL", "https://www.google.com/",
    "Where the quick-exit control on worker pages leads: a neutral site.",
)  # fmt: skip
GRIEVANCE_SESSION_MINUTES = env_int(
    "GRIEVANCE_SESSION_MINUTES", 30,
    "How long a worker's browser session keeps a just-filed reference and secret, or an "
    "opened case, encrypted on the server.",
)  # fmt: skip
# purchasing: suppliers' confidential ratings of buyers, and what orders show
PURCHASING_MIN_RATERS = env_int(
    "PURCHASING_MIN_RATERS", 5,
    "Distinct supplier organisations needed before a buyer's rating category is shown (floor 3).",
)  # fmt: skip
PURCHASING_LINK_WINDOW_WEEKS = env_int(
    "PURCHASING_LINK_WINDOW_WEEKS", 8,
    "Weeks before a finding or grievance in which a buyer's purchasing red flags are listed.",
)  # fmt: skip
PURCHASING_LATE_CHANGE_DAYS = env_int(
    "PURCHASING_LATE_CHANGE_DAYS", 30, "A buyer's order change fewer than this many days before "
    "ex-factory counts as late.",
)  # fmt: skip
PURCHASING_SHORT_LEAD_DAYS = env_int(
    "PURCHASING_SHORT_LEAD_DAYS", 60, "A lead time (ex-factory requested − confirmed) shorter "
    "than this many days counts as short.",
)  # fmt: skip
# risk: the register's window on a buyer's own orders
RISK_PURCHASING_WEEKS = env_int(
    "RISK_PURCHASING_WEEKS", 26,
    "Weeks of a buyer's own orders (by confirmation date) its risk register reads for "
    "purchasing red flags.",
)  # fmt: skip
RATE_LIMIT_LOGIN = env_str("RATE_LIMIT_LOGIN", "10/m", "Login and token attempts per address.")
RATE_LIMIT_PAGES = env_str(
    "RATE_LIMIT_PAGES", "600/m", "Page requests per anonymous client (the API has its own)."
)
RATE_LIMIT_TOKEN = env_str(
    "RATE_LIMIT_TOKEN", "3000/m", "API requests per user holding a bearer token (all its tokens)."
)
API_TOKEN_LIFETIME_DAYS = env_int(
    "API_TOKEN_LIFETIME_DAYS", 30, "Days an API token lives unless its request asks otherwise."
)
API_TOKEN_MAX_LIFETIME_DAYS = env_int(
    "API_TOKEN_MAX_LIFETIME_DAYS", 365, "The longest lifetime a token request may ask for."
)

# Bodies larger than this get a 413 in the standard error shape (bytes).
MAX_BODY_BYTES = env_int("MAX_BODY_BYTES", 2 * 1024 * 1024, "Largest request body accepted.")
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_BODY_BYTES
MAX_UPLOAD_BYTES = env_int("MAX_UPLOAD_BYTES", 50 * 1024 * 1024, "Largest file upload accepted.")
MAX_LIST_ROWS = env_int(
    "MAX_LIST_ROWS", 50_000, "Most rows one supplier list may hold; larger files are refused whole."
)
# registry (issue 22): the worker's matching index on disk (registry/indexfile.py).
REGISTRY_INDEX_DIR = env_str(
    "REGISTRY_INDEX_DIR", "",
    "Directory of the registry's saved matching index; empty: beside the SQLite file, or "
    "var/registry-index/<database> on PostgreSQL; `off`: memory only.",
)  # fmt: skip
FILE_UPLOAD_MAX_MEMORY_SIZE = MAX_BODY_BYTES
# Uploaded workbooks and the parse of every upload (lists, audit imports): see core/uploads.py.
MAX_UPLOAD_UNPACKED_BYTES = env_int(
    "MAX_UPLOAD_UNPACKED_BYTES", 200 * 1024 * 1024,
    "Most bytes an uploaded XLSX may unpack to in all (its ZIP directory is read at upload).",
)  # fmt: skip
MAX_UPLOAD_PART_BYTES = env_int(
    "MAX_UPLOAD_PART_BYTES", 48 * 1024 * 1024,
    "Most bytes one part of an uploaded XLSX (a sheet, the shared strings) may unpack to.",
)  # fmt: skip
MAX_UPLOAD_CELLS = env_int(
    "MAX_UPLOAD_CELLS", 2_000_000,
    "Most cells (empty ones included) a file's reader streams before it stops and refuses.",
)  # fmt: skip
UPLOAD_PARSE_MEMORY_MB = env_int(
    "UPLOAD_PARSE_MEMORY_MB", 768,
    "Memory (address space, MB) the child process that parses one upload may add; beyond "
    "it that upload fails with a reason and the worker carries on.",
)  # fmt: skip
UPLOAD_PARSE_SECONDS = env_int(
    "UPLOAD_PARSE_SECONDS", 300, "Longest the parse of one upload may run before it is refused."
)
MAX_UPLOADS_IN_PROGRESS = env_int(
    "MAX_UPLOADS_IN_PROGRESS", 2,
    "Uploads (lists and audit imports) one organisation may have queued or processing at "
    "once; a further one is refused with 429 (0: no limit).",
)  # fmt: skip

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000, "HSTS max-age in production.")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True, "Redirect HTTP to HTTPS.")
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "connect-src": [SELF],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

TASKS = {
    "default": {
        "BACKEND": env_str(
            "TASKS_BACKEND",
            "django_tasks_db.DatabaseBackend",
            "Task backend: the database queue, worked by the worker `chainrights serve` starts "
            "(or `chainrights worker`); `django_tasks.backends.immediate.ImmediateBackend` runs "
            "tasks inline in the request instead.",
        )
    }
}

TASK_HEARTBEAT_TIMEOUT = env_int(
    "TASK_HEARTBEAT_TIMEOUT",
    60,
    "Seconds without a heartbeat after which `chainrights worker` re-queues a running task "
    "(its worker died); the heartbeat is written every quarter of this.",
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO", "Root log level.")},
}

OTP_TOTP_ISSUER = "chainrights"

OPEN_DATA_LICENCE = env_str(
    "OPEN_DATA_LICENCE", "CC BY-SA 4.0", "Licence stated on the open-data downloads."
)

# django-ninja: limit/offset pagination everywhere, REMOTE_ADDR unless behind known proxies.
NINJA_PAGINATION_CLASS = "chainrights.api.pagination.Pages"
NINJA_PAGINATION_PER_PAGE = 50
NINJA_PAGINATION_MAX_LIMIT = 500
NINJA_NUM_PROXIES = env_int(
    "NUM_PROXIES", 0, "Reverse proxies in front of the app (for client addresses in rate limits)."
)

# Grievance channels (grievances/channels/): each is off until its secrets are set.
CHANNEL_SMS_ACCOUNT_SID = env_str(
    "CHANNEL_SMS_ACCOUNT_SID", "", "SMS gateway account (Twilio AccountSid); empty: SMS is off."
)
CHANNEL_SMS_AUTH_TOKEN = env_str(
    "CHANNEL_SMS_AUTH_TOKEN", "", "SMS gateway auth token: signs webhooks, authenticates sends."
)
CHANNEL_SMS_FROM = env_str("CHANNEL_SMS_FROM", "", "The number SMS replies are sent from.")
CHANNEL_SMS_API_BASE = env_str(
    "CHANNEL_SMS_API_BASE", "https://api.twilio.com", "Base URL of the SMS gateway's REST API."
)
CHANNEL_SMS_WEBHOOK_URL = env_str(
    "CHANNEL_SMS_WEBHOOK_URL", "",
    "The webhook URL exactly as the SMS gateway calls it (it signs it); empty: the request's.",
)  # fmt: skip
CHANNEL_WHATSAPP_TOKEN = env_str(
    "CHANNEL_WHATSAPP_TOKEN", "", "WhatsApp Cloud API access token; empty: WhatsApp is off."
)
CHANNEL_WHATSAPP_APP_SECRET = env_str(
    "CHANNEL_WHATSAPP_APP_SECRET", "", "The Meta app secret that signs WhatsApp webhooks."
)
CHANNEL_WHATSAPP_VERIFY_TOKEN = env_str(
    "CHANNEL_WHATSAPP_VERIFY_TOKEN", "", "The token Meta sends to verify the WhatsApp webhook."
)
CHANNEL_WHATSAPP_PHONE_NUMBER_ID = env_str(
    "CHANNEL_WHATSAPP_PHONE_NUMBER_ID", "", "The WhatsApp business number's phone_number_id."
)
CHANNEL_WHATSAPP_API_BASE = env_str(
    "CHANNEL_WHATSAPP_API_BASE", "https://graph.facebook.com", "Base URL of the Graph API."
)
CHANNEL_WHATSAPP_API_VERSION = env_str(
    "CHANNEL_WHATSAPP_API_VERSION", "v21.0", "Graph API version of WhatsApp sends."
)
CHANNEL_WHATSAPP_MAX_AGE = env_int(
    "CHANNEL_WHATSAPP_MAX_AGE", 86400,
    "Seconds after which a WhatsApp message is taken as a replay and ignored.",
)  # fmt: skip
CHANNEL_MAX_BODY_BYTES = env_int(
    "CHANNEL_MAX_BODY_BYTES", 64 * 1024, "Largest webhook body a channel accepts (413 above)."
)
RATE_LIMIT_CHANNEL = env_str(
    "RATE_LIMIT_CHANNEL", "600/m", "Webhook requests per gateway address and channel."
)
CHANNEL_SEND_ATTEMPTS = env_int(
    "CHANNEL_SEND_ATTEMPTS", 20, "Tries to deliver one outbound message before it is left failed."
)
