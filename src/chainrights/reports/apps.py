from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "chainrights.reports"
    label = "reports"
    verbose_name = "reports and scorecards"

    def ready(self) -> None:
        from chainrights.reports import salient, sources

        sources.register("salient_issues", salient.salient_issues)
