"""Building blocks for Confer's Wagtail admin screens, shared by every app."""

import re
from functools import reduce
from operator import and_, or_

from django.core.exceptions import ValidationError
from django.db.models import Expression, Q, QuerySet, TextField, Value
from django.db.models.functions import Concat
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.permission_policies import ModelPermissionPolicy

from core.forms import form_add_service_error


class SelectRelatedIndexView(IndexView):
    """An admin listing that loads the related rows it shows in one query."""

    select_related: tuple[str, ...] = ()

    def get_base_queryset(self):
        return super().get_base_queryset().select_related(*self.select_related)


SEARCH_WORD_SEPARATORS = re.compile(r"[\s,;]+")


class MemberSearchMixin:
    """For an admin listing: its search finds members by full name and e-mail.

    ``member_paths`` name the user relations on each row (``("member", "peer")``; ``""``
    for a listing of users itself); ``search_fields`` hold the row's other text fields
    and ``search_annotations()`` any computed ones. Every word of the query must match
    (so "Kavya Reddy", "Reddy Kavya" and "Reddy, Kavya" all work), and the words that
    match a name or e-mail must all match the same member: "Kavya Reddy" does not find
    a row between a Kavya and a Reddy.
    """

    member_paths: tuple[str, ...] = ()
    search_fields: list[str] | None
    search_query: str
    is_searching: bool
    index_results_url: str | None
    search_url: str | None

    @property
    def is_searchable(self):
        # A listing searched only by member (suggestions) has no other search_fields.
        return bool(self.member_paths or self.search_fields) and bool(
            self.index_results_url or self.search_url
        )

    def search_annotations(self) -> dict[str, Expression]:
        """Computed text to search besides ``search_fields``, by annotation name."""
        return {}

    def search_queryset(self, queryset: QuerySet) -> QuerySet:
        words = [w for w in SEARCH_WORD_SEPARATORS.split(self.search_query) if w]
        if not self.is_searching or not words:
            return queryset
        extra = self.search_annotations()

        def field(path: str, name: str) -> str:
            return f"{path}__{name}" if path else name

        people = {
            f"search_member_{index}": Concat(
                field(path, "first_name"),
                Value(" "),
                field(path, "last_name"),
                Value(" "),
                field(path, "email"),
                output_field=TextField(),
            )
            for index, path in enumerate(self.member_paths)
        }
        queryset = queryset.annotate(**extra, **people)
        fields = [*(self.search_fields or []), *extra]

        def matches(word: str, *person: str) -> Q:
            return reduce(or_, (Q(**{f"{f}__icontains": word}) for f in [*fields, *person]))

        if not people:
            return queryset.filter(reduce(and_, (matches(w) for w in words)))
        return queryset.filter(
            reduce(or_, (reduce(and_, (matches(w, p) for w in words)) for p in people))
        )


class MemberSearchIndexView(MemberSearchMixin, SelectRelatedIndexView):
    """A listing with related rows loaded in one query, searched by member."""


class ServiceFormMixin:
    """Admin create/edit views whose save is one service call.

    ``call_service(form)`` returns the saved object; a ValidationError or one of
    ``service_errors`` puts its message on the form and nothing is written.
    """

    service_errors: tuple[type[Exception], ...] = ()
    failure_message = "The changes could not be saved; see the errors below."

    def call_service(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            self.object = self.call_service(form)
        except (ValidationError, *self.service_errors) as error:
            form_add_service_error(form, error)
            self.produced_error_message = self.failure_message
            return self.form_invalid(form)
        return self.save_action()


class ServiceCreateView(ServiceFormMixin, CreateView):
    pass


class ServiceEditView(ServiceFormMixin, EditView):
    def saved_object(self):
        """The object as stored: the form has already changed ``self.object`` in memory."""
        return type(self.object).objects.get(pk=self.object.pk)


class LimitedPermissionPolicy(ModelPermissionPolicy):
    """Staff may only do ``allowed`` (by default: look): for rows that Confer computes
    (suggestions, embedding failures) or that change only through services."""

    def __init__(self, model, allowed: tuple[str, ...] = ("view",)):
        super().__init__(model)
        self.allowed = allowed

    def user_has_permission(self, user, action):
        return action in self.allowed and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a in self.allowed])


class StaffPermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)
