"""`verify-log --deep`: every domain row is what the log last recorded for it.

A direct SQL edit of a domain table leaves the chain intact; only replaying the log finds it.
These run on SQLite and, in `make test`'s PostgreSQL pass, on PostgreSQL.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import connection

from chainrights.cli import main
from chainrights.core import events
from chainrights.core.models import Organisation
from chainrights.core.replay import compare_rows


def _sql(sql: str, params: list) -> None:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def _deep(capsys) -> tuple[int, str]:
    code = main(["verify-log", "--deep"])
    return code, capsys.readouterr().out


def test_deep_verification_accepts_rows_written_through_the_log(demo, capsys):
    with events.acting_as(user=demo["operator"]):
        org = Organisation.objects.create(name="Acme Garments", kind="supplier")
        org.country = "BD"
        org.save()
        Organisation.objects.create(name="Gone Soon", kind="brand").delete()
        viewer = demo["brandviewer"]
        viewer.is_active = False
        viewer.save()
    assert list(compare_rows()) == []
    code, out = _deep(capsys)
    assert code == 0, out
    assert "OK" in out, out


def test_a_direct_sql_update_of_a_domain_table_is_named_with_table_id_and_field(demo, capsys):
    org = Organisation.objects.get(name="Northwind Apparel")
    _sql("UPDATE core_organisation SET country = %s WHERE id = %s", ["KP", org.pk])

    code, out = _deep(capsys)
    assert code == 1
    assert "TAMPERED" in out
    assert f"core_organisation id={org.pk}: country is 'KP' in the table but 'DE' in the log" in out
    assert main(["verify-log"]) == 0  # the chain alone cannot see it


def test_a_user_made_superuser_by_sql_is_named(demo):
    viewer = demo["brandviewer"]
    _sql("UPDATE auth_user SET is_superuser = %s WHERE id = %s", [True, viewer.pk])
    drifts = [str(d) for d in compare_rows()]
    assert drifts == [
        f"auth_user id={viewer.pk}: is_superuser is True in the table but False in the log"
    ]


def test_a_password_hash_replaced_by_sql_is_named_without_showing_it(demo):
    viewer = demo["brandviewer"]
    _sql("UPDATE auth_user SET password = %s WHERE id = %s", ["md5$x$forged", viewer.pk])
    drifts = [str(d) for d in compare_rows()]
    assert len(drifts) == 1
    assert f"auth_user id={viewer.pk}: password" in drifts[0]
    assert "forged" not in drifts[0]


def test_rows_inserted_or_deleted_behind_the_log_are_named(demo):
    _sql(
        "INSERT INTO core_organisation (name, kind, country, website, created_at) "
        "VALUES (%s, %s, '', '', CURRENT_TIMESTAMP)",
        ["Ghost Buyer", "brand"],
    )
    ghost = Organisation.objects.get(name="Ghost Buyer")
    with events.acting_as(system="test"):
        lonely = Organisation.objects.create(name="Lonely", kind="union")
    _sql("DELETE FROM core_organisation WHERE id = %s", [lonely.pk])

    drifts = {str(d) for d in compare_rows()}
    assert drifts == {
        f"core_organisation id={ghost.pk}: the row has no entry in the log (inserted behind it)",
        f"core_organisation id={lonely.pk}: the row is gone but the log never deleted it",
    }


def test_deep_verification_of_a_user_row_deleted_behind_the_log(demo):
    user = get_user_model().objects.get(username="union")
    with events.acting_as(system="test"):
        user.memberships.all().delete()
        for token in user.api_tokens.all():
            token.delete()
    _sql("DELETE FROM auth_user WHERE id = %s", [user.pk])
    drifts = [str(d) for d in compare_rows()]
    assert drifts == [f"auth_user id={user.pk}: the row is gone but the log never deleted it"]


def test_a_group_granted_by_sql_is_named(demo):
    from django.contrib.auth.models import Group

    viewer = demo["brandviewer"]
    with events.acting_as(system="test"):
        admins = Group.objects.create(name="platform admins")
        editors = Group.objects.create(name="editors")
        viewer.groups.add(editors)
    assert list(compare_rows()) == []
    _sql("INSERT INTO auth_user_groups (user_id, group_id) VALUES (%s, %s)", [viewer.pk, admins.pk])
    drifts = [str(d) for d in compare_rows()]
    assert drifts == [
        f"auth_user id={viewer.pk}: groups are {sorted([editors.pk, admins.pk])} in the table "
        f"but {[editors.pk]} in the log"
    ]


def test_permissions_granted_by_sql_to_a_user_never_given_any_are_named(demo):
    from django.contrib.auth.models import Permission

    viewer = demo["brandviewer"]
    perm = Permission.objects.get(codename="change_user")
    _sql(
        "INSERT INTO auth_user_user_permissions (user_id, permission_id) VALUES (%s, %s)",
        [viewer.pk, perm.pk],
    )
    drifts = [str(d) for d in compare_rows()]
    assert drifts == [
        f"auth_user id={viewer.pk}: user_permissions are {[perm.pk]} in the table but [] in the log"
    ]


def test_links_that_went_with_a_logged_deletion_are_no_drift(demo):
    from django.contrib.auth.models import Group

    viewer = demo["brandviewer"]
    with events.acting_as(system="test"):
        editors = Group.objects.create(name="editors")
        viewer.groups.add(editors)
        viewer.memberships.all().delete()
        viewer.delete()
    assert list(compare_rows()) == []
