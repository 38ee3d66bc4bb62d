from django.urls import path

from challenges import views

urlpatterns = [
    path("challenges/", views.challenge_index, name="challenge_index"),
    path("challenges/new/", views.challenge_new, name="challenge_new"),
    path("challenges/<int:pk>/", views.challenge_detail, name="challenge_detail"),
    path("challenges/<int:pk>/edit/", views.challenge_edit, name="challenge_edit"),
    path("challenges/<int:pk>/status/", views.challenge_set_status, name="challenge_set_status"),
    path("challenges/<int:pk>/delete/", views.challenge_remove, name="challenge_remove"),
    # The directory links to members' pages, which combine their profile (members) and
    # challenges, so both live here.
    path("members/", views.directory, name="directory"),
    path("members/<int:pk>/", views.member_detail, name="member_detail"),
]
