# arbot: the API and web pages (arbot serve) and the worker (arbot run) from one image.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml README.md ./
COPY agent ./agent
COPY api ./api
COPY tools ./tools
COPY prompts ./prompts
RUN pip install . \
    # Fail the build, not the first page view, when templates or static files were not packaged.
    && python -c "from api.web.render import STATIC_DIR, TEMPLATES_DIR; \
assert (STATIC_DIR / 'app.css').is_file() and (STATIC_DIR / 'app.js').is_file(), STATIC_DIR; \
assert (TEMPLATES_DIR / 'inbox.html').is_file(), TEMPLATES_DIR" \
    && useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin arbot \
    && mkdir -p /data && chown arbot:arbot /data \
    && rm -rf /src

USER arbot
WORKDIR /data
ENV ARBOT_DATA_DIR=/data \
    ARBOT_API_HOST=0.0.0.0 \
    ARBOT_API_PORT=8000
EXPOSE 8000
CMD ["arbot", "serve"]
