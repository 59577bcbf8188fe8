"""Inline SVG charts, drawn here: no library, no script, the same bytes for the same figures.

Each chart is one <svg> with a viewBox (it scales to the width of the page, so it never makes a
phone's page scroll sideways), role="img", a <title> naming it and a <title> on every bar or cell
that gives its figure; the page beside it has the same figures as a table.
"""

from __future__ import annotations

from html import escape

#: Colours of the charts: errors, warnings, plain bars (on white, each ≥ 3:1, the WCAG figure for graphics).
ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#9a6700"
BAR_COLOUR = "#1f5f99"
TEXT_COLOUR = "#1b1b1b"
GRID_COLOUR = "#c4c4c4"


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _ticks(largest: int) -> list[int]:
    """Up to five round gridline values from 0 to at least `largest`."""
    if largest <= 0:
        return [0]
    step = 1
    while largest / step > 5:
        for factor in (2, 5, 10):
            if largest / (step * factor) <= 5:
                step *= factor
                break
        else:
            step *= 10
    return list(range(0, largest + step, step)) if largest % step else list(range(0, largest + 1, step))


def stacked_bars(title: str, rows: list[tuple[str, int, int]], labels: tuple[str, str]) -> str:
    """Horizontal bars, one per row: (label, errors, warnings), errors first, warnings after."""
    label_width, bar_width, row_height, top = 150, 430, 22, 34
    largest = max((e + w for _label, e, w in rows), default=0)
    ticks = _ticks(largest)
    scale = bar_width / max(ticks[-1], 1)
    height = top + row_height * len(rows) + 24
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {label_width + bar_width + 50} {height}" '
        f'role="img" aria-labelledby="chart-problems-title" class="chart">',
        f'<title id="chart-problems-title">{escape(title)}</title>',
        _legend(((ERROR_COLOUR, labels[0]), (WARNING_COLOUR, labels[1])), label_width),
    ]
    for tick in ticks:
        x = label_width + tick * scale
        parts.append(
            f'<line x1="{_number(x)}" y1="{top - 4}" x2="{_number(x)}" y2="{height - 20}" stroke="{GRID_COLOUR}"/>'
            f'<text x="{_number(x)}" y="{height - 6}" font-size="11" text-anchor="middle" fill="{TEXT_COLOUR}">{tick}</text>'
        )
    for n, (label, errors, warnings) in enumerate(rows):
        y = top + n * row_height
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 15}" font-size="12" text-anchor="end" fill="{TEXT_COLOUR}">'
            f"{escape(label)}</text>"
        )
        x = label_width
        for value, colour, word in ((errors, ERROR_COLOUR, labels[0]), (warnings, WARNING_COLOUR, labels[1])):
            if value:
                width = value * scale
                parts.append(
                    f'<rect x="{_number(x)}" y="{y + 3}" width="{_number(width)}" height="{row_height - 6}" '
                    f'fill="{colour}"><title>{escape(label)} {escape(word)} {value}</title></rect>'
                )
                x += width
        parts.append(
            f'<text x="{_number(x + 4)}" y="{y + 15}" font-size="11" fill="{TEXT_COLOUR}">{errors + warnings}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _legend(entries, left: int) -> str:
    parts, x = [], left
    for colour, word in entries:
        parts.append(
            f'<rect x="{x}" y="8" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 16}" y="18" font-size="12" fill="{TEXT_COLOUR}">{escape(word)}</text>'
        )
        x += 24 + 13 * len(word)
    return "".join(parts)


def columns(title: str, chart_id: str, bars: list[tuple[str, int]]) -> str:
    """Vertical bars, one per (label, count): the charters' ages."""
    left, column, gap, top, plot = 36, 56, 10, 16, 180
    largest = max((count for _label, count in bars), default=0)
    ticks = _ticks(largest)
    scale = plot / max(ticks[-1], 1)
    width = left + len(bars) * (column + gap) + gap
    height = top + plot + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{chart_id}-title" class="chart">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
    ]
    for tick in ticks:
        y = top + plot - tick * scale
        parts.append(
            f'<line x1="{left}" y1="{_number(y)}" x2="{width}" y2="{_number(y)}" stroke="{GRID_COLOUR}"/>'
            f'<text x="{left - 6}" y="{_number(y + 4)}" font-size="11" text-anchor="end" fill="{TEXT_COLOUR}">{tick}</text>'
        )
    for n, (label, count) in enumerate(bars):
        x = left + gap + n * (column + gap)
        bar = count * scale
        parts.append(
            f'<rect x="{x}" y="{_number(top + plot - bar)}" width="{column}" height="{_number(bar)}" '
            f'fill="{BAR_COLOUR}"><title>{escape(label)}: {count}</title></rect>'
            f'<text x="{x + column / 2:g}" y="{_number(top + plot - bar - 4)}" font-size="11" text-anchor="middle" '
            f'fill="{TEXT_COLOUR}">{count}</text>'
            f'<text x="{x + column / 2:g}" y="{top + plot + 16}" font-size="11" text-anchor="middle" '
            f'fill="{TEXT_COLOUR}">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def heat_colour(share: float) -> str:
    """White for none, through to dark blue for every community (linear in each channel)."""
    low, high = (0xF4, 0xF7, 0xFB), (0x08, 0x30, 0x6B)
    channels = (round(a + (b - a) * max(0.0, min(1.0, share))) for a, b in zip(low, high, strict=True))
    return "#" + "".join(f"{c:02x}" for c in channels)


def heatmap(
    title: str,
    chart_id: str,
    rows: list[str],
    items: list[tuple[str, str]],
    cells: dict[tuple[int, int], tuple[int, int]],
) -> str:
    """Townships (rows) × reference items (columns); cells[(row, column)] = (excluding, in scope).

    A cell without communities in scope is left blank. Items are labelled by id (their titles are
    in each cell's <title> and in the table beside the chart).
    """
    label_width, cell, top = 130, 18, 60
    width = label_width + cell * len(items) + 36  # room for the last rotated label
    height = top + cell * len(rows) + 4
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-labelledby="{chart_id}-title" class="heatmap">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
    ]
    for n, share in enumerate((0, 0.25, 0.5, 0.75, 1)):  # the legend, top left
        parts.append(
            f'<rect x="{4 + n * 24}" y="6" width="22" height="10" fill="{heat_colour(share)}" '
            f'stroke="{GRID_COLOUR}" stroke-width="0.5"/><text x="{15 + n * 24}" y="28" font-size="9" '
            f'text-anchor="middle" fill="{TEXT_COLOUR}">{round(share * 100)}%</text>'
        )
    for column, (item_id, _item_title) in enumerate(items):
        x = label_width + column * cell + cell / 2
        parts.append(
            f'<text transform="translate({x:g},{top - 6}) rotate(-60)" font-size="10" fill="{TEXT_COLOUR}">'
            f"{escape(item_id)}</text>"
        )
    for row, label in enumerate(rows):
        y = top + row * cell
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 13}" font-size="11" text-anchor="end" fill="{TEXT_COLOUR}">'
            f"{escape(label)}</text>"
        )
        for column, (item_id, item_title) in enumerate(items):
            figures = cells.get((row, column))
            if not figures or not figures[1]:
                continue
            excluding, scope = figures
            share = excluding / scope
            parts.append(
                f'<rect x="{label_width + column * cell}" y="{y}" width="{cell - 1}" height="{cell - 1}" '
                f'fill="{heat_colour(share)}" stroke="{GRID_COLOUR}" stroke-width="0.5">'
                f"<title>{escape(label)} {escape(item_id)} {escape(item_title)}: {excluding}/{scope} "
                f"({round(100 * share)}%)</title></rect>"
            )
    parts.append("</svg>")
    return "".join(parts)
