"""What every uploaded file (supplier lists, audit imports) must pass, in one place.

Three lines of defence, cheapest first:

- at upload, before anything is stored: ``unsafe_upload`` reads only an XLSX's ZIP directory
  (the declared size of each part; Python's ``zipfile`` never inflates a part past its declared
  size, so the declaration is an upper bound), and ``admit`` refuses an organisation that
  already has ``MAX_UPLOADS_IN_PROGRESS`` files being processed;
- in the worker, the reader counts cells while it streams and stops at ``MAX_UPLOAD_CELLS``;
- the parse itself runs in a child process under ``resource.setrlimit(RLIMIT_AS)``
  (``run_capped``), so a file that still unpacks to too much fails its own job with a reason
  instead of taking the worker (and the site) with it.

Apps register how to count their uploads in progress with ``register_in_progress`` from
``AppConfig.ready``; core imports none of them.
"""

from __future__ import annotations

import errno
import io
import multiprocessing
import os
import resource
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from chainrights.core.models import Organisation
from chainrights.core.refusals import Invalid, TooLarge, TooMany

MAX_RATIO = 200  # unpacked size over file size beyond which a workbook is a compressed bomb


class Busy(TooMany):
    """The organisation has as many uploads being processed as it may (HTTP 429)."""

    code = "uploads_in_progress"


class Refused(TooLarge, ValueError):
    """The file could not be read within the limits (413); the message says which and why."""


MAX_DOCUMENT = 10 * 1024 * 1024
DOCUMENT_TYPES = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".csv": "text/csv",
    ".txt": "text/plain",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
MAGIC = {".pdf": b"%PDF", ".png": b"\x89PNG", ".jpg": b"\xff\xd8", ".jpeg": b"\xff\xd8",
         ".xlsx": b"PK\x03\x04"}  # fmt: skip


