"""The deployment files: docker-compose.yml is valid and complete, the Dockerfile is sound.

No Docker engine runs here, so these read the files: services, ports, volumes, the order in
which services start (depends_on with conditions) and the health checks.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from tests.conftest import REPO

COMPOSE = REPO / "docker-compose.yml"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text())
    assert isinstance(data, dict)
    return data


def env(service: dict[str, Any]) -> dict[str, str]:
    value = service.get("environment") or {}
    if isinstance(value, list):
        return dict(item.split("=", 1) for item in value)
    return {k: str(v) for k, v in value.items()}


def test_services_are_app_worker_db_and_mail(compose: dict[str, Any]) -> None:
    assert set(compose["services"]) == {"app", "worker", "db", "mail"}
    services = compose["services"]
    assert services["app"]["command"] == ["arbot", "serve"]
    assert services["worker"]["command"] == ["arbot", "run"]
    assert services["db"]["image"].startswith("postgres:15")
    assert services["app"]["build"] == "." and services["worker"]["image"] == services["app"]["image"]


@pytest.mark.parametrize("name", ["app", "worker", "db", "mail"])
def test_every_service_has_a_health_check(compose: dict[str, Any], name: str) -> None:
    check = compose["services"][name]["healthcheck"]
    assert check["test"][0] in ("CMD", "CMD-SHELL") and len(check["test"]) >= 2
    for key in ("interval", "timeout"):
        assert re.fullmatch(r"\d+s", check[key]), (name, key)
    assert int(check["retries"]) >= 3


def test_health_checks_probe_the_right_thing(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert "/healthz" in " ".join(services["app"]["healthcheck"]["test"])
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])
    assert "ARBOT_DATABASE_URL" in " ".join(services["worker"]["healthcheck"]["test"])


def test_start_order_waits_for_healthy_dependencies(compose: dict[str, Any]) -> None:
    services = compose["services"]
    app, worker = services["app"]["depends_on"], services["worker"]["depends_on"]
    assert app["db"]["condition"] == "service_healthy" and app["mail"]["condition"] == "service_healthy"
    # The app migrates on start; the worker waits for it, so two processes never migrate at once.
    assert worker["app"]["condition"] == "service_healthy"
    assert worker["db"]["condition"] == "service_healthy"


def test_ports_and_volumes(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert any(str(p).endswith(":8000") for p in services["app"]["ports"])
    assert {"3025", "3143"} <= {str(p).split(":")[-1] for p in services["mail"]["ports"]}
    assert "ports" not in services["db"]  # PostgreSQL stays on the compose network
    assert set(compose["volumes"]) == {"pgdata", "appdata"}
    assert "pgdata:/var/lib/postgresql/data" in services["db"]["volumes"]
    assert "appdata:/data" in services["app"]["volumes"] and "appdata:/data" in services["worker"]["volumes"]


def test_app_and_worker_are_configured_per_design(compose: dict[str, Any]) -> None:
    for name in ("app", "worker"):
        variables = env(compose["services"][name])
        for key in ("ARBOT_DATABASE_URL", "ARBOT_INBOX", "ARBOT_OUTBOX", "ARBOT_LLM"):
            assert variables.get(key), (name, key)
        database = variables["ARBOT_DATABASE_URL"]
        assert database.startswith("postgresql+psycopg://") and "@db:5432/" in database
        assert "@mail:" in variables["ARBOT_INBOX"] and "@mail:" in variables["ARBOT_OUTBOX"]
    assert env(compose["services"]["app"])["ARBOT_API_HOST"] == "0.0.0.0"


def test_dockerfile_installs_the_package_and_runs_as_a_user() -> None:
    text = (REPO / "Dockerfile").read_text()
    assert text.startswith("#") and re.search(r"^FROM python:3\.11-slim$", text, re.M)
    assert "pip install ." in text
    users = re.findall(r"^USER (\S+)$", text, re.M)
    assert users and users[-1] not in ("root", "0")
    ignored = (REPO / ".dockerignore").read_text().split()
    assert ".git" in ignored and "tests" in ignored


def test_deploy_guide_covers_a_real_mailbox() -> None:
    guide = (REPO / "docs" / "deploy.md").read_text()
    for needle in ("ARBOT_INBOX", "ARBOT_OUTBOX", "imaps://", "smtp", "docker compose up", "arbot user passwd"):
        assert needle in guide, needle
