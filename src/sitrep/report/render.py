"""Build and render a situation report: counts, map, timeline, top clusters.

Every claim is attributed: a report's sentence is always followed by who says
so ("according to Al-Ahram citing SANA"). In HTML, all text from articles and
the store is escaped; images are embedded as base64 PNG. In Markdown, images
are written as files into ``asset_dir`` and linked by name.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.dedup import Cluster, clusters
from sitrep.dedup.background import toll_in
from sitrep.dedup.independence import ReportView
from sitrep.errors import UsageError
from sitrep.model import DAILY_PRECISIONS, EventDate
from sitrep.report import plots
from sitrep.store import EventFilter, Store

#: Clusters shown in detail.
TOP_CLUSTERS = 10
#: Reports quoted per cluster (the rest are counted).
REPORTS_SHOWN = 4
#: A span longer than this is background ("killed 300,000 since 2011"), not a main event.
BACKGROUND_DAYS = 31


@dataclass
class Summary:
    title: str
    generated: str
    scope: str
    events: int = 0
    documents: int = 0
    outlets: list[str] = field(default_factory=list)
    by_type: Counter[str] = field(default_factory=Counter)
    by_day: dict[str, Counter[str]] = field(default_factory=dict)
    top: list[Cluster] = field(default_factory=list)
    clusters: int = 0
    corroborated: int = 0
    #: Events dated only to a month, a year or a span (not in the daily counts).
    coarse: int = 0
    images: dict[str, bytes] = field(default_factory=dict)


def build(
    store: Store,
    place: tuple[float, float, str],
    radius_km: float,
    since: str | None,
    until: str | None,
) -> Summary:
    lat, lon, name = place
    flt = EventFilter(place=(lat, lon), radius_km=radius_km, since=since, until=until)
    events = [e for e in store.events(flt) if e.modality in ("asserted", "historical")]
    period = f"{since or 'the first report'} to {until or 'the last report'}"
    summary = Summary(
        title=f"Situation report: {name}",
        generated=dt.date.today().isoformat(),
        scope=f"Events within {radius_km:g} km of {name} ({lat:.3f}, {lon:.3f}), {period}",
    )
    summary.events = len(events)
    summary.documents = len({e.document_id for e in events})
    summary.outlets = sorted({e.outlet for e in events if e.outlet})
    places: dict[str, tuple[float, float, int]] = {}
    for e in events:
        summary.by_type[e.type.upper()] += 1
        if e.date is not None and e.date.precision in DAILY_PRECISIONS:
            summary.by_day.setdefault(e.date.value, Counter())[e.type.upper()] += 1
        elif e.date is not None:
            summary.coarse += 1
        if e.location is not None:
            plat, plon, count = places.get(e.location.name, (e.location.lat, e.location.lon, 0))
            places[e.location.name] = (plat, plon, count + 1)
    wanted = {e.id for e in events}
    found = [c for c in clusters(store, flt) if any(r.event.id in wanted for r in c.reports)]
    summary.clusters = len(found)
    summary.corroborated = sum(1 for c in found if c.independent_outlets >= 2)
    summary.top = [c for c in found if not _background(c)][:TOP_CLUSTERS]
    if plots.available():
        points = [(plat, plon, pname, n) for pname, (plat, plon, n) in sorted(places.items())]
        summary.images["map"] = plots.event_map(points, place, radius_km)
        if summary.by_day:
            summary.images["timeline"] = plots.timeline(summary.by_day)
    return summary


def _background(cluster: Cluster) -> bool:
    """Whether the cluster is a background claim that a dated report leaves out of its
    main events (it is still counted by type): every report gives a war's running
    toll ("more than 300,000 killed since 2011", "the war that has killed 300,000"),
    or the reports date the event only to a year or a long span, or not at all beyond
    their own publication (week precision), and one at least to a long span."""
    if all(_war_toll(r) for r in cluster.reports):
        return True
    longs = [_long(r.event.date) for r in cluster.reports]
    return any(longs) and all(
        long or (r.event.date is not None and r.event.date.precision == "week")
        for long, r in zip(longs, cluster.reports, strict=True)
    )


def _war_toll(report: ReportView) -> bool:
    """The report's sentence gives a war's running toll (a figure of WAR_TOLL killed or
    more, read as :func:`sitrep.dedup.background.running_toll` reads it): no incident."""
    figures = ((q.unit, q.value) for q in report.event.quantities)
    return toll_in(report.sentence, figures) is not None


def _long(date: EventDate | None) -> bool:
    if date is None or date.precision not in ("year", "range"):
        return False
    if date.precision == "year" or date.end is None:
        return True
    span = dt.date.fromisoformat(date.end) - dt.date.fromisoformat(date.value)
    return span.days > BACKGROUND_DAYS


def _undaily(summary: Summary) -> str:
    return (
        f"{summary.coarse} more event(s) are dated only to a month, a year or a span and"
        " are not counted by day."
        if summary.coarse
        else ""
    )


def _cluster_heading(cluster: Cluster) -> str:
    dates = cluster.dates
    when = "" if dates is None else dates[0] if dates[0] == dates[1] else f"{dates[0]}–{dates[1]}"
    where = f" at {cluster.place}" if cluster.place else ""
    return f"{cluster.type}{where}, {when or 'undated'}"


def _corroboration(cluster: Cluster) -> str:
    outlets = ", ".join(cluster.outlets) or "unknown outlets"
    first = f"; first reported {cluster.first_reported}" if cluster.first_reported else ""
    documents = len({r.event.document_id for r in cluster.reports})
    return (
        f"{documents} report(s) from {len(cluster.outlets)} outlet(s) ({outlets}); "
        f"{cluster.independent_outlets} independent source(s){first}"
    )


def _distinct(cluster: Cluster) -> list[ReportView]:
    """One report per document and sentence: several triggers of one sentence are one claim."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for report in cluster.reports:
        key = (report.event.document_id, report.sentence)
        if key not in seen:
            seen.add(key)
            kept.append(report)
    return kept


