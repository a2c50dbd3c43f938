"""Error pages: JSON in the API's shape under /api/, pages elsewhere that say what happened
and what to do, in the reader's language. ``ErrorPageMiddleware`` gives the same page to a
view's bare refusal (an empty 403 or 404), so no refusal reaches a person as a blank page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from chainrights.core.errors import error_response, is_api_request

# status: (what happened, what to do)
PAGES: dict[int, tuple[Any, Any]] = {
    400: (_("The request could not be understood."),
          _("Go back, check what you entered and try again.")),
    403: (_("You may not see this page."),
          _("If you think you should, sign in with the account that has access, or ask the "
            "person who runs your organisation's account to share it with you.")),
    404: (_("This page does not exist, or you may not know that it exists."),
          _("Check the address. If someone sent you the link, ask them for a new one.")),
    405: (_("This page cannot be used that way."),
          _("Go back and use the page's own buttons and links.")),
    409: (_("This was already done."),
          _("Reload the page to see how things stand now.")),
    413: (_("What you sent is too large."),
          _("Send a smaller file, or split it into parts.")),
    429: (_("Too many attempts."),
          _("Please wait a minute and try again.")),
}  # fmt: skip


def page(request: HttpRequest, status: int, message: str = "") -> HttpResponse:
    """The error page for ``status``: what happened (``message`` when a service said it more
    precisely), what to do, and where to go."""
    happened, advice = PAGES.get(status, PAGES[400])
    context = {"status": status, "happened": happened, "message": message, "advice": advice,
               "sign_in": status == 403 and not request.user.is_authenticated}  # fmt: skip
    return render(request, "error.html", context, status=status)


def _respond(request: HttpRequest, status: int, message: str = "") -> HttpResponse:
    if is_api_request(request):
        with translation.override("en"):  # the API's errors are English, as its docs
            return error_response(status, message or str(PAGES.get(status, PAGES[400])[0]))
    return page(request, status, message)


def not_found(request: HttpRequest, exception: Any = None) -> HttpResponse:
    return _respond(request, 404)


def forbidden(request: HttpRequest, exception: Any = None) -> HttpResponse:
    return _respond(request, 403)


def bad_request(request: HttpRequest, exception: Any = None) -> HttpResponse:
    if isinstance(exception, RequestDataTooBig):
        # A form's text fields over Django's limit (a whole document pasted, say).
        mb = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 2**20
        return _respond(request, 413, f"The form's text is larger than {mb} MB. Shorten it, "
                                      "or upload the document as a file instead.")  # fmt: skip
    return _respond(request, 400)


def server_error(request: HttpRequest) -> HttpResponse:
    """Rendered without the layout or the database (which may be what failed)."""
    if is_api_request(request):
        return error_response(500, "Something went wrong on our side; it has been logged.")
    return HttpResponse(render_to_string("500.html"), status=500)


def api_not_found(request: HttpRequest) -> HttpResponse:
    return error_response(404, f"No API endpoint at {request.path}.")


class ErrorPageMiddleware:
    """A page's bare refusal (``HttpResponse(status=403)``, an empty 404) becomes the error
    page, so a person always reads what happened and what to do. The API keeps its shape."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            response.status_code in PAGES
            and not response.streaming
            and not response.content
            and not is_api_request(request)
            and request.headers.get("HX-Request") != "true"
        ):
            return page(request, response.status_code)
        return response
