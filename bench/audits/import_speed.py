"""Audit import: the time to store a 10,000-finding file (2,000 audits of 200 facilities, each
audit, finding and repeat link with its event), beside checking the same file without writing
(parse, resolve facilities, validate every row) in the same run.

    python -m bench.audits.import_speed [--audits 2000] [--findings 5]

The database is whatever ``DATABASE_URL`` names (a fresh SQLite file by default).
"""

from __future__ import annotations

import argparse
import sys
import time


def _file(facility_ids: list[str], audits: int, findings: int) -> bytes:
    rights = ["working-hours", "minimum-wage", "occupational-safety-and-health",
              "freedom-of-association", "excessive-overtime"]  # fmt: skip
    lines = ["reference,facility_id,scheme,audit_type,start_date,end_date,auditor_firm,"
             "interviews_on_site_women,finding_number,right,severity,description"]  # fmt: skip
    for a in range(audits):
        day = 1 + a % 28
        for n in range(1, findings + 1):
            lines.append(f"B-{a},{facility_ids[a % len(facility_ids)]},SMETA,announced,"
                         f"2025-{1 + a % 12:02d}-{day:02d},2025-{1 + a % 12:02d}-{day:02d},"
                         f"Audit Co {a % 7},5,{n},{rights[n % len(rights)]},non-compliance,"
                         f"Finding {n} of audit {a}")  # fmt: skip
    return ("\n".join(lines) + "\n").encode()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--audits", type=int, default=2000)
    parser.add_argument("--findings", type=int, default=5)
    args = parser.parse_args()
    from bench.registry import _setup, seed

    _setup()
    from chainrights.audits import formats
    from chainrights.core.demo import load_demo
    from chainrights.core.models import Organisation

    load_demo()
    from django.contrib.auth import get_user_model

    facilities = [r.key for r in seed(200)]
    content = _file(facilities, args.audits, args.findings)
    owner = Organisation.objects.get(name="Independent Audit Partners")
    user = get_user_model().objects.get(username="auditor")
    start = time.perf_counter()
    _drafts, problems = formats.check_file(owner, "bench.csv", content)
    checked = time.perf_counter() - start
    assert not problems, problems[:3]
    start = time.perf_counter()
    created, problems = formats.import_audits(owner, user, "bench.csv", content)
    imported = time.perf_counter() - start
    assert not problems
    assert len(created) == args.audits
    rows = args.audits * args.findings
    print(f"audit import of {rows:,} findings ({args.audits:,} audits, {len(content) / 2**20:.1f} "
          f"MB): {imported:.1f} s ({rows / imported:.0f} findings/s)")  # fmt: skip
    print(f"baseline, checking the same file without writing: {checked:.1f} s")
    print(f"ratio {imported / checked:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
