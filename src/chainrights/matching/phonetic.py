"""Words for search, and a sound skeleton that lets transliterations of one name meet.

Names reach the registry in many scripts and many hands: a brand writes 'Phnom Penh', a
worker types ភ្នំពេញ (folded by ``text.to_ascii`` to 'phnampenh'), another 'Mymensigh'.
Folding alone makes the scripts comparable; the skeleton makes the spellings comparable.
It keeps what transliterations agree on, the consonants, and drops what they disagree on:

- vowels, and the glides y and w, carry the least (a leading vowel leaves a mark 'a');
- aspiration is spelt or not (kh, gh, th, dh, bh; Bengali and Devanagari mark it, English
  often drops it), so h after a consonant goes; ph is f (ফ/फ are read as f in names);
- one sound has several letters: q and c are k, x is ks, z is j (Indic scripts have no z);
  v is b (Bengali has one letter for both), except after a consonant, where व/វ is a glide;
- a nasal that closes a syllable takes its place from what follows, so the anusvara
  (ং, ं, Khmer ំ: anyascii 'm') and m before a consonant or at the end read n, and so
  does ng, which scripts write as one letter or two (ঙ, ង, 'ng');
- a doubled letter is one letter (Khmer subscripts and Indic conjuncts double or not).

Words that hold digits are their own skeleton: a plot number is never approximate.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from chainrights.matching.legal_forms import EXTRA, GENERIC, correct_form_typos
from chainrights.matching.text import to_ascii

MAX_WORD = 40
VOWELS = frozenset("aeiouyw")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_DIGIT = re.compile(r"[0-9]")

# Words that say what kind of organisation or site it is, not which: a query may leave them
# out or spell them differently, so they never decide a match (legal forms, and the words
# every garment workplace shares).
GENERIC_WORDS = frozenset(
    {w for form in GENERIC + [f for forms in EXTRA.values() for f in forms] for w in form.split()}
    | {"and", "the", "of", "factory", "industries", "industry", "group", "mill", "mills",
       "unit", "plant", "garment", "garments", "apparel", "apparels", "textile", "textiles"}
)  # fmt: skip


def search_words(text: str) -> list[str]:
    """Folded words for the search index and its queries, legal-form typos corrected.

    Unlike ``text.words``, an apostrophe joins: anyascii writes Bengali য-ফলা and nukta as
    one (স্কয়ার → sky'ar), and a name ("Men's") is one word to the person typing it. The
    flapped ড় ঢ় ड़ ढ़ (anyascii d', dh') are r sounds: Konabari, Gurgaon.
    """
    folded = to_ascii(text).replace("dh'", "rh").replace("d'", "r")
    folded = folded.replace("'", "").replace("&", " and ")
    tokens = [w[:MAX_WORD] for w in _NON_ALNUM.split(folded) if w]
    return correct_form_typos(tokens)


def joins(tokens: list[str]) -> list[str]:
    """Each pair of neighbouring words written as one ('phnom penh' → 'phnompenh'): one
    script's two words are another's one."""
    return [(a + b)[:MAX_WORD] for a, b in pairwise(tokens)]


def is_generic(word: str) -> bool:
    return word in GENERIC_WORDS


def max_edits(word: str) -> int:
    """The slips a word may carry and still match: none below four letters (three-letter
    names are mostly initials, and 'KSI' is another factory than 'RSI'), one below seven,
    two from seven (a slip in five letters is as much as one in three of a longer word)."""
    return 0 if len(word) < 4 else 1 if len(word) < 7 else 2


def _consonants(word: str) -> str:
    """ph → f, q/c → k, x → ks, z → j, v → b (a glide after a consonant), h after a
    consonant dropped: the letters transliterations use for one sound made one."""
    word = word.replace("ph", "f").replace("x", "ks").replace("q", "k").replace("c", "k")
    word = word.replace("z", "j")
    out: list[str] = []
    for i, ch in enumerate(word):
        before = out[-1] if out else ""
        if ch == "h" and i > 0 and before not in VOWELS:
            continue
        if ch == "v":
            ch = "w" if before and before not in VOWELS else "b"
        out.append(ch)
    return "".join(out)


def _nasals(word: str) -> str:
    """The velar nasal ng is n; m closing a syllable (before a consonant or at the end)
    reads n too."""
    word = re.sub(r"m(?![aeiouyw])", "n", word)
    return word.replace("ng", "n")


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The sound skeleton of one folded word (see the module docstring)."""
    if _DIGIT.search(word):
        return word
    word = _nasals(_consonants(word))
    out = ["a"] if word[:1] in VOWELS else []
    for ch in word:
        if ch not in VOWELS and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)[:MAX_WORD]
