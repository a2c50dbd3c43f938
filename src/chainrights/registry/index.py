"""The registry's matching index, kept warm by the worker between lists and kept on disk.

Normalising a large registry costs far more than matching one list against it, so the worker
keeps one ``WarmIndex`` (``WARM``, its one owner) for the life of the process, and on disk
(``registry.indexfile``) between processes: ``current()`` loads the saved index at start (or
builds it once, if there is none or it belongs to another database) and brings it up to date
with the event log since: facilities created are added, facilities whose name, address,
country or place were corrected replace their old entry, a deleted facility's entry is taken
out, and merges, unmerges and splits need nothing (a merged facility stays in the index and
answers with its survivor; a split's new facility is created like any other). Only a log
that is not the one indexed (a restore) makes it rebuild. ``add`` puts a facility a list just
founded into it; ``invalidate`` drops it after a chunk rolled back; ``save`` writes it after
a list, for the next worker to start from.

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

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Max, QuerySet

from chainrights.core.models import Event
from chainrights.matching import Index, Record, normalize
from chainrights.registry import indexfile
from chainrights.registry.models import Facility

logger = logging.getLogger(__name__)
FIELDS = ("public_id", "country", "name", "address", "lat", "lng")
MATCHED_ON = ("country", "name", "address", "lat", "lng")  # what the index knows of a facility
FACILITY = "registry.facility"


def facility_record(f: Facility) -> Record:
    return Record(f.public_id, f.country, f.name, f.address, f.lat, f.lng)


def registry_records(after_seq: int = 0, upto_seq: int | None = None) -> Iterable[Record]:
    """The survivor facilities, or only those created by events ``after_seq < seq <= upto_seq``
    (see the module's docstring for why the cursor is the event log's sequence)."""
    survivors = Facility.objects.filter(merged_into__isnull=True).only(*FIELDS)
    if not after_seq and upto_seq is None:
        yield from map(facility_record, survivors.iterator(chunk_size=5000))
        return
    yield from _by_pk(survivors, changed(after_seq, upto_seq).created)


def _by_pk(facilities: QuerySet[Facility], ids: list[int]) -> Iterable[Record]:
    for start in range(0, len(ids), 1000):  # by primary key, in batches SQLite can bind
        chunk = facilities.filter(pk__in=ids[start : start + 1000]).order_by("pk")
        yield from map(facility_record, chunk)


@dataclass
class Changes:
    """What the log says happened to facilities between two sequence numbers."""

    created: list[int] = field(default_factory=list)
    corrected: list[int] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)  # public IDs, from the deletion's snapshot


def changed(after_seq: int, upto_seq: int | None) -> Changes:
    """Facilities created, and those whose matched fields changed (a correction), since
    ``after_seq``; the public IDs of those deleted. Merges change only ``merged_into``: not
    listed."""
    events = Event.objects.filter(seq__gt=after_seq, object_type=FACILITY)
    if upto_seq is not None:
        events = events.filter(seq__lte=upto_seq)
    out = Changes()
    out.created = [int(i) for i in events.filter(tag="facility.created")
                   .values_list("object_id", flat=True)]  # fmt: skip
    deletions = events.filter(tag="facility.deleted").values_list("before", flat=True)
    out.deleted = [str(b["public_id"]) for b in deletions if b and b.get("public_id")]
    updates = events.filter(tag="facility.updated").values_list("object_id", "before", "after")
    for object_id, before, after in updates.iterator(chunk_size=2000):
        if any((before or {}).get(k) != (after or {}).get(k) for k in MATCHED_ON):
            out.corrected.append(int(object_id))
    return out


def _hash_at(seq: int) -> str | None:
    return Event.objects.filter(seq=seq).values_list("hash", flat=True).first() if seq else None


class WarmIndex:
    """One process's index of the registry, with the event-log cursor it is current to.

    ``lock`` serialises a process's threads around it (a chunk holds it from matching to
    commit); separate worker processes each keep their own. ``aliases`` maps a facility a
    chunk meant to found, and then found another worker had founded first, to that one: the
    founded record stays in the index, and whatever matches it lands on the real facility.
    """

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.builds = 0  # full builds from the database in this process (loads are not)
        self.invalidate()

    def invalidate(self) -> None:
        """Drop the index: a chunk that rolled back may have added facilities to it that were
        never committed; the next ``current()`` rebuilds it from what the database holds."""
        self.key: str | None = None  # the database indexed
        self.index = Index()
        self.seq = 0
        self.seq_hash: str | None = None  # the hash of event ``seq``: which log this is
        self.known: set[str] = set()
        self.aliases: dict[str, str] = {}
        self.saved_seq = -1

    @property
    def built(self) -> bool:
        """Whether ``current()`` has built the index since it was last invalidated."""
        return self.key is not None

    def _cursor(self) -> int:
        return Event.objects.aggregate(m=Max("seq"))["m"] or 0

    def _database(self) -> str:
        return str(connection.settings_dict["NAME"])

    def current(self) -> Index:
        """The index as of the last committed event: loaded from disk or built at first use
        (or after a restore: a log that is not the one indexed), then brought up to date."""
        cursor = self._cursor()
        if not self._still_ours(cursor, check_log=True) and not self._load(cursor):
            self._build(cursor)
        self._update(cursor)
        return self.index

    def catch_up(self) -> list[Record] | None:
        """Under the chain-head lock (every earlier chunk committed): learn the facilities
        committed since ``current()`` and return them; None, with the index dropped, when
        it cannot be brought up to date in place (the chunk is matched again)."""
        cursor = self._cursor()
        if not self._still_ours(cursor):
            self.invalidate()
            return None
        return self._update(cursor)

    def _still_ours(self, cursor: int, *, check_log: bool = False) -> bool:
        """Whether the index is of this database's log as it stands (a restore may have put
        another log, shorter or not, in its place)."""
        if self.key != self._database() or cursor < self.seq:
            return False
        return not check_log or _hash_at(self.seq) == self.seq_hash

    def _advance(self, cursor: int) -> None:
        self.seq, self.seq_hash = cursor, _hash_at(cursor)

    def _build(self, cursor: int) -> None:
        self.invalidate()
        self.builds += 1
        self.key = self._database()
        added = sum(self._learn(record) for record in registry_records(upto_seq=None))
        if added > 1000:
            self.index.fold()
        self._advance(cursor)
        self.save()

    def _load(self, cursor: int) -> bool:
        """Start from the saved index, if it is this database's log's (its event's hash)."""
        saved = indexfile.load()
        if saved is None:
            return False
        index, stamp = saved
        here = _hash_at(stamp.seq) or ""
        if stamp.database != self._database() or stamp.seq > cursor or here != stamp.hash:
            return False
        self.invalidate()
        self.key, self.seq, self.seq_hash = self._database(), stamp.seq, _hash_at(stamp.seq)
        self.index, self.known = index, indexfile.keys(index)
        self.aliases = dict(stamp.aliases)
        self.saved_seq = stamp.seq
        return True

    def _update(self, cursor: int) -> list[Record]:
        """Learn what the log says changed since ``self.seq``; the facilities added."""
        if cursor == self.seq:
            return []
        news = changed(self.seq, cursor)
        for public_id in news.deleted:  # never a candidate again
            self.index.remove_record(public_id)
            self.known.discard(public_id)
        survivors = Facility.objects.filter(merged_into__isnull=True).only(*FIELDS)
        arrived = [r for r in _by_pk(survivors, news.created) if self._learn(r)]
        corrected = list(_by_pk(survivors, news.corrected))
        for record in corrected:  # as it is now, in place of its old entry
            self.index.remove_record(record.key)
            self.add(self.index, record)
        if len(arrived) + len(corrected) > 1000:
            self.index.fold()
        self._advance(cursor)
        return arrived + corrected

    def save(self) -> None:
        """Write the index for the next worker (only ever between chunks: it holds nothing
        uncommitted then). Skipped when nothing changed since it was last written."""
        if not self.built or self.seq == self.saved_seq:
            return
        stamp = indexfile.Stamp(self._database(), self.seq, self.seq_hash or "", dict(self.aliases))
        try:
            indexfile.save(self.index, stamp)
        except OSError:  # a full or read-only disk costs the next start a build, nothing more
            logger.exception("registry index not saved")
            return
        self.saved_seq = self.seq

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
