from django.apps import AppConfig


class PurchasingConfig(AppConfig):
    name = "chainrights.purchasing"
    label = "purchasing"
    verbose_name = "purchasing practices"

    def ready(self) -> None:
        from chainrights.core import labels
        from chainrights.purchasing import indicators, models

        labels.register(models.Category,
                        extra={d["key"]: d["label"] for d in indicators.definitions()})  # fmt: skip
        from chainrights.audits.services import register_finding_note
        from chainrights.grievances.services import register_case_section
        from chainrights.purchasing import panels

        register_finding_note("purchasing", panels.finding_note)
        register_case_section(panels.case_section)

        from chainrights.core import dashboard as board
        from chainrights.purchasing import dashboard

        board.register("purchasing", dashboard.tiles)
