"""``chainrights manage purge_idempotent_requests``: delete idempotency keys past their day.

Every claim purges them too (``core.idempotency``); this is for a quiet instance, from cron."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from chainrights.core.idempotency import purge


class Command(BaseCommand):
    help = "Delete idempotency keys (and the first answers kept with them) older than 24 hours."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"{purge()} expired idempotency keys deleted")
