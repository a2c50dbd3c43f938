from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "chainrights.reports"
    label = "reports"
    verbose_name = "reports and scorecards"
