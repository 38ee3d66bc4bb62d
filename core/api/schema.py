"""The OpenAPI schema's error responses, derived from each view's configuration.

Every operation lists the errors it can answer with, each with its JSON body:
400 where it reads a body or query parameters, 401 where it authenticates, 403 where a
permission beyond being signed in applies (or a session needs its CSRF token), 404
for a path id or a page, 415 for a body, 429 where a throttle applies. A view adds
others with ``@extend_schema(responses={404: OpenApiResponse(description=...)})``:
an error response given without a body gets the standard one.
"""

from typing import Any

from drf_spectacular import openapi
from drf_spectacular.plumbing import ResolvedComponent
from rest_framework.authentication import SessionAuthentication
from rest_framework.permissions import SAFE_METHODS, AllowAny, IsAuthenticated

ERROR_DESCRIPTIONS = {
    400: "Invalid input: messages by field, or `detail` for a body that cannot be read.",
    401: "Not signed in, or the token or session is not valid.",
    403: "Signed in, but not allowed: no current membership, not yours, or no CSRF token.",
    404: "No such object (or not one you may see), or no such page.",
    415: "Unsupported media type: send `application/json`.",
    429: "Too many requests: wait as long as the `Retry-After` header says.",
}

ERROR_SCHEMA = {
    "type": "object",
    "description": "An error other than invalid input.",
    "properties": {"detail": {"type": "string", "description": "What went wrong."}},
    "required": ["detail"],
}

VALIDATION_ERROR_SCHEMA = {
    "type": "object",
    "description": (
        "Messages by field name: a list of messages, or for a list or nested field, "
        "messages by index or name. `non_field_errors` holds messages about the input "
        "as a whole; `detail` (a string) says why a body could not be read at all."
    ),
    "additionalProperties": {
        "anyOf": [
            {"type": "string"},
            {"type": "array", "items": {"type": "string"}},
            {"type": "object", "additionalProperties": {}},
        ]
    },
    "example": {"title": ["This field is required."]},
}


class AutoSchema(openapi.AutoSchema):
    """drf-spectacular's schema, with the error responses of each operation."""

    def get_operation(self, path, path_regex, path_prefix, method, registry):
        operation = super().get_operation(path, path_regex, path_prefix, method, registry)
        if operation is None:
            return None
        responses = operation["responses"]
        for status in sorted(self.error_statuses(operation)):
            responses.setdefault(str(status), {"description": ERROR_DESCRIPTIONS[status]})
        for status, response in responses.items():
            if status.isdigit() and int(status) >= 400:
                if not response.get("description"):
                    response["description"] = ERROR_DESCRIPTIONS.get(int(status), "")
                response.setdefault(
                    "content", {"application/json": {"schema": self._error_schema(int(status))}}
                )
        operation["responses"] = dict(sorted(responses.items()))
        return operation

    def error_statuses(self, operation: dict[str, Any]) -> set[int]:
        """The error statuses DRF can answer this operation with, from the view's
        parsers, authentication, permissions, pagination and throttles."""
        parameters = operation.get("parameters", [])
        paginator = self._get_paginator()
        page_parameters = (
            {paginator.page_query_param, getattr(paginator, "page_size_query_param", None)}
            if paginator
            else set()
        )
        has_body = "requestBody" in operation
        authenticators = self.view.get_authenticators()
        statuses: set[int] = set()
        if has_body or any(
            p["in"] == "query" and p["name"] not in page_parameters for p in parameters
        ):
            statuses.add(400)
        if authenticators:
            statuses.add(401)
        if any(not isinstance(p, (AllowAny, IsAuthenticated)) for p in self.view.get_permissions()):
            statuses.add(403)
        if self.method not in SAFE_METHODS and any(
            isinstance(a, SessionAuthentication) for a in authenticators
        ):
            statuses.add(403)
        if any(p["in"] == "path" or p["name"] in page_parameters for p in parameters):
            statuses.add(404)
        if has_body:
            statuses.add(415)
        if self.view.get_throttles():
            statuses.add(429)
        return statuses

    def _error_schema(self, status: int) -> dict[str, str]:
        name, schema = (
            ("ValidationError", VALIDATION_ERROR_SCHEMA)
            if status == 400
            else ("Error", ERROR_SCHEMA)
        )
        component = ResolvedComponent(
            name=name, type=ResolvedComponent.SCHEMA, object=name, schema=schema
        )
        self.registry.register_on_missing(component)
        return component.ref
