from django.shortcuts import render

from challenges.selectors import ChallengeFilters, challenge_list
from members.access import member_required
from members.services import membership_current, profile_ensure


@member_required
def dashboard(request):
    profile = profile_ensure(user=request.user)
    mine = challenge_list(user=request.user, filters=ChallengeFilters(author_id=request.user.pk))
    others = challenge_list(user=request.user).exclude(author=request.user).filter(status="open")
    return render(
        request,
        "cms/dashboard.html",
        {
            "profile": profile,
            "my_challenges": mine[:10],
            "my_challenge_count": mine.count(),
            "recent_challenges": others[:5],
            "membership": membership_current(user=request.user),
        },
    )
