"""The word index: find a facility by any word of its name or address, however it is spelt.

Write side: every distinct folded word (``matching.phonetic.search_words``, with each pair of
neighbouring words joined, so 'phnom penh' is also 'phnompenh') is a ``SearchWord`` row with
its sound skeleton, first and last two letters and length; a ``FacilityWord`` posting ties
it to each facility whose name or address holds it. ``reads.refresh`` rewrites a
facility's postings whenever its search text changes; legal forms and generic words are
not indexed (they never decide a match).

Read side: a query word matches the index words that are equal to it, share its skeleton,
or lie within one edit (two from five letters). The candidates for an edit come from two
indexed lookups, words sharing the query's first letters and those sharing its last ones
(three for a long word, two for a short one), each within the length range the edits
allow: a slip leaves one end whole, so the database hands Python only a small slice of the
vocabulary, read from the index alone. Two slips at both ends of a word are missed unless
the skeleton still meets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import QuerySet
from rapidfuzz import process
from rapidfuzz.distance import OSA

from chainrights.matching.phonetic import is_generic, joins, max_edits, search_words, skeleton
from chainrights.registry.models import Facility, FacilityWord, SearchWord, WordField

Entry = tuple[str, int]  # (word, WordField)
BATCH = 500
WORDS = 5000  # words looked up at once: a chunk's new words in one or two rounds
# A query word's postings beyond this say little on their own (a town, a common word): the
# pool is drawn from rarer words, or from the facilities that hold every common one.
POOL_PER_WORD = 1000
PLACE_WEIGHT = 0.8  # a word of the address counts for less than one of the name
QUALITY_EXACT, QUALITY_SKELETON = 1.0, 0.6
QUALITY_EDITS = {1: 0.7, 2: 0.5}


def entries(names: Iterable[str], places: Iterable[str]) -> set[Entry]:
    """The postings of one facility: its names' and addresses' words, and their joins."""
    out: set[Entry] = set()
    for where, texts in ((WordField.NAME, names), (WordField.PLACE, places)):
        for text in texts:
            tokens = [w for w in search_words(text) if not is_generic(w)]
            out.update((w, int(where)) for w in tokens + joins(tokens))
    return out


def word_row(word: str) -> SearchWord:
    return SearchWord(word=word, key=skeleton(word), head=word[:3], tail=word[-3:],
                      length=len(word))  # fmt: skip


def word_ids(words: set[str]) -> dict[str, int]:
    """The index rows of ``words``, creating those that are new (concurrent writers may
    race to create one word: the unique key keeps one)."""
    found: dict[str, int] = {}
    ordered = sorted(words)
    for start in range(0, len(ordered), WORDS):
        chunk = ordered[start : start + WORDS]
        rows = SearchWord.objects.filter(word__in=chunk).values_list("word", "pk")
        found.update(rows)
        missing = [word_row(w) for w in chunk if w not in found]
        if missing:
            SearchWord.objects.bulk_create(missing, ignore_conflicts=True)
            found.update(SearchWord.objects.filter(word__in=chunk).values_list("word", "pk"))
    return found


def reindex(postings: dict[int, set[Entry]]) -> None:
    """Replace the postings of these facilities (keys) with the given ones."""
    with transaction.atomic():
        pks = list(postings)
        for start in range(0, len(pks), BATCH):
            FacilityWord.objects.filter(facility_id__in=pks[start : start + BATCH]).delete()
        ids = word_ids({w for entries_ in postings.values() for w, _ in entries_})
        rows = [
            FacilityWord(facility_id=pk, word_id=ids[w], field=where)
            for pk, entries_ in postings.items()
            for w, where in entries_
        ]
        FacilityWord.objects.bulk_create(rows, batch_size=WORDS)


def indexed(facility_ids: Iterable[int]) -> set[int]:
    """Which of these facilities have postings now."""
    wanted = list(facility_ids)
    found: set[int] = set()
    for start in range(0, len(wanted), BATCH):
        chunk = FacilityWord.objects.filter(facility_id__in=wanted[start : start + BATCH])
        found.update(chunk.values_list("facility_id", flat=True).distinct())
    return found


def facility_entries(facility: Facility, names: list[str], places: list[str]) -> set[Entry]:
    """A facility's postings: its own name and address, and the other spellings its public
    source records give (``reads.summarise`` passes them)."""
    return entries([facility.name, *names], [facility.address, *places])


# --- the read side ---------------------------------------------------------------------


def _skeleton_usable(query: str) -> bool:
    """A skeleton of one letter, or of a word under four, matches too much to mean a thing."""
    return len(query) >= 4 and len(skeleton(query)) >= 2


def _lookup(query: str, allowed: int) -> tuple[str, list[str | int]]:
    """The indexed lookups for a query word, as one statement (SQLite and PostgreSQL both
    answer each branch of the OR from its own index)."""
    clauses: list[str] = ["word = %s"]
    params: list[str | int] = [query]
    if _skeleton_usable(query):
        clauses.append("key = %s")
        params.append(skeleton(query))
    if allowed:
        for column, end in (("head", _ends(query[:3], allowed, tail=False)),
                            ("tail", _ends(query[-3:], allowed, tail=True))):  # fmt: skip
            marks = ", ".join(["%s"] * len(end))
            clauses.append(f"({column} IN ({marks}) AND length BETWEEN %s AND %s)")
            params += [*end, len(query) - allowed, len(query) + allowed]
    table = SearchWord._meta.db_table
    # Fixed clauses and the model's table name; every value travels as a parameter.
    sql = f"SELECT id, word, key FROM {table} WHERE " + " OR ".join(clauses)  # noqa: S608
    return sql, params


def matching_words(query: str, *, slips: bool = True) -> dict[int, float]:
    """Index words (by primary key) that answer ``query``, with their quality: exact, within
    the slips allowed (unless ``slips`` is off), or sharing the skeleton."""
    allowed = max_edits(query) if slips else 0
    sql, params = _lookup(query, allowed)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    distances = _distances(query, [word for _, word, _ in rows], allowed)
    key = skeleton(query) if _skeleton_usable(query) else None
    out: dict[int, float] = {}
    for i, (pk, word, word_key) in enumerate(rows):
        quality = QUALITY_EXACT if word == query else QUALITY_EDITS.get(distances.get(i, -1), 0.0)
        if key is not None and word_key == key and word != query:
            quality = max(quality, QUALITY_SKELETON) + (0.1 if quality else 0.0)
        if quality:
            out[pk] = quality
    return out


def _distances(query: str, words: list[str], allowed: int) -> dict[int, int]:
    """Position → edit distance of the words within ``allowed`` slips (one C loop)."""
    if not allowed:
        return {}
    found = process.extract(query, words, scorer=OSA.distance, score_cutoff=allowed, limit=None)
    return {position: distance for _, distance, position in found}


ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


def _ends(end: str, allowed: int, *, tail: bool) -> list[str]:
    """The stored three-letter ends a query's end may meet. A long word (two slips allowed)
    looks up its own first or last three letters; a short one (one slip) the two letters
    whole at one end, with any third letter beside them: equality lookups, an index range
    in any collation."""
    if allowed > 1 or len(end) < 3:
        return [end]
    two = end[1:] if tail else end[:2]
    return [two] + [c + two if tail else two + c for c in ALPHABET]


@dataclass
class Term:
    """One query word, or two neighbours joined, and the index words that answer it."""

    covers: tuple[int, ...]  # positions of the query words it stands for
    words: dict[int, float] = field(default_factory=dict)


def terms_of(text: str) -> tuple[list[Term], int]:
    """The query's terms (its distinctive words and their joins), and how many words must
    be answered; legal forms and generic words are optional and left out."""
    tokens = list(dict.fromkeys(w for w in search_words(text) if not is_generic(w)))[:8]
    terms = [Term((i,), matching_words(w)) for i, w in enumerate(tokens)]
    # a joined pair meets a word another script writes as one: exactly or by skeleton
    terms += [Term((i, i + 1), matching_words(w, slips=False)) for i, w in enumerate(joins(tokens))]
    return [t for t in terms if t.words], len(tokens)


@dataclass(frozen=True)
class Hit:
    facility_id: int
    covered: int  # how many query words it answers
    score: float  # the sum of their qualities, name words weighing more than address ones


def _postings(term: Term, among: list[int] | None = None) -> QuerySet[FacilityWord]:
    found = FacilityWord.objects.filter(word_id__in=list(term.words))
    return found if among is None else found.filter(facility_id__in=among)


def _pool(terms: list[Term], within: QuerySet[Facility]) -> list[int]:
    """The facilities worth scoring: those holding a rare term (rarest first), else those
    ``within`` that hold every common single-word term."""
    sized = []
    common = []
    for term in terms:
        ids = list(_postings(term).values_list("facility_id", flat=True)[: POOL_PER_WORD + 1])
        if len(ids) > POOL_PER_WORD:
            common.append(term)
        else:
            sized.append(ids)
    pool: dict[int, None] = {}
    for ids in sorted(sized, key=len):
        if len(pool) >= 2 * POOL_PER_WORD:
            break
        pool.update(dict.fromkeys(ids))
    if pool:
        return list(within.filter(pk__in=list(pool)).values_list("pk", flat=True))
    together = within
    for term in [t for t in common if len(t.covers) == 1] or common[:1]:
        together = together.filter(pk__in=_postings(term).values("facility_id"))
    return list(together.values_list("pk", flat=True)[:POOL_PER_WORD])


def rank(text: str, within: QuerySet[Facility], limit: int, *, every_word: bool) -> list[Hit]:
    """Facilities ``within`` whose names and addresses answer the words of ``text``, best
    first: more words answered, then exact before fuzzy, name before address. With
    ``every_word``, only those that answer every distinctive word."""
    terms, wanted = terms_of(text)
    if not terms:
        return []
    pool = _pool(terms, within)
    answers: dict[int, list[tuple[Term, float]]] = {}  # index word → the terms it answers
    for term in terms:
        for word_id, quality in term.words.items():
            answers.setdefault(word_id, []).append((term, quality))
    postings = FacilityWord.objects.filter(word_id__in=list(answers), facility_id__in=pool)
    best: dict[int, dict[int, float]] = {}
    for facility_id, word_id, where in postings.values_list("facility_id", "word_id", "field"):
        weight = 1.0 if where == WordField.NAME else PLACE_WEIGHT
        slots = best.setdefault(facility_id, {})
        for term, quality in answers[word_id]:
            for position in term.covers:
                slots[position] = max(slots.get(position, 0.0), quality * weight)
    hits = [Hit(pk, len(slots), round(sum(slots.values()), 3)) for pk, slots in best.items()]
    if every_word:
        hits = [h for h in hits if h.covered == wanted]
    hits.sort(key=lambda h: (-h.covered, -h.score, h.facility_id))
    return hits[:limit]
