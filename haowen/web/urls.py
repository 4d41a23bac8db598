from django.urls import path

from . import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("a/<int:pk>/", views.article, name="article"),
    path("robots.txt", views.robots_txt, name="robots"),
]
