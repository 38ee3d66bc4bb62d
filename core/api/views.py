"""API views every app shares."""

from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.views import APIView


class NotFoundApi(APIView):
    """Any address under ``/api/`` that names no endpoint (``/api/v1/challenges/abc/``):
    a JSON 404 whatever the method, instead of the site's page (or its CSRF page)."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    schema = None

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        raise NotFound()
