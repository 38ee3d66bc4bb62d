import json

import pytest
from django.core.management import CommandError, call_command

from matching.models import Suggestion
from tests.factories import member, suggestion

pytestmark = pytest.mark.django_db


def test_suggest_prints_explanations(alice, bob, capsys):
    s = suggestion(alice, bob)
    call_command("suggest", alice.email)
    out = capsys.readouterr().out
    assert bob.get_full_name() in out
    assert s.member_challenge.title in out and s.peer_challenge.title in out
    assert "similarity 0.620" in out


def test_suggest_json(alice, bob, capsys):
    suggestion(alice, bob)
    call_command("suggest", alice.email, "--json")
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["peer"]["user_id"] == bob.pk
    assert rows[0]["shared_terms"] == ["volunteers"]


def test_suggest_unknown_email_is_an_error():
    with pytest.raises(CommandError, match="No member"):
        call_command("suggest", "nobody@example.org")


def test_refresh_suggestions_drops_lists_of_members_no_longer_matchable(
    alice, bob, use_backend, hashing_backend, capsys
):
    use_backend(hashing_backend)
    suggestion(alice, bob)
    alice.profile.open_to_introductions = False
    alice.profile.save()
    member()
    call_command("refresh_suggestions", verbosity=0)
    assert "Suggestions refreshed" in capsys.readouterr().out
    assert not Suggestion.objects.filter(member=alice).exists()
