from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "chainrights.reports"
    label = "reports"
    verbose_name = "reports and scorecards"

    def ready(self) -> None:
        from chainrights.core import labels
        from chainrights.reports import figures, review

        labels.register(extra=review.CRITERIA | review.MEASURES | figures.LABELS)
        from chainrights.reports import salient, sources

        sources.register("salient_issues", salient.salient_issues)

        from chainrights.core import dashboard as board
        from chainrights.reports import dashboard

        board.register("reports", dashboard.tiles)
