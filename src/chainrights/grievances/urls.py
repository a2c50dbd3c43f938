from django.urls import path

from chainrights.grievances import views, views_unions
from chainrights.grievances.channels import CHANNELS
from chainrights.grievances.channels.webhook import webhook

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
    path("cases/new/filed", views.staff_filed, name="case-filed"),
    path("cases/<str:reference>", views.case_detail, name="case-detail"),
    # a union files for its members and follows the cases it brought
    path("union/complain", views_unions.union_intake, name="union-intake"),
    path("union/cases", views_unions.union_cases, name="union-cases"),
    path("union/cases/<str:reference>", views_unions.union_case, name="union-case"),
]

# One webhook per channel of the registry (grievances/channels/).
urlpatterns += [
    path(f"channels/{name}/webhook", webhook, {"name": name}, name=f"channel-{name}-webhook")
    for name in CHANNELS
]
