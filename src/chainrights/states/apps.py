from django.apps import AppConfig


class StatesConfig(AppConfig):
    name = "chainrights.states"
    label = "states"
    verbose_name = "states and labour inspection"

    def ready(self) -> None:
        # Referrals and inspections: the facility panel, the audit-quality evidence, and the
        # referral's parts of the grievance pages (hooks the lower apps own).
        from chainrights.audits.services import register_evidence
        from chainrights.grievances import services as grievances
        from chainrights.registry.panels import register
        from chainrights.states import panels
        from chainrights.states import reads_inspections as reads
        from chainrights.states.inspections import SIGNAL_WORDS, violated_rights

        register("inspections", panels.facility_panel)
        register_evidence("inspections", violated_rights, SIGNAL_WORDS)
        grievances.register_steps(reads.complainant_steps)
        grievances.register_case_section(reads.case_section)
        grievances.register_status_section(reads.status_section)

        from chainrights.core import dashboard as board
        from chainrights.states import dashboard

        board.register("states", dashboard.tiles)
