from django.urls import URLPattern

urlpatterns: list[URLPattern] = []

# Country profiles
urlpatterns += []

# Referrals and inspections
urlpatterns += []
