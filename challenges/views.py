from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render

from challenges.forms import ChallengeFilterForm, ChallengeForm, ChallengeStatusForm
from challenges.models import Challenge
from challenges.selectors import (
    ChallengeFilters,
    challenge_get,
    challenge_list,
    challenge_tags_popular,
)
from challenges.services import challenge_create, challenge_delete, challenge_update
from members.access import member_required
from members.forms import DirectoryFilterForm
from members.models import Profile, Seniority
from members.selectors import (
    DirectoryFilters,
    directory_profile_get,
    directory_profiles,
    vocabularies,
)


def _own_challenge_or_404(request, pk: int) -> Challenge:
    # Another member's challenge is a 404 whether or not they could read it.
    try:
        return Challenge.objects.get(pk=pk, author=request.user)
    except Challenge.DoesNotExist:
        raise Http404("No such challenge of yours") from None


@member_required
def challenge_index(request):
    form = ChallengeFilterForm(request.GET or None)
    filters = ChallengeFilters()
    if form.is_valid():
        data = form.cleaned_data
        filters = ChallengeFilters(
            q=data["q"],
            status=data["status"],
            tag=data["tag"],
            industry=data["industry"],
            author_id=request.user.pk if data["mine"] else None,
        )
    page = Paginator(
        challenge_list(user=request.user, filters=filters), settings.CHALLENGES_PAGE_SIZE
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "challenges/challenge_list.html",
        {
            "form": form,
            "filters": filters,
            "page": page,
            "tags": challenge_tags_popular(user=request.user),
            **vocabularies(),
        },
    )


@member_required
def challenge_detail(request, pk: int):
    try:
        challenge = challenge_get(user=request.user, pk=pk)
    except Challenge.DoesNotExist:
        raise Http404("No such challenge") from None
    return render(
        request,
        "challenges/challenge_detail.html",
        {
            "challenge": challenge,
            "status_form": ChallengeStatusForm(initial={"status": challenge.status}),
        },
    )


@member_required
def challenge_new(request):
    form = ChallengeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            challenge = challenge_create(author=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Your challenge is posted.")
            return redirect("challenge_detail", pk=challenge.pk)
    return render(request, "challenges/challenge_form.html", {"form": form})


@member_required
def challenge_edit(request, pk: int):
    challenge = _own_challenge_or_404(request, pk)
    form = ChallengeForm(request.POST if request.method == "POST" else None, instance=challenge)
    if request.method == "POST" and form.is_valid():
        try:
            challenge_update(
                challenge=Challenge.objects.get(pk=pk), user=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Your challenge is updated.")
            return redirect("challenge_detail", pk=pk)
    # The form changed `challenge` in memory; the heading shows the saved title.
    saved = Challenge.objects.get(pk=pk)
    return render(request, "challenges/challenge_form.html", {"form": form, "challenge": saved})


@member_required
def challenge_set_status(request, pk: int):
    challenge = _own_challenge_or_404(request, pk)
    form = ChallengeStatusForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        challenge_update(challenge=challenge, user=request.user, status=form.cleaned_data["status"])
        messages.success(request, f"Status changed to {challenge.get_status_display().lower()}.")
    elif request.method == "POST":
        messages.error(request, "Choose one of the listed statuses.")
    return redirect("challenge_detail", pk=pk)


@member_required
def challenge_remove(request, pk: int):
    challenge = _own_challenge_or_404(request, pk)
    if request.method == "POST":
        challenge_delete(challenge=challenge, user=request.user)
        messages.success(request, f"“{challenge.title}” is deleted.")
        return redirect("challenge_index")
    return render(request, "challenges/challenge_confirm_delete.html", {"challenge": challenge})


@member_required
def member_detail(request, pk: int):
    """A member's directory card with the challenges the reader may see."""
    try:
        profile = directory_profile_get(pk=pk)
    except Profile.DoesNotExist:
        raise Http404("No such member") from None
    challenges = challenge_list(
        user=request.user, filters=ChallengeFilters(author_id=profile.user_id)
    )[:20]
    return render(
        request, "challenges/member_detail.html", {"profile": profile, "challenges": challenges}
    )


@member_required
def directory(request):
    """The member directory; each card links to the member's page (above)."""
    form = DirectoryFilterForm(request.GET or None)
    filters = DirectoryFilters(**form.cleaned_data) if form.is_valid() else DirectoryFilters()
    page = Paginator(directory_profiles(filters=filters), settings.DIRECTORY_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "challenges/directory.html",
        {
            "form": form,
            "filters": filters,
            "page": page,
            "seniorities": Seniority.choices,
            **vocabularies(),
        },
    )
