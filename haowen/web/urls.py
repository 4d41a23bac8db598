from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from . import browse, feeds, health, sitemaps, views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("search/suggest/", views.search_suggest, name="search_suggest"),
    path("a/<int:pk>/", views.article, name="article"),
    # Browse (issue 15): genres (文种) and topics (专题). <str:…> takes a label (讲话稿) too,
    # which redirects to its code's page.
    path("fanwen/", browse.genres_index, name="genres"),
    path("fanwen/<str:genre>/", browse.genre_page, name="genre"),
    path("fanwen/<str:genre>/<str:subgenre>/", browse.genre_page, name="genre_sub"),
    path("zhuanti/", browse.topics_index, name="topics"),
    path("zhuanti/<str:slug>/", browse.topic_page, name="topic"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("feed/", feeds.LatestArticlesFeed(), name="feed"),
    path("feed/atom/", feeds.LatestArticlesAtomFeed(), name="feed_atom"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": sitemaps.SITEMAPS}, name="sitemap_section"),
    path("healthz", health.healthz, name="healthz"),
]
