"""GET /api/events and /api/search: filters, bbox, paging, JSON and GeoJSON."""

from __future__ import annotations

from typing import Any

from api_samples import AIRLIFT, HOSTILE, PROTEST, SHELLING
from fastapi.testclient import TestClient


def ids(client: TestClient, **params: Any) -> set[str]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return {e["id"] for e in response.json()["events"]}


def eid(extraction: Any) -> str:
    return str(extraction.events[0].id)


def test_api_events_lists_all_oldest_first(client: TestClient) -> None:
    body = client.get("/api/events").json()
    dates = [e["date"]["value"] for e in body["events"]]
    assert dates == sorted(dates) and len(dates) == 4
    assert body["next_offset"] is None and body["count"] == 4
    first = body["events"][0]
    assert first["document_id"] and first["outlet"] == "Wire B" and first["title"]


def test_api_events_pages(client: TestClient) -> None:
    page1 = client.get("/api/events", params={"limit": 3}).json()
    assert page1["count"] == 3 and page1["next_offset"] == 3
    page2 = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert page2["count"] == 1 and page2["next_offset"] is None
    seen = {e["id"] for e in page1["events"]} | {e["id"] for e in page2["events"]}
    assert len(seen) == 4


def test_api_events_bbox_and_since(client: TestClient) -> None:
    # Around Hasakah and Qamishli only (north-east Syria).
    assert ids(client, bbox="40,36,42,38") == {eid(AIRLIFT), eid(PROTEST)}
    assert ids(client, bbox="40,36,42,38", since="2021-01-01") == {eid(AIRLIFT)}
    assert ids(client, bbox="-10,-10,10,10") == set()
    # A box across the antimeridian (min_lon > max_lon) holds none of these.
    assert ids(client, bbox="170,30,-170,40") == set()
    assert ids(client, bbox="36,30,-170,40") == {e for e in ids(client)}


def test_api_events_filters_like_the_cli(client: TestClient) -> None:
    assert ids(client, type="assault") == {eid(SHELLING), eid(HOSTILE)}
    assert ids(client, outlet="wire a") == {eid(AIRLIFT), eid(PROTEST)}
    assert ids(client, actor="SYR_GOV") == {eid(SHELLING)}
    assert ids(client, stance="distancing") == {eid(SHELLING)}
    assert ids(client, until="2020-02-11") == {eid(SHELLING)}
    assert ids(client, text="Saraqib") == {eid(SHELLING)}
    # Empty form fields mean "any".
    assert len(ids(client, type="", outlet="", text="")) == 4


def test_api_events_geojson(client: TestClient) -> None:
    body = client.get("/api/events", params={"format": "geojson", "type": "PROTEST"}).json()
    assert body["type"] == "FeatureCollection"
    (feature,) = body["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [41.22, 37.05]}
    assert feature["properties"]["type"] == "PROTEST"
    assert feature["properties"]["date"] == "2020-02-12"


def test_api_events_bad_input_is_a_client_error(client: TestClient) -> None:
    for params in (
        {"bbox": "1,2,3"},
        {"bbox": "a,b,c,d"},
        {"bbox": "0,50,10,40"},
        {"since": "yesterday"},
        {"stance": "angry"},
    ):
        response = client.get("/api/events", params=params)
        assert response.status_code == 400, params
        assert response.json()["detail"]
    assert client.get("/api/events", params={"limit": 10**6}).status_code == 422
    assert client.get("/api/events", params={"format": "xml"}).status_code == 422


def test_api_search_full_text(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "helicopters"}).json()
    assert [e["id"] for e in body["events"]] == [eid(AIRLIFT)]
    assert client.get("/api/search", params={"q": "nothing-like-this"}).json()["events"] == []
    assert client.get("/api/search").status_code == 422
