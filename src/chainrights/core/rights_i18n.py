# ruff: noqa: E501  (one translatable text a line)
"""The rights taxonomy's names and summaries, marked for translation (``makemessages``
reads this file; ``core/data/rights.json`` stays the source, and
``tests/core/test_labels.py`` fails until a text added there is added here too)."""

from __future__ import annotations

from django.utils.translation import gettext_noop

TEXTS = [
    gettext_noop("Freedom of association and collective bargaining"),
    gettext_noop(
        "Workers may form and join unions of their choosing, and bargain collectively, without interference or reprisal."
    ),
    gettext_noop("Right to organise"),
    gettext_noop(
        "Workers can form and join a union without prior authorisation and without being punished for it."
    ),
    gettext_noop("Collective bargaining"),
    gettext_noop("Employers recognise unions and bargain with them in good faith."),
    gettext_noop("Elimination of forced or compulsory labour"),
    gettext_noop(
        "No work exacted under the menace of any penalty and for which the person has not offered themselves voluntarily."
    ),
    gettext_noop("Abuse of vulnerability"),
    gettext_noop(
        "An employer takes advantage of a worker's vulnerable position, such as irregular migration status, poverty or dependence, to impose conditions they would otherwise refuse."
    ),
    gettext_noop("Deception"),
    gettext_noop(
        "Workers were deceived about the nature, conditions, place or employer of the work, or about wages."
    ),
    gettext_noop("Restriction of movement"),
    gettext_noop(
        "Workers are locked in or confined to the workplace or living quarters, or their movement is controlled."
    ),
    gettext_noop("Isolation"),
    gettext_noop(
        "Workers are isolated geographically or socially, cut off from contact with others or help."
    ),
    gettext_noop("Physical and sexual violence"),
    gettext_noop(
        "Workers or their families are subjected to physical or sexual violence, or forced to take drugs or alcohol."
    ),
    gettext_noop("Intimidation and threats"),
    gettext_noop(
        "Workers are threatened, for example with denunciation to the authorities, dismissal or violence, when they complain or want to leave."
    ),
    gettext_noop("Retention of identity documents"),
    gettext_noop("The employer keeps passports or identity papers so that workers cannot leave."),
    gettext_noop("Withholding of wages"),
    gettext_noop("Wages are withheld or deferred to keep workers bound to the job."),
    gettext_noop("Debt bondage"),
    gettext_noop(
        "Workers work to repay a debt (recruitment fees, advances) that they cannot pay off."
    ),
    gettext_noop("Abusive working and living conditions"),
    gettext_noop(
        "Workers endure degrading, hazardous or unhealthy working or living conditions they would not accept freely."
    ),
    gettext_noop("Excessive overtime"),
    gettext_noop(
        "Workers are made to work hours beyond legal limits, or forced to work overtime under threat of penalty."
    ),
    gettext_noop("No recruitment fees charged to workers"),
    gettext_noop(
        "Workers pay no fees or related costs to get a job (the employer-pays principle)."
    ),
    gettext_noop("Effective abolition of child labour"),
    gettext_noop(
        "No child works below the minimum age, and no one under 18 does the worst forms of child labour."
    ),
    gettext_noop("Minimum age for employment"),
    gettext_noop(
        "No one below the national minimum age (at least 15, or 14 in some developing countries) is employed."
    ),
    gettext_noop("Worst forms of child labour"),
    gettext_noop(
        "No one under 18 does hazardous work, night work or work likely to harm their health, safety or morals."
    ),
    gettext_noop("Elimination of discrimination in employment and occupation"),
    gettext_noop(
        "No distinction, exclusion or preference based on race, colour, sex, religion, political opinion, national extraction or social origin."
    ),
    gettext_noop("Equal pay for work of equal value"),
    gettext_noop("Women and men receive equal remuneration for work of equal value."),
    gettext_noop("Maternity protection"),
    gettext_noop(
        "Pregnant and nursing workers are protected from dismissal and dangerous work, and receive leave and benefits."
    ),
    gettext_noop("A safe and healthy working environment"),
    gettext_noop(
        "Workplaces, machinery and processes are safe; workers can refuse dangerous work and take part in OSH committees."
    ),
    gettext_noop("Building, fire and electrical safety"),
    gettext_noop(
        "Factory buildings are structurally sound, fire and electrical risks are remediated, and workers' safety committees function."
    ),
    gettext_noop("Wages"),
    gettext_noop(
        "Workers are paid in full, on time, in legal tender, at least the legal minimum, with lawful deductions only."
    ),
    gettext_noop("Minimum wage"),
    gettext_noop("Wages meet at least the legal or sectoral minimum wage."),
    gettext_noop("Living wage"),
    gettext_noop(
        "Wages for a standard working week are enough for a decent standard of living for workers and their families."
    ),
    gettext_noop("Working hours"),
    gettext_noop(
        "Regular hours do not exceed 48 a week, overtime is voluntary, limited, and paid at a premium, with at least one day off in seven."
    ),
    gettext_noop("Freedom from violence and harassment"),
    gettext_noop(
        "No one faces violence or harassment at work, including gender-based violence and harassment."
    ),
    gettext_noop("Social security"),
    gettext_noop(
        "Workers are registered for and receive social security: sickness, employment injury, maternity, old age and unemployment benefits."
    ),
    gettext_noop("Secure employment relationship"),
    gettext_noop(
        "Work is based on a recognised employment relationship; no abuse of short-term contracts or subcontracting to avoid obligations; no unfair dismissal."
    ),
    gettext_noop("Access to remedy"),
    gettext_noop(
        "People harmed can raise grievances without fear of reprisal and obtain effective remedy."
    ),
    gettext_noop("Land and environment"),
    gettext_noop(
        "Business does not unlawfully evict or take land, or cause environmental harm that impairs people's health, food or water."
    ),
]