def checked_document(filename: str, content: bytes) -> str:
    """The content type of an evidence file fit to keep (an audit's report, a corrective
    action's photo, a claim's trade licence): a known type whose bytes are what its name says
    (text must be UTF-8 without NUL bytes), not empty, at most 10 MB. Served back only as a
    download (``nosniff``), never shown inline."""
    said = {"name": filename[:80]}
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if suffix not in DOCUMENT_TYPES:
        kinds = ", ".join(sorted(DOCUMENT_TYPES))
        raise Invalid(_("%(name)s: attach one of %(kinds)s.") % (said | {"kinds": kinds}),
                      field="file")  # fmt: skip
    if not content:
        raise Invalid(_("%(name)s: the file is empty.") % said, field="file")
    if len(content) > MAX_DOCUMENT:
        raise TooLarge(_("%(name)s: larger than %(mb)s MB.")
                       % (said | {"mb": MAX_DOCUMENT // 2**20}), field="file")  # fmt: skip
    if suffix in MAGIC and not content.startswith(MAGIC[suffix]):
        raise Invalid(_("%(name)s: the file is not really a %(kind)s.")
                      % (said | {"kind": suffix[1:].upper()}), field="file")  # fmt: skip
    if suffix in (".csv", ".txt"):
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError as error:
            raise Invalid(_("%(name)s: not UTF-8 text (byte %(at)s); save it as UTF-8 and "
                            "attach it again.") % (said | {"at": error.start}),
                          field="file") from error  # fmt: skip
        if "\x00" in text:
            raise Invalid(_("%(name)s: the text holds NUL bytes; is it really text?") % said,
                          field="file")  # fmt: skip
    return DOCUMENT_TYPES[suffix]


def _mb(size: int) -> str:
    return f"{size / 2**20:,.0f} MB" if size >= 2**20 else f"{size / 1024:,.0f} KB"


def unsafe_upload(filename: str, content: bytes) -> str | None:
    """Why an upload must be refused before anyone parses it, or None.

    XLSX files are ZIP archives: a small one can unpack to gigabytes (a 'zip bomb'), and one
    huge part (shared strings, a sheet) can fill a worker's memory while the total looks
    modest, so the declared size of each part and of the whole are checked.
    """
    if not content:
        return "The file is empty."
    if not filename.lower().endswith(".xlsx"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            parts = [(info.filename, info.file_size) for info in archive.infolist()]
    except (zipfile.BadZipFile, ValueError, OSError):
        return "The file is not a readable XLSX workbook."
    unpacked = sum(size for _, size in parts)
    total_limit = settings.MAX_UPLOAD_UNPACKED_BYTES
    if unpacked > total_limit or unpacked > MAX_RATIO * max(1, len(content)):
        return (f"The workbook unpacks to {_mb(unpacked)}, far more than its size or the "
                f"{_mb(total_limit)} allowed (a compressed bomb?); refused.")  # fmt: skip
    part_limit = settings.MAX_UPLOAD_PART_BYTES
    for name, size in parts:
        if size > part_limit:
            return (f"The workbook's part {name[:100]} unpacks to {_mb(size)}; at most "
                    f"{_mb(part_limit)} per part (split the file, or remove unused cells "
                    "and formatting); refused.")  # fmt: skip
    return None


# -- uploads in progress, per organisation ---------------------------------------------------

_IN_PROGRESS: dict[str, Callable[[int], int]] = {}


def register_in_progress(name: str, count: Callable[[int], int]) -> None:
    """``count(organisation_id)``: how many of this app's uploads are queued or processing."""
    _IN_PROGRESS[name] = count


def in_progress(organisation_id: int) -> int:
    return sum(count(organisation_id) for count in _IN_PROGRESS.values())


@contextmanager
def admit(owner: Any) -> Iterator[None]:
    """Store one more upload of ``owner`` inside this block, or raise ``Busy``.

    The organisation's row is locked for the block (on PostgreSQL), so two uploads sent at
    once cannot both slip under the limit; the upload's own transaction nests inside.
    """
    limit = settings.MAX_UPLOADS_IN_PROGRESS
    with transaction.atomic():
        list(Organisation.objects.select_for_update().filter(pk=owner.pk).values_list("pk"))
        busy = in_progress(owner.pk)
        if limit and busy >= limit:
            raise Busy(
                f"{owner.name} already has {busy} upload(s) being processed, the most at once; "
                "wait until one is done (its page shows progress) and send this file again.",
                field="file",
            )
        yield


# -- parsing under a memory cap --------------------------------------------------------------


def _address_space() -> int:
    """Bytes of address space this process holds now (0 where /proc is not available)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _cap_memory(limit: int) -> None:
    """Let this process grow by at most ``limit`` bytes of address space from here on."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = _address_space() + limit
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


def _unreadable(exc: BaseException) -> str:
    return f"the file could not be read ({type(exc).__name__})"


def _child(sender: Any, limit: int, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        _cap_memory(limit)
        answer: tuple[str, Any] = ("ok", function(*args))
    except MemoryError:
        answer = ("memory", None)
    except RecursionError:
        answer = ("error", "the file is nested too deeply to read")
    except OSError as exc:  # under the cap, the kernel may refuse a mapping or a buffer
        out_of_memory = exc.errno == errno.ENOMEM
        answer = ("memory", None) if out_of_memory else ("error", _unreadable(exc))
    except Exception as exc:
        answer = ("error", _unreadable(exc))
    try:
        sender.send(answer)
    except MemoryError:
        sender.send(("memory", None))
    finally:
        sender.close()


def run_capped(function: Callable[..., Any], *args: Any) -> Any:
    """``function(*args)`` in a child process that may grow by ``UPLOAD_PARSE_MEMORY_MB`` and
    run for ``UPLOAD_PARSE_SECONDS``; its answer (picklable) comes back, or ``Refused`` says
    which limit the file broke. ``function`` must not touch the database.

    The child is forked (cheap, and it inherits the loaded code), so the cap is on what it
    allocates beyond what it inherited.
    """
    limit = settings.UPLOAD_PARSE_MEMORY_MB * 2**20
    seconds = settings.UPLOAD_PARSE_SECONDS
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, limit, function, args), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise Refused(f"reading the file took longer than {seconds} s, the most allowed; "
                          "refused (split it into smaller files)")  # fmt: skip
        try:
            kind, value = receiver.recv()
        except EOFError:
            kind, value = "memory", None  # killed without a word: out of its address space
    finally:
        receiver.close()
        process.join(timeout=1)
        if process.is_alive():
            process.kill()
            process.join()
    if kind == "memory":
        raise Refused(f"reading the file needs more than {settings.UPLOAD_PARSE_MEMORY_MB:,} MB "
                      "of memory, the most one upload may use; refused (split it into smaller "
                      "files, or remove unused cells and formatting)")  # fmt: skip
    if kind == "error":
        raise Refused(str(value))
    return value
