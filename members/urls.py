from django.urls import path

from members import views

urlpatterns = [
    path("profile/", views.profile_edit, name="profile_edit"),
    path("profile/api-token/", views.api_token_replace, name="api_token_regenerate"),
    path("membership/", views.membership, name="membership"),
    path("join/", views.plans, name="plans"),
    path("members/", views.directory, name="directory"),
]
