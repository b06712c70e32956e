"""The built-in stages; importing this module registers them (see ``warta.registry``)."""

from . import entities, events, langid, places, provenance, quantities, quotes, segment, times  # noqa: F401
