"""The built-in stages; importing this module registers them (see ``warta.registry``)."""

from . import langid, provenance, segment  # noqa: F401
