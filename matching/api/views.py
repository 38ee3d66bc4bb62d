from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from matching.api.serializers import (
    ConnectionSerializer,
    DismissalResultSerializer,
    DismissalSerializer,
    FeedbackSerializer,
    GroupForYouSerializer,
    GroupJoinSerializer,
    IntroductionAnswerSerializer,
    IntroductionRequestSerializer,
    IntroductionSerializer,
    JoinRequestSerializer,
    MarkReadSerializer,
    NotificationSerializer,
    SearchParamsSerializer,
    SearchResultSerializer,
    SuggestionSerializer,
    WorkingGroupDetailSerializer,
)
from matching.backends import get_backend
from matching.models import Introduction, WorkingGroup, WorkingGroupMembership
from matching.selectors import (
    connections_for_member,
    introductions_for_member,
    notifications_for_member,
    search,
    suggestions_for_member,
)
from matching.selectors.working_groups import (
    working_group_join_requests,
    working_group_page,
    working_group_visible,
    working_groups_for_member,
)
from matching.services.introductions import (
    introduction_feedback_give,
    introduction_request,
    introduction_respond,
)
from matching.services.notifications import notifications_mark_read
from matching.services.suggestions import suggestion_dismiss
from matching.services.working_groups import (
    working_group_can_decide,
    working_group_join_decide,
    working_group_join_request,
    working_group_leave,
)
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


def _visible_group(request, pk: int) -> WorkingGroup:
    group = working_group_visible(user=request.user).filter(pk=pk).first()
    if group is None:
        raise NotFound("No such working group.")
    return group


class WorkingGroupListApi(generics.ListAPIView):
    """Working groups for you: active groups whose problem matches one of your open
    challenges (at or above the group's cut-off), best match first, each with why.
    Groups you are already a member of are left out."""

    serializer_class = GroupForYouSerializer

    def get_queryset(self):
        return working_groups_for_member(member=self.request.user, backend=get_backend())


class WorkingGroupDetailApi(APIView):
    """A working group: purpose, key phrases, members and their challenges, where you
    stand. Proposals (not yet approved by staff) are not shown to members."""

    @extend_schema(responses={200: WorkingGroupDetailSerializer})
    def get(self, request, pk: int):
        group = _visible_group(request, pk)
        page = working_group_page(
            group=group,
            viewer=request.user,
            can_decide=working_group_can_decide(group=group, user=request.user),
        )
        return Response(WorkingGroupDetailSerializer(page).data)


class WorkingGroupJoinApi(APIView):
    """Ask to join an active working group; its facilitator (or staff) decides and you
    hear in your inbox. An archived group takes no one (400)."""

    @extend_schema(request=GroupJoinSerializer, responses={201: JoinRequestSerializer})
    def post(self, request, pk: int):
        group = _visible_group(request, pk)
        serializer = GroupJoinSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        place = working_group_join_request(
            group=group, member=request.user, note=serializer.validated_data["note"]
        )
        return Response(JoinRequestSerializer(place).data, status=status.HTTP_201_CREATED)


class WorkingGroupLeaveApi(APIView):
    """Leave a working group, or withdraw your request to join it."""

    @extend_schema(
        request=None,
        responses={
            204: None,
            400: OpenApiResponse(description="You are not a member of this group."),
        },
    )
    def post(self, request, pk: int):
        working_group_leave(group=_visible_group(request, pk), member=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class WorkingGroupJoinRequestListApi(generics.ListAPIView):
    """Requests to join a group you facilitate (or, for staff, any group), oldest first."""

    serializer_class = JoinRequestSerializer

    @extend_schema(
        responses={
            200: JoinRequestSerializer(many=True),
            403: OpenApiResponse(description="You do not facilitate this group."),
        }
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        group = _visible_group(self.request, self.kwargs["pk"])
        if not working_group_can_decide(group=group, user=self.request.user):
            raise PermissionDenied("Only the group's facilitator or staff decide who joins.")
        return working_group_join_requests(group=group)


class WorkingGroupJoinDecisionApi(APIView):
    approve = True

    @extend_schema(
        request=None,
        responses={
            200: JoinRequestSerializer,
            400: OpenApiResponse(description="This request has already been decided."),
            403: OpenApiResponse(description="You do not facilitate this group."),
        },
    )
    def post(self, request, pk: int):
        membership = (
            WorkingGroupMembership.objects.filter(
                pk=pk, group__in=working_group_visible(user=request.user)
            )
            .select_related("group")
            .first()
        )
        if membership is None:
            raise NotFound("No such request to join.")
        if not working_group_can_decide(group=membership.group, user=request.user):
            raise PermissionDenied("Only the group's facilitator or staff decide who joins.")
        decided = working_group_join_decide(
            membership=membership, decider=request.user, approve=self.approve
        )
        place = WorkingGroupMembership.objects.select_related(
            "member__profile__organisation",
            "member__profile__industry",
            "member__profile__function",
        ).get(pk=decided.pk)
        return Response(JoinRequestSerializer(place).data)


class WorkingGroupJoinApproveApi(WorkingGroupJoinDecisionApi):
    """Let a member who asked into the group you facilitate."""


class WorkingGroupJoinDeclineApi(WorkingGroupJoinDecisionApi):
    """Decline a member's request to join the group you facilitate."""

    approve = False
