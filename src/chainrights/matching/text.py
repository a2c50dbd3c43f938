"""Text folding shared by every normaliser: NFKC, casefold, any script to ASCII.

Chinese goes through pypinyin (word-aware readings) with common address and company words
turned into English first, so '广东省东莞市' and 'Guangdong Province, Dongguan City' meet.
Every other script goes through anyascii (ঢাকা → dhaka, ភ្នំពេញ → phnampenh).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache

from anyascii import anyascii

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

# Han words replaced by English before transliteration, longest first. These are the words
# that separate place names in Chinese addresses and company names.
HAN_WORDS: dict[str, str] = {
    "有限责任公司": " co ltd ",
    "股份有限公司": " co ltd ",
    "有限公司": " co ltd ",
    "集团": " group ",
    "公司": " company ",
    "工业园区": " industrial park ",
    "工业园": " industrial park ",
    "工业区": " industrial zone ",
    "开发区": " development zone ",
    "经济技术开发区": " economic technological development zone ",
    "自治区": " autonomous region ",
    "省": " province ",
    "市": " city ",
    "区": " district ",
    "县": " county ",
    "镇": " town ",
    "乡": " township ",
    "村": " village ",
    "街道": " subdistrict ",
    "大道": " avenue ",
    "路": " road ",
    "街": " street ",
    "号": " no ",
    "栋": " building ",
    "楼": " floor ",
    "厂": " factory ",
    "服装": " garment ",
    "制衣": " garment ",
    "针织": " knitting ",
    "纺织": " textile ",
    "鞋业": " shoes ",
    "鞋": " shoes ",
}
# A numbered plant written in Chinese: 二厂, 第三工厂, 2号厂 → 'factory 2'.
_HAN_NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                 "九": 9, "十": 10}  # fmt: skip
_HAN_PLANT = re.compile(r"第?([一二两三四五六七八九十]|\d+)号?(?:分厂|工厂|厂)")


def _han_plant(match: re.Match[str]) -> str:
    number = match.group(1)
    return f" factory {_HAN_NUMERALS.get(number, number)} "


_HAN_WORDS_RE = re.compile("|".join(sorted(map(re.escape, HAN_WORDS), key=len, reverse=True)))
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def _pinyin_run(match: re.Match[str]) -> str:
    from pypinyin import lazy_pinyin

    return " " + "".join(lazy_pinyin(match.group(0))) + " "


@lru_cache(maxsize=65536)
def to_ascii(text: str) -> str:
    """Fold ``text`` to lower-case ASCII words: NFKC, casefold, transliterate."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if HAN.search(text):
        text = _HAN_PLANT.sub(_han_plant, text)
        text = _HAN_WORDS_RE.sub(lambda m: HAN_WORDS[m.group(0)], text)
        text = HAN.sub(_pinyin_run, text)
    return anyascii(text).lower()


def words(text: str) -> list[str]:
    """ASCII word tokens; '&' reads as 'and', every other symbol separates."""
    folded = to_ascii(text).replace("&", " and ")
    return [w for w in _NON_ALNUM.split(folded) if w]


def compact(tokens: list[str]) -> str:
    """Tokens joined without spaces: 'hai ning' and 'haining' compare equal."""
    return "".join(tokens)


Phrase = tuple[str, ...]


def replace_phrases(
    tokens: list[str], by_first: Mapping[str, Sequence[tuple[Phrase, Phrase]]]
) -> list[str]:
    """``tokens`` with phrases replaced: at each word, the first of the phrases beginning
    with it (``by_first[word]``, in order) that the words there spell is replaced."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for phrase, replacement in by_first.get(tokens[i], ()):
            n = len(phrase)
            if tuple(tokens[i : i + n]) == phrase:
                out.extend(replacement)
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return out
