"""The API's request body parser: JSON, of bounded depth, without NUL characters.

Python's JSON decoder recurses once per level of nesting, so ``[[[[…]]]]`` a thousand
deep would fail with a RecursionError (a 500); such bodies are refused with a 400
before decoding. PostgreSQL text cannot hold NUL characters, so a body with one in
any string is refused with a 400 naming the field, before a serializer or a query
sees it (a serializer's own check does not cover every field, slugs looked up in the
database for one).
"""

import re
from typing import Any

from rest_framework import parsers
from rest_framework.exceptions import ParseError, ValidationError
from rest_framework.utils import json

NUL_MESSAGE = "Null characters are not allowed."
NUL_IN_NAME_MESSAGE = "Null characters are not allowed in field names."
# Confer's bodies are objects holding lists at most; anything far deeper is not ours.
MAX_JSON_DEPTH = 32

_JSON_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+"', re.DOTALL)
_JSON_BRACKET = re.compile(r"[\[\]{}]")


def json_depth_check(text: str, *, limit: int = MAX_JSON_DEPTH) -> None:
    """ParseError if the arrays and objects of JSON ``text`` nest deeper than ``limit``."""
    depth = 0
    for bracket in _JSON_BRACKET.findall(_JSON_STRING.sub("", text)):
        if bracket in "[{":
            depth += 1
            if depth > limit:
                raise ParseError(
                    f"JSON parse error - nested too deeply: at most {limit} levels of "
                    "arrays and objects are accepted."
                )
        else:
            depth -= 1


def _nul_errors(value: Any) -> Any:
    """DRF-shaped messages for the NUL characters in decoded JSON, or None: a list of
    messages for a string, messages by key for an object and by index for an array."""
    if isinstance(value, str):
        return [NUL_MESSAGE] if "\x00" in value else None
    if isinstance(value, dict):
        errors: dict[str, Any] = {}
        for key, item in value.items():
            if "\x00" in key:
                errors["non_field_errors"] = [NUL_IN_NAME_MESSAGE]
            elif error := _nul_errors(item):
                errors[key] = error
        return errors or None
    if isinstance(value, list):
        errors = {str(i): error for i, item in enumerate(value) if (error := _nul_errors(item))}
        return errors or None
    return None


def nul_characters_reject(data: Any) -> None:
    """ValidationError naming each field of decoded JSON whose value holds a NUL."""
    errors = _nul_errors(data)
    if errors:
        raise ValidationError(
            errors if isinstance(data, dict) else {"non_field_errors": [NUL_MESSAGE]}
        )


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, refusing bodies nested too deeply or holding NUL characters."""

    max_depth = MAX_JSON_DEPTH

    def parse(self, stream, media_type=None, parser_context=None):
        encoding = parsers.get_encoding(parser_context or {})
        try:
            text = stream.read().decode(encoding)
        except UnicodeDecodeError as exc:
            raise ParseError(f"JSON parse error - {exc}") from None
        json_depth_check(text, limit=self.max_depth)
        try:
            parse_constant = json.strict_constant if self.strict else None
            data = json.loads(text, parse_constant=parse_constant)
        except ValueError as exc:
            raise ParseError(f"JSON parse error - {exc}") from None
        nul_characters_reject(data)
        return data
