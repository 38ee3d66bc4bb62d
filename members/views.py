from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from members.access import member_required
from members.forms import DirectoryFilterForm, ProfileForm
from members.models import Seniority
from members.selectors import (
    DirectoryFilters,
    api_token_for_user,
    directory_profiles,
    membership_current,
    memberships_of,
    plans_offered,
    profile_for_user,
    vocabularies,
)
from members.services import api_token_regenerate, profile_update


@login_required
def profile_edit(request):
    profile = profile_for_user(user=request.user)
    form = ProfileForm(
        request.POST if request.method == "POST" else None, instance=profile, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        try:
            profile_update(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Your profile is saved.")
            return redirect("profile_edit")
    token = api_token_for_user(user=request.user)
    return render(
        request, "members/profile_form.html", {"form": form, "profile": profile, "api_token": token}
    )


@login_required
@require_POST
def api_token_replace(request):
    api_token_regenerate(user=request.user)
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


@login_required
def membership(request):
    return render(
        request,
        "members/membership.html",
        {
            "current": membership_current(user=request.user),
            "history": memberships_of(user=request.user),
            "plans": plans_offered(),
        },
    )


def plans(request):
    return render(request, "members/plans.html", {"plans": plans_offered()})
