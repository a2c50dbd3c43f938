from django.urls import path

from chainrights.registry import views

urlpatterns = [
    path("facilities", views.facility_search, name="facilities"),
    path("facilities/<str:public_id>", views.facility_detail, name="facility-detail"),
    path("lists", views.lists, name="lists"),
    path("lists/<int:list_id>", views.list_detail, name="list-detail"),
    path("lists/<int:list_id>/rows/<int:row>/review", views.review, name="list-review"),
]
