from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "chainrights.registry"
    label = "registry"
    verbose_name = "facility registry"

    def ready(self) -> None:
        # Both import models (core's, the registry's), which load only after the app configs.
        from chainrights.core.uploads import register_in_progress
        from chainrights.registry import limits

        register_in_progress("supplier lists", limits.in_progress)

        from chainrights.core import dashboard as board
        from chainrights.registry import dashboard

        board.register("registry", dashboard.tiles)
