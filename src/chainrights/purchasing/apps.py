from django.apps import AppConfig


class PurchasingConfig(AppConfig):
    name = "chainrights.purchasing"
    label = "purchasing"
    verbose_name = "purchasing practices"

    def ready(self) -> None:
        from chainrights.audits.services import register_finding_note
        from chainrights.grievances.services import register_case_section
        from chainrights.purchasing import panels

        register_finding_note("purchasing", panels.finding_note)
        register_case_section(panels.case_section)
