"""The page in headless Chromium over ingested example reports (playwright-core via node).

Skipped when Chromium, node or web/node_modules are missing (.ci/browser-deps.sh
installs them). Screenshots go to test-artifacts/web/; with SITREP_UPDATE_SCREENSHOT=1
the README's docs/screenshot.png is rewritten too.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
WEB = REPO / "web"
CHECK = Path(__file__).with_name("browser_check.mjs")
ARTIFACTS = REPO / "test-artifacts" / "web"
SEED = REPO.parent / "shared" / "examples" / "000_842c663b287a4a8e.txt"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

HOSTILE = """date 2020-02-10
title: <img src=x onerror="window.__sitrepPwned='title'"> Shelling near Saraqib
outlet: <script>window.__sitrepPwned='outlet'</script> Test Wire

Syrian government forces shelled the town of Saraqib in Idlib province on Monday \
<script>window.__sitrepPwned='script';alert('script')</script>, killing five civilians \
<img src=x onerror="window.__sitrepPwned='img';alert('img')">, the Syrian Observatory \
for Human Rights said.
"""


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM} (run .ci/browser-deps.sh)"
    if shutil.which("node") is None:
        return "no node on PATH"
    if not (WEB / "node_modules" / "playwright-core").is_dir():
        return "web/node_modules/playwright-core is missing (cd web && npm ci)"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("reports")
    for path in sorted((REPO / "examples").glob("*.txt")):
        shutil.copy(path, folder / path.name)
    if SEED.exists():
        shutil.copy(SEED, folder / SEED.name)
    (folder / "zz_hostile.txt").write_text(HOSTILE, "utf-8")
    db = folder.parent / "web.db"
    ingest = subprocess.run(
        [sys.executable, "-m", "sitrep", "ingest", str(folder), "--db", str(db), "-q"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # Exit 2: some documents failed (named on stderr); the others are stored.
    assert ingest.returncode in (0, 2), ingest.stderr
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sitrep.cli_serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                _get(f"{base}/api/meta")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    pytest.fail(f"sitrep serve did not start: {err}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _event_where(base: str, **params: str) -> list[dict[str, Any]]:
    query = urllib.parse.urlencode({**params, "limit": "1000"})
    events: list[dict[str, Any]] = _get(f"{base}/api/events?{query}")["events"]
    return events


@pytest.fixture(scope="module")
def seen(server: str) -> dict[str, Any]:
    hostile = [e for e in _event_where(server, text="Saraqib") if "onerror" in (e["title"] or "")]
    assert hostile, "the hostile report gave no event"
    # The seed's first AID event in reading order is the headline airlift (a later
    # sentence tells of other transports, which no outlet is cited for).
    seed_aid: list[tuple[int, str]] = []
    for event in _event_where(server, type="AID") if SEED.exists() else []:
        body = _get(f"{server}/api/events/{event['id']}")
        if body["document"]["source_id"] == SEED.name:
            seed_aid.append((body["trigger"]["start"], event["id"]))
    # A user's clone has no ../shared seed: the deep-link check is then left out.
    assert seed_aid or not SEED.exists(), "the seed gave no AID event"
    seed_event = min(seed_aid)[1] if seed_aid else ""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "SITREP_URL": server,
        "SITREP_WEB_DIR": str(WEB),
        "SITREP_ARTIFACTS": str(ARTIFACTS),
        # The README's screenshot is rewritten on request only, so a test run leaves
        # the work tree clean (PNG bytes differ from run to run).
        "SITREP_SCREENSHOT": str(
            REPO / "docs" / "screenshot.png"
            if os.environ.get("SITREP_UPDATE_SCREENSHOT")
            else ARTIFACTS / "readme-screenshot.png"
        ),
        "SITREP_HOSTILE_EVENT": hostile[0]["id"],
        "SITREP_SEED_EVENT": seed_event,
        "CHROMIUM": CHROMIUM,
    }
    done = subprocess.run(
        ["node", str(CHECK)], env=env, capture_output=True, text=True, timeout=90, check=False
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    (ARTIFACTS / "observations.json").write_text(json.dumps(result, indent=1), "utf-8")
    assert "fatal" not in result, result.get("fatal")
    result["located"] = len(_get(f"{server}/api/events?format=geojson&limit=10000")["features"])
    return result


def test_web_map_shows_the_markers(seen: dict[str, Any]) -> None:
    assert seen["markers"] + seen["clusters"] > 0
    assert seen["total"] == seen["located"] > 0
    assert seen["errors"] == []


def test_web_clicking_a_marker_opens_its_sentence(seen: dict[str, Any], server: str) -> None:
    event_id = seen["clickedUrl"].split("event=")[1]
    body = _get(f"{server}/api/events/{event_id}")
    assert seen["clickedSentence"] == body["sentence"]["text"]


def test_web_brushing_the_timeline_filters(seen: dict[str, Any]) -> None:
    assert 0 <= seen["brushedCount"] < seen["total"]
    assert "from=" in seen["brushedUrl"] and "to=" in seen["brushedUrl"]


def test_web_seed_airlift_event_names_its_sources(seen: dict[str, Any]) -> None:
    if not SEED.exists():
        pytest.skip("../shared/examples is absent")
    assert "SANA" in seen["seedSentence"]
    assert "SANA → local sources" in seen["seedChain"]


def test_web_hostile_text_stays_text(seen: dict[str, Any]) -> None:
    assert seen["pwned"] is None
    assert seen["dialogs"] == []
    assert seen["injectedNodes"] == 0
    assert "<script>window.__sitrepPwned='script'" in seen["hostileSentence"]
    assert "onerror=\"window.__sitrepPwned='title'\"" in seen["hostilePanel"]


def test_web_requests_stay_on_the_own_origin(seen: dict[str, Any]) -> None:
    assert len(seen["requests"]) > 5
    assert seen["foreign"] == []


def test_web_keyboard_and_phone(seen: dict[str, Any]) -> None:
    assert seen["focusAfterEnter"] == "panel-title"
    assert seen["phone"]["scrollWidth"] <= 390
    assert seen["phone"]["mapHeight"] > 200
