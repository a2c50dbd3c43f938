"""A minimal owned object, so visibility rules are tested apart from any domain app."""

from django.db import models

from chainrights.core.models import OwnedModel


class Dossier(OwnedModel):
    title = models.CharField(max_length=100)

    def __str__(self) -> str:
        return self.title
