from django.apps import AppConfig


class AuditsConfig(AppConfig):
    name = "chainrights.audits"
    label = "audits"
    verbose_name = "social audits"

    def ready(self) -> None:
        from chainrights.audits import models
        from chainrights.core import labels

        labels.register(models.ActionStatus, models.ActivityKind, models.Severity,
                        models.RootCause, extra=models.LABELS)  # fmt: skip

        from chainrights.audits import imports, panels
        from chainrights.core.uploads import register_in_progress
        from chainrights.registry.panels import register

        register("audits", panels.facility_panel)
        register_in_progress("audit imports", imports.in_progress)

        from chainrights.audits import dashboard
        from chainrights.core import dashboard as board

        board.register("audits", dashboard.tiles)
