from django.urls import URLPattern, path

from chainrights.risk import assessment_views as hria
from chainrights.risk import views

urlpatterns: list[URLPattern] = [
    path("risk", views.register, name="risk"),
    path("risk/recompute", views.recompute, name="risk-recompute"),
    path("risk/assessments", hria.assessment_list, name="risk-assessments"),
    path("risk/assessments/new", hria.assessment_new, name="risk-assessment-new"),
    path("risk/assessments/<int:assessment_id>", hria.assessment_detail, name="risk-assessment"),
    path(
        "risk/assessments/<int:assessment_id>.pdf", hria.assessment_pdf, name="risk-assessment-pdf"
    ),
    path(
        "risk/assessments/<int:assessment_id>/edit",
        hria.assessment_edit,
        name="risk-assessment-edit",
    ),
    path(
        "risk/assessments/<int:assessment_id>/consultations",
        hria.assessment_consultation,
        name="risk-assessment-consultation",
    ),
    path(
        "risk/assessments/<int:assessment_id>/findings",
        hria.assessment_finding,
        name="risk-assessment-finding",
    ),
    path(
        "risk/assessments/<int:assessment_id>/actions",
        hria.assessment_action,
        name="risk-assessment-action",
    ),
    path(
        "risk/assessments/<int:assessment_id>/publish",
        hria.assessment_publish,
        name="risk-assessment-publish",
    ),
    path(
        "risk/assessments/<int:assessment_id>/correct",
        hria.assessment_correct,
        name="risk-assessment-correct",
    ),
    path("risk/<int:item_id>", views.item_detail, name="risk-item"),
    path("risk/<int:item_id>/decide", views.item_decide, name="risk-decide"),
    path("risk/<int:item_id>/relationship", views.item_relationship, name="risk-relationship"),
]
