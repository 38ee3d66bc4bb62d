from django.contrib.auth import authenticate
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from members.api.serializers import (
    DirectoryMemberSerializer,
    DirectoryParamsSerializer,
    MembershipApplicationSerializer,
    MembershipPlanSerializer,
    MyProfileSerializer,
    TokenRequestSerializer,
    TokenSerializer,
)
from members.selectors import (
    DirectoryFilters,
    directory_profiles,
    membership_applications_of,
    plans_offered,
    profile_for_user,
)
from members.services import (
    ApiTokenError,
    LoginLockout,
    api_token_issue,
    login_attempt_check,
    login_client_ip,
    login_failure_record,
    login_success_record,
    membership_application_submit,
    membership_application_withdraw,
    profile_update,
)


class MyProfileApi(generics.RetrieveUpdateAPIView):
    """The signed-in member's own profile."""

    serializer_class = MyProfileSerializer
    permission_classes = [IsAuthenticated]

    def get_object(self):
        return profile_for_user(user=self.request.user)

    def perform_update(self, serializer):
        profile_update(user=self.request.user, **serializer.to_service_kwargs())
        serializer.instance = self.get_object()


@extend_schema(parameters=[DirectoryParamsSerializer])
class DirectoryListApi(generics.ListAPIView):
    """Members in good standing, searchable and filterable."""

    serializer_class = DirectoryMemberSerializer

    def get_queryset(self):
        params = DirectoryParamsSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        return directory_profiles(filters=DirectoryFilters(**params.validated_data))


class DirectoryDetailApi(generics.RetrieveAPIView):
    serializer_class = DirectoryMemberSerializer

    def get_queryset(self):
        return directory_profiles()


class TokenApi(APIView):
    """Exchange e-mail and password for an API token (sent as ``Authorization: Token …``)."""

    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        request=TokenRequestSerializer,
        responses={
            200: TokenSerializer,
            403: OpenApiResponse(
                description="The client's address could not be determined (behind a proxy "
                "that does not send it), so no login attempt is allowed.",
            ),
            429: OpenApiResponse(
                description="Too many failed logins for this e-mail or from this address "
                "(on the site, the admin or here); the Retry-After header says for how long.",
            ),
        },
    )
    def post(self, request):
        serializer = TokenRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        email, ip = serializer.validated_data["email"], login_client_ip(request)
        lockout = login_attempt_check(email=email, ip=ip)
        if lockout:
            return _lockout_response(lockout)
        user = authenticate(request, email=email, password=serializer.validated_data["password"])
        if user is None:
            lockout = login_failure_record(email=email, ip=ip)
            if lockout:
                return _lockout_response(lockout)
            raise ValidationError({"non_field_errors": ["E-mail or password is wrong."]})
        login_success_record(email=email, ip=ip)
        try:
            token = api_token_issue(user=user)
        except ApiTokenError as error:
            raise ValidationError({"non_field_errors": [str(error)]}) from None
        return Response({"token": token.key}, status=status.HTTP_200_OK)


class MembershipPlanListApi(generics.ListAPIView):
    """The plans offered: what one can apply for."""

    serializer_class = MembershipPlanSerializer
    permission_classes = [AllowAny]

    def get_queryset(self):
        return plans_offered()


class MembershipApplicationListApi(generics.ListCreateAPIView):
    """Your membership applications, newest first (GET); apply on a plan (POST).

    Open to any signed-in account: applying is how someone without a membership joins.
    Refused (400, with the reason) with a current membership or an application waiting.
    """

    serializer_class = MembershipApplicationSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return membership_applications_of(user=self.request.user)

    def perform_create(self, serializer):
        serializer.instance = membership_application_submit(
            user=self.request.user, **serializer.validated_data
        )


class MembershipApplicationDetailApi(generics.RetrieveAPIView):
    """One of your membership applications (anyone else's is 404)."""

    serializer_class = MembershipApplicationSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return membership_applications_of(user=self.request.user)


class MembershipApplicationWithdrawApi(APIView):
    """Withdraw your application while it waits for a decision."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        request=None,
        responses={
            200: MembershipApplicationSerializer,
            400: OpenApiResponse(description="The application is no longer waiting."),
        },
    )
    def post(self, request, pk: int):
        application = get_object_or_404(membership_applications_of(user=request.user), pk=pk)
        application = membership_application_withdraw(application=application, user=request.user)
        return Response(MembershipApplicationSerializer(application).data)


def _lockout_response(lockout: LoginLockout) -> Response:
    return Response(
        {"detail": lockout.message},
        status=status.HTTP_429_TOO_MANY_REQUESTS,
        headers={"Retry-After": str(lockout.retry_after)},
    )
