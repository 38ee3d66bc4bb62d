from django.conf import settings
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from challenges import views as challenge_views
from challenges.api import views as challenge_api
from cms import views as cms_views
from matching import views as matching_views
from matching.api import views as matching_api
from members import views as member_views
from members.api import views as member_api

api_v1 = [
    path("auth/token/", member_api.TokenApi.as_view(), name="api_token"),
    path("me/profile/", member_api.MyProfileApi.as_view(), name="api_my_profile"),
    path("members/", member_api.DirectoryListApi.as_view(), name="api_directory"),
    path("members/<int:pk>/", member_api.DirectoryDetailApi.as_view(), name="api_member"),
    path("challenges/", challenge_api.ChallengeListCreateApi.as_view(), name="api_challenges"),
    path("challenges/<int:pk>/", challenge_api.ChallengeDetailApi.as_view(), name="api_challenge"),
    path("suggestions/", matching_api.SuggestionListApi.as_view(), name="api_suggestions"),
    path(
        "introductions/", matching_api.IntroductionListCreateApi.as_view(), name="api_introductions"
    ),
    path(
        "introductions/<int:pk>/accept/",
        matching_api.IntroductionAcceptApi.as_view(),
        name="api_introduction_accept",
    ),
    path(
        "introductions/<int:pk>/decline/",
        matching_api.IntroductionDeclineApi.as_view(),
        name="api_introduction_decline",
    ),
    path(
        "introductions/<int:pk>/feedback/",
        matching_api.IntroductionFeedbackApi.as_view(),
        name="api_introduction_feedback",
    ),
    path("connections/", matching_api.ConnectionListApi.as_view(), name="api_connections"),
    path("search/", matching_api.SearchApi.as_view(), name="api_search"),
    path("notifications/", matching_api.NotificationListApi.as_view(), name="api_notifications"),
    path(
        "notifications/read/",
        matching_api.NotificationMarkReadApi.as_view(),
        name="api_notifications_read",
    ),
    path(
        "suggestions/dismissals/",
        matching_api.SuggestionDismissApi.as_view(),
        name="api_suggestion_dismiss",
    ),
]

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("api/v1/", include(api_v1)),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api_schema"), name="api_docs"),
    path("dashboard/", cms_views.dashboard, name="dashboard"),
    path("profile/", member_views.profile_edit, name="profile_edit"),
    path("profile/api-token/", member_views.api_token_replace, name="api_token_regenerate"),
    path("membership/", member_views.membership, name="membership"),
    path("join/", member_views.plans, name="plans"),
    path("members/", member_views.directory, name="directory"),
    path("members/<int:pk>/", member_views.member_detail, name="member_detail"),
    path("people/", matching_views.people, name="people"),
    path("search/", matching_views.search_page, name="search"),
    path("introductions/", matching_views.introductions, name="introductions"),
    path(
        "members/<int:profile_id>/introduce/",
        matching_views.introduction_request_view,
        name="introduction_request",
    ),
    path(
        "introductions/<int:pk>/respond/",
        matching_views.introduction_respond_view,
        name="introduction_respond",
    ),
    path(
        "introductions/<int:pk>/feedback/",
        matching_views.introduction_feedback_view,
        name="introduction_feedback",
    ),
    path("inbox/", matching_views.inbox, name="inbox"),
    path("inbox/read/", matching_views.inbox_mark_read, name="inbox_mark_read"),
    path("people/<int:profile_id>/dismiss/", matching_views.people_dismiss, name="people_dismiss"),
    path("challenges/", challenge_views.challenge_index, name="challenge_index"),
    path("challenges/new/", challenge_views.challenge_new, name="challenge_new"),
    path("challenges/<int:pk>/", challenge_views.challenge_detail, name="challenge_detail"),
    path("challenges/<int:pk>/edit/", challenge_views.challenge_edit, name="challenge_edit"),
    path(
        "challenges/<int:pk>/status/",
        challenge_views.challenge_set_status,
        name="challenge_set_status",
    ),
    path("challenges/<int:pk>/delete/", challenge_views.challenge_remove, name="challenge_remove"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
