"""Grievance channels: a registry of adapters, one module per gateway protocol.

``CHANNELS`` maps the webhook's URL segment (``/channels/<name>/webhook``) to its adapter.
To add a channel, copy ``sms.py`` or ``whatsapp.py`` and change the files README.md names.
"""

from __future__ import annotations

from chainrights.grievances.channels import sms, whatsapp
from chainrights.grievances.channels.base import Adapter

CHANNELS: dict[str, Adapter] = {
    sms.ADAPTER.name: sms.ADAPTER,
    whatsapp.ADAPTER.name: whatsapp.ADAPTER,
}


def adapter(name: str) -> Adapter | None:
    """The channel called ``name`` when it is configured, else None (the channel is off)."""
    found = CHANNELS.get(name)
    return found if found is not None and found.configured() else None
