from django.apps import AppConfig


class CodesConfig(AppConfig):
    name = "chainrights.codes"
    label = "codes"
    verbose_name = "codes of conduct"

    def ready(self) -> None:
        from chainrights.codes import models
        from chainrights.core import labels

        labels.register(models.Level, models.OnBreach, models.Binding, models.Verification,
                        extra=models.LABELS)  # fmt: skip
        from chainrights.codes import panels
        from chainrights.registry.panels import register

        register("codes", panels.facility_panel)
