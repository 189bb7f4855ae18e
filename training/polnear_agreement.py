"""How far PolNeAR's annotators agree with each other: the ceiling of its scores.

Usage::

    python training/polnear_agreement.py ../shared/data/attribution/polnear/train

A few PolNeAR documents were annotated by several people. ``sitrep eval
attribution`` scores against the first annotator's reading (the first ``.ann``
file of a document in name order); this script scores every other annotator's
reading of the same document against that one, with the same scorer (exact and
token-overlap F1 of sources, cues and contents, relation and agentless F1). What
one careful person reaches against another is about as high as any system can
expect to reach against one of them.

Only the texts and annotations of the split are read, at run time; nothing is
stored.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from sitrep.evaluation import polnear as pn


def agreement(root: Path) -> dict[str, Any]:
    """The other annotators scored against the first, over the documents of ``root``
    (a PolNeAR split: ``text/`` and ``attributions/``) that more than one annotated."""
    counts = {role: pn.Counts() for role in pn.ROLES}
    relations, agentless = [0, 0, 0], [0, 0, 0]
    documents = readings = 0
    anns = sorted((root / "attributions").glob("*.ann"))
    for text in sorted((root / "text").glob("*.txt")):
        mine = [a for a in anns if a.name.startswith(text.stem + "_")]
        if len(mine) < 2:
            continue
        documents += 1
        starts, ends = pn.token_starts(text.read_text("utf-8"))
        gold = pn.read_ann(mine[0], starts, ends)
        for other in mine[1:]:
            readings += 1
            theirs = pn.read_ann(other, starts, ends)
            for role in pn.ROLES:
                counts[role].add(
                    {s for r in gold if (s := getattr(r, role))},
                    {s for r in theirs if (s := getattr(r, role))},
                )
            pn._match(gold, theirs, relations)
            pn._match(
                [r for r in gold if r.source is None],
                [r for r in theirs if r.source is None],
                agentless,
            )
    out: dict[str, Any] = {role: c.scores() for role, c in counts.items()}
    out["relation"] = pn.prf(relations[0], relations[1], relations[0], relations[2])
    out["agentless"] = pn.prf(agentless[0], agentless[1], agentless[0], agentless[2])
    out["documents"] = documents
    out["readings"] = readings
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("split", type=Path, help="a PolNeAR split (text/ and attributions/)")
    args = parser.parse_args()
    print(json.dumps(agreement(args.split), indent=2))


if __name__ == "__main__":
    main()
