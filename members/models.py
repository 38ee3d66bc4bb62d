import zoneinfo
from datetime import date, timedelta
from functools import cache
from typing import ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone


@cache
def known_timezones() -> frozenset[str]:
    # Reading the zone list walks tzdata's files (about 30 ms): once per process.
    return frozenset(zoneinfo.available_timezones())


def timezone_choices() -> list[tuple[str, str]]:
    # Computed at run time, not stored in migrations: the zone list follows tzdata.
    return [(tz, tz.replace("_", " ")) for tz in sorted(known_timezones())]


def validate_timezone(value: str) -> None:
    if value and value not in known_timezones():
        raise ValidationError(f'"{value}" is not a known time zone, e.g. "Europe/London".')


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    """A person with an account; they log in with their e-mail address."""

    username = None  # type: ignore[assignment]
    email = models.EmailField("e-mail address", unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    objects = UserManager()  # type: ignore[assignment,misc]

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.get_full_name() or self.email


class VocabularyTerm(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Industry(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name_plural = "industries"


class Function(VocabularyTerm):
    pass


class Organisation(models.Model):
    name = models.CharField(max_length=200, unique=True)
    industry = models.ForeignKey(
        Industry, null=True, blank=True, on_delete=models.SET_NULL, related_name="organisations"
    )
    website = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Seniority(models.TextChoices):
    JUNIOR = "junior", "Junior"
    MID = "mid", "Mid-level"
    SENIOR = "senior", "Senior"
    DIRECTOR = "director", "Director"
    EXECUTIVE = "executive", "Executive"


class SenioritySynonym(models.Model):
    """Another word for a seniority level, as member lists spell it ("Lead", "Head",
    "VP"); staff keep the list, the import reads it."""

    name = models.CharField(
        max_length=80, help_text='As it appears in files, e.g. "Head" or "VP"; any case.'
    )
    seniority = models.CharField(
        "means", max_length=20, choices=Seniority.choices, help_text="The level it stands for."
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                name="seniority_synonym_unique_name",
                violation_error_message="This synonym already exists.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} → {self.get_seniority_display()}"


class ConsentSource(models.TextChoices):
    """Who last set a member's ``open_to_introductions``."""

    MEMBER = "member", "The member"
    STAFF = "staff", "Staff, in the admin"
    IMPORT = "import", "Staff, by CSV import"


class ProfileQuerySet(models.QuerySet["Profile"]):
    def in_directory(self) -> "ProfileQuerySet":
        """Profiles of active accounts whose membership is in good standing."""
        current = Membership.objects.in_good_standing().filter(user_id=models.OuterRef("user_id"))
        return self.filter(models.Exists(current), user__is_active=True)


class Profile(models.Model):
    """What a member tells the community about themselves."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    headline = models.CharField(max_length=160, blank=True)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="profiles"
    )
    industry = models.ForeignKey(
        Industry, null=True, blank=True, on_delete=models.PROTECT, related_name="profiles"
    )
    function = models.ForeignKey(
        Function, null=True, blank=True, on_delete=models.PROTECT, related_name="profiles"
    )
    seniority = models.CharField(max_length=20, choices=Seniority.choices, blank=True)
    bio = models.TextField(blank=True, max_length=4000, validators=[MaxLengthValidator(4000)])
    expertise = ArrayField(
        models.CharField(max_length=80),
        default=list,
        blank=True,
        size=20,
        help_text="Things you could help other members with.",
    )
    goals = models.TextField(blank=True, max_length=2000, validators=[MaxLengthValidator(2000)])
    location = models.CharField(max_length=120, blank=True)
    timezone = models.CharField(
        "time zone", max_length=64, blank=True, validators=[validate_timezone]
    )
    open_to_introductions = models.BooleanField(
        default=False,
        help_text="I agree that Confer may suggest me to other members and propose introductions.",
    )
    # Where the consent above came from, so staff can show it: the member's own choice,
    # or one staff recorded (in the admin, or carried over by an import).
    consent_changed_at = models.DateTimeField(
        "consent last changed", null=True, blank=True, editable=False
    )
    consent_source = models.CharField(
        "consent last changed by",
        max_length=10,
        choices=ConsentSource.choices,
        blank=True,
        editable=False,
    )
    invitation_sent_at = models.DateTimeField(
        "invitation last sent",
        null=True,
        blank=True,
        editable=False,
        help_text="When staff last e-mailed the member a link to set their password.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProfileQuerySet.as_manager()

    EDITABLE_FIELDS = (
        "headline",
        "organisation",
        "industry",
        "function",
        "seniority",
        "bio",
        "expertise",
        "goals",
        "location",
        "timezone",
        "open_to_introductions",
    )
    COMPLETENESS_FIELDS = (
        "headline",
        "organisation_id",
        "industry_id",
        "function_id",
        "seniority",
        "bio",
        "expertise",
        "goals",
        "location",
        "timezone",
    )

    class Meta:
        indexes = [GinIndex(fields=["expertise"], name="profile_expertise_gin")]
        permissions = [("send_invitation", "Can send members their invitation e-mail")]

    def __str__(self) -> str:
        return str(self.user)

    @property
    def consent_is_members_own(self) -> bool:
        """The member chose ``open_to_introductions`` themselves (or it was set before
        its source was recorded): staff imports leave it alone."""
        if self.consent_source:
            return self.consent_source == ConsentSource.MEMBER
        return self.open_to_introductions

    @property
    def missing_fields(self) -> list[str]:
        return [f.removesuffix("_id") for f in self.COMPLETENESS_FIELDS if not getattr(self, f)]

    @property
    def completeness(self) -> int:
        """Percentage of the profile fields that are filled in."""
        filled = len(self.COMPLETENESS_FIELDS) - len(self.missing_fields)
        return round(100 * filled / len(self.COMPLETENESS_FIELDS))


class PlanPeriod(models.TextChoices):
    MONTH = "month", "Monthly"
    YEAR = "year", "Yearly"
    LIFETIME = "lifetime", "Lifetime"


class MembershipPlan(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    price = models.DecimalField(max_digits=10, decimal_places=2)
    currency = models.CharField(max_length=3, default="EUR")
    period = models.CharField(max_length=10, choices=PlanPeriod.choices, default=PlanPeriod.YEAR)
    includes = models.TextField(blank=True, help_text="What the plan includes, one item per line.")
    is_public = models.BooleanField(default=True, help_text="Offered on the join page.")
    introductions_per_month = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="How many introductions a member on this plan may ask for per month "
        "(empty: no limit).",
    )

    class Meta:
        ordering = ["price", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def included_items(self) -> list[str]:
        return [line.strip() for line in self.includes.splitlines() if line.strip()]

    @property
    def period_length(self) -> timedelta | None:
        return {PlanPeriod.MONTH: timedelta(days=31), PlanPeriod.YEAR: timedelta(days=365)}.get(
            PlanPeriod(self.period)
        )


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    GRACE = "grace", "Grace period"
    LAPSED = "lapsed", "Lapsed"
    CANCELLED = "cancelled", "Cancelled"


GOOD_STANDING = (MembershipStatus.ACTIVE, MembershipStatus.GRACE)


class MembershipQuerySet(models.QuerySet["Membership"]):
    def in_good_standing(self, today: date | None = None) -> "MembershipQuerySet":
        """Memberships that give access today, whatever the hourly status refresh has done."""
        today = today or timezone.localdate()
        grace = timedelta(days=settings.MEMBERSHIP_GRACE_DAYS)
        return self.filter(status__in=GOOD_STANDING, starts_on__lte=today).filter(
            Q(ends_on__isnull=True) | Q(ends_on__gte=today - grace)
        )


class Membership(models.Model):
    """One person's membership on a plan.

    ``status`` is driven by staff, the hourly refresh task and (later) a payment
    provider, which finds the membership by ``external_reference``.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    plan = models.ForeignKey(MembershipPlan, on_delete=models.PROTECT, related_name="memberships")
    status = models.CharField(
        max_length=10, choices=MembershipStatus.choices, default=MembershipStatus.ACTIVE
    )
    starts_on = models.DateField(default=timezone.localdate)
    ends_on = models.DateField(null=True, blank=True, help_text="Empty for no end date.")
    external_reference = models.CharField(
        max_length=200, blank=True, help_text="The payment provider's subscription id."
    )
    note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(status__in=["active", "grace"]),
                name="one_current_membership_per_user",
                violation_error_message="This member already has a current membership.",
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="membership_ends_after_start",
                violation_error_message="A membership cannot end before it starts.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.plan} ({self.get_status_display()})"


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    APPROVED = "approved", "Approved"
    DECLINED = "declined", "Declined"
    WITHDRAWN = "withdrawn", "Withdrawn"


class MembershipApplicationQuerySet(models.QuerySet["MembershipApplication"]):
    def pending(self) -> "MembershipApplicationQuerySet":
        return self.filter(status=ApplicationStatus.PENDING)

    def pending_first(self) -> "MembershipApplicationQuerySet":
        """Waiting applications first, oldest first (a queue); then the most recently
        decided."""
        waiting = models.Case(
            models.When(status=ApplicationStatus.PENDING, then=models.Value(0)),
            default=models.Value(1),
        )
        return self.alias(waiting=waiting).order_by(
            "waiting", models.F("decided_at").desc(nulls_last=True), "created_at", "id"
        )


class MembershipApplication(models.Model):
    """A person's request to join on a plan; staff approve it (which grants the
    membership) or decline it with a note the applicant reads."""

    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership_applications"
    )
    plan = models.ForeignKey(MembershipPlan, on_delete=models.PROTECT, related_name="applications")
    motivation = models.TextField(
        "why they want to join", max_length=4000, validators=[MaxLengthValidator(4000)]
    )
    organisation_name = models.CharField("organisation", max_length=200, blank=True)
    status = models.CharField(
        max_length=10, choices=ApplicationStatus.choices, default=ApplicationStatus.PENDING
    )
    staff_note = models.TextField(
        blank=True,
        max_length=2000,
        validators=[MaxLengthValidator(2000)],
        help_text="Shown to the applicant with the decision.",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(
        null=True, blank=True, help_text="When staff decided, or the applicant withdrew."
    )
    membership = models.OneToOneField(
        Membership,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="application",
        help_text="The membership granted on approval.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MembershipApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["applicant"],
                condition=Q(status="pending"),
                name="one_pending_application_per_user",
                violation_error_message="You already have an application waiting for a decision.",
            ),
            models.CheckConstraint(
                condition=Q(status="pending", decided_at__isnull=True)
                | (~Q(status="pending") & Q(decided_at__isnull=False)),
                name="application_decided_at_follows_status",
                violation_error_message="A decided application needs its decision time.",
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="application_status_created")]

    def __str__(self) -> str:
        return f"{self.applicant} · {self.plan} ({self.get_status_display()})"

    @property
    def is_pending(self) -> bool:
        return self.status == ApplicationStatus.PENDING

    @property
    def decision_message(self) -> str:
        """One line telling the applicant the outcome (inbox entry and e-mail subject)."""
        if self.status == ApplicationStatus.APPROVED:
            return f"Your application for the {self.plan} plan was approved: welcome!"
        if self.status == ApplicationStatus.DECLINED:
            return f"Your application for the {self.plan} plan was declined: {self.staff_note}"
        return f"Your application for the {self.plan} plan is {self.get_status_display().lower()}."
