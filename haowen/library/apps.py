from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "haowen.library"
    label = "library"
    verbose_name = _("文库")
