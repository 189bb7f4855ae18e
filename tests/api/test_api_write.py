"""POST /api/documents: refused on a read-only server, and only with the token otherwise."""

from __future__ import annotations

from fastapi.testclient import TestClient

TEXT = (
    "Government forces shelled the town of Saraqib in Idlib province on Monday, "
    "killing five civilians, the monitor said."
)


def test_api_read_only_server_refuses_documents(client: TestClient) -> None:
    response = client.post("/api/documents", json={"text": TEXT})
    assert response.status_code == 405
    assert "read-only" in response.json()["detail"]


def test_api_write_needs_the_token(writable: TestClient) -> None:
    missing = writable.post("/api/documents", json={"text": TEXT})
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = writable.post(
        "/api/documents", json={"text": TEXT}, headers={"Authorization": "Bearer nope"}
    )
    assert wrong.status_code == 403
    before = writable.get("/api/stats").json()["total"]
    assert writable.get("/api/stats").json()["total"] == before


def test_api_write_ingests_with_the_token(writable: TestClient) -> None:
    auth = {"Authorization": "Bearer s3cret-token"}
    bad = writable.post("/api/documents", json={"text": TEXT, "published": "soon"}, headers=auth)
    assert bad.status_code == 422
    response = writable.post(
        "/api/documents",
        json={"text": TEXT, "published": "2020-02-10", "outlet": "Wire C"},
        headers=auth,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["added"] is True and body["events"]
    stored = writable.get("/api/events", params={"outlet": "Wire C"}).json()["events"]
    assert {e["id"] for e in stored} == set(body["events"])
    again = writable.post("/api/documents", json={"text": TEXT}, headers=auth)
    assert again.status_code == 201 and again.json()["added"] is False
