"""``loaddata``, refused on domain tables: use ``chainrights restore`` (see ``_fixtures``).

The refusal comes at the first domain row, inside loaddata's transaction, so nothing of the
fixture is stored.
"""

from typing import Any

from django.core.management.commands import loaddata

from chainrights.core.management.commands._fixtures import refuse


class Command(loaddata.Command):
    def save_obj(self, obj: Any) -> bool:
        refuse([type(obj.object)], "loaddata", "chainrights restore ARCHIVE")
        saved: bool = super().save_obj(obj)
        return saved
