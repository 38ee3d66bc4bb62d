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
    path("working-groups/", views.WorkingGroupListApi.as_view(), name="api_working_groups"),
    path(
        "working-groups/<int:pk>/",
        views.WorkingGroupDetailApi.as_view(),
        name="api_working_group",
    ),
    path(
        "working-groups/<int:pk>/join/",
        views.WorkingGroupJoinApi.as_view(),
        name="api_working_group_join",
    ),
    path(
        "working-groups/<int:pk>/leave/",
        views.WorkingGroupLeaveApi.as_view(),
        name="api_working_group_leave",
    ),
    path(
        "working-groups/<int:pk>/requests/",
        views.WorkingGroupJoinRequestListApi.as_view(),
        name="api_working_group_requests",
    ),
    path(
        "working-groups/join-requests/<int:pk>/approve/",
        views.WorkingGroupJoinApproveApi.as_view(),
        name="api_working_group_request_approve",
    ),
    path(
        "working-groups/join-requests/<int:pk>/decline/",
        views.WorkingGroupJoinDeclineApi.as_view(),
        name="api_working_group_request_decline",
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
