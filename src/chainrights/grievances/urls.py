from django.urls import path

from chainrights.grievances import views

urlpatterns = [
    path("complain", views.intake, name="grievance-intake"),
    path("complain/follow", views.follow, name="grievance-follow"),
    path("cases", views.cases, name="cases"),
    path("cases/new", views.staff_intake, name="case-new"),
    path("cases/<str:reference>", views.case_detail, name="case-detail"),
]
