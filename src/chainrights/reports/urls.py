from django.urls import path

from chainrights.reports import views

urlpatterns = [
    path("reports", views.report_list, name="reports"),
    path("reports/new", views.report_new, name="report-new"),
    path("reports/effectiveness", views.effectiveness, name="reports-effectiveness"),
    path("reports/<int:report_id>", views.report_detail, name="report-detail"),
    path("reports/<int:report_id>/write", views.report_write, name="report-write"),
    path("reports/<int:report_id>/publish", views.report_publish, name="report-publish"),
    path("reports/<int:report_id>/correct", views.report_correct, name="report-correct"),
    path("reports/<int:report_id>/figures/<str:key>", views.report_figure, name="report-figure"),
    path("reports/<int:report_id>.<str:fmt>", views.report_export, name="report-export"),
    path("scorecards", views.scorecard_list, name="scorecards"),
    path("scorecards/methodology", views.scorecard_method, name="scorecards-method"),
    path("scorecards/<int:brand_id>", views.scorecard_detail, name="scorecard"),
]
