"""Which kinds of happening event coreference may join.

An attack has one kind. ACLED's event types (``data/plover_acled.json`` maps each
PLOVER mode to one) tell a battle (two sides fighting) from remote violence (a
strike, shelling, a blast) and from violence against people held or targeted (an
execution, torture, an abduction): two mentions whose modes fall in two of these
are two happenings ("the blast" and "fighting" a few sentences on). A mode that
fits any of them (gunfire, destruction) or no mode ("attack", "killed") leaves the
kind open.

On the events gold this raised event F1 0.798 -> 0.805 (tune half 0.843 -> 0.859,
held half 0.731 -> 0.723: one event fewer matched there). Also tried, not kept:
counting coreference's sentence window from a happening's first mention instead
of its latest (F1 0.810 with this rule), which split one more same-event pair of
the dedup gold's fifth (tuning) set: a lone mention then took its place from a
foreign dateline.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from sitrep.errors import ResourceError

#: ACLED event types that name a kind of armed happening; others ("Strategic
#: developments" for destruction) follow from any kind.
_KINDS = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
#: Modes that any kind of attack may come with: shots are fired in a battle, at a
#: bystander and at a prisoner alike.
_ANY_KIND = frozenset({"firearms"})


@lru_cache(maxsize=1)
def _mode_kinds() -> dict[str, str]:
    """ASSAULT mode -> ACLED event type, for the modes that fix a kind."""
    path = resources.files("sitrep").joinpath("data/plover_acled.json")
    try:
        data = json.loads(path.read_text("utf-8"))
        modes: dict[str, list[str]] = data["types"]["ASSAULT"]["modes"]
    except (OSError, ValueError, KeyError) as exc:
        raise ResourceError(f"cannot read the ACLED mapping {path}: {exc}") from exc
    return {
        mode: pair[0]
        for mode, pair in modes.items()
        if mode not in _ANY_KIND and pair and pair[0] in _KINDS
    }


def same_kind(type_: str, mode_a: str | None, mode_b: str | None) -> bool:
    """Whether two mentions of type ``type_`` may name one happening by their modes."""
    if type_ != "ASSAULT" or mode_a == mode_b or mode_a is None or mode_b is None:
        return True
    kinds = _mode_kinds()
    kind_a, kind_b = kinds.get(mode_a), kinds.get(mode_b)
    return kind_a is None or kind_b is None or kind_a == kind_b
