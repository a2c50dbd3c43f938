"""A synthetic registry of any size, made from the real rows' own tokens (never committed).

Each synthetic facility takes a real row of some country as its template: a name of 2–4
tokens drawn from that country's real names, an address of that country's real address
parts with a fresh house number, and the template's pin moved a few kilometres.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict

from bench.matching.data import Row
from chainrights.matching import Record
from chainrights.matching.records import country_code

FORMS = ["Co., Ltd.", "Ltd", "Limited", "Company Limited", "Pvt. Ltd", "Inc.", "JSC", ""]


def vocabulary(rows: list[Row]) -> dict[str, tuple[list[Row], list[str], list[str]]]:
    by_country: dict[str, tuple[list[Row], list[str], list[str]]] = defaultdict(
        lambda: ([], [], [])
    )
    for row in rows:
        code = country_code(row.country)
        if not code:
            continue
        templates, names, parts = by_country[code]
        templates.append(row)
        names.extend(t for t in re.findall(r"[A-Za-z]{3,}", row.name) if t.lower() not in
                     {"ltd", "limited", "company", "co", "inc", "pvt", "private"})  # fmt: skip
        parts.extend(p.strip() for p in row.address.split(",") if 3 <= len(p.strip()) <= 40)
    # Countries with a handful of sample rows would yield hundreds of near-identical names at
    # one address (all 'X Humacao Protego', Puerto Rico): no real registry looks like that.
    return {code: v for code, v in by_country.items() if len(v[0]) >= 30}


SYLLABLES = [
    "an", "bao", "chen", "da", "fu", "hai", "hong", "jia", "kang", "li", "long", "mei", "ming",
    "nan", "ping", "rong", "sheng", "tai", "wei", "xin", "ya", "yong", "zhi", "ka", "ra", "sa",
    "ta", "ne", "mo", "ru", "vi", "lo", "de", "ko", "mi", "sun",
]  # fmt: skip


def pseudo_word(rng: random.Random) -> str:
    """A brand-like word ('Kangmei', 'Rusunta'): real registries have far more distinct names
    than the ~2,800 sample rows can supply."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()


def registry(rows: list[Row], n: int, seed: int = 1) -> list[Record]:
    rng = random.Random(seed)
    vocab = vocabulary(rows)
    weights = [len(v[0]) for v in vocab.values()]
    countries = rng.choices(list(vocab), weights=weights, k=n)
    out = []
    for i, code in enumerate(countries):
        templates, names, parts = vocab[code]
        template = rng.choice(templates)
        name = " ".join([pseudo_word(rng), *rng.sample(names, min(len(names), rng.randint(1, 3)))])
        address = f"{rng.randint(1, 999)} " + ", ".join(
            rng.sample(parts, min(len(parts), rng.randint(2, 4)))
        )
        lat = lng = None
        if template.lat is not None and template.lng is not None and rng.random() < 0.6:
            lat = template.lat + rng.uniform(-0.05, 0.05)
            lng = template.lng + rng.uniform(-0.05, 0.05)
        out.append(Record(f"X{i}", code, f"{name} {rng.choice(FORMS)}".strip(), address, lat, lng))
    return out
