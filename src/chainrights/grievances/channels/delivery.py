"""Delivering queued messages: claim, send outside any transaction, record the outcome.

A failed send is retried with back-off (30 s doubling, at most 6 h between tries) until
``CHANNEL_SEND_ATTEMPTS``; the message then stays, failed, with its reason, never dropped.
A message claimed by a worker that died is put back by ``deliver_due`` after ``STUCK``.
Nothing here logs an address or a text.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from chainrights.core import events
from chainrights.grievances import channels
from chainrights.grievances.channels.base import Adapter, SendFailed
from chainrights.grievances.models import Delivery, OutboundMessage

logger = logging.getLogger("chainrights.channels")
STUCK = timedelta(minutes=10)
MAX_WAIT = timedelta(hours=6)


def _writing(reason: str) -> AbstractContextManager[events.Actor]:
    return events.acting_as(system="channel:delivery", reason=reason)


def _claim(outbound_id: int, now: datetime) -> tuple[OutboundMessage, Adapter | None] | None:
    with transaction.atomic(), _writing("message claimed"):
        message = (
            OutboundMessage.objects.select_for_update()
            .select_related("conversation")
            .filter(pk=outbound_id, status=Delivery.QUEUED, next_attempt_at__lte=now)
            .first()
        )
        if message is None:
            return None
        message.status = Delivery.SENDING
        message.attempts += 1
        message.next_attempt_at = timezone.now() + STUCK
        message.save()
    return message, channels.CHANNELS.get(message.conversation.channel)


def deliver(outbound_id: int, now: datetime | None = None) -> datetime | None:
    """Send one queued message that is due; when to try again if the gateway failed (None:
    sent, given up, or not this call's to send)."""
    claimed = _claim(outbound_id, now or timezone.now())
    if claimed is None:
        return None
    message, adapter = claimed
    try:
        if adapter is None or not adapter.configured():
            raise SendFailed("channel not configured")
        gateway_id = adapter.send(message.to, message.body)
    except SendFailed as failure:
        return _failed(message, str(failure))
    with transaction.atomic(), _writing("message sent"):
        message.status, message.gateway_id = Delivery.SENT, gateway_id[:128]
        message.sent_at, message.to, message.body, message.last_error = timezone.now(), "", "", ""
        message.save()
    return None


def _failed(message: OutboundMessage, reason: str) -> datetime | None:
    wait = min(timedelta(seconds=30 * 2 ** (message.attempts - 1)), MAX_WAIT)
    gives_up = message.attempts >= settings.CHANNEL_SEND_ATTEMPTS
    with transaction.atomic(), _writing("message not sent"):
        message.status = Delivery.FAILED if gives_up else Delivery.QUEUED
        message.next_attempt_at = timezone.now() + wait
        message.last_error = reason[:200]
        message.save()
    logger.warning("outbound message %s not sent (attempt %d): %s", message.pk,
                   message.attempts, reason)  # fmt: skip
    return None if gives_up else message.next_attempt_at


def deliver_due(now: datetime | None = None) -> int:
    """Send every message whose next try is due, and put back those a dead worker held;
    how many were sent (``chainrights manage deliver_messages`` runs it)."""
    now = now or timezone.now()
    due = OutboundMessage.objects.filter(
        status__in=[Delivery.QUEUED, Delivery.SENDING], next_attempt_at__lte=now
    ).order_by("next_attempt_at")
    sent = 0
    for message in due:
        if message.status == Delivery.SENDING:  # its claim expired: the worker died
            with transaction.atomic(), _writing("stuck message re-queued"):
                message.status = Delivery.QUEUED
                message.save()
        deliver(message.pk, now)
        sent += OutboundMessage.objects.filter(pk=message.pk, status=Delivery.SENT).count()
    return sent
