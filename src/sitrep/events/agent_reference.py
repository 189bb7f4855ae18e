"""A reference as an attack's agent that read back to the attack's own victims.

"Dozens of fighters were seized and shot by the group": "the group" is read
back to the latest fitting mention before it (:meth:`Mentions.reference_before`),
which is the fighters themselves. The referent of such an agent is named before the
victims, if at all; otherwise the event has no named doer rather than a wrong one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitrep.events.mentions import Mentions
    from sitrep.events.roles import Roles


def not_the_victims(roles: Roles, mentions: Mentions) -> None:
    """Re-read, in place, a source that is a short reference resolved to the target."""
    source, target = roles.source, roles.target
    if source is None or target is None or source.actor_id is None:
        return
    if source.actor_id != target.actor_id or roles.source_token is None:
        return
    if mentions.in_phrase(roles.source_token) is not None:
        return  # named as such: "rebels killed rebels" is the text's own word
    victims = roles.target_token
    found = (
        mentions.reference_before(roles.source_token, victims.left_edge.idx)
        if victims is not None
        else None
    )
    roles.source = found if found is not None and found.actor_id != target.actor_id else None
