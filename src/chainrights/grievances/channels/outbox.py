"""Messages for workers wait here until their gateway takes them.

``queue`` stores the text (encrypted, with its own encrypted address) in the caller's
transaction and, once that commits, enqueues its delivery (``tasks.deliver_message_task``):
a reply is never sent for a change that rolled back, and never lost for one that committed.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import translation

from chainrights.grievances.channels import prompts
from chainrights.grievances.models import Case, Conversation, OutboundMessage, Step
from chainrights.grievances.tasks import deliver_message_task


def queue(conversation: Conversation, text: str) -> OutboundMessage:
    """Store ``text`` for the conversation's worker and deliver it after the commit."""
    message = OutboundMessage.objects.create(conversation=conversation,
                                             to=conversation.address, body=text)  # fmt: skip
    transaction.on_commit(lambda: deliver_message_task.enqueue(message.pk))
    return message


def notify_case(case: Case, text: str) -> int:
    """The handler wrote to the complainant: send it to every open conversation of the case
    (in the worker's language around the handler's words); how many were queued."""
    open_ones = case.conversations.filter(step=Step.FILED)
    for conversation in open_ones:
        with translation.override(conversation.language or "en"):
            queue(conversation, prompts.from_handler(case.reference, text))
    return len(open_ones)
