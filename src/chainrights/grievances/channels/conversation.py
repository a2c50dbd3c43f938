"""A worker files and follows a case by message, one question at a time, in their language.

The questions are the web form's: what happened; where they work (up to three facilities the
registry's workplace search finds, in any script and with slips, or none); how many workers;
whether they fear reprisal. Then the case is filed through ``intake.file_grievance`` and the
reference and secret go back. Afterwards STATUS answers the case's state, anything else
becomes the complainant's reply, and the handler's messages come to the worker
(``outbox.notify_case``). STOP ends it all and forgets the address and the draft.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from chainrights.core import events
from chainrights.core.refusals import Invalid
from chainrights.grievances.channels import keywords, outbox, prompts
from chainrights.grievances.channels.base import Inbound, address_hash
from chainrights.grievances.handling import receiving_operator
from chainrights.grievances.intake import (
    Intake,
    complainant_reply,
    complainant_view,
    detect_language,
    file_grievance,
)
from chainrights.grievances.models import (
    MAX_NARRATIVE,
    Channel,
    Conversation,
    InboundMessage,
    Step,
)
from chainrights.registry import services as registry

MAX_WORKERS = 1_000_000
CANDIDATES = 3


def receive(channel: str, messages: list[Inbound]) -> int:
    """Act on each message a gateway delivered, once; how many were new."""
    operator = receiving_operator()
    if operator is None:
        raise Invalid("No operator organisation is set up to receive grievances.")
    acted = 0
    for message in messages:
        if _too_old(channel, message):
            continue
        with (
            transaction.atomic(),
            events.acting_as(
                system=f"channel:{channel}", organisation=operator, reason="message received"
            ),
        ):
            if _first_time(channel, message.message_id):
                _converse(channel, message)
                acted += 1
    return acted


def _too_old(channel: str, message: Inbound) -> bool:
    """A WhatsApp delivery older than the window is a replay: its id may be long forgotten."""
    if channel != Channel.WHATSAPP or message.sent_at is None:
        return False
    age = (timezone.now() - message.sent_at).total_seconds()
    return age > settings.CHANNEL_WHATSAPP_MAX_AGE


def _first_time(channel: str, gateway_id: str) -> bool:
    if InboundMessage.objects.filter(channel=channel, gateway_id=gateway_id).exists():
        return False
    try:
        with transaction.atomic():  # a delivery racing this one: the constraint decides
            InboundMessage.objects.create(channel=channel, gateway_id=gateway_id)
    except IntegrityError:
        return False
    return True


def _open_conversation(channel: str, sender: str) -> Conversation:
    hashed = address_hash(channel, sender)
    found = (
        Conversation.objects.select_for_update()
        .filter(channel=channel, address_hash=hashed)
        .exclude(step=Step.ENDED)
        .first()
    )
    if found is not None:
        return found
    return Conversation.objects.create(channel=channel, address=sender, address_hash=hashed,
                                       draft="{}")  # fmt: skip


def _converse(channel: str, message: Inbound) -> None:
    conversation = _open_conversation(channel, message.sender)
    text = message.text.replace("\x00", "").strip()[:MAX_NARRATIVE]
    with translation.override(conversation.language or "en"):
        reply = _answer(conversation, text)
        conversation.save()
        if reply:
            outbox.queue(conversation, reply)


def _answer(conversation: Conversation, text: str) -> str:
    word = keywords.normal(text)
    if word in keywords.STOP:
        return _stop(conversation)
    if not text:
        return prompts.text_only() if conversation.language else keywords.menu()
    if conversation.step == Step.FILED:
        return _follow(conversation, text, word)
    return STEPS[conversation.step](conversation, text)


def _draft(conversation: Conversation) -> dict[str, Any]:
    loaded = json.loads(conversation.draft or "{}")
    return loaded if isinstance(loaded, dict) else {}


def _keep(conversation: Conversation, **answers: Any) -> None:
    conversation.draft = json.dumps({**_draft(conversation), **answers}, ensure_ascii=False)


def _speak(conversation: Conversation, language: str) -> None:
    conversation.language = language
    translation.activate(language)  # the override in _converse restores the previous one


def _language(conversation: Conversation, text: str) -> str:
    """The first message chooses the language (a number or a word), or is the story itself
    in a language we detect; otherwise the menu again."""
    chosen = keywords.chosen_language(text)
    if chosen:
        _speak(conversation, chosen)
        conversation.step = Step.NARRATIVE
        return prompts.ask_narrative(keywords.stop_word(chosen))
    detected = detect_language(text)
    detected = keywords.DETECTED.get(detected, detected)
    if detected in keywords.CODES:
        _speak(conversation, detected)
        return _narrative(conversation, text)
    return keywords.menu()


def _narrative(conversation: Conversation, text: str) -> str:
    _keep(conversation, narrative=text)
    conversation.step = Step.WORKPLACE
    return prompts.ask_workplace()


def _workplace(conversation: Conversation, text: str) -> str:
    found = registry.workplace_candidates(text, limit=CANDIDATES)
    _keep(conversation, facility_text=text[:500], candidates=[f.public_id for f in found])
    if not found:
        conversation.step = Step.WORKERS
        return prompts.ask_workers()
    conversation.step = Step.PICK
    lines = [f"{n} {f.name[:50]}, {f.address[:40]}".rstrip(", ") for n, f in enumerate(found, 1)]
    return prompts.pick_workplace(lines)


def _pick(conversation: Conversation, text: str) -> str:
    candidates = _draft(conversation).get("candidates") or []
    picked = keywords.number(text)
    if picked is None or not 0 <= picked <= len(candidates):
        return prompts.a_number()
    _keep(conversation, facility_id=candidates[picked - 1] if picked else "")
    conversation.step = Step.WORKERS
    return prompts.ask_workers()


def _workers(conversation: Conversation, text: str) -> str:
    count = keywords.number(text)
    if count is None or not 0 < count <= MAX_WORKERS:
        return prompts.a_number()
    _keep(conversation, workers=count)
    conversation.step = Step.FEAR
    return prompts.ask_fear()


def _fear(conversation: Conversation, text: str) -> str:
    answer = keywords.number(text)
    if answer not in (1, 2):
        return prompts.ask_fear()
    return _file(conversation, fears=answer == 1)


def _file(conversation: Conversation, *, fears: bool) -> str:
    draft = _draft(conversation)
    intake = Intake(
        narrative=draft.get("narrative", ""), facility_id=draft.get("facility_id", ""),
        facility_text=draft.get("facility_text", ""), language=conversation.language,
        channel=conversation.channel, workers_affected=draft.get("workers"),
        fears_retaliation=fears, contact=f"{conversation.channel}: {conversation.address}",
    )  # fmt: skip
    case, secret = file_grievance(intake)
    conversation.case = case
    conversation.step = Step.FILED
    conversation.draft = "{}"  # the case holds the answers now
    return prompts.filed(case.reference, secret, keywords.status_word(conversation.language))


def _follow(conversation: Conversation, text: str, word: str) -> str:
    case = conversation.case
    assert case is not None  # a filed conversation has its case
    if word in keywords.STATUS:
        view = complainant_view(case)
        steps = view["steps"]
        return prompts.status(case.reference, view["state_label"],
                              steps[-1]["reason"] if steps else "")  # fmt: skip
    complainant_reply(case, text)
    return prompts.reply_added(case.reference)


def _stop(conversation: Conversation) -> str:
    """End the conversation and forget the address and the draft (the case's contact row,
    which only its handler opens, keeps how to reach the worker)."""
    reply = prompts.stopped(conversation.case_id is not None)
    outbox.queue(conversation, reply)  # sent to the address before it is forgotten
    conversation.step = Step.ENDED
    conversation.address = ""
    conversation.address_hash = ""
    conversation.draft = "{}"
    return ""


STEPS: dict[str, Callable[[Conversation, str], str]] = {
    Step.LANGUAGE: _language,
    Step.NARRATIVE: _narrative,
    Step.WORKPLACE: _workplace,
    Step.PICK: _pick,
    Step.WORKERS: _workers,
    Step.FEAR: _fear,
}
