"""Foundation benchmarks, reported as ratios against a baseline measured in the same run.

    make bench

- event-log write overhead: an audited ``Organisation`` create (snapshot, hash, chain lock)
  against the same INSERT through Django's plain ``Model.save``;
- verify-log: recomputing the chain per event against reading the same rows;
- verify-log --deep: also replaying every object's last state against its row, against
  plain verify-log;
- matching (``bench/matching``): accuracy on held-out real lists and their variants, the
  Open Supply Hub labelled pairs, and throughput.

Absolute times vary with the machine; the ratios are what to compare.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable

N = int(os.environ.get("BENCH_N", "2000"))


def _timed(func: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    workdir = tempfile.mkdtemp(prefix="chainrights-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    os.environ.setdefault("CHAINRIGHTS_CHECKPOINT_DIR", f"{workdir}/checkpoints")
    os.environ["DJANGO_SETTINGS_MODULE"] = "chainrights.settings"
    os.environ["DEBUG"] = "false"  # debug mode records every query and skews timings
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import models, transaction

    from chainrights.core import events
    from chainrights.core.models import Event, Organisation

    call_command("migrate", verbosity=0)
    counter = iter(range(10**9))

    def plain() -> None:
        with transaction.atomic():
            for _ in range(N):
                org = Organisation(name=f"plain {next(counter)}", kind="brand")
                models.Model.save(org)

    def audited() -> None:
        with transaction.atomic(), events.acting_as(system="bench"):
            for _ in range(N):
                Organisation.objects.create(name=f"audited {next(counter)}", kind="brand")

    base, logged = _timed(plain), _timed(audited)
    events_total = Event.objects.count()
    read = _timed(lambda: sum(1 for _ in Event.objects.order_by("seq").iterator(chunk_size=2000)))
    verify = _timed(events.verify_log)
    assert events.verify_log().ok
    from django.db import connection

    from chainrights.core.replay import compare_rows

    with connection.cursor() as cursor:  # the baseline's rows were written behind the log
        cursor.execute("DELETE FROM core_organisation WHERE name LIKE 'plain %'")

    def deep() -> None:
        events.verify_log()
        assert not list(compare_rows())

    deep_s = _timed(deep)

    print(f"database: {django.db.connection.vendor}, N={N} writes per round, best of 3")
    print(f"{'measure':45} {'baseline s':>11} {'measured s':>11} {'ratio':>7}")
    print(f"{'audited create vs plain INSERT':45} {base:11.3f} {logged:11.3f} {logged / base:7.2f}")
    label = f"verify-log vs reading {events_total} events"
    print(f"{label:45} {read:11.3f} {verify:11.3f} {verify / read:7.2f}")
    label = f"verify-log --deep vs verify-log ({Organisation.objects.count()} rows)"
    print(f"{label:45} {verify:11.3f} {deep_s:11.3f} {deep_s / verify:7.2f}")

    from bench.matching import run as matching

    print("\n== matching ==")
    return matching.main()


if __name__ == "__main__":
    sys.exit(main())
