"""Charts as data for server-rendered inline SVG: geometry here, drawing in _charts.html."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

WIDTH, HEIGHT = 520, 220
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 16, 40


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value_text: str


@dataclass
class Tick:
    y: float
    text: str


@dataclass
class BarChart:
    title: str
    bars: list[Bar]
    ticks: list[Tick]
    width: int = WIDTH
    height: int = HEIGHT
    baseline: float = HEIGHT - BOTTOM


@dataclass
class Series:
    name: str
    points: str  # "x,y x,y" for a polyline
    dots: list[tuple[float, float, str]] = field(default_factory=list)


@dataclass
class LineChart:
    title: str
    series: list[Series]
    ticks: list[Tick]
    x_labels: list[tuple[float, str]]
    width: int = WIDTH
    height: int = HEIGHT
    baseline: float = HEIGHT - BOTTOM
    empty: bool = False


def nice_max(value: float) -> float:
    """Return a round number at or above value, for the top of an axis."""
    if value <= 0:
        return 1.0
    exponent = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * exponent:
            return step * exponent
    return 10 * exponent


def short_number(value: float) -> str:
    """Return 1.2k, 3.4M: compact axis labels."""
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.1f}".rstrip("0").rstrip(".") + suffix
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}"


def _ticks(top: float, plot_height: float, fmt: str = "{}") -> list[Tick]:
    return [Tick(y=TOP + plot_height * (1 - i / 4), text=fmt.format(short_number(top * i / 4)))
            for i in range(5)]


def bar_chart(title: str, items: Sequence[tuple[str, float]], *, value_format: str = "{}",
              min_top: float = 0) -> BarChart:
    """Return a vertical bar chart of (label, value) items; min_top=4 keeps count axes whole."""
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = max(nice_max(max((v for _, v in items), default=0)), min_top)
    slot = plot_width / max(len(items), 1)
    bars = []
    for i, (label, value) in enumerate(items):
        height = plot_height * max(value, 0) / top
        width = min(slot * 0.7, 72)
        bars.append(Bar(x=LEFT + i * slot + (slot - width) / 2, y=TOP + plot_height - height, width=width,
                        height=height, label=label, value_text=value_format.format(short_number(value))))
    return BarChart(title=title, bars=bars, ticks=_ticks(top, plot_height))


def line_chart(title: str, labels: Sequence[str], series: dict[str, Sequence[float | None]], *,
               value_format: str = "{}", fixed_top: float | None = None) -> LineChart:
    """Return a line chart: one polyline per series over the x labels; None leaves a gap."""
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    values = [v for vs in series.values() for v in vs if v is not None]
    top = fixed_top or nice_max(max(values, default=0))
    step = plot_width / max(len(labels) - 1, 1)
    x_of = lambda i: LEFT + i * step if len(labels) > 1 else LEFT + plot_width / 2  # noqa: E731
    out = []
    for name, vs in series.items():
        dots = [(x_of(i), TOP + plot_height * (1 - min(v, top) / top), value_format.format(short_number(v)))
                for i, v in enumerate(vs) if v is not None]
        out.append(Series(name=name, points=" ".join(f"{x:.1f},{y:.1f}" for x, y, _ in dots), dots=dots))
    # Label every other month when there are many, so the labels do not overlap.
    every = 1 if len(labels) <= 7 else 2
    x_labels = [(x_of(i), label) for i, label in enumerate(labels) if i % every == 0]
    return LineChart(title=title, series=out, ticks=_ticks(top, plot_height, value_format),
                     x_labels=x_labels, empty=not values)
