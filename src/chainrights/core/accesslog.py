"""gunicorn's logger for `chainrights serve`: an access log that names no client.

Workers file complaints from phones an employer may know the address of, and search for their
workplace by name: gunicorn's default ("combined") format would keep the client address, the
browser string, the query string (``/complain?find=<the factory>``) and the referrer (which
repeats it). This logger gives the access-log format only time, method, path without query,
protocol, status, size and duration, for every path: what an operator needs to see load and
errors, and nothing that leads back to a person. Any other atom, a request header
(``%({x-forwarded-for}i)s``) included, prints as ``-`` even if a format asks for it.
gunicorn's warning about a malformed request names the client's address and repeats the
request line; it keeps only the kind of error.

No Django here: gunicorn loads this class in its master process before the application.
"""

from __future__ import annotations

from typing import Any

from gunicorn import glogging

FORMAT = '%(t)s "%(r)s" %(s)s %(b)s %(M)sms'
KEPT = ("t", "m", "U", "H", "s", "b", "B", "T", "D", "M", "L", "p")


class PrivateAccessLogger(glogging.Logger):  # type: ignore[misc]  # gunicorn is untyped
    def atoms(
        self, resp: Any, req: Any, environ: dict[str, Any], request_time: Any
    ) -> dict[str, Any]:
        every = super().atoms(resp, req, environ, request_time)
        kept = {key: every[key] for key in KEPT if key in every}
        path = str(environ.get("RAW_URI") or environ.get("PATH_INFO") or "").split("?", 1)[0]
        kept["U"] = path
        method, protocol = environ.get("REQUEST_METHOD", "-"), environ.get("SERVER_PROTOCOL", "-")
        kept["r"] = f"{method} {path} {protocol}"
        return kept

    def warning(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(msg, str) and msg.startswith("Invalid request from ip="):
            # "Invalid request from ip=<address>: <kind>: '<request line>'" (an IPv6 address
            # holds colons, never ": ").
            error = msg.partition(": ")[2]
            kind = error.split(":", 1)[0].split("'", 1)[0].strip() or "malformed request"
            msg, args = "Invalid request: %s", (kind,)
        super().warning(msg, *args, **kwargs)

    def exception(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        # "Error handling request %s %s" gets the method and the URI, query string included.
        args = tuple(a.split("?", 1)[0] if isinstance(a, str) else a for a in args)
        super().exception(msg, *args, **kwargs)
