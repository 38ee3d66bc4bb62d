"""OpenAPI schema hooks and the API's error handler."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_exception_handler


def only_confer_api(endpoints):
    """Keep the schema to Confer's own ``/api/v1/`` endpoints (not Wagtail's admin API)."""
    return [e for e in endpoints if e[0].startswith("/api/v1/")]


def exception_handler(exc, context):
    """DRF's handler, plus Django ValidationErrors raised by services as 400s with field errors."""
    if isinstance(exc, DjangoValidationError):
        detail = (
            exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        )
        detail = {("non_field_errors" if k == "__all__" else k): v for k, v in detail.items()}
        exc = exceptions.ValidationError(detail)
    return drf_exception_handler(exc, context)
