"""WSGI entry point. In production it refuses to start when a system check fails."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chainrights.settings")

from django.core.wsgi import get_wsgi_application

application = get_wsgi_application()

from chainrights.core.startup import refuse_unsafe_production  # noqa: E402

refuse_unsafe_production()
