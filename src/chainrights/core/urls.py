from django.contrib.auth import views as auth_views
from django.urls import path

from chainrights.core import views

urlpatterns = [
    path("", views.home, name="home"),
    path("dashboard", views.dashboard, name="dashboard"),
    path("rights", views.rights_list, name="rights"),
    path("rights/<slug:code>", views.right_detail, name="right-detail"),
    path("healthz", views.healthz, name="healthz"),
    path("accounts/login/", views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("account/", views.account, name="account"),
    path("account/tokens/<int:token_id>/revoke", views.account_revoke_token, name="token-revoke"),
    path("account/two-factor/", views.two_factor, name="two-factor"),
    path("account/recovery-codes/", views.recovery_codes, name="recovery-codes"),
]
