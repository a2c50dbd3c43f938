"""Error pages: JSON in the API's shape under /api/, small HTML pages elsewhere."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from chainrights.core.errors import error_response, is_api_request


def _respond(request: HttpRequest, status: int, message: str) -> HttpResponse:
    if is_api_request(request):
        return error_response(status, message)
    return render(request, "error.html", {"status": status, "message": message}, status=status)


def not_found(request: HttpRequest, exception: Any = None) -> HttpResponse:
    return _respond(request, 404, "This page does not exist.")


def forbidden(request: HttpRequest, exception: Any = None) -> HttpResponse:
    return _respond(request, 403, "You may not see this page.")


def bad_request(request: HttpRequest, exception: Any = None) -> HttpResponse:

    if isinstance(exception, RequestDataTooBig):
        # A form's text fields over Django's limit (a whole document pasted, say).
        mb = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 2**20
        return _respond(request, 413, f"The form's text is larger than {mb} MB. Shorten it, "
                                      "or upload the document as a file instead.")  # fmt: skip
    return _respond(request, 400, "The request could not be understood.")


def server_error(request: HttpRequest) -> HttpResponse:
    if is_api_request(request):
        return error_response(500, "Something went wrong on our side; it has been logged.")
    return HttpResponse(
        "<!doctype html><title>Error</title><h1>Something went wrong</h1>", status=500
    )


def api_not_found(request: HttpRequest) -> HttpResponse:
    return error_response(404, f"No API endpoint at {request.path}.")
