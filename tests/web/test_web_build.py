"""The built page is in the package, small, same-origin only, and reproducible from the lock."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sitrep.api.app import web_root

REPO = Path(__file__).resolve().parents[2]
WEB_SRC = REPO / "web"


def test_web_bundle_is_shipped_in_the_package() -> None:
    root = web_root()
    for name in ("index.html", "app.js", "app.css", "basemap/countries.json",
                 "basemap/admin1.json"):  # fmt: skip
        assert (root / name).is_file(), name
    size = sum(p.stat().st_size for p in (root / "basemap").iterdir())
    assert size < 3_000_000
    countries = json.loads((root / "basemap" / "countries.json").read_text("utf-8"))
    assert countries["type"] == "Topology" and "countries" in countries["objects"]


def test_web_page_loads_only_its_own_files() -> None:
    html = (web_root() / "index.html").read_text("utf-8")
    refs = re.findall(r'(?:src|href)="([^"]*)"', html)
    assert refs, "no references found"
    for ref in refs:
        assert ref.startswith(("/", "#", "data:")) and not ref.startswith("//"), ref


def test_web_sources_never_write_html() -> None:
    # Article text is hostile: the page builds DOM nodes and sets textContent only.
    for path in (WEB_SRC / "src").glob("*.js"):
        code = path.read_text("utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"):
            assert sink not in code, f"{path.name} uses {sink}"


def test_web_lock_names_no_download_host() -> None:
    lock = json.loads((WEB_SRC / "package-lock.json").read_text("utf-8"))
    assert lock["lockfileVersion"] == 3
    for name, entry in lock["packages"].items():
        assert "resolved" not in entry, name
        if name:
            assert entry.get("integrity", "").startswith("sha512-"), name
    package = json.loads((WEB_SRC / "package.json").read_text("utf-8"))
    assert package["scripts"]["build"] == "node build.mjs"
