from __future__ import annotations

from pathlib import Path

from sitrep.ingest import IngestOptions, iter_items
from sitrep.ingest.markup import html_to_text
from sitrep.model import Failure

_PAGE = """<!DOCTYPE html>
<html><head><title>Shelling hits Idlib market | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2019-08-12T10:00:00Z">
<link rel="canonical" href="https://example.org/idlib-market">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Shelling hits Idlib market</h1>
<p>Government artillery shelled a crowded market in the town of Maarat al-Numan on Monday,
killing at least 12 civilians, a local rescue group said.</p>
<p>The White Helmets said rescuers were still searching the rubble. Residents said the
strikes began shortly after noon and lasted for more than an hour.</p>
</article>
<footer>Copyright 2019 Example News. All rights reserved.</footer>
<script>var tracking = "do not keep me";</script>
</body></html>
"""

_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://example.org/</link>
<item><title>Raid on Idlib</title><link>https://example.org/raid</link>
<guid>urn:example:1</guid><pubDate>Wed, 05 Apr 2017 10:00:00 +0000</pubDate>
<description>&lt;p&gt;Jets struck &lt;b&gt;Idlib&lt;/b&gt; on Tuesday.&lt;/p&gt;
&lt;p&gt;Twelve died.&lt;/p&gt;</description>
</item>
<item><title>Empty</title><link>https://example.org/empty</link><description></description></item>
<item><title>Talks &amp; truce</title><link>https://example.org/talks</link>
<description>Delegations met in Geneva.</description></item>
</channel></rss>
"""

_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:desk</id>
<updated>2020-01-03T00:00:00Z</updated>
<entry><title>Border clash</title><id>urn:desk:7</id>
<link href="https://example.org/clash"/>
<updated>2020-01-02T08:00:00Z</updated>
<summary>Short summary.</summary>
<content type="html">&lt;p&gt;Troops exchanged fire at the border.&lt;/p&gt;
&lt;p&gt;Two soldiers were wounded.&lt;/p&gt;</content>
</entry></feed>
"""


def test_html_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_PAGE, encoding="utf-8")
    ((name, document),) = iter_items([str(path)], IngestOptions())
    assert name == str(path)
    assert document.source_id == "page.html"
    assert document.title == "Shelling hits Idlib market"
    assert document.published == "2019-08-12"
    assert document.outlet == "Example News"
    assert document.url == "https://example.org/idlib-market"
    assert "killing at least 12 civilians" in document.text
    assert "\n\nThe White Helmets said" in document.text
    for chrome in ("Sport", "Copyright", "tracking"):
        assert chrome not in document.text


def test_html_sniffed_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "page"
    path.write_text(_PAGE, encoding="utf-8")
    ((_, document),) = iter_items([str(path)], IngestOptions())
    assert document.title == "Shelling hits Idlib market"


def test_html_without_main_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title>x</title></head><body><nav></nav></body></html>")
    (item,) = iter_items([str(path)], IngestOptions())
    assert isinstance(item, Failure)
    assert "no main text found in HTML" in item.message


def test_rss_feed(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(_RSS, encoding="utf-8")
    items = list(iter_items([str(path)], IngestOptions()))
    assert len(items) == 3
    first, empty, last = items
    assert isinstance(first, tuple)
    name, document = first
    assert name == f"{path}:entry 1"
    assert document.text == "Jets struck Idlib on Tuesday.\n\nTwelve died."
    assert document.title == "Raid on Idlib"
    assert document.published == "2017-04-05"
    assert document.url == "https://example.org/raid"
    assert document.source_id == "urn:example:1"
    assert document.outlet == "Example Wire"
    assert isinstance(empty, Failure)
    assert empty.document == f"{path}:entry 2"
    assert "no content or summary" in empty.message
    assert isinstance(last, tuple)
    assert last[1].title == "Talks & truce"
    assert last[1].source_id == "https://example.org/talks"
    assert last[1].published is None


def test_atom_feed_sniffed_from_xml(tmp_path: Path) -> None:
    path = tmp_path / "desk.xml"
    path.write_text(_ATOM, encoding="utf-8")
    ((name, document),) = iter_items([str(path)], IngestOptions())
    assert name == f"{path}:entry 1"
    assert document.text == "Troops exchanged fire at the border.\n\nTwo soldiers were wounded."
    assert document.published == "2020-01-02"
    assert (document.outlet, document.source_id) == ("Atom Desk", "urn:desk:7")
    assert document.url == "https://example.org/clash"


def test_feed_without_entries_and_non_feed_xml(tmp_path: Path) -> None:
    empty = tmp_path / "a_empty.rss"
    empty.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
    )
    other = tmp_path / "b_other.xml"
    other.write_text('<?xml version="1.0"?><articles><article>Text</article></articles>')
    items = list(iter_items([str(tmp_path)], IngestOptions()))
    assert all(isinstance(item, Failure) for item in items)
    assert [item.document for item in items if isinstance(item, Failure)] == [
        str(empty),
        str(other),
    ]
    assert [item.message for item in items if isinstance(item, Failure)] == [
        "feed has no entries",
        "not an RSS/Atom feed (no <rss> or <feed> element)",
    ]


def test_html_to_text_fragments() -> None:
    assert html_to_text("a &amp; b") == "a & b"
    assert html_to_text("<p>One\n two</p><p>Three<br>four</p><script>x()</script>") == (
        "One two\n\nThree\nfour"
    )
