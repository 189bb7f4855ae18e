"""Page titles lose the site name and sections a crawl leaves after the headline."""

from __future__ import annotations

import pytest

from sitrep.ingest import IngestOptions
from sitrep.ingest.options import make_document
from sitrep.ingest.titles import headline


@pytest.mark.parametrize(
    ("title", "outlet", "expected"),
    [
        (
            "Shelling kills 9 in Hama - Region - World - Ahram Online",
            None,
            "Shelling kills 9 in Hama",
        ),
        ("Shelling kills 9 in Hama | Jordan Times", None, "Shelling kills 9 in Hama"),
        ("Shelling kills 9 in Hama – Reuters", None, "Shelling kills 9 in Hama"),
        # The document's own outlet, though the registry does not list it.
        ("Shelling kills 9 in Hama - Idlib Post", "Idlib Post", "Shelling kills 9 in Hama"),
        # No site at the end: the title is the headline, dashes and all.
        ("Shelling kills 9 in Hama - monitor", None, "Shelling kills 9 in Hama - monitor"),
        ("Hama: shelling - and then silence", None, "Hama: shelling - and then silence"),
        # A site's name alone is all there is.
        ("Reuters", None, "Reuters"),
        (None, None, None),
    ],
)
def test_headline(title: str | None, outlet: str | None, expected: str | None) -> None:
    assert headline(title, outlet) == expected


def test_documents_keep_the_headline() -> None:
    _, document = make_document(
        "x", "Shells hit Hama.", IngestOptions(), title="Shells hit Hama | Jordan Times"
    )
    assert document.title == "Shells hit Hama"
