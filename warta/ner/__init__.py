"""Named-entity recognition: ``load(lang).predict(text, tokens, sentences)`` -> ``[(start, end, label)]``.

    >>> from warta import Settings, ner
    >>> from warta.stages.segment import Segmenter
    >>> text = "Menteri Pertahanan Prabowo Subianto tiba di Bandung, Jawa Barat."
    >>> segmenter = Segmenter(Settings())
    >>> tokens = segmenter.tokens(text)
    >>> [text[s:e] for s, e, _ in ner.load("id").predict(text, tokens, segmenter.sentences(text, tokens, "id"))]
    ['Prabowo Subianto', 'Bandung', 'Jawa Barat']

The Indonesian model is a linear-chain CRF (python-crfsuite) over warta's own tokens, trained by
``scripts/train_ner_id.py`` on NERGrit, idner-news-2k and NERP; what it was trained on, how, and
how well it scores is written in ``id_model/SOURCE.md``. It labels PER, ORG and LOC. The English
model lives in ``warta.ner.en``.

Models are loaded on first use and cached per process. A ``NerModel`` pickles without its
weights (Dask ships it to workers) and reloads them where it is unpickled.
"""

from __future__ import annotations

import functools
import threading
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from ..errors import ConfigError

Span = tuple[int, int]
Entity = tuple[int, int, str]

__all__ = ["MODEL_DIR", "CrfNerModel", "NerModel", "load", "token_features"]

#: where the Indonesian model lives, inside the installed package
MODEL_DIR = "id_model"
MODEL_FILE = "ner-id.crfsuite"
CLUSTERS_FILE = "clusters.tsv"
LANGUAGES = ("id", "en")


class NerModel(Protocol):
    def predict(self, text: str, tokens: list[Span], sentences: list[Span]) -> list[Entity]: ...


@functools.cache
def load(lang: str) -> NerModel:
    """The NER model for ``lang`` ("id" or "en"), loaded once per process."""
    if lang == "id":
        return CrfNerModel(_model_path())
    if lang == "en":
        from . import en

        return en.load()
    raise ConfigError(
        f"no named-entity model for language {lang!r}; warta has models for {', '.join(LANGUAGES)}. "
        "Set `languages` to those, or skip the NER stage for this language."
    )


def _model_path() -> Path:
    path = Path(str(resources.files(__name__).joinpath(MODEL_DIR, MODEL_FILE)))
    if not path.is_file():
        raise ConfigError(
            f"the Indonesian NER model is missing ({path}); rebuild it with "
            "`python scripts/train_ner_id.py` or reinstall warta"
        )
    return path


class CrfNerModel:
    """A CRF tagger over warta tokens, one sentence at a time, BIO tags -> character spans."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._tagger: Any = None
        self._clusters: dict[str, tuple[str, ...]] = {}
        self._words: dict[str, tuple] = {}  # a word's own and neighbour features (token_features' cache)
        self._lock = threading.Lock()

    @property
    def tagger(self) -> Any:
        if self._tagger is None:
            with self._lock:
                if self._tagger is None:
                    import pycrfsuite

                    self._clusters = read_clusters(Path(self.path).with_name(CLUSTERS_FILE))
                    tagger = pycrfsuite.Tagger()
                    tagger.open(self.path)
                    self._tagger = tagger
        return self._tagger

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])

    def __repr__(self) -> str:
        return f"CrfNerModel({self.path!r})"

    def predict(self, text: str, tokens: list[Span], sentences: list[Span]) -> list[Entity]:
        tagger = self.tagger
        entities: list[Entity] = []
        i, n = 0, len(tokens)
        for s_start, s_end in sentences:
            while i < n and tokens[i][1] <= s_start:
                i += 1
            j = i
            while j < n and tokens[j][0] < s_end:
                j += 1
            spans = tokens[i:j]
            i = j
            if not spans:
                continue
            with self._lock:
                if len(self._words) > _WORD_CACHE:
                    self._words.clear()
                tags = tagger.tag(token_features(text, spans, self._clusters, self._words))
            entities.extend(_edges(text, spans, found) for found in decode_bio(spans, tags))
        return [e for e in entities if e[0] < e[1]]


def read_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    """``word<TAB>class<TAB>...<TAB>case`` lines -> {word: (class, ..., case)}: the word's classes from
    each clustering run (coarse to fine within a run), then how it is written inside a sentence
    ("L" lower case, "U" capitalised, "M" both, "-" unknown; see ``scripts/train_ner_id.py``)."""
    if not path.is_file():
        raise ConfigError(
            f"the word classes of the NER model are missing ({path}); rebuild them with "
            "`python scripts/train_ner_id.py` or reinstall warta"
        )
    clusters = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            word, *classes = line.rstrip("\n").split("\t")
            clusters[word] = tuple(classes)
    return clusters


def decode_bio(spans: list[Span], tags: list[str]) -> list[Entity]:
    """BIO tags over token spans -> ``(start, end, label)``; a stray I- starts an entity."""
    out: list[Entity] = []
    start = end = -1
    label = ""
    for (s, e), tag in zip(spans, tags):
        if tag.startswith("I-") and label == tag[2:]:
            end = e
            continue
        if label:
            out.append((start, end, label))
            label = ""
        if tag != "O":
            start, end, label = s, e, tag[2:]
    if label:
        out.append((start, end, label))
    return out


def _edges(text: str, spans: list[Span], entity: Entity) -> Entity:
    """No punctuation at the edges ("Batalion K”" -> "Batalion K") and brackets balanced:
    "Mahkamah Konstitusi (MK" takes its ")", "MK)" and "(Jokowi" lose theirs."""
    start, end, label = entity
    inside = [(s, e) for s, e in spans if start <= s and e <= end]
    while inside and not any(c.isalnum() for c in text[inside[0][0] : inside[0][1]]):
        inside.pop(0)
    while inside and not any(c.isalnum() for c in text[inside[-1][0] : inside[-1][1]]):
        if text[inside[-1][0] : inside[-1][1]] == ")" and "(" in text[inside[0][0] : inside[-1][0]]:
            break
        inside.pop()
    if not inside:
        return start, start, label
    start, end = inside[0][0], inside[-1][1]
    words = text[start:end]
    if words.count("(") > words.count(")"):
        after = next((s for s, _ in spans if s >= end), None)
        if after is not None and text[after] == ")" and not text[end:after].strip():
            end = after + 1
        else:
            end = start + len(words[: words.rfind("(")].rstrip())
    elif words.count(")") > words.count("("):
        end = start + len(words.rstrip(") "))
    return start, end, label


@functools.lru_cache(maxsize=1 << 16)
def _shape(word: str) -> str:
    """The word's shape ("Jakarta" -> "Xx", "06.14" -> "d.d"); words repeat, so it is cached."""
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@functools.lru_cache(maxsize=1 << 16)
def _word_features(w: str) -> tuple[str, ...]:
    """The features of a word on its own (its neighbours aside): cached, words repeat."""
    lw = w.lower()
    f = ["b", "w=" + lw, "p2=" + lw[:2], "p3=" + lw[:3], "s2=" + lw[-2:], "s3=" + lw[-3:], "s4=" + lw[-4:],
         "sh=" + _shape(w), "len=" + str(min(len(w), 8))]
    if w[:1].isupper():
        f.append("title")
    if w.isupper() and len(w) > 1:
        f.append("upper")
    if "-" in w:
        f.append("hyph")
    return tuple(f)


