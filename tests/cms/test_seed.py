import pytest
from django.core.management import call_command

from challenges.models import Challenge
from cms.demo import DEMO_MEMBER_EMAIL
from cms.services import DEMO_STAFF_EMAIL
from members.access import is_member_in_good_standing
from members.models import Membership, Profile, User

pytestmark = pytest.mark.django_db


def test_seed_demo_loads_the_community_once(client):
    call_command("seed_demo")
    counts = (User.objects.count(), Challenge.objects.count(), Membership.objects.count())
    call_command("seed_demo")
    assert (User.objects.count(), Challenge.objects.count(), Membership.objects.count()) == counts

    profiles = Profile.objects.all()
    assert profiles.count() >= 200
    assert profiles.values("industry").distinct().count() >= 12
    assert profiles.values("function").distinct().count() >= 8
    assert Challenge.objects.count() >= 400
    newest, oldest = (
        Challenge.objects.latest("created_at").created_at,
        Challenge.objects.earliest("created_at").created_at,
    )
    assert (newest - oldest).days > 30  # posting times spread out, not all "just now"

    demo = User.objects.get(email=DEMO_MEMBER_EMAIL)
    assert is_member_in_good_standing(demo)
    assert demo.challenges.count() == 3
    assert User.objects.get(email=DEMO_STAFF_EMAIL).is_superuser
    assert client.login(email=DEMO_MEMBER_EMAIL, password="confer-demo")
    assert "How it works" in client.get("/").content.decode()


def test_users_admin_works_with_email_login(client, staff, alice):
    client.force_login(staff)
    response = client.get("/admin/users/", {"q": alice.email})
    assert response.status_code == 200
    assert alice.email in response.content.decode()
