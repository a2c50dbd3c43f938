from django.apps import AppConfig


class StatesConfig(AppConfig):
    name = "chainrights.states"
    label = "states"
    verbose_name = "states and labour inspection"
