"""GET /api/events/{id}, /api/documents/{id}, /api/stats, OpenAPI and the page."""

from __future__ import annotations

from pathlib import Path

from api_samples import AIRLIFT, HOSTILE, SHELLING, report
from fastapi.testclient import TestClient

from sitrep.api import create_app
from sitrep.api.evidence import evidence
from sitrep.model import EventDate, EventMention, Offsets, Span
from sitrep.store import Store


def test_api_event_evidence_spells_out_the_chain(client: TestClient) -> None:
    event = AIRLIFT.events[0]
    body = client.get(f"/api/events/{event.id}").json()
    assert body["event"]["id"] == event.id
    assert body["document"]["outlet"] == "Wire A"
    assert body["document"]["title"] == "Helicopters airlift detainees"
    assert body["sentence"]["text"] == AIRLIFT.document.text
    assert body["trigger"] == {"text": "airlifted", "start": event.trigger.start,
                               "end": event.trigger.end}  # fmt: skip
    assert body["attribution"]["text"].startswith("SANA → local sources")
    assert [link["says"] for link in body["attribution"]["links"]] == [
        "SANA said (neutral)",
        "local sources citing (neutral)",
    ]
    assert body["attribution"]["hedged"] is True
    sentence = body["sentence"]["text"]
    marked = {(h["kind"], sentence[h["start"] : h["end"]]) for h in body["highlights"]}
    assert marked == {("trigger", "airlifted"), ("place", "Hasakah"), ("framing", "militants")}


def test_api_event_evidence_names_stances(client: TestClient) -> None:
    body = client.get(f"/api/events/{SHELLING.events[0].id}").json()
    assert body["attribution"]["text"] == "the monitor, claimed (distancing)"
    kinds = {h["kind"] for h in body["highlights"]}
    assert kinds == {"trigger", "place", "actor"}


def test_api_unknown_ids_are_404(client: TestClient) -> None:
    assert client.get("/api/events/0000000000000000").status_code == 404
    assert client.get("/api/documents/0000000000000000").status_code == 404


def test_api_document(client: TestClient) -> None:
    doc_id = HOSTILE.document.id
    body = client.get(f"/api/documents/{doc_id}").json()
    assert body["document"]["text"] == HOSTILE.document.text
    assert body["event_summaries"][0]["type"] == "ASSAULT"
    assert len(body["places"]) == 1


def test_api_stats(client: TestClient) -> None:
    body = client.get("/api/stats").json()
    assert body["total"] == 4
    assert {r["key"]: r["count"] for r in body["by_type"]} == {"ASSAULT": 2, "AID": 1,
                                                                "PROTEST": 1}  # fmt: skip
    assert body["by_type"][0] == {"key": "ASSAULT", "count": 2}
    assert [r["key"] for r in body["by_day"]] == sorted(r["key"] for r in body["by_day"])
    assert {"key": "SY/Al Hasakah", "count": 2} in body["by_admin1"]
    assert {"key": "Wire A", "count": 2} in body["by_outlet"]
    narrowed = client.get("/api/stats", params={"outlet": "Wire A"}).json()
    assert narrowed["total"] == 2 and len(narrowed["by_outlet"]) == 1


def test_api_stats_by_day_leaves_coarse_dates_off_the_days(tmp_path: Path) -> None:
    siege = report(
        "The siege of Saraqib tightened in March.",
        "siege",
        "COERCE",
        place=("Saraqib", 35.86, 36.8, "Idlib"),
        date="2020-03-01",
        outlet="Wire C",
        title="Siege tightens",
    )
    event = siege.events[0]
    month = event.model_copy(
        update={"date": EventDate(value="2020-03-01", precision="month", text="March")}
    )
    db = tmp_path / "stats.db"
    with Store.open(str(db)) as store:
        assert store.add(siege.model_copy(update={"events": [month]}))
        assert store.add(HOSTILE)
    with TestClient(create_app(str(db))) as client:
        body = client.get("/api/stats").json()
    assert body["total"] == 2
    # Both events carry 2020-03-01; only the one dated to that day is on it.
    assert body["by_day"] == [{"key": "2020-03-01", "count": 1}]
    assert {r["key"]: r["count"] for r in body["by_precision"]} == {"day": 1, "month": 1}


def test_api_meta_gives_the_page_the_daily_precisions(client: TestClient) -> None:
    # The page's timeline counts as days exactly what /api/stats's by_day counts.
    body = client.get("/api/meta").json()
    assert body["daily_precisions"] == ["day", "week"]
    assert body["stances"] and "by_day" not in body


def test_api_openapi_lists_the_routes(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/documents/{document_id}",
                 "/api/stats", "/api/search", "/api/documents"):  # fmt: skip
        assert path in paths
    params = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"bbox", "since", "until", "type", "actor", "outlet", "stance", "text"} <= params


def test_api_serves_the_page_with_a_strict_policy(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert '<script src="/app.js"></script>' in page.text
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "connect-src 'self'" in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    for asset in ("/app.js", "/app.css", "/basemap/countries.json", "/basemap/admin1.json"):
        assert client.get(asset).status_code == 200, asset
    # Hostile text leaves only as JSON (never spliced into HTML by the server).
    response = client.get(f"/api/events/{HOSTILE.events[0].id}")
    assert response.headers["content-type"] == "application/json"
    assert "<script>" in response.json()["sentence"]["text"]


def test_evidence_lists_the_merged_mentions_with_their_sentences() -> None:
    text = "Rebels shelled Kafr Tuma at dawn. The shelling hit a school. Nobody was hurt."
    made = report(text, "shelled", "ASSAULT", place=("Kafr Tuma", 35.1, 36.6, None),
                  date="2022-01-05", outlet="Wire C", title="Shelling")  # fmt: skip
    start = text.index("shelling")
    second = text.index("The shelling")
    mention = EventMention(
        trigger=Span(text="shelling", start=start, end=start + 8),
        sentence=Offsets(start=second, end=text.index("Nobody") - 1),
    )
    event = made.events[0].model_copy(update={"mentions": [mention]})
    body = evidence(made, event)
    assert body["mentions"] == [
        {
            "trigger": {"text": "shelling", "start": start, "end": start + 8},
            "sentence": {"text": "The shelling hit a school.", "start": second,
                         "end": second + 26},
        }
    ]  # fmt: skip
    assert evidence(made, made.events[0])["mentions"] == []
