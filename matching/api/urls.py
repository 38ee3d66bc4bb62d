from django.urls import path

from matching.api import views

urlpatterns = [
    path("suggestions/", views.SuggestionListApi.as_view(), name="api_suggestions"),
    path(
        "suggestions/dismissals/",
        views.SuggestionDismissApi.as_view(),
        name="api_suggestion_dismiss",
    ),
    path("introductions/", views.IntroductionListCreateApi.as_view(), name="api_introductions"),
    path(
        "introductions/<int:pk>/accept/",
        views.IntroductionAcceptApi.as_view(),
        name="api_introduction_accept",
    ),
    path(
        "introductions/<int:pk>/decline/",
        views.IntroductionDeclineApi.as_view(),
        name="api_introduction_decline",
    ),
    path(
        "introductions/<int:pk>/feedback/",
        views.IntroductionFeedbackApi.as_view(),
        name="api_introduction_feedback",
    ),
    path("connections/", views.ConnectionListApi.as_view(), name="api_connections"),
    path("search/", views.SearchApi.as_view(), name="api_search"),
    path("notifications/", views.NotificationListApi.as_view(), name="api_notifications"),
    path(
        "notifications/read/",
        views.NotificationMarkReadApi.as_view(),
        name="api_notifications_read",
    ),
]
