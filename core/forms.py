"""Form helpers shared by the member pages and the admin."""

from django.core.exceptions import ValidationError


def form_add_service_error(form, error: Exception) -> None:
    """Show a service's error on the form: on its field where the form has one."""
    if isinstance(error, ValidationError) and hasattr(error, "error_dict"):
        for name, messages in error.message_dict.items():
            form.add_error(name if name in form.fields else None, messages)
    elif isinstance(error, ValidationError):
        form.add_error(None, error.messages)
    else:
        form.add_error(None, str(error))
