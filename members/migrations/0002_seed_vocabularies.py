from django.db import migrations
from django.utils.text import slugify

# A starting vocabulary; staff edit it in the admin afterwards.
INDUSTRIES = [
    "Healthcare", "Higher Education", "Financial Services", "Insurance", "Retail",
    "Manufacturing", "Logistics & Supply Chain", "Energy & Utilities", "Software & SaaS",
    "Telecommunications", "Public Sector", "Nonprofit & Charities", "Professional Services",
    "Media & Publishing", "Hospitality & Travel", "Construction & Real Estate",
    "Pharmaceuticals & Life Sciences", "Agriculture & Food",
]
FUNCTIONS = [
    "Executive Leadership", "Operations", "Finance", "Human Resources", "Marketing",
    "Sales & Business Development", "Product Management", "Engineering & IT",
    "Data & Analytics", "Customer Success & Service", "Legal & Compliance",
    "Strategy & Transformation",
]


def seed(apps, schema_editor):
    for model_name, names in (("Industry", INDUSTRIES), ("Function", FUNCTIONS)):
        model = apps.get_model("members", model_name)
        for name in names:
            model.objects.get_or_create(slug=slugify(name), defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("members", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
