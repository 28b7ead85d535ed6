"""Cadence configuration: stages relative to the due date, business hours, per-customer overrides."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

TONES = ("friendly", "polite", "firm", "final")


class CadenceError(ValueError):
    """The cadence file is not valid; the message says where."""


@dataclass(frozen=True)
class Stage:
    name: str
    offset: int  # days after the due date (negative: before it)
    tone: str
    approval: bool = False
    escalate: bool = False


@dataclass(frozen=True)
class Cadence:
    stages: tuple[Stage, ...]
    start: time = time(9, 0)
    end: time = time(17, 0)
    timezone: str = "UTC"
    overrides: dict[str, tuple[Stage, ...]] = field(default_factory=dict)

    def stages_for(self, customer_id: str) -> tuple[Stage, ...]:
        return self.overrides.get(customer_id, self.stages)

    def stage_on(self, customer_id: str, days_past_due: int) -> Stage | None:
        """Return the latest stage whose offset has been reached, or None before the first."""
        current = None
        for stage in self.stages_for(customer_id):
            if days_past_due >= stage.offset:
                current = stage
        return current

    def next_send_time(self, now: datetime, tz_name: str | None) -> datetime:
        """Return now if within business hours on a weekday in tz, else the next opening."""
        tz = _zone(tz_name or self.timezone)
        local = now.astimezone(tz)
        day = local.date()
        if local.weekday() < 5 and self.start <= local.time() < self.end:
            return now
        if local.time() >= self.end or local.weekday() >= 5:
            day += timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return datetime.combine(day, self.start, tzinfo=tz)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise CadenceError(f"unknown time zone {name!r}") from e


def _stages(raw: Any, where: str) -> tuple[Stage, ...]:
    if not isinstance(raw, list) or not raw:
        raise CadenceError(f"{where}: stages must be a non-empty list")
    stages = []
    for i, item in enumerate(raw):
        try:
            stage = Stage(name=str(item["name"]), offset=int(item["offset"]), tone=str(item["tone"]),
                          approval=bool(item.get("approval", False)), escalate=bool(item.get("escalate", False)))
        except (KeyError, TypeError, ValueError) as e:
            raise CadenceError(f"{where}[{i}]: needs name, offset (days) and tone ({e})") from e
        if stage.tone not in TONES:
            raise CadenceError(f"{where}[{i}]: tone {stage.tone!r} is not one of {', '.join(TONES)}")
        stages.append(stage)
    if [s.offset for s in stages] != sorted({s.offset for s in stages}):
        raise CadenceError(f"{where}: offsets must be distinct and increasing")
    return tuple(stages)


def load_cadence(path: Path | None = None) -> Cadence:
    """Load the cadence from path, or the defaults shipped with arbot."""
    text = path.read_text() if path else resources.files("agent.dunning").joinpath("cadence.yaml").read_text()
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as e:
        raise CadenceError(f"{path or 'cadence.yaml'}: not valid YAML: {e}") from e
    hours = data.get("business_hours", {})
    try:
        start, end = time.fromisoformat(hours.get("start", "09:00")), time.fromisoformat(hours.get("end", "17:00"))
    except ValueError as e:
        raise CadenceError(f"business_hours: {e}") from e
    base = Cadence(stages=_stages(data.get("stages"), "stages"), start=start, end=end,
                   timezone=str(data.get("timezone", "UTC")))
    _zone(base.timezone)
    overrides = {str(cid): _stages(o.get("stages"), f"overrides.{cid}.stages")
                 for cid, o in (data.get("overrides") or {}).items()}
    return replace(base, overrides=overrides)


