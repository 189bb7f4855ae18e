"""Hand-made extractions for the API tests (invented texts; offsets computed, not typed)."""

from __future__ import annotations

from sitrep.model import (
    ActorMention,
    ActorRef,
    Attribution,
    AttributionLink,
    Document,
    Event,
    EventDate,
    EventLocation,
    Extraction,
    Framing,
    Offsets,
    Place,
    Span,
)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def report(
    text: str,
    trigger: str,
    type_: str,
    *,
    place: tuple[str, float, float, str | None],
    date: str,
    outlet: str,
    title: str,
    chain: list[AttributionLink] | None = None,
    actor: tuple[str, str] | None = None,
    framing: str | None = None,
) -> Extraction:
    doc_id = Document.content_id(text)
    t0, t1 = _span(text, trigger)
    name, lat, lon, admin1 = place
    p0, p1 = _span(text, name)
    actors = []
    source = None
    if actor is not None:
        a0, a1 = _span(text, actor[0])
        actors.append(
            ActorMention(
                text=actor[0], start=a0, end=a1, actor_id=actor[1], name=actor[0], type="other"
            )
        )
        source = ActorRef(actor_id=actor[1], name=actor[0], text=actor[0])
    frames = []
    if framing is not None:
        f0, f1 = _span(text, framing)
        frames.append(Framing(text=framing, start=f0, end=f1, kind="loaded"))
    event = Event(
        id=Event.make_id(doc_id, t0, type_),
        type=type_,
        trigger=Span(text=trigger, start=t0, end=t1),
        sentence=Offsets(start=0, end=len(text)),
        source_actor=source,
        location=EventLocation(
            name=name, lat=lat, lon=lon, country_code="SY", admin1=admin1, precision="locality"
        ),
        date=EventDate(value=date, precision="day", text=""),
        attribution=Attribution(chain=chain or [], hedged=bool(chain)),
        framing=frames,
    )
    return Extraction(
        document=Document(id=doc_id, title=title, published=date, outlet=outlet, text=text),
        places=[
            Place(
                text=name,
                start=p0,
                end=p1,
                name=name,
                lat=lat,
                lon=lon,
                country_code="SY",
                admin1=admin1,
                feature="P.PPL",
            )
        ],
        actors=actors,
        events=[event],
        framing=frames,
    )


AIRLIFT = report(
    "The news agency SANA, citing local sources, said helicopters airlifted militants "
    "from a prison near Hasakah.",
    "airlifted",
    "AID",
    place=("Hasakah", 36.5, 40.75, "Al Hasakah"),
    date="2021-02-28",
    outlet="Wire A",
    title="Helicopters airlift detainees",
    chain=[
        AttributionLink(source="The news agency SANA", cue="said", stance="neutral", outlet="SANA"),
        AttributionLink(source="local sources", cue="citing", stance="neutral", anonymous=True),
    ],
    framing="militants",
)
SHELLING = report(
    "Government forces shelled the town of Saraqib on Monday, the monitor claimed.",
    "shelled",
    "ASSAULT",
    place=("Saraqib", 35.86, 36.8, "Idlib"),
    date="2020-02-10",
    outlet="Wire B",
    title="Shelling in Idlib",
    chain=[AttributionLink(source="the monitor", cue="claimed", stance="distancing")],
    actor=("Government forces", "SYR_GOV"),
)
PROTEST = report(
    "Hundreds protested in Qamishli against the convoy.",
    "protested",
    "PROTEST",
    place=("Qamishli", 37.05, 41.22, "Al Hasakah"),
    date="2020-02-12",
    outlet="Wire A",
    title="Protest in Qamishli",
)
HOSTILE = report(
    "Gunmen attacked <script>window.__x=1</script> a post in Deir ez-Zor "
    '<img src=x onerror="alert(1)">.',
    "attacked",
    "ASSAULT",
    place=("Deir ez-Zor", 35.33, 40.14, "Dayr az Zawr"),
    date="2020-03-01",
    outlet="<b>Wire</b>",
    title='<img src=x onerror="alert(1)">',
)
ALL = (AIRLIFT, SHELLING, PROTEST, HOSTILE)
