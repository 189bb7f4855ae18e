"""A headline glued to the lead (no stop between them) is parsed as a sentence of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.nlp import prepare, title_span

if TYPE_CHECKING:
    from spacy.language import Language

TITLE = "Toll from Velgorod depot fire climbs to 43 Monitor"
LEAD = "Forty-three workers died after a fire swept a fuel depot in Velgorod."


def test_the_headline_is_found_at_the_top() -> None:
    assert title_span(f"{TITLE} {LEAD}", TITLE) == (0, len(TITLE))
    byline = "by Jordan Hale "
    assert title_span(f"{byline}{TITLE} {LEAD}", TITLE) == (len(byline), len(byline) + len(TITLE))


def test_a_headline_before_a_dash_and_the_page_s_tag_is_found() -> None:
    text = f"{TITLE} - Reports DAMASCUS {LEAD}"
    assert title_span(text, TITLE) == (0, len(TITLE))


def test_a_title_that_is_the_leads_own_words_is_left_alone() -> None:
    # The lead goes on after the words of the title: no headline stands there.
    assert title_span("The army retakes Palmyra from IS on Sunday.", "army retakes Palmyra") is None
    # Prose before it: the title is quoted inside a sentence.
    assert title_span(f"he said that {TITLE} {LEAD}", TITLE) is None
    # Too far down, too short, or absent.
    assert title_span("x " * 200 + f"{TITLE} {LEAD}", TITLE) is None
    assert title_span("Syria war Rebels advanced.", "Syria war") is None
    assert title_span(LEAD, TITLE) is None
    assert title_span(LEAD, None) is None


def test_the_headline_and_the_lead_are_two_sentences(nlp: Language) -> None:
    text = f"by Jordan Hale {TITLE} {LEAD}"
    glued = [s.text for s in nlp(text).sents]
    split = [s.text for s in nlp(prepare(nlp, text, TITLE)).sents]
    assert split == ["by Jordan Hale", TITLE, LEAD], split
    assert split != glued


def test_a_title_case_headline_stays_one_sentence(nlp: Language) -> None:
    title = "Toxic Gas Dropped on Town After Helicopter Is Shot Down"
    text = f"{title} The President of the Council said it will meet."
    sentences = [s.text for s in nlp(prepare(nlp, text, title)).sents]
    assert sentences[0] == title, sentences


def test_the_lead_after_a_parsed_apart_headline_is_the_lead(nlp: Language) -> None:
    from sitrep.nlp import lead_end
    from sitrep.nlp.page import footer_start

    # A page's "Related" box right after the headline, then the report.
    body = (
        "Related Rebels shell market in Velgorod Aid trucks reach Douma "
        "Forty-three workers died after a fire swept a fuel depot in Velgorod. "
        "Firefighters fought the blaze for hours."
    )
    text = f"{TITLE} {body}"
    doc = nlp(prepare(nlp, text, TITLE))
    end = lead_end(doc)
    assert end is not None and end > len(TITLE)
    # The box is inside the lead: the report is not its footer.
    assert footer_start(doc) is None
