from django.urls import URLPattern, path

urlpatterns: list[URLPattern] = []

# Country profiles
from chainrights.states import views  # noqa: E402  (each part imports its own views)

urlpatterns += [
    path("countries", views.country_list, name="countries"),
    path("countries/<str:iso2>", views.country_detail, name="country-detail"),
    path("countries/<str:iso2>/facts", views.country_facts, name="country-facts"),
]

# Referrals and inspections
urlpatterns += []
