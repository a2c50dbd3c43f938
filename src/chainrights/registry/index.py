"""The registry's matching index, kept warm by the worker between lists.

Normalising a large registry costs far more than matching one list against it, so the worker
keeps one ``WarmIndex`` (``WARM``, its one owner) for the life of the process: ``current()``
builds it on first use, adds the facilities committed since, and rebuilds it when a merge,
unmerge, split or correction has reshaped the registry; ``add`` puts a facility a list just
founded into it; ``invalidate`` drops it after a chunk rolled back.

New facilities are found by the event log's sequence, not by the facilities' primary keys.
A primary key is drawn when the row is inserted, before the transaction takes the chain
head's lock to log it; so on PostgreSQL a facility with a lower key can commit after one
with a higher key (a person's review inserting while a list's chunk holds the lock), and a
``Max(pk)`` high-water mark would skip it for good, founding a duplicate of it later. An
event's ``seq`` is drawn under that lock, which is held until the commit, so sequence order
is commit order: once ``Max(seq)`` reads S, every event up to S has committed, and a later
commit can only add events above S. The cursor is read before the facilities, so nothing
committed in between is missed (at worst seen twice, and ``known`` drops the repeat).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from django.db import connection
from django.db.models import Max

from chainrights.core.events import EventTag
from chainrights.core.models import Event
from chainrights.matching import Index, Record, normalize
from chainrights.registry.models import Facility

# facility.updated is the tag the log gives every save; the others are the moderators' steps.
RESHAPING = ("facility.updated", EventTag.FACILITY_MERGED, EventTag.FACILITY_UNMERGED,
             EventTag.FACILITY_SPLIT)  # fmt: skip
FIELDS = ("public_id", "country", "name", "address", "lat", "lng")


def facility_record(f: Facility) -> Record:
    return Record(f.public_id, f.country, f.name, f.address, f.lat, f.lng)


def registry_records(after_seq: int = 0, upto_seq: int | None = None) -> Iterable[Record]:
    """The survivor facilities, or only those created by events ``after_seq < seq <= upto_seq``
    (see the module's docstring for why the cursor is the event log's sequence)."""
    survivors = Facility.objects.filter(merged_into__isnull=True).only(*FIELDS)
    if not after_seq and upto_seq is None:
        yield from map(facility_record, survivors.iterator(chunk_size=5000))
        return
    created = Event.objects.filter(
        seq__gt=after_seq, tag="facility.created", object_type="registry.facility"
    )
    if upto_seq is not None:
        created = created.filter(seq__lte=upto_seq)
    ids = [int(i) for i in created.values_list("object_id", flat=True)]
    for start in range(0, len(ids), 1000):  # by primary key, in batches SQLite can bind
        yield from map(
            facility_record, survivors.filter(pk__in=ids[start : start + 1000]).order_by("pk")
        )


class WarmIndex:
    """One process's index of the registry, with the event-log cursor it is current to.

    ``lock`` serialises a process's threads around it (a chunk holds it from matching to
    commit); separate worker processes each keep their own. ``aliases`` maps a facility a
    chunk meant to found, and then found another worker had founded first, to that one: the
    founded record stays in the index, and whatever matches it lands on the real facility.
    """

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.invalidate()

    def invalidate(self) -> None:
        """Drop the index: a chunk that rolled back may have added facilities to it that were
        never committed; the next ``current()`` rebuilds it from what the database holds."""
        self.key: tuple[str, int] | None = None
        self.index = Index()
        self.seq = 0
        self.known: set[str] = set()
        self.aliases: dict[str, str] = {}

    @property
    def built(self) -> bool:
        """Whether ``current()`` has built the index since it was last invalidated."""
        return self.key is not None

    def _cursor(self) -> tuple[tuple[str, int], int]:
        reshaped = Event.objects.filter(tag__in=RESHAPING).aggregate(m=Max("seq"))["m"] or 0
        key = (connection.settings_dict["NAME"], reshaped)
        return key, Event.objects.aggregate(m=Max("seq"))["m"] or 0

    def current(self) -> Index:
        """The index as of the last committed event: rebuilt when the registry was reshaped
        (or the database reset under us, a restore: a shorter log than the one indexed),
        otherwise brought up to date with the facilities created since."""
        key, cursor = self._cursor()
        if self.key != key or cursor < self.seq:
            self.invalidate()
            self.key = key
            records: Iterable[Record] = registry_records()
        else:
            records = registry_records(after_seq=self.seq, upto_seq=cursor)
        added = sum(self._learn(record) for record in records)
        if added > 1000:
            self.index.fold()
        self.seq = cursor
        return self.index

    def catch_up(self) -> list[Record] | None:
        """Under the chain-head lock (every earlier chunk committed): learn the facilities
        committed since ``current()`` and return them; None, with the index dropped, when
        the registry was reshaped meanwhile (the chunk is matched again)."""
        key, cursor = self._cursor()
        if self.key != key or cursor < self.seq:
            self.invalidate()
            return None
        arrived = [
            r for r in registry_records(after_seq=self.seq, upto_seq=cursor) if self._learn(r)
        ]
        self.seq = cursor
        return arrived

    def _learn(self, record: Record) -> bool:
        if record.key in self.known:  # facilities a processed list founded are in already
            return False
        self.add(self.index, record)
        return True

    def add(self, index: Index, record: Record) -> None:
        """Put a facility into ``index`` (this one's, or a run's own), so later rows match it."""
        index.add_record(normalize(record))
        if index is self.index:
            self.known.add(record.key)

    def alias(self, founded: str, existing: str) -> None:
        self.aliases[founded] = existing

    def resolve(self, public_id: str) -> str:
        """The facility a public ID in the index stands for (itself, or its alias)."""
        seen = set()
        while public_id in self.aliases and public_id not in seen:
            seen.add(public_id)
            public_id = self.aliases[public_id]
        return public_id


WARM = WarmIndex()
