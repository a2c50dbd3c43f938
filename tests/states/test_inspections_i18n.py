"""Every page of referrals and inspections in the nine languages: the app's marked strings
(the country-profile part's too, which shares the folder) and the grievance pages' one new
message, each in every catalogue."""

from __future__ import annotations

from tests.i18n import marked, untranslated


def test_referrals_and_inspections_are_translated():
    assert untranslated("states/") == []


def test_the_identity_choice_message_is_translated():
    wanted = "Your choice is saved. You can change it at any time."
    assert wanted in marked("grievances/")
    assert [m for m in untranslated("grievances/") if wanted in m] == []
