from django.urls import path

from chainrights.codes import views

urlpatterns = [
    path("codes", views.code_list, name="codes"),
    path("codes/compare", views.compare, name="code-compare"),
    path("codes/<int:code_id>", views.code_detail, name="code-detail"),
    path("codes/<int:code_id>/card", views.promise_card, name="code-card"),
]
