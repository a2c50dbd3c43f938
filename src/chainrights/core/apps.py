from typing import Any

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "chainrights.core"
    label = "core"
    verbose_name = "chainrights core"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_migrate, pre_delete

        from chainrights.core import checks, events, logged, reference  # noqa: F401  (checks)
        from chainrights.core.models import AuditedModel

        def audited(handler: Any) -> Any:
            def receiver(sender: Any, instance: Any, **kwargs: Any) -> None:
                if isinstance(instance, AuditedModel):
                    handler(sender, instance, **kwargs)

            return receiver

        self._pre_delete = audited(events.on_pre_delete)
        self._post_delete = audited(events.on_post_delete)
        pre_delete.connect(self._pre_delete, dispatch_uid="core.audit.pre_delete")
        post_delete.connect(self._post_delete, dispatch_uid="core.audit.post_delete")
        post_migrate.connect(reference.sync_after_migrate, sender=self)
        logged.connect()
