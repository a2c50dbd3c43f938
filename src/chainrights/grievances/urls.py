from django.urls import path

from chainrights.grievances import views

urlpatterns = [
    path("complain", views.intake, name="grievance-intake"),
    path("complain/filed", views.filed, name="grievance-filed"),
    path("complain/follow", views.follow, name="grievance-follow"),
    path("complain/status", views.status, name="grievance-status"),
    path("complain/procedure", views.procedure, name="grievance-procedure"),
    path("grievances/reports", views.public_reports, name="grievance-reports"),
    path("grievances/effectiveness", views.effectiveness, name="grievance-effectiveness"),
    path("cases", views.cases, name="cases"),
    path("cases/new", views.staff_intake, name="case-new"),
    path("cases/<str:reference>", views.case_detail, name="case-detail"),
]
