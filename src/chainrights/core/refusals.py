"""The one way a service says no.

Services raise a ``Refusal``; the API maps it once to the error shape and pages map it once,
to a form error (``onto``) or a message (``core.middleware.RefusalMiddleware``), so no view
decides a status. ``field`` names what to fix (the body field of an API call, the form field
of a page), or is empty for the request as a whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ClassVar

from django.utils.translation import gettext as _


class Refusal(Exception):
    """A request the rules refuse; ``str(refusal)`` is the message shown, already translated."""

    status: ClassVar[int] = 400
    code: ClassVar[str | None] = None  # the error shape's code, when not the status's own

    def __init__(self, message: str, *, field: str = "", details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.details = details

    def __str__(self) -> str:
        return str(self.message)


class Invalid(Refusal):
    """The input breaks a rule (400); ``field`` says which input."""

    status = 400


@dataclass(frozen=True)
class Problem:
    """One problem of a checked record or file: where ("row 3", "body", "violations[1]",
    "file"), which field, and why."""

    where: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}, {self.field}: {self.reason}" if self.field else (
            f"{self.where}: {self.reason}")  # fmt: skip


class Problems(Invalid):
    """Every problem of a checked record or file; nothing was stored (422, each problem's
    where and field, and why, in ``details``; the first twenty in the message). The one
    refusal of every import and every checked write with more than one field."""

    status = 422
    SHOWN = 20

    def __init__(self, problems: list[Problem], *, field: str = "") -> None:
        self.problems = problems
        details = [{"field": f"{p.where}.{p.field}" if p.field else p.where,
                    "reason": p.reason} for p in problems[:500]]  # fmt: skip
        listed = "; ".join(str(p) for p in problems[: self.SHOWN])
        more = " …" if len(problems) > self.SHOWN else ""
        super().__init__(
            _("%(n)d problem(s); nothing was stored.") % {"n": len(problems)} + f" {listed}{more}",
            field=field, details=details,
        )  # fmt: skip


class NotAllowed(Refusal):
    """The caller may not do this to this object (403)."""

    status = 403


class Conflict(Refusal):
    """The object's state forbids it now: already decided, superseded, a duplicate (409)."""

    status = 409


class TooLarge(Refusal):
    """The upload or request is over a limit the operator set (413)."""

    status = 413


class TooMany(Refusal):
    """Over a limit that passes: try again later (429)."""

    status = 429


class Outcome:
    """What ``onto`` saw: the status a page refused by a service answers with (200 if none)."""

    status = 200


@contextmanager
def onto(form: Any) -> Iterator[Outcome]:
    """The one mapping for a form page: a refusal becomes the form's error, on the field it
    names when the form has that field, so the page shows it beside what was typed (nothing
    typed is lost). The view goes on to render the form again::

        with refusals.onto(form):
            services.do(...)
            return redirect(...)
        return render(request, template, {"form": form})

    ``with refusals.onto(form) as outcome:`` gives the refusal's status too, for a page that
    answers with it (a 429 when uploads are busy).
    """
    outcome = Outcome()
    try:
        yield outcome
    except Refusal as refusal:
        form.add_error(refusal.field if refusal.field in form.fields else None, str(refusal))
        outcome.status = refusal.status
