"""The access log of `chainrights serve`, written by gunicorn's own machinery from a real
request: no client address, browser string, query string, referrer or forwarded header, even
when the format asks for them."""

from __future__ import annotations

import socket
from datetime import timedelta
from pathlib import Path

from gunicorn.config import Config
from gunicorn.http import wsgi
from gunicorn.http.parser import RequestParser

from chainrights.core.accesslog import FORMAT, PrivateAccessLogger

REQUEST = (
    b"GET /complain?find=Rivergate+Ashulia HTTP/1.1\r\n"
    b"Host: chainrights.example\r\n"
    b"User-Agent: WorkerPhone-UA-5521\r\n"
    b"Referer: https://chainrights.example/complain?find=Rivergate\r\n"
    b"X-Forwarded-For: 198.51.100.23\r\n\r\n"
)
NOT_LOGGED = [b"127.61.7.9", b"198.51.100.23", b"WorkerPhone", b"Rivergate", b"find="]


def _log_one_request(tmp_path: Path, log_format: str) -> bytes:
    log = tmp_path / "access.log"
    cfg = Config()
    cfg.set("accesslog", str(log))
    cfg.set("access_log_format", log_format)
    logger = PrivateAccessLogger(cfg)
    request = next(RequestParser(cfg, [REQUEST], ("127.61.7.9", 40123)))
    server_side, client_side = socket.socketpair()
    with server_side, client_side:
        response, environ = wsgi.create(request, server_side, ("127.61.7.9", 40123),
                                        ("127.0.0.1", 8000), cfg)  # fmt: skip
        environ["REMOTE_ADDR"] = "127.61.7.9"
        response.status = "200 OK"
        response.sent = 512
        logger.access(response, request, environ, timedelta(milliseconds=42))
    for handler in list(logger.access_log.handlers):
        handler.close()
        logger.access_log.removeHandler(handler)
    return log.read_bytes()


def test_the_access_log_keeps_method_path_status_size_and_time_only(tmp_path):
    line = _log_one_request(tmp_path, FORMAT)
    assert b'"GET /complain HTTP/1.1" 200 512 42ms' in line
    assert [s for s in NOT_LOGGED if s in line] == []


def test_a_format_asking_for_the_client_still_gets_nothing_about_it(tmp_path):
    combined = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(q)s'
    headers = " %({x-forwarded-for}i)s %({user-agent}i)s %({remote_addr}e)s"
    line = _log_one_request(tmp_path, combined + headers)
    assert b"/complain" in line
    assert [s for s in NOT_LOGGED if s in line] == []
