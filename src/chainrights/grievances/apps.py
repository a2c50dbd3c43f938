from django.apps import AppConfig


class GrievancesConfig(AppConfig):
    name = "chainrights.grievances"
    label = "grievances"
    verbose_name = "grievance mechanism"

    def ready(self) -> None:
        from chainrights.core import labels
        from chainrights.grievances import models

        labels.register(models.State, models.Channel)

        from chainrights.core import dashboard as board
        from chainrights.grievances import dashboard

        board.register("grievances", dashboard.tiles)
