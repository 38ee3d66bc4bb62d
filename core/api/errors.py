"""Django's error views, answering in JSON under ``/api/``.

Errors Django raises before an API view runs (or past it: an unhandled exception) would
otherwise get the site's HTML pages. Unknown addresses under ``/api/`` mostly reach
``core.api.views.NotFoundApi`` instead.
"""

from django.http import JsonResponse
from django.views import defaults

API_PREFIX = "/api/"


def _is_api(request) -> bool:
    return request.path.startswith(API_PREFIX)


def bad_request(request, exception):
    if _is_api(request):
        return JsonResponse({"detail": "Bad request."}, status=400)
    return defaults.bad_request(request, exception)


def not_found(request, exception):
    if _is_api(request):
        return JsonResponse({"detail": "Not found."}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    if _is_api(request):
        return JsonResponse({"detail": "Server error."}, status=500)
    return defaults.server_error(request)
