"""Stable facility IDs: short, typable, check-digited, never reused.

``CR`` followed by 10 Crockford base-32 symbols (no I, L, O or U, so nothing is misread) and
one Crockford check symbol (mod 37), e.g. ``CR8K2M7Q4XNB3W``. People may type it in lower case,
with spaces or hyphens, or with I/L for 1 and O for 0; ``normalise`` accepts all of that and
``is_valid`` catches any single mistyped symbol and most swaps.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK = ALPHABET + "*~$=U"
PREFIX = "CR"
BODY = 10  # 32^10: a collision among a million facilities has odds of about 1 in 2,000
_CONFUSABLE = str.maketrans({"I": "1", "L": "1", "O": "0"})


def _check_symbol(body: str) -> str:
    value = 0
    for ch in body:
        value = value * 32 + ALPHABET.index(ch)
    return CHECK[value % 37]


def new_id() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY))
    return PREFIX + body + _check_symbol(body)


def normalise(text: str) -> str:
    """Upper case, separators removed, confusable letters read as digits (not in the prefix)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum() or ch in "*~$=")
    if cleaned.startswith(PREFIX):
        return PREFIX + cleaned[len(PREFIX) :].translate(_CONFUSABLE)
    return cleaned.translate(_CONFUSABLE)


def is_valid(text: str) -> bool:
    value = normalise(text)
    if len(value) != len(PREFIX) + BODY + 1 or not value.startswith(PREFIX):
        return False
    body, check = value[len(PREFIX) : -1], value[-1]
    return all(ch in ALPHABET for ch in body) and _check_symbol(body) == check
