from django.db import migrations

# A starting list; staff edit it in the admin (Community > Seniority synonyms). Chosen
# to agree with the levels' own titles: a "Manager" is mid-level and a "Senior Manager"
# senior, as in the demo's job titles; heads of a function rank with directors; vice
# presidents, chiefs and owners are executives. Communities where a VP is mid-level
# (banks) change that one line.
SYNONYMS = {
    "junior": ["Entry", "Entry level", "Entry-level", "Graduate", "Intern", "Trainee", "Apprentice"],
    "mid": ["Intermediate", "Manager", "Mid level"],
    "senior": ["Lead", "Team lead", "Principal", "Senior manager", "Senior specialist"],
    "director": ["Head", "Head of department", "Senior director", "Associate director"],
    "executive": [
        "VP", "Vice president", "SVP", "EVP", "Senior vice president", "C-level", "C-suite",
        "Chief", "CEO", "CFO", "COO", "CTO", "President", "Managing director", "Partner",
        "Founder", "Owner", "Board member",
    ],
}


def seed(apps, schema_editor):
    SenioritySynonym = apps.get_model("members", "SenioritySynonym")
    for level, names in SYNONYMS.items():
        for name in names:
            if not SenioritySynonym.objects.filter(name__iexact=name).exists():
                SenioritySynonym.objects.create(name=name, seniority=level)


class Migration(migrations.Migration):
    dependencies = [("members", "0007_seniority_synonyms")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