_WORD_CACHE = 50_000  # words whose features a model keeps (about 35 MB); cleared when full


def _word_entry(w: str, clusters: dict[str, tuple[str, ...]]) -> tuple:
    """What a word gives the features of itself and of its neighbours, built once per word."""
    lw, sh = w.lower(), _shape(w)
    *classes, case = clusters.get(lw, ("-",))
    written = case + ("T" if w[:1].isupper() else "l")  # "LT": a common word capitalised
    own = (*_word_features(w), *(f"c{level}={c}" for level, c in enumerate(classes)), "case=" + written)
    middle = ("c-1=" + classes[1], "case-1=" + written) if classes else ("case-1=" + written,)
    after = ("c+1=" + classes[1], "case+1=" + written) if classes else ("case+1=" + written,)
    return (own, lw, ("w-1=" + lw, "sh-1=" + sh, *middle), ("w-2=" + lw, "sh-2=" + sh),
            ("w+1=" + lw, "sh+1=" + sh, *after), ("w+2=" + lw, "sh+2=" + sh))


def token_features(text: str, spans: list[Span], clusters: dict[str, tuple[str, ...]],
                   cache: dict[str, tuple] | None = None) -> list[list[str]]:
    """CRF features of one sentence: word, affixes, shape, case, whether it is glued to its
    neighbours, its word clusters, how the word is usually written against how it is written here
    ("Materi" opening a sentence is a common word capitalised) and a +-2 window. No gazetteer. ``cache``
    keeps each word's share of them across calls (words repeat)."""
    if cache is None:
        cache = {}
    entries = []
    for s, e in spans:
        w = text[s:e]
        entry = cache.get(w)
        if entry is None:
            entry = cache[w] = _word_entry(w, clusters)
        entries.append(entry)
    n = len(entries)
    feats: list[list[str]] = []
    for k in range(n):
        own, lw = entries[k][0], entries[k][1]
        f = list(own)
        if k == 0:
            f.append("first")
        if k > 0 and spans[k - 1][1] == spans[k][0]:
            f.append("glued-")
        if k < n - 1 and spans[k][1] == spans[k + 1][0]:
            f.append("glued+")
        if k > 0:
            f += entries[k - 1][2]
            f.append("bg-=" + entries[k - 1][1] + "|" + lw)
            if k > 1:
                f += entries[k - 2][3]
            else:
                f.append("bos-1")
        else:
            f.append("bos")
        if k < n - 1:
            f += entries[k + 1][4]
            f.append("bg+=" + lw + "|" + entries[k + 1][1])
            if k < n - 2:
                f += entries[k + 2][5]
            else:
                f.append("eos+1")
        else:
            f.append("eos")
        feats.append(f)
    return feats
