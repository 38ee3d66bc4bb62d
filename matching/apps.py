from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "matching"
    verbose_name = "Matching"

    def ready(self) -> None:
        from challenges.listeners import challenge_listeners
        from matching.listeners import MatchingChallengeListener, MatchingMemberListener
        from members.listeners import member_listeners

        member_listeners.register(MatchingMemberListener())
        challenge_listeners.register(MatchingChallengeListener())
