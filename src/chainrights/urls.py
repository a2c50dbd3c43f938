"""URL map: pages of each app, the API under /api/v1/, the admin and i18n."""

from django.contrib import admin
from django.urls import include, path, re_path

from chainrights.api.main import api
from chainrights.core.errorviews import api_not_found

urlpatterns = [
    path("", include("chainrights.core.urls")),
    path("", include("chainrights.registry.urls")),
    path("", include("chainrights.grievances.urls")),
    path("", include("chainrights.codes.urls")),
    path("", include("chainrights.audits.urls")),
    path("", include("chainrights.states.urls")),
    path("", include("chainrights.purchasing.urls")),
    path("", include("chainrights.risk.urls")),
    path("", include("chainrights.reports.urls")),
    path("api/v1/", api.urls),
    re_path(r"^api/", api_not_found),  # unknown API paths answer in the API's error shape
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

handler404 = "chainrights.core.errorviews.not_found"
handler500 = "chainrights.core.errorviews.server_error"
handler400 = "chainrights.core.errorviews.bad_request"
handler403 = "chainrights.core.errorviews.forbidden"
