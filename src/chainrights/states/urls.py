from django.urls import URLPattern, path

from chainrights.states import views_inspections as inspections

urlpatterns: list[URLPattern] = []

# Country profiles
from chainrights.states import views  # noqa: E402  (each part imports its own views)

urlpatterns += [
    path("countries", views.country_list, name="countries"),
    path("countries/<str:iso2>", views.country_detail, name="country-detail"),
    path("countries/<str:iso2>/facts", views.country_facts, name="country-facts"),
]

# Referrals and inspections
urlpatterns += [
    path("inspections", inspections.inspections, name="inspections"),
    path("inspections/new", inspections.inspection_new, name="inspection-new"),
    path("inspections/import", inspections.inspection_import, name="inspection-import"),
    path("inspections/template", inspections.inspection_template, name="inspection-template"),
    path("inspections/defaults", inspections.inspection_defaults, name="inspection-defaults"),
    path("inspections/referrals", inspections.referrals, name="referrals"),
    path(
        "inspections/referrals/<int:referral_id>",
        inspections.referral_detail,
        name="referral-detail",
    ),
    path(
        "inspections/referrals/<int:referral_id>/evidence/<int:evidence_id>",
        inspections.referral_evidence,
        name="referral-evidence",
    ),
    path(
        "inspections/<int:inspection_id>", inspections.inspection_detail, name="inspection-detail"
    ),
    path("cases/<str:reference>/refer", inspections.case_refer, name="case-refer"),
]
