from django.urls import path

from members.api import views

urlpatterns = [
    path("auth/token/", views.TokenApi.as_view(), name="api_token"),
    path("me/profile/", views.MyProfileApi.as_view(), name="api_my_profile"),
    path("members/", views.DirectoryListApi.as_view(), name="api_directory"),
    path("members/<int:pk>/", views.DirectoryDetailApi.as_view(), name="api_member"),
    path("membership/plans/", views.MembershipPlanListApi.as_view(), name="api_membership_plans"),
    path(
        "membership/applications/",
        views.MembershipApplicationListApi.as_view(),
        name="api_membership_applications",
    ),
    path(
        "membership/applications/<int:pk>/",
        views.MembershipApplicationDetailApi.as_view(),
        name="api_membership_application",
    ),
    path(
        "membership/applications/<int:pk>/withdraw/",
        views.MembershipApplicationWithdrawApi.as_view(),
        name="api_membership_application_withdraw",
    ),
]
