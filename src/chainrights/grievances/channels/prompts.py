"""What the conversation says, SMS-length and in plain words; every line is translated."""

from __future__ import annotations

from django.utils.translation import gettext as _


def ask_narrative(stop: str) -> str:
    return _("What happened? Tell us in your own words. Send %(stop)s at any time to stop.") % {
        "stop": stop
    }


def ask_workplace() -> str:
    return _("Where do you work? Send the factory's name and town.")


def pick_workplace(lines: list[str]) -> str:
    head = _("Is it one of these? Reply with its number:")
    return "\n".join([head, *lines, "0 " + _("None of these")])


def ask_workers() -> str:
    return _("How many workers does this affect? Reply with a number.")


def ask_fear() -> str:
    return _("Do you fear punishment for complaining? Reply 1 for yes, 2 for no.")


def a_number() -> str:
    return _("Please reply with a number.")


def text_only() -> str:
    return _("Please send your answer as text.")


def filed(reference: str, secret: str, status: str) -> str:
    return _(
        "Your complaint is filed. Reference: %(reference)s Secret: %(secret)s "
        "Keep both safe and private. Send %(status)s for news."
    ) % {"reference": reference, "secret": secret, "status": status}


def reply_added(reference: str) -> str:
    return _("We added your message to case %(reference)s.") % {"reference": reference}


def status(reference: str, state: str, reason: str) -> str:
    told = _("Case %(reference)s: %(state)s.") % {"reference": reference, "state": state}
    return f"{told} {reason}".strip()


def from_handler(reference: str, text: str) -> str:
    return _("About case %(reference)s: %(text)s") % {"reference": reference, "text": text}


def stopped(filed: bool) -> str:
    if filed:
        return _(
            "Stopped: no more messages from us here. Your case stays open; follow it on the "
            "website with your reference and secret."
        )
    return _("Stopped. Nothing was filed and your answers are deleted.")
