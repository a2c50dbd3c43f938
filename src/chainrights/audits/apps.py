from django.apps import AppConfig


class AuditsConfig(AppConfig):
    name = "chainrights.audits"
    label = "audits"
    verbose_name = "social audits"

    def ready(self) -> None:
        # noqa: PLC0415 on each: the app's modules import models, loaded only once apps are
        from chainrights.audits import imports, panels  # noqa: PLC0415
        from chainrights.core.uploads import register_in_progress  # noqa: PLC0415
        from chainrights.registry.panels import register  # noqa: PLC0415

        register("audits", panels.facility_panel)
        register_in_progress("audit imports", imports.in_progress)
