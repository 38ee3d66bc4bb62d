from django.db import migrations

# HNSW cosine indexes for 384-dimension vectors (the default model). Vectors of other
# models get theirs when first written (matching.services.embeddings).
SQL = """
CREATE INDEX IF NOT EXISTS {table}_hnsw_384 ON {table}
USING hnsw ((vector::vector(384)) vector_cosine_ops) WHERE dimensions = 384
"""
TABLES = ("matching_challengeembedding", "matching_profileembedding")


class Migration(migrations.Migration):
    dependencies = [("matching", "0002_embeddings_and_suggestions")]
    operations = [
        migrations.RunSQL(SQL.format(table=t), f"DROP INDEX IF EXISTS {t}_hnsw_384")
        for t in TABLES
    ]
