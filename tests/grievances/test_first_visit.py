"""The first visit to /complain stays light for a phone on a slow line (the benchmark's own
measurement, against the live test server): four requests, the quick-exit script among them."""

from __future__ import annotations

from urllib.parse import urlparse

from bench.grievances.first_visit import visit


def test_the_first_visit_is_four_small_requests(live_server, transactional_db):
    result = visit(urlparse(live_server.url).port or 80)
    paths = [row["path"] for row in result["files"]]
    assert paths[0] == "/complain"
    assert sorted(paths[1:]) == ["/static/chainrights/favicon.svg",
                                 "/static/chainrights/quick-exit.js",
                                 "/static/chainrights/site.css"]  # fmt: skip
    assert result["bytes_uncompressed"] < 24_000
    assert result["bytes_gzip"] < 8_000
