"""``chainrights manage deliver_messages``: send the channel messages whose retry is due."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from chainrights.grievances.channels.delivery import deliver_due


class Command(BaseCommand):
    help = "Send queued SMS/WhatsApp messages whose next try is due (run it from cron)."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"{deliver_due()} message(s) sent")
