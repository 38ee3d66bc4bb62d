from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from matching.explanations import suggestion_explanation
from matching.forms import DismissForm
from matching.selectors import suggestions_for_member
from matching.services.suggestions import suggestion_dismiss
from members.access import member_required
from members.selectors import profile_for_user

PAGE_SIZE = 20


@member_required
def people(request):
    page = Paginator(suggestions_for_member(member=request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "matching/people.html",
        {
            "page": page,
            "explained": [suggestion_explanation(s) for s in page],
            "dismiss_form": DismissForm(),
            "profile": profile_for_user(user=request.user),
        },
    )


@member_required
@require_POST
def people_dismiss(request, profile_id: int):
    suggestion = (
        suggestions_for_member(member=request.user).filter(peer__profile__pk=profile_id).first()
    )
    if suggestion is None:
        raise Http404("No such suggestion")
    form = DismissForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose why you are dismissing this suggestion.")
        return redirect("people")
    try:
        suggestion_dismiss(member=request.user, peer=suggestion.peer, **form.cleaned_data)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, f"We won't suggest {suggestion.peer.get_full_name()} to you again."
        )
    return redirect("people")
