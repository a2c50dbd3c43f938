from django.apps import AppConfig


class AuditsConfig(AppConfig):
    name = "chainrights.audits"
    label = "audits"
    verbose_name = "social audits"

    def ready(self) -> None:
        from chainrights.audits import panels
        from chainrights.registry.panels import register

        register("audits", panels.facility_panel)
