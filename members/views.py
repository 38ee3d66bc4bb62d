from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST
from rest_framework.authtoken.models import Token

from members.access import member_required
from members.forms import DirectoryFilterForm, ProfileForm
from members.models import MembershipPlan, Profile, Seniority
from members.selectors import (
    DirectoryFilters,
    directory_profile_get,
    directory_profiles,
    vocabularies,
)
from members.services import membership_current, profile_ensure, profile_update


@login_required
def profile_edit(request):
    profile = profile_ensure(user=request.user)
    form = ProfileForm(request.POST or None, instance=profile, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            profile_update(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Your profile is saved.")
            return redirect("profile_edit")
    token = Token.objects.filter(user=request.user).first()
    return render(
        request, "members/profile_form.html", {"form": form, "profile": profile, "api_token": token}
    )


@login_required
@require_POST
def api_token_regenerate(request):
    Token.objects.filter(user=request.user).delete()
    Token.objects.create(user=request.user)
    messages.success(request, "A new API token was created; the old one no longer works.")
    return redirect("profile_edit")


@member_required
def directory(request):
    form = DirectoryFilterForm(request.GET or None)
    filters = DirectoryFilters(**form.cleaned_data) if form.is_valid() else DirectoryFilters()
    page = Paginator(directory_profiles(filters=filters), settings.DIRECTORY_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "members/directory.html",
        {
            "form": form,
            "filters": filters,
            "page": page,
            "seniorities": Seniority.choices,
            **vocabularies(),
        },
    )


@member_required
def member_detail(request, pk: int):
    try:
        profile = directory_profile_get(pk=pk)
    except Profile.DoesNotExist:
        raise Http404("No such member") from None
    challenges = profile.user.challenges.visible_to(request.user).order_by("-created_at")[:20]
    return render(
        request, "members/member_detail.html", {"profile": profile, "challenges": challenges}
    )


@login_required
def membership(request):
    return render(
        request,
        "members/membership.html",
        {
            "current": membership_current(user=request.user),
            "history": request.user.memberships.select_related("plan"),
            "plans": MembershipPlan.objects.filter(is_public=True),
        },
    )


def plans(request):
    return render(
        request, "members/plans.html", {"plans": MembershipPlan.objects.filter(is_public=True)}
    )
