"""sitrep: conflict news to a geocoded, time-resolved, source-attributed event database.

Importing sitrep is cheap: models and gazetteers load on first use.
"""

__version__ = "0.1.0"
