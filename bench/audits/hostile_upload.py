"""A hostile audit workbook: a small XLSX whose shared strings unpack to far more (the probe of
issue 13: 19.5 MB unpacking to 176 MB). Peak memory (``resource.getrusage``) and time of
reading it as the old import did (openpyxl in the web or worker process itself) against the
new path: refused at upload by the per-part limit, and, with that limit lifted, parsed by the
worker in its memory-capped child (the worker's own peak stays flat).

    python -m bench.audits.hostile_upload [--mb 176]

Each variant runs in a fresh process, so each peak is its own.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path


def workbook(megabytes: int) -> bytes:
    """A real workbook (the audit template's header) whose shared-strings part is replaced by
    unique short strings: the most Python objects per byte."""
    from openpyxl import Workbook

    from chainrights.audits.formats import CSV_FIELDS

    book = Workbook()
    book.active.append(CSV_FIELDS)
    small = io.BytesIO()
    book.save(small)
    out = io.BytesIO()
    deflated = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(out, "w", deflated) as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":  # declare the shared-strings part
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" '
                                    b'ContentType="application/vnd.openxmlformats-officedocument.'
                                    b'spreadsheetml.sharedStrings+xml"/></Types>')  # fmt: skip
            archive.writestr(info.filename, data)
        with archive.open("xl/sharedStrings.xml", "w") as part:
            part.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
                       b'spreadsheetml/2006/main">')  # fmt: skip
            written, n = 0, 0
            while written < megabytes * 2**20:
                chunk = b"".join(b"<si><t>%x</t></si>" % (n + i) for i in range(10_000))
                part.write(chunk)
                written += len(chunk)
                n += 10_000
            part.write(b"</sst>")
    return out.getvalue()


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def _run(mode: str, path: str) -> dict[str, object]:
    from bench.registry import _setup

    _setup()
    from django.conf import settings

    from chainrights.audits import processing
    from chainrights.core import uploads
    from chainrights.matching.io import InputError, read_table

    content = Path(path).read_bytes()
    start = time.perf_counter()
    outcome = ""
    if mode == "before":  # the old import: openpyxl reads it in the process that serves it
        table = Path(tempfile.mkdtemp()) / "audits.xlsx"
        table.write_bytes(content)
        try:
            _header, rows = read_table(table)
            outcome = f"read ({sum(1 for _ in rows)} rows)"
        except InputError as exc:
            outcome = str(exc)[:80]
    elif mode == "upload":  # the new upload check: the ZIP directory only
        outcome = str(uploads.unsafe_upload("audits.xlsx", content))[:110]
    else:  # the worker with the part limit lifted: the capped child refuses it
        settings.MAX_UPLOAD_PART_BYTES = settings.MAX_UPLOAD_UNPACKED_BYTES = 2**40
        try:
            kind, value = uploads.run_capped(processing._parse, "audits.xlsx", content)
            outcome = f"{kind}: {str(value)[:80]}"
        except uploads.Refused as exc:
            outcome = str(exc)[:80]
    return {"mode": mode, "seconds": round(time.perf_counter() - start, 2),
            "worker_peak_mb": round(_peak_mb()), "child_peak_mb":
            round(_peak_mb(resource.RUSAGE_CHILDREN)), "outcome": outcome}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=170, help="shared strings, unpacked")
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--path", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(_run(args.mode, args.path)))
        return 0
    from bench.registry import _setup

    _setup()
    content = workbook(args.mb)
    with tempfile.NamedTemporaryFile(suffix=".xlsx", delete=False) as file:
        file.write(content)
    print(f"hostile workbook: {len(content) / 2**20:.1f} MB, shared strings {args.mb} MB unpacked")
    for mode in ("before", "upload", "worker"):
        done = subprocess.run(  # noqa: S603  (this very script, with our own arguments)
            [sys.executable, "-m", "bench.audits.hostile_upload", "--mode", mode, "--path",
             file.name], capture_output=True, text=True, check=False)  # fmt: skip
        result = json.loads(done.stdout.strip().splitlines()[-1]) if done.stdout else {
            "mode": mode, "outcome": done.stderr[-300:]}  # fmt: skip
        print(f"{result['mode']:>7}: {result.get('seconds')} s, worker peak "
              f"{result.get('worker_peak_mb')} MB, capped child peak "
              f"{result.get('child_peak_mb')} MB: {result['outcome']}")  # fmt: skip
    os.unlink(file.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
