from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from matching.api.serializers import (
    ConnectionSerializer,
    DismissalResultSerializer,
    DismissalSerializer,
    FeedbackSerializer,
    IntroductionAnswerSerializer,
    IntroductionRequestSerializer,
    IntroductionSerializer,
    MarkReadSerializer,
    NotificationSerializer,
    SearchParamsSerializer,
    SearchResultSerializer,
    SuggestionSerializer,
)
from matching.models import Introduction
from matching.selectors import (
    connections_for_member,
    introductions_for_member,
    notifications_for_member,
    search,
    suggestions_for_member,
)
from matching.services.introductions import (
    introduction_feedback_give,
    introduction_request,
    introduction_respond,
)
from matching.services.notifications import notifications_mark_read
from matching.services.suggestions import suggestion_dismiss
from members.selectors import directory_profiles


class SuggestionListApi(generics.ListAPIView):
    """Your suggested peers, best first, each with its explanation."""

    serializer_class = SuggestionSerializer

    def get_queryset(self):
        return suggestions_for_member(member=self.request.user)


class SuggestionDismissApi(APIView):
    """Dismiss a suggested peer with a reason. "Not the right time" (`not_now`) hides
    them for a number of days staff set, after which they may be suggested again;
    every other reason is for good. The answer says which."""

    @extend_schema(
        request=DismissalSerializer,
        responses={
            200: DismissalResultSerializer,
            404: OpenApiResponse(description="That member is not among your suggestions."),
        },
    )
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
        dismissal = suggestion_dismiss(
            member=request.user, peer=suggestion.peer, reason=data["reason"], note=data["note"]
        )
        return Response(DismissalResultSerializer(dismissal).data)


def _own_introduction(request, pk: int) -> Introduction:
    introduction = introductions_for_member(member=request.user).filter(pk=pk).first()
    if introduction is None:
        raise NotFound("No such introduction of yours.")
    return introduction


class IntroductionListCreateApi(generics.ListAPIView):
    """Your introductions; POST asks for one (the other member accepts or declines)."""

    serializer_class = IntroductionSerializer

    def get_queryset(self):
        return introductions_for_member(member=self.request.user)

    @extend_schema(request=IntroductionRequestSerializer, responses={201: IntroductionSerializer})
    def post(self, request):
        serializer = IntroductionRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        peer = directory_profiles().filter(pk=serializer.validated_data["peer"]).first()
        if peer is None:
            raise ValidationError({"peer": ["No member with this profile id."]})
        introduction = introduction_request(
            requester=request.user, peer=peer.user, note=serializer.validated_data["note"]
        )
        data = IntroductionSerializer(
            _own_introduction(request, introduction.pk), context={"request": request}
        ).data
        return Response(data, status=status.HTTP_201_CREATED)


class IntroductionAnswerApi(APIView):
    accept = True

    @extend_schema(request=IntroductionAnswerSerializer, responses={200: IntroductionSerializer})
    def post(self, request, pk: int):
        introduction = _own_introduction(request, pk)
        serializer = IntroductionAnswerSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        introduction_respond(
            introduction=introduction,
            member=request.user,
            accept=self.accept,
            note=serializer.validated_data["note"],
        )
        return Response(
            IntroductionSerializer(
                _own_introduction(request, pk), context={"request": request}
            ).data
        )


class IntroductionAcceptApi(IntroductionAnswerApi):
    """Accept an introduction waiting for your answer."""


class IntroductionDeclineApi(IntroductionAnswerApi):
    """Decline an introduction waiting for your answer."""

    accept = False


class IntroductionFeedbackApi(APIView):
    """Did you meet, and how useful was it (1-5)?"""

    @extend_schema(request=FeedbackSerializer, responses={201: FeedbackSerializer})
    def post(self, request, pk: int):
        introduction = _own_introduction(request, pk)
        serializer = FeedbackSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        introduction_feedback_give(
            introduction=introduction, member=request.user, **serializer.validated_data
        )
        return Response(serializer.data, status=status.HTTP_201_CREATED)


class ConnectionListApi(generics.ListAPIView):
    """Members you are connected with, and how to reach them."""

    serializer_class = ConnectionSerializer

    def get_queryset(self):
        return connections_for_member(member=self.request.user)


class NotificationListApi(generics.ListAPIView):
    """Your inbox, newest first."""

    serializer_class = NotificationSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return notifications_for_member(user=self.request.user)


class NotificationMarkReadApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(request=MarkReadSerializer, responses={204: None})
    def post(self, request):
        serializer = MarkReadSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        notifications_mark_read(user=request.user, ids=serializer.validated_data.get("ids"))
        return Response(status=status.HTTP_204_NO_CONTENT)


class SearchApi(APIView):
    """Challenges and members for free text, by meaning and by words, best first."""

    @extend_schema(
        parameters=[SearchParamsSerializer], responses={200: SearchResultSerializer(many=True)}
    )
    def get(self, request):
        params = SearchParamsSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        results = search(user=request.user, **params.validated_data)
        return Response(SearchResultSerializer(results, many=True).data)
