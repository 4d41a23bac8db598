from django.urls import path

from . import compare_views, print_views, views

# The writer's tools (fill-in, Word export, print, compare, tag pages). The URL names stay
# library:* (they were the library's before the writer app existed; templates and links use them).
app_name = "library"
urlpatterns = [
    path("a/<int:pk>/fill/", views.fill_in, name="fill"),
    path("a/<int:pk>/export.docx", views.export_docx, name="export_docx"),
    path("a/<int:pk>/print/", print_views.print_view, name="print"),
    path("a/<int:pk>/compare/<int:other>/", compare_views.compare_versions, name="compare"),
    path("tag/<path:name>/", views.tag_page, name="tag"),
]
