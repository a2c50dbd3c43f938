from django.urls import URLPattern, path

from chainrights.risk import views

urlpatterns: list[URLPattern] = [
    path("risk", views.register, name="risk"),
    path("risk/recompute", views.recompute, name="risk-recompute"),
    path("risk/<int:item_id>", views.item_detail, name="risk-item"),
    path("risk/<int:item_id>/decide", views.item_decide, name="risk-decide"),
    path("risk/<int:item_id>/relationship", views.item_relationship, name="risk-relationship"),
]
