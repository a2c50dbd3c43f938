from django.apps import AppConfig


class RiskConfig(AppConfig):
    name = "chainrights.risk"
    label = "risk"
    verbose_name = "human-rights risk"

    def ready(self) -> None:
        # The facility page's risk section, through the registry's hook (it imports no app).
        from chainrights.registry.panels import register
        from chainrights.risk import panels, signals

        register("risk", panels.facility_panel)
        signals.connect()

        from chainrights.core import dashboard as board
        from chainrights.risk import dashboard

        board.register("risk", dashboard.tiles)
