"""The English ACLED classifier: a sentence's words -> an ACLED sub-event type, with its probability.

Trained by ``scripts/train_events_acled.py`` on ACLED notes (what, from where, how well:
``SOURCE.md`` here). The events stage asks it about each English event's sentence and keeps its
answer when it is sure enough (``warta.stages.events``). Loaded on first use, once per process;
pickles without its weights.
"""

from __future__ import annotations

import re
import threading
from importlib import resources
from pathlib import Path
from typing import Any

MODEL_FILE = "acled-en.crfsuite"

#: ACLED's sub-event types and the event type each belongs to (ACLED Codebook 2023)
SUB_EVENT_TYPES = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

_NUMBER = re.compile(r"^[\d.,:/-]+$")
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def event_type_of(sub_event_type: str) -> str | None:
    return SUB_EVENT_TYPES.get(sub_event_type)


def acled_features(words: list[str]) -> list[str]:
    """Lower-cased words and adjacent pairs; numbers and month names are left out (they date, not type)."""
    kept = [w.lower() for w in words if not _NUMBER.match(w) and w.lower() not in _MONTHS]
    return ["b", *(f"w={w}" for w in kept), *(f"p={a}|{b}" for a, b in zip(kept, kept[1:]))]


class AcledClassifier:
    def __init__(self, path: str | Path):
        self.path = str(path)
        self._tagger: Any = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict:
        return {"path": self.path}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"])

    def predict(self, words: list[str]) -> tuple[str, float]:
        """The likeliest ACLED sub-event type of a sentence's words, and its probability."""
        with self._lock:
            if self._tagger is None:
                import pycrfsuite

                tagger = pycrfsuite.Tagger()
                tagger.open(self.path)
                self._tagger = tagger
            self._tagger.set([acled_features(words)])
            best = self._tagger.tag()[0]
            return best, self._tagger.marginal(best, 0)


_model: AcledClassifier | None = None


def load() -> AcledClassifier:
    """The shipped classifier (read on first use, once per process)."""
    global _model
    if _model is None:
        path = Path(str(resources.files(__name__).joinpath(MODEL_FILE)))
        if not path.is_file():
            from ..errors import ConfigError

            raise ConfigError(
                f"the ACLED classifier is missing ({path}); rebuild it with "
                "`python scripts/train_events_acled.py` or reinstall warta"
            )
        _model = AcledClassifier(path)
    return _model
