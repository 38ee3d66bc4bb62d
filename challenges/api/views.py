from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics
from rest_framework.permissions import SAFE_METHODS, BasePermission

from challenges.api.serializers import ChallengeListParamsSerializer, ChallengeSerializer
from challenges.selectors import ChallengeFilters, challenge_list
from challenges.services import challenge_create, challenge_delete, challenge_update
from members.access import IsMemberInGoodStanding


class IsAuthorOrReadOnly(BasePermission):
    message = "Only the author can change this challenge."

    def has_object_permission(self, request, view, obj) -> bool:
        return request.method in SAFE_METHODS or obj.author_id == request.user.pk


@extend_schema_view(get=extend_schema(parameters=[ChallengeListParamsSerializer]))
class ChallengeListCreateApi(generics.ListCreateAPIView):
    """Challenges you may read; post a new one of your own."""

    serializer_class = ChallengeSerializer

    def get_queryset(self):
        params = ChallengeListParamsSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        data = params.validated_data
        return challenge_list(
            user=self.request.user,
            filters=ChallengeFilters(
                q=data["q"],
                status=data["status"],
                tag=data["tag"],
                industry=data["industry"],
                author_id=self.request.user.pk if data["mine"] else None,
            ),
        )

    def perform_create(self, serializer):
        serializer.instance = challenge_create(
            author=self.request.user, **serializer.validated_data
        )


class ChallengeDetailApi(generics.RetrieveUpdateDestroyAPIView):
    """One challenge: anyone who may read it reads it; only its author changes it."""

    serializer_class = ChallengeSerializer
    permission_classes = [IsMemberInGoodStanding, IsAuthorOrReadOnly]

    def get_queryset(self):
        return challenge_list(user=self.request.user)

    def get_object(self):
        challenge = get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])
        self.check_object_permissions(self.request, challenge)
        return challenge

    def perform_update(self, serializer):
        serializer.instance = challenge_update(
            challenge=serializer.instance, user=self.request.user, **serializer.validated_data
        )

    def perform_destroy(self, instance):
        challenge_delete(challenge=instance, user=self.request.user)
