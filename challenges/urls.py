from django.urls import path

from challenges import views

urlpatterns = [
    path("", views.challenge_index, name="challenge_index"),
    path("new/", views.challenge_new, name="challenge_new"),
    path("<int:pk>/", views.challenge_detail, name="challenge_detail"),
    path("<int:pk>/edit/", views.challenge_edit, name="challenge_edit"),
    path("<int:pk>/status/", views.challenge_set_status, name="challenge_set_status"),
    path("<int:pk>/delete/", views.challenge_remove, name="challenge_remove"),
]
