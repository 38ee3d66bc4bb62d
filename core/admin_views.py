"""Building blocks for Confer's Wagtail admin screens, shared by every app."""

from django.core.exceptions import ValidationError
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.permission_policies import ModelPermissionPolicy

from core.forms import form_add_service_error


class SelectRelatedIndexView(IndexView):
    """An admin listing that loads the related rows it shows in one query."""

    select_related: tuple[str, ...] = ()

    def get_base_queryset(self):
        return super().get_base_queryset().select_related(*self.select_related)


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
