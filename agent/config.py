"""One Settings object, built once at the edge and passed explicitly."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """arbot's configuration; every field can be set as ARBOT_<NAME> in the environment."""

    model_config = SettingsConfigDict(env_prefix="ARBOT_", extra="ignore", populate_by_name=True)

    database_url: str = Field(
        default="sqlite:///arbot.db",
        description="SQLAlchemy URL: sqlite:///FILE (default) or postgresql+psycopg://...",
    )
    inbox: str = Field(
        default="maildir:mail/inbox",
        description="maildir:PATH, imap://user:pass@host:port/INBOX or imaps://...",
    )
    outbox: str = Field(
        default="maildir:mail/outbox",
        description="maildir:PATH, smtp://user:pass@host:port or smtps://...",
    )
    llm: str = Field(default="local", description="local, or openai:MODEL")
    openai_api_key: str | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, validation_alias="OPENAI_BASE_URL")
    llm_timeout_seconds: float = 30.0
    llm_max_retries: int = 2

    from_address: str = Field(default="ar@example.com", description="The AR mailbox address")
    from_name: str = "Accounts Receivable"
    seller_name: str = Field(default="Northwind Analytics", description="Your company, as shown on invoices")
    sent_folder: str = "Sent"
    max_message_bytes: int = 25 * 1024 * 1024
    poll_seconds: int = 60

    auto_send_rules: dict[str, float] = Field(
        default_factory=dict,
        description='Intents that may be sent without a person, with a minimum confidence, e.g. {"promise_to_pay": 0.95}',
    )
    allowed_link_domains: list[str] = Field(default_factory=list, description="Domains a draft may link to")
    agent_max_model_calls: int = 8
    agent_max_tool_calls: int = 8

    cadence_file: Path | None = Field(default=None, description="Reminder cadence YAML (default: built in)")
    dunning_hour_utc: int = Field(default=6, ge=0, le=23, description="When the worker runs the daily cadence")

    promise_grace_days: int = 3
    dispute_sla_days: int = 10

    secret_key: str | None = Field(
        default=None, description="Signs web session cookies; generated into data_dir when unset")
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    log_level: str = "INFO"
    data_dir: Path = Field(default=Path("."), description="Where relative paths are resolved")

    def resolve(self, path: str | Path) -> Path:
        """Return path made absolute against data_dir."""
        p = Path(path)
        return p if p.is_absolute() else self.data_dir / p
