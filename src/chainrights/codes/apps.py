from django.apps import AppConfig


class CodesConfig(AppConfig):
    name = "chainrights.codes"
    label = "codes"
    verbose_name = "codes of conduct"

    def ready(self) -> None:
        from chainrights.codes import panels
        from chainrights.registry.panels import register

        register("codes", panels.facility_panel)
