from django.apps import AppConfig


class PurchasingConfig(AppConfig):
    name = "chainrights.purchasing"
    label = "purchasing"
    verbose_name = "purchasing practices"
