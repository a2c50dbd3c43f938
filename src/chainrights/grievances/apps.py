from django.apps import AppConfig


class GrievancesConfig(AppConfig):
    name = "chainrights.grievances"
    label = "grievances"
    verbose_name = "grievance mechanism"
