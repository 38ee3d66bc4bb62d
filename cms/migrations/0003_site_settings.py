from django.db import migrations


def create_settings(apps, schema_editor):
    apps.get_model("cms", "SiteSettings").objects.get_or_create(id=1)


class Migration(migrations.Migration):
    dependencies = [("cms", "0002_home_page")]
    operations = [migrations.RunPython(create_settings, migrations.RunPython.noop)]
