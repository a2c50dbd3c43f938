from django.apps import AppConfig

from chainrights.core.uploads import register_in_progress


class RegistryConfig(AppConfig):
    name = "chainrights.registry"
    label = "registry"
    verbose_name = "facility registry"

    def ready(self) -> None:
        # limits imports the registry's models, which load only after the app configs.
        from chainrights.registry import limits  # noqa: PLC0415

        register_in_progress("supplier lists", limits.in_progress)
