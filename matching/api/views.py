from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import APIView

from matching.api.serializers import DismissalSerializer, SuggestionSerializer
from matching.selectors import suggestions_for_member
from matching.services.suggestions import suggestion_dismiss


class SuggestionListApi(generics.ListAPIView):
    """Your suggested peers, best first, each with its explanation."""

    serializer_class = SuggestionSerializer

    def get_queryset(self):
        return suggestions_for_member(member=self.request.user)


class SuggestionDismissApi(APIView):
    """Dismiss a suggested peer with a reason; they are never suggested to you again."""

    @extend_schema(request=DismissalSerializer, responses={204: None})
    def post(self, request):
        serializer = DismissalSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        suggestion = (
            suggestions_for_member(member=request.user)
            .filter(peer__profile__pk=data["peer"])
            .first()
        )
        if suggestion is None:
            raise NotFound("That member is not among your suggestions.")
        suggestion_dismiss(
            member=request.user, peer=suggestion.peer, reason=data["reason"], note=data["note"]
        )
        return Response(status=status.HTTP_204_NO_CONTENT)
