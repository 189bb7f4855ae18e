"""Group acronyms that spell a function word: "IS" for the Islamic State group.

The small English pipeline reads a token through its NORM, and "IS" normalises to
"is": in conflict copy ("a coalition fighting IS in Syria", "IS has killed
hundreds", "the town fell to IS") it tags the group as an auxiliary verb two
times in three and parses the sentence around a verb that is not there (on
FA-KES dev texts: 92 of 157 "IS" tokens tagged AUX, none after this change).
Giving the upper-case form its own norm makes the parser read a name there.
An upper-case "IS" is the verb only in text set in capitals, which news copy
keeps to a few headline words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

#: Upper-case acronym -> the norm the parser should read it by (the group's other name).
GROUP_ACRONYMS = {"IS": "isil"}


def read_acronyms_as_names(nlp: Language) -> None:
    """Set the norm of each :data:`GROUP_ACRONYMS` form in ``nlp``'s vocabulary."""
    for form, norm in GROUP_ACRONYMS.items():
        nlp.vocab[form].norm_ = norm
