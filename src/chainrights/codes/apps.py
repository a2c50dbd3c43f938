from django.apps import AppConfig


class CodesConfig(AppConfig):
    name = "chainrights.codes"
    label = "codes"
    verbose_name = "codes of conduct"
