from csp.decorators import csp_update
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from cms import views as cms_views
from core.api.views import NotFoundApi

# Each app lists its own pages and API endpoints; URL names are global (no namespaces).
api_v1 = [
    path("", include("members.api.urls")),
    path("", include("challenges.api.urls")),
    path("", include("matching.api.urls")),
]

# Pages open to anyone (login, password reset) have no inline code: the strict policy.
_ADMIN_PUBLIC_VIEWS = (
    auth_views.LoginView,
    auth_views.PasswordResetView,
    auth_views.PasswordResetDoneView,
    auth_views.PasswordResetConfirmView,
    auth_views.PasswordResetCompleteView,
)


def _admin_policy(view):
    """The Wagtail admin's views get the few extra CSP sources it still needs."""
    if issubclass(getattr(view, "view_class", object), _ADMIN_PUBLIC_VIEWS):
        return view
    return csp_update(settings.CONTENT_SECURITY_POLICY_ADMIN_UPDATE)(view)


admin_urlpatterns = decorate_urlpatterns(list(wagtailadmin_urls.urlpatterns), _admin_policy)

urlpatterns = [
    path("admin/", include(admin_urlpatterns)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("api/v1/", include(api_v1)),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    # Swagger UI with its set-up script served from this URL (?script), not inline; its
    # icons are data: images.
    path(
        "api/docs/",
        csp_update({"img-src": ["data:"]})(
            SpectacularSwaggerSplitView.as_view(
                url_name="api_schema", template_name="api_docs.html"
            )
        ),
        name="api_docs",
    ),
    # Ends in a slash, as our endpoints do, so that APPEND_SLASH still redirects to them.
    re_path(r"^api/(?:.*/)?$", NotFoundApi.as_view()),
    path("dashboard/", cms_views.dashboard, name="dashboard"),
    path("", include("members.urls")),
    path("", include("matching.urls")),
    path("", include("challenges.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]

# JSON errors under /api/ (raised before any API view runs), the site's pages elsewhere.
handler400 = "core.api.errors.bad_request"
handler404 = "core.api.errors.not_found"
handler500 = "core.api.errors.server_error"
