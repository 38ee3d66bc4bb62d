from django.db import migrations
from pgvector.django import VectorExtension


class Migration(migrations.Migration):
    """pgvector must exist before any embedding table; later matching migrations build on it."""

    initial = True
    dependencies: list = []
    operations = [VectorExtension()]
