"""The built-in stages; importing this module registers them (see ``warta.registry``)."""

from . import entities, langid, provenance, segment  # noqa: F401
