# ruff: noqa: E501  (one translatable text a line)
"""The reporting frameworks' names, version notes, section titles and question texts, marked
for translation (``makemessages`` reads this file; ``reports/data/frameworks.json`` stays the
source, and ``tests/reports/test_framework_i18n.py`` fails until a text added there is added
here too). The pages show them through ``gettext`` with the English text as the msgid; a
published report freezes its figures and words, not these texts."""

from __future__ import annotations

from django.utils.translation import gettext, gettext_noop

TEXTS = [
    gettext_noop("UN Guiding Principles Reporting Framework"),
    gettext_noop(
        "31 questions in three parts; the 8 overarching questions (A1, A2, B1-B4 filter, C1-C6) are the minimum. Labels to be verified against the framework text."
    ),
    gettext_noop("Part A: governance of respect for human rights"),
    gettext_noop(
        "What does the company publicly commit to on human rights, who approved that commitment, and which rights and people does it cover?"
    ),
    gettext_noop(
        "How does the company make the commitment part of how it works day to day: who is responsible, how staff and suppliers learn of it, and how it shapes decisions?"
    ),
    gettext_noop("Part B: defining the focus of reporting"),
    gettext_noop(
        "Which human-rights issues are most severe in the company's activities and business relationships (its salient issues)?"
    ),
    gettext_noop("How were the salient issues determined, and with whose input?"),
    gettext_noop(
        "Are there places where the report concentrates on particular geographies, and why?"
    ),
    gettext_noop(
        "Were there severe impacts in the period outside the salient issues, and how were they handled?"
    ),
    gettext_noop("Part C: management of salient human-rights issues"),
    gettext_noop(
        "Which specific policies address the salient issues, and how are they communicated to those who must apply them?"
    ),
    gettext_noop(
        "How does the company engage affected people and their representatives on each salient issue?"
    ),
    gettext_noop(
        "How does the company find out about changes in the nature of each salient issue over time (assessment, audits, monitoring)?"
    ),
    gettext_noop(
        "How are the findings of these assessments turned into decisions and actions, including in purchasing practices?"
    ),
    gettext_noop(
        "How does the company know whether its efforts to address each salient issue are effective?"
    ),
    gettext_noop(
        "How does the company enable remedy for people harmed, through its own or others' grievance mechanisms?"
    ),
    gettext_noop("ESRS S2 Workers in the value chain"),
    gettext_noop(
        "Commission Delegated Regulation (EU) 2023/2772. The simplified ESRS (EFRAG drafts of July 2025) are not adopted; when they are, they become a new version. The XHTML/iXBRL format is not produced."
    ),
    gettext_noop("Disclosure requirements"),
    gettext_noop(
        "Which policies cover value-chain workers, and do they address trafficking, forced labour and child labour? Is there a supplier code of conduct?"
    ),
    gettext_noop(
        "How does the company engage value-chain workers and their representatives about actual and potential impacts?"
    ),
    gettext_noop(
        "Which processes remediate negative impacts, and which channels can value-chain workers use to raise concerns?"
    ),
    gettext_noop(
        "Which actions did the company take on material impacts, and how effective were they?"
    ),
    gettext_noop(
        "Which time-bound targets has the company set for value-chain workers, and how is it progressing?"
    ),
    gettext_noop("Directive (EU) 2024/1760, art. 16 annual statement"),
    gettext_noop(
        "A statement on the website within 12 months of the balance-sheet date, not required of companies reporting under the CSRD. Its content is to be set by a delegated act (due by 31 March 2027); changes from the 2025 Omnibus amendments are not verified. Questions follow the due-diligence articles 7 to 15."
    ),
    gettext_noop("Due diligence in the reporting year"),
    gettext_noop(
        "How is due diligence built into the company's policies and risk management (art. 7)?"
    ),
    gettext_noop(
        "Which actual and potential adverse impacts were identified and assessed, and how were they prioritised (arts. 8-9)?"
    ),
    gettext_noop(
        "Which measures prevented potential impacts or brought actual impacts to an end (arts. 10-11)?"
    ),
    gettext_noop("How was remediation provided for actual impacts (art. 12)?"),
    gettext_noop("How were stakeholders meaningfully engaged (art. 13)?"),
    gettext_noop(
        "How can people raise concerns, and what did the notification mechanism and complaints procedure receive (art. 14)?"
    ),
    gettext_noop("How was the effectiveness of due diligence monitored (art. 15)?"),
    gettext_noop("LkSG internal documentation (BAFA headings)"),
    gettext_noop(
        "An internal documentation under section 10(1), kept 7 years, using the headings of BAFA's questionnaire; not a BAFA submission. The cabinet bill of 3 September 2025 abolishes the reporting duty; its final adoption was not found."
    ),
    gettext_noop("Entry questions"),
    gettext_noop(
        "Did the company identify a risk in its own operations or at direct suppliers in the period?"
    ),
    gettext_noop("Did the company find a violation in the period?"),
    gettext_noop("Strategy and anchoring"),
    gettext_noop(
        "Which policy statement was adopted, and who in management is responsible for risk management?"
    ),
    gettext_noop("Risk analysis and prevention"),
    gettext_noop("How was the risk analysis carried out and which risks were prioritised?"),
    gettext_noop("Which preventive measures were taken at direct suppliers and in purchasing?"),
    gettext_noop("Violations and remedial measures"),
    gettext_noop("Which remedial measures were taken on violations found, and with what result?"),
    gettext_noop("Complaints procedure"),
    gettext_noop(
        "How does the complaints procedure work, who can use it, and what did it receive?"
    ),
    gettext_noop("Evaluation and conclusions"),
    gettext_noop(
        "How effective were the measures and the complaints procedure, and what follows for the next period?"
    ),
    gettext_noop("Transparency Pledge supplier-list disclosure"),
    gettext_noop(
        "Every manufacturing site with full name, address, parent company, product type and worker band, published twice a year in English as a searchable spreadsheet; good practice adds the update date, coverage and exclusions."
    ),
    gettext_noop("Supplier list"),
    gettext_noop(
        "Which production units and processing facilities make the company's products (the annexed list)?"
    ),
    gettext_noop("How much of production does the list cover, and what is excluded and why?"),
]


def shown(text: str) -> str:
    """A framework text in the active language; an empty text stays empty (the empty msgid
    would give the catalogue's header)."""
    return gettext(text) if text else ""
