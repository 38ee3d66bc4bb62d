from django.urls import path

from matching import views

urlpatterns = [
    path("people/", views.people, name="people"),
    path("people/<int:profile_id>/dismiss/", views.people_dismiss, name="people_dismiss"),
    path("search/", views.search_page, name="search"),
    path("introductions/", views.introductions, name="introductions"),
    path(
        "members/<int:profile_id>/introduce/",
        views.introduction_request_view,
        name="introduction_request",
    ),
    path(
        "introductions/<int:pk>/respond/",
        views.introduction_respond_view,
        name="introduction_respond",
    ),
    path(
        "introductions/<int:pk>/feedback/",
        views.introduction_feedback_view,
        name="introduction_feedback",
    ),
    path("groups/", views.working_groups, name="working_groups"),
    path("groups/<slug:slug>/", views.working_group_detail, name="working_group_detail"),
    path("groups/<slug:slug>/join/", views.working_group_join, name="working_group_join"),
    path("groups/<slug:slug>/leave/", views.working_group_leave_view, name="working_group_leave"),
    path(
        "groups/<slug:slug>/requests/",
        views.working_group_requests,
        name="working_group_requests",
    ),
    path(
        "groups/<slug:slug>/requests/<int:pk>/",
        views.working_group_request_decide,
        name="working_group_request_decide",
    ),
    path("inbox/", views.inbox, name="inbox"),
    path("inbox/read/", views.inbox_mark_read, name="inbox_mark_read"),
]
