"""The words a worker may send instead of an answer, in every language, and the menu of
languages. Keywords are matched in any language whatever the conversation's, so a worker who
writes STOP in English or ឈប់ in Khmer is understood alike."""

from __future__ import annotations

import unicodedata

# The nine languages of the site, in menu order: code, the language's own name, the words
# that choose it, STATUS and STOP in it (the first of each is the one prompts tell).
LANGUAGES: list[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    ("en", "English", ("en", "english"), ("status",), ("stop", "forget")),
    ("es", "Español", ("es", "espanol", "español", "spanish"), ("estado",), ("baja", "parar")),
    ("bn", "বাংলা", ("bn", "bangla", "bengali", "বাংলা"), ("অবস্থা",), ("বন্ধ",)),
    ("zh-hans", "中文", ("zh", "chinese", "中文", "汉语"), ("状态",), ("停止",)),
    ("vi", "Tiếng Việt", ("vi", "tieng viet", "tiếng việt", "vietnamese"),
     ("tinh trang", "tình trạng"), ("dung", "dừng")),
    ("tr", "Türkçe", ("tr", "turkce", "türkçe", "turkish"), ("durum",), ("dur",)),
    ("km", "ខ្មែរ", ("km", "khmer", "ខ្មែរ"), ("ស្ថានភាព",), ("ឈប់",)),
    ("hi", "हिन्दी", ("hi", "hindi", "हिन्दी", "हिंदी"), ("स्थिति",), ("बंद",)),
    ("id", "Bahasa Indonesia", ("id", "indonesia", "bahasa"), ("status",), ("berhenti",)),
]  # fmt: skip
CODES = [code for code, *_ in LANGUAGES]
DETECTED = {"zh": "zh-hans"}  # py3langid's codes that differ from ours


def normal(text: str) -> str:
    """Lower case, single spaces, compatibility forms folded: how keywords are compared."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _words(index: int) -> dict[str, str]:
    return {normal(word): code for code, _, *sets in LANGUAGES for word in sets[index]}


CHOOSE, STATUS, STOP = _words(0), _words(1), _words(2)


def status_word(language: str) -> str:
    """The STATUS keyword prompts tell a worker of ``language``."""
    return next((s[0] for c, _, _, s, _ in LANGUAGES if c == language), "status").upper()


def stop_word(language: str) -> str:
    return next((s[0] for c, _, _, _, s in LANGUAGES if c == language), "stop").upper()


def number(text: str) -> int | None:
    """A whole number written in any script's digits (৩, ៣, ३ and 3 alike), else None."""
    digits = normal(text).replace(",", "").replace(".", "")
    if not digits or not all(unicodedata.digit(ch, None) is not None for ch in digits):
        return None
    return int("".join(str(unicodedata.digit(ch)) for ch in digits))


def chosen_language(text: str) -> str:
    """The language a reply picks: its number on the menu or one of its words; else ''."""
    picked = number(text)
    if picked is not None:
        return CODES[picked - 1] if 1 <= picked <= len(CODES) else ""
    return CHOOSE.get(normal(text), "")


def menu() -> str:
    """The numbered menu, each language in its own words (no language is known yet)."""
    lines = [f"{n} {name}" for n, (_, name, *_) in enumerate(LANGUAGES, start=1)]
    return "\n".join(["Reply with a number / উত্তরে নম্বর পাঠান / ឆ្លើយជាលេខ:", *lines])
