from django.shortcuts import render

from challenges.selectors import ChallengeFilters, challenge_list, challenges_recent_for_member
from matching.backends import get_backend
from matching.explanations import suggestion_explanation
from matching.selectors import suggestions_for_member
from matching.selectors.working_groups import working_groups_for_member
from members.access import member_required
from members.selectors import membership_current, profile_for_user

PEOPLE_ON_DASHBOARD = 3
GROUPS_ON_DASHBOARD = 3


@member_required
def dashboard(request):
    mine = challenge_list(user=request.user, filters=ChallengeFilters(author_id=request.user.pk))
    return render(
        request,
        "cms/dashboard.html",
        {
            "profile": profile_for_user(user=request.user),
            "my_challenges": mine[:10],
            "my_challenge_count": mine.count(),
            "recent_challenges": challenges_recent_for_member(user=request.user, limit=5),
            "membership": membership_current(user=request.user),
            "people": [
                suggestion_explanation(s)
                for s in suggestions_for_member(member=request.user)[:PEOPLE_ON_DASHBOARD]
            ],
            "groups_for_you": working_groups_for_member(member=request.user, backend=get_backend())[
                :GROUPS_ON_DASHBOARD
            ],
        },
    )
