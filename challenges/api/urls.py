from django.urls import path

from challenges.api import views

urlpatterns = [
    path("challenges/", views.ChallengeListCreateApi.as_view(), name="api_challenges"),
    path("challenges/<int:pk>/", views.ChallengeDetailApi.as_view(), name="api_challenge"),
]
