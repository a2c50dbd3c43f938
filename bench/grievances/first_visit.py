"""A worker's first visit to ``/complain``: how many requests and how many bytes a phone on a
slow line pays, through ``chainrights serve`` (gunicorn, whitenoise for static files) on a
fresh SQLite database.

    python -m bench.grievances.first_visit

The page is fetched with no cookies, then every file it links to (stylesheet, icon, scripts,
images), as a browser with an empty cache does. Bytes are counted as served (the body, and
the response headers) and gzip-compressed (level 9, as whitenoise's compressed storage or a
gzip-ing proxy would send them); the ratio to the issue's measured baseline of 16 KB in 3
requests is printed too. The figures do not depend on the machine's speed.
"""

from __future__ import annotations

import gzip
import http.client
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BASELINE = {"requests": 3, "bytes": 16_000}  # issue 20: "3 requests and about 16 KB"
LINKED = re.compile(r'<(?:link[^>]+href|script[^>]+src|img[^>]+src)="(/[^"]+)"')
SETUP = 'from chainrights.cli import main\nassert main(["setup", "--no-demo"]) == 0\n'


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(port: int, path: str, gzip_ok: bool) -> dict[str, Any]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Accept-Language": "bn", "User-Agent": "bench-first-visit"}
    if gzip_ok:
        headers["Accept-Encoding"] = "gzip"
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        head = sum(len(k) + len(v) + 4 for k, v in response.getheaders())
        encoding = response.getheader("Content-Encoding", "")
    finally:
        connection.close()
    plain = gzip.decompress(body) if encoding == "gzip" else body
    return {"path": path, "status": response.status, "served": len(body), "headers": head,
            "plain": len(plain), "gzip": len(gzip.compress(plain, 9, mtime=0)),
            "encoding": encoding or "identity", "text": plain}  # fmt: skip


def visit(port: int) -> dict[str, Any]:
    """The page and what it links to, in the order a browser asks for them."""
    page = _get(port, "/complain", gzip_ok=True)
    assert page["status"] == 200, page["status"]
    linked = list(dict.fromkeys(LINKED.findall(page["text"].decode())))
    files = [page] + [_get(port, path, gzip_ok=True) for path in linked]
    assert all(f["status"] == 200 for f in files), [(f["path"], f["status"]) for f in files]
    rows = [{k: v for k, v in f.items() if k != "text"} for f in files]
    total = {key: sum(r[key] for r in rows) for key in ("served", "headers", "plain", "gzip")}
    return {
        "requests": len(rows), "files": rows, "bytes_uncompressed": total["plain"],
        "bytes_gzip": total["gzip"], "bytes_as_served": total["served"],
        "header_bytes": total["headers"],
        "ratio_to_issue_baseline_uncompressed": round(total["plain"] / BASELINE["bytes"], 2),
        "ratio_to_issue_baseline_gzip": round(total["gzip"] / BASELINE["bytes"], 2),
    }  # fmt: skip


def _serve(tmp: Path) -> tuple[subprocess.Popen[bytes], int]:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "chainrights.settings", "DEBUG": "false",
           "DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}"}  # fmt: skip
    subprocess.run([sys.executable, "-c", SETUP], env=env, check=True, cwd=tmp,  # noqa: S603
                   capture_output=True, timeout=300)  # fmt: skip
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "chainrights", "serve", "--no-worker", "--workers", "1",
         "--port", str(port)], env=env, cwd=tmp, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    for _ in range(300):
        try:
            if _get(port, "/healthz", gzip_ok=False)["status"] == 200:
                return server, port
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("chainrights serve did not answer /healthz within a minute")


def main() -> int:
    server, port = _serve(Path(tempfile.mkdtemp(prefix="chainrights-first-visit-")))
    try:
        result = visit(port)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print("== first visit to /complain (Bengali, empty cache) ==")
    print(f"{'file':42} {'status':>6} {'bytes':>8} {'gzip':>7} {'served as':>10}")
    for row in result["files"]:
        print(f"{row['path']:42} {row['status']:6} {row['plain']:8} {row['gzip']:7} "
              f"{row['encoding']:>10}")  # fmt: skip
    print(f"{'total (' + str(result['requests']) + ' requests)':42} {'':6} "
          f"{result['bytes_uncompressed']:8} {result['bytes_gzip']:7}")  # fmt: skip
    print(json.dumps({k: v for k, v in result.items() if k != "files"}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
