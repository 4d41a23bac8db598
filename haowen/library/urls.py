from django.urls import path

from . import views

app_name = "library"
urlpatterns = [
    path("a/<int:pk>/fill/", views.fill_in, name="fill"),
    path("a/<int:pk>/export.docx", views.export_docx, name="export_docx"),
    path("tag/<path:name>/", views.tag_page, name="tag"),
]
