from django.urls import path

from members.api import views

urlpatterns = [
    path("auth/token/", views.TokenApi.as_view(), name="api_token"),
    path("me/profile/", views.MyProfileApi.as_view(), name="api_my_profile"),
    path("members/", views.DirectoryListApi.as_view(), name="api_directory"),
    path("members/<int:pk>/", views.DirectoryDetailApi.as_view(), name="api_member"),
]
