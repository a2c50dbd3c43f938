from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "chainrights.registry"
    label = "registry"
    verbose_name = "facility registry"
