from django.urls import path

from chainrights.registry import views, views_moderation

urlpatterns = [
    path("facilities", views.facility_search, name="facilities"),
    path("facilities/<str:public_id>", views.facility_detail, name="facility-detail"),
    path("facilities/<str:public_id>/merge", views_moderation.merge, name="facility-merge"),
    path("facilities/<str:public_id>/unmerge", views_moderation.unmerge, name="facility-unmerge"),
    path("facilities/<str:public_id>/split", views_moderation.split, name="facility-split"),
    path("facilities/<str:public_id>/claim", views_moderation.claim, name="facility-claim"),
    path("facilities/<str:public_id>/correct", views_moderation.correct, name="facility-correct"),
    path("claims", views_moderation.claim_queue, name="claims"),
    path("claims/<int:claim_id>/evidence", views_moderation.claim_evidence, name="claim-evidence"),
    path("claims/<int:claim_id>/decide", views_moderation.claim_decide, name="claim-decide"),
    path("lists", views.lists, name="lists"),
    path("lists/template.<str:fmt>", views.list_template, name="list-template"),
    path("lists/<int:list_id>", views.list_detail, name="list-detail"),
    path("lists/<int:list_id>/rows", views.list_rows, name="list-rows"),
    path("lists/<int:list_id>/retry", views.retry, name="list-retry"),
    path("lists/<int:list_id>/rows/<int:row>/review", views.review, name="list-review"),
    path("lists/<int:list_id>/rows/<int:row>/undo", views_moderation.undo, name="list-undo"),
]
