"""Staff screens for challenges that go through the challenge services."""

from challenges.services import challenge_create, challenge_update
from cms.admin_views import SelectRelatedIndexView, ServiceCreateView, ServiceEditView


class ChallengeIndexView(SelectRelatedIndexView):
    select_related = ("author",)


class ChallengeCreateView(ServiceCreateView):
    """Staff post a challenge on a member's behalf."""

    def call_service(self, form):
        return challenge_create(**form.cleaned_data)


class ChallengeEditView(ServiceEditView):
    """Staff moderate a challenge (the author stays the same)."""

    def call_service(self, form):
        return challenge_update(
            challenge=self.saved_object(), user=self.request.user, **form.cleaned_data
        )
