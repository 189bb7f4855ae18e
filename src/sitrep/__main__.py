"""``python -m sitrep`` is the ``sitrep`` command."""

from sitrep.cli import main

main()
