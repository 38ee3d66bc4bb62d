from django.urls import path

from members import views

urlpatterns = [
    path("profile/", views.profile_edit, name="profile_edit"),
    path("profile/api-token/", views.api_token_replace, name="api_token_regenerate"),
    path("membership/", views.membership, name="membership"),
    path("membership/apply/", views.membership_apply, name="membership_apply"),
    path(
        "membership/applications/<int:pk>/withdraw/",
        views.membership_application_withdraw_view,
        name="membership_application_withdraw",
    ),
    path("join/", views.plans, name="plans"),
    path(
        "invitation/<uidb64>/<token>/",
        views.InvitationAcceptView.as_view(),
        name="invitation_accept",
    ),
]
