from django.urls import path

from chainrights.audits import views, views_trainings

urlpatterns = [
    path("audits", views.audit_list, name="audits"),
    path("audits/import", views.audit_import, name="audit-import"),
    path("audits/imports/<int:import_id>", views.audit_import_detail, name="audit-import-detail"),
    path("audits/template.csv", views.audit_template, name="audit-template"),
    path("audits/load", views.audit_load, name="audit-load"),
    path("audits/capacity", views.capacity, name="capacity"),
    path(
        "inspections/trainings",
        views_trainings.inspector_trainings,
        name="inspector-trainings",
    ),
    path("audits/<int:audit_id>", views.audit_detail, name="audit-detail"),
    path("audits/<int:audit_id>/share", views.audit_share, name="audit-share"),
    path("audits/<int:audit_id>/documents", views.audit_document, name="audit-document"),
    path(
        "audits/<int:audit_id>/documents/<int:document_id>",
        views.audit_document_download,
        name="audit-document-download",
    ),
    path("audits/findings/<int:finding_id>/actions", views.propose, name="finding-action-new"),
    path("audits/actions/<int:action_id>/status", views.action_status, name="action-status"),
    path("audits/actions/<int:action_id>/verify", views.action_verify, name="action-verify"),
    path("audits/actions/<int:action_id>/comment", views.action_comment, name="action-comment"),
    path("audits/actions/<int:action_id>/evidence", views.action_evidence, name="action-evidence"),
]