def _days(summary: Summary) -> list[tuple[str, int]]:
    return [(day, sum(summary.by_day[day].values())) for day in sorted(summary.by_day)]


# --- Markdown -------------------------------------------------------------------------


def _markdown(summary: Summary, asset_dir: Path | None) -> str:
    lines = [f"# {summary.title}", "", f"*{summary.scope}. Generated {summary.generated}.*", ""]
    lines += [
        f"{summary.events} events in {summary.documents} reports from "
        f"{len(summary.outlets)} outlets; {summary.clusters} distinct events after merging "
        f"reports, {summary.corroborated} of them reported by two or more independent sources.",
        "",
        "## Events by type",
        "",
        "| type | events |",
        "|---|---:|",
    ]
    lines += [f"| {t} | {n} |" for t, n in summary.by_type.most_common()]
    lines.append("")
    for key, caption in (("map", "Map of events"), ("timeline", "Timeline")):
        if key in summary.images and asset_dir is not None:
            asset_dir.mkdir(parents=True, exist_ok=True)
            (asset_dir / f"{key}.png").write_bytes(summary.images[key])
            lines += [f"![{caption}]({asset_dir.name}/{key}.png)", ""]
    if not summary.images:
        lines += ["*Map and timeline unavailable: install matplotlib.*", ""]
    lines += ["## Main events", ""]
    for cluster in summary.top:
        lines += [f"### {_cluster_heading(cluster)}", "", _corroboration(cluster), ""]
        shown = _distinct(cluster)
        for report in shown[:REPORTS_SHOWN]:
            sentence = " ".join(report.sentence.split())
            lines.append(f"- “{sentence}” — {report.according_to}, {report.event.reported_on}")
        if len(shown) > REPORTS_SHOWN:
            lines.append(f"- … and {len(shown) - REPORTS_SHOWN} more report(s)")
        for disagreement in cluster.disagreements:
            lines.append(f"- **Reports disagree** on {disagreement.summary()}")
        lines.append("")
    lines += ["## Events by day", "", "| day | events |", "|---|---:|"]
    lines += [f"| {day} | {n} |" for day, n in _days(summary)]
    if summary.coarse:
        lines += ["", f"*{_undaily(summary)}*"]
    return "\n".join(lines) + "\n"


# --- HTML -----------------------------------------------------------------------------

_STYLE = (
    "body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px}"
    ".who{color:#555}.disagree{color:#a00}img{max-width:100%}"
)


def _html(summary: Summary) -> str:
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(summary.title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{e(summary.title)}</h1>",
        f"<p><em>{e(summary.scope)}. Generated {e(summary.generated)}.</em></p>",
        f"<p>{summary.events} events in {summary.documents} reports from "
        f"{len(summary.outlets)} outlets; {summary.clusters} distinct events after merging "
        f"reports, {summary.corroborated} of them reported by two or more independent "
        "sources.</p>",
        "<h2>Events by type</h2><table><tr><th>type</th><th>events</th></tr>",
    ]
    out += [f"<tr><td>{e(t)}</td><td>{n}</td></tr>" for t, n in summary.by_type.most_common()]
    out.append("</table>")
    for key, caption in (("map", "Map of events"), ("timeline", "Events per day")):
        if key in summary.images:
            data = base64.b64encode(summary.images[key]).decode("ascii")
            out.append(
                f'<h2>{caption}</h2><img alt="{caption}" src="data:image/png;base64,{data}">'
            )
    if not summary.images:
        out.append("<p><em>Map and timeline unavailable: install matplotlib.</em></p>")
    out.append("<h2>Main events</h2>")
    for cluster in summary.top:
        out += [f"<h3>{e(_cluster_heading(cluster))}</h3>", f"<p>{e(_corroboration(cluster))}</p>"]
        out.append("<ul>")
        shown = _distinct(cluster)
        for report in shown[:REPORTS_SHOWN]:
            sentence = " ".join(report.sentence.split())
            out.append(
                f"<li>“{e(sentence)}” <span class='who'>— {e(report.according_to)}, "
                f"{e(report.event.reported_on or 'undated')}</span></li>"
            )
        if len(shown) > REPORTS_SHOWN:
            out.append(f"<li>… and {len(shown) - REPORTS_SHOWN} more report(s)</li>")
        for disagreement in cluster.disagreements:
            out.append(
                f"<li class='disagree'><strong>Reports disagree</strong> on "
                f"{e(disagreement.summary())}</li>"
            )
        out.append("</ul>")
    out.append("<h2>Events by day</h2><table><tr><th>day</th><th>events</th></tr>")
    out += [f"<tr><td>{e(day)}</td><td>{n}</td></tr>" for day, n in _days(summary)]
    out.append("</table>")
    if summary.coarse:
        out.append(f"<p><em>{e(_undaily(summary))}</em></p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render(
    store: Store,
    place: tuple[float, float, str],
    radius_km: float,
    since: str | None = None,
    until: str | None = None,
    fmt: str = "md",
    asset_dir: Path | None = None,
) -> str:
    """The report as Markdown (images saved into ``asset_dir``, if given) or HTML."""
    if fmt not in ("md", "html"):
        raise UsageError(f"report format must be md or html, not {fmt!r}")
    summary = build(store, place, radius_km, since, until)
    return _html(summary) if fmt == "html" else _markdown(summary, asset_dir)
