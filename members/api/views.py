from django.contrib.auth import authenticate
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from members.api.serializers import (
    DirectoryMemberSerializer,
    DirectoryParamsSerializer,
    MyProfileSerializer,
    TokenRequestSerializer,
    TokenSerializer,
)
from members.selectors import DirectoryFilters, directory_profiles, profile_for_user
from members.services import ApiTokenError, api_token_issue, profile_update


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

    @extend_schema(request=TokenRequestSerializer, responses={200: TokenSerializer})
    def post(self, request):
        serializer = TokenRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = authenticate(
            request,
            email=serializer.validated_data["email"],
            password=serializer.validated_data["password"],
        )
        if user is None:
            raise ValidationError({"non_field_errors": ["E-mail or password is wrong."]})
        try:
            token = api_token_issue(user=user)
        except ApiTokenError as error:
            raise ValidationError({"non_field_errors": [str(error)]}) from None
        return Response({"token": token.key}, status=status.HTTP_200_OK)
