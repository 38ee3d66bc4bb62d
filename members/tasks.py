from celery import shared_task

from members.services import memberships_refresh_status


@shared_task
def memberships_refresh_status_task() -> dict[str, int]:
    result = memberships_refresh_status()
    return {"to_grace": result.to_grace, "to_lapsed": result.to_lapsed}
