"""Writes to challenges."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.text import slugify

from challenges.listeners import challenge_listeners
from challenges.models import Challenge
from core.text import text_clean

EDITABLE_FIELDS = ("title", "description", "tags", "status", "visibility")


def tags_normalise(tags: list[str]) -> list[str]:
    """Lower-case, hyphenated, de-duplicated tags in the order given."""
    result: list[str] = []
    for tag in tags:
        clean = slugify(text_clean(tag).strip())[:40]
        if clean and clean not in result:
            result.append(clean)
    return result


def _save_valid(challenge: Challenge) -> Challenge:
    try:
        challenge.full_clean()
    except ValidationError as error:
        # The uniqueness error belongs to the title, where forms and the API show it.
        errors = error.message_dict
        if "__all__" in errors:
            errors.setdefault("title", []).extend(errors.pop("__all__"))
        raise ValidationError(errors) from error
    challenge.save()
    return challenge


@transaction.atomic
def challenge_create(
    *,
    author,
    title: str,
    description: str,
    tags: list[str] | None = None,
    status: str = "open",
    visibility: str = "members",
) -> Challenge:
    """Create a challenge for ``author``; raises ValidationError with field messages."""
    challenge = Challenge(
        author=author,
        title=text_clean(title).strip(),
        description=text_clean(description).strip(),
        tags=tags_normalise(tags or []),
        status=status,
        visibility=visibility,
    )
    challenge = _save_valid(challenge)
    challenge_listeners.notify.challenge_saved(challenge_id=challenge.pk)
    return challenge


@transaction.atomic
def challenge_update(*, challenge: Challenge, user, **changes) -> Challenge:
    """Change a challenge; only its author may, and staff moderating it."""
    if challenge.author_id != user.pk and not user.is_staff:
        raise PermissionDenied("Only the author can change this challenge.")
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable: {', '.join(sorted(unknown))}")
    if "tags" in changes:
        changes["tags"] = tags_normalise(changes["tags"])
    for field in ("title", "description"):
        if field in changes:
            changes[field] = text_clean(changes[field]).strip()
    for field, value in changes.items():
        setattr(challenge, field, value)
    challenge = _save_valid(challenge)
    challenge_listeners.notify.challenge_saved(challenge_id=challenge.pk)
    return challenge


@transaction.atomic
def challenge_delete(*, challenge: Challenge, user) -> None:
    """Delete a challenge; only its author may, and staff allowed to moderate it."""
    if challenge.author_id != user.pk and not user.has_perm("challenges.delete_challenge"):
        raise PermissionDenied("Only the author can delete this challenge.")
    # Locking the row first makes a concurrent embedding of this challenge either
    # finish before the delete looks for its vector, or find the challenge gone.
    locked = Challenge.objects.select_for_update().filter(pk=challenge.pk).first()
    if locked is None:
        return
    challenge_listeners.notify.challenge_deleting(challenge_id=challenge.pk)
    locked.delete()
