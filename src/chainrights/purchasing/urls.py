from django.urls import path

from chainrights.purchasing import views

urlpatterns = [
    path("purchasing", views.home, name="purchasing"),
    path("purchasing/rate", views.rate_list, name="purchasing-rate"),
    path("purchasing/rate/<int:buyer_id>", views.rate_buyer, name="purchasing-rate-buyer"),
    path("purchasing/buyers/<int:buyer_id>", views.buyer_results, name="purchasing-buyer"),
    path("purchasing/buyers/<int:buyer_id>/publish", views.publish, name="purchasing-publish"),
    path(
        "purchasing/buyers/<int:buyer_id>/scorecard", views.scorecard, name="purchasing-scorecard"
    ),
    path(
        "purchasing/buyers/<int:buyer_id>/scorecard.csv",
        views.scorecard_csv,
        name="purchasing-scorecard-csv",
    ),
    path("purchasing/orders/import", views.import_orders, name="purchasing-import"),
    path("purchasing/orders/template.csv", views.orders_template, name="purchasing-template"),
    path("purchasing/practices", views.practices, name="purchasing-practices"),
    path("purchasing/cycles", views.cycles, name="purchasing-cycles"),
    path(
        "purchasing/cycles/<int:cycle_id>/close", views.close_cycle, name="purchasing-cycle-close"
    ),
    path("purchasing/comments", views.comments, name="purchasing-comments"),
    path(
        "purchasing/comments/<int:comment_id>",
        views.decide_comment,
        name="purchasing-comment-decide",
    ),
    path("purchasing/links", views.link_queue, name="purchasing-links"),
    path("purchasing/links/decide", views.decide_link, name="purchasing-link-decide"),
    path("purchasing/links/<int:link_id>/action", views.link_action, name="purchasing-link-action"),
]
