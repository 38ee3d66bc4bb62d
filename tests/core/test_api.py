import pytest
from rest_framework.exceptions import ParseError, ValidationError

from core.api.parsers import MAX_JSON_DEPTH, json_depth_check, nul_characters_reject


def test_json_depth_check_allows_the_limit_and_refuses_one_more():
    json_depth_check("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH)

    with pytest.raises(ParseError, match="nested too deeply"):
        json_depth_check("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1))


def test_json_depth_check_ignores_brackets_inside_strings():
    json_depth_check('{"note": "' + "[{" * 500 + '\\" [[[ "}')


def test_json_depth_check_counts_objects_and_arrays_alike():
    with pytest.raises(ParseError):
        json_depth_check('{"a":' * 1000 + "1" + "}" * 1000)


def test_nul_characters_reject_names_each_field_as_drf_would():
    with pytest.raises(ValidationError) as raised:
        nul_characters_reject(
            {"title": "a\x00b", "tags": ["ok", "b\x00"], "ok": "fine", "n": 1, "x\x00": "y"}
        )

    assert raised.value.detail == {
        "title": ["Null characters are not allowed."],
        "tags": {"1": ["Null characters are not allowed."]},
        "non_field_errors": ["Null characters are not allowed in field names."],
    }


def test_nul_characters_reject_lets_clean_data_through():
    nul_characters_reject({"title": "Fine", "tags": ["a"], "nested": {"n": None, "b": True}})
    nul_characters_reject(["a", 1])
