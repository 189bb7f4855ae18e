"""Evaluations of sitrep's stages against the shared gold corpora, and the gate.

* :func:`geoparsing.evaluate` -> :class:`~sitrep.evaluation.geoparsing.GeoResult`
  (toponym recognition and resolution on LGL / TR-News / GeoVirus XML);
* :func:`fakes.evaluate` -> :class:`~sitrep.evaluation.fakes.FakesResult`
  (FA-KES main-event governorate);
* :func:`polnear.evaluate` -> :class:`~sitrep.evaluation.polnear.AttributionResult`
  (attribution source / cue / content spans on PolNeAR);
* :func:`gate.check` -> regressions against ``eval_baseline.json``.

Nothing heavy is loaded at import: spaCy and the gazetteer load when an
evaluation runs.

Import the submodules themselves (``from sitrep.evaluation import geoparsing``);
this package module imports none of them, so ``python -m sitrep.evaluation.gate``
runs cleanly.
"""

from __future__ import annotations

__all__ = ["fakes", "gate", "geoparsing", "polnear"]
