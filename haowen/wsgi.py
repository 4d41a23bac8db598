"""WSGI entry point (gunicorn haowen.wsgi)."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "haowen.settings")
application = get_wsgi_application()
