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
import struct
import threading
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import numpy as np

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
    """A CRF tagger over warta tokens, one sentence at a time, BIO tags -> character spans.

    Tagging reads the CRFsuite model's weights from its file (``CrfWeights``) and decodes with
    numpy, all sentences of a text at once; it tags as CRFsuite's own tagger does (the tests hold
    them to the same tags), about four times faster: a word's share of the features is summed once
    per word instead of looked up string by string in every sentence."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._weights: CrfWeights | None = None
        self._clusters: dict[str, tuple[str, ...]] = {}
        self._lock = threading.Lock()

    @property
    def weights(self) -> CrfWeights:
        if self._weights is None:
            with self._lock:
                if self._weights is None:
                    self._clusters = read_clusters(Path(self.path).with_name(CLUSTERS_FILE))
                    self._weights = CrfWeights(self.path)
        return self._weights

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])

    def __repr__(self) -> str:
        return f"CrfNerModel({self.path!r})"

    def predict(self, text: str, tokens: list[Span], sentences: list[Span]) -> list[Entity]:
        weights = self.weights
        runs: list[list[Span]] = []
        i, n = 0, len(tokens)
        for s_start, s_end in sentences:
            while i < n and tokens[i][1] <= s_start:
                i += 1
            j = i
            while j < n and tokens[j][0] < s_end:
                j += 1
            if j > i:
                runs.append(tokens[i:j])
            i = j
        if not runs:
            return []
        with self._lock:
            tagged = weights.tag(text, runs, self._clusters)
        entities: list[Entity] = []
        for spans, tags in zip(runs, tagged):
            entities.extend(_edges(text, spans, found) for found in decode_bio(spans, tags))
        return [e for e in entities if e[0] < e[1]]


class CrfWeights:
    """A linear-chain CRF as CRFsuite writes it (``crf1d``, the "lCRF"/"FOMC" file): labels,
    attributes, one weight per (attribute, label) and per (label, label), read with ``struct``.

    ``tag`` scores a token by summing the weights of its features (``token_features``) and takes
    the best label sequence (Viterbi, the first best on ties, as CRFsuite does). The features a
    word gives itself and its neighbours (``_word_entry``) are summed once per word and kept
    (at most ``_WORD_CACHE`` words)."""

    _FIXED = ("first", "glued-", "glued+", "bos", "bos-1", "eos", "eos+1")

    def __init__(self, path: str | Path):
        buf = Path(path).read_bytes()
        try:
            magic, _size, kind, _version, _nf, n_labels, n_attrs, off_features, off_labels, off_attrs, _lr, _ar = \
                struct.unpack_from("<4sI4s9I", buf, 0)
            if magic != b"lCRF" or kind != b"FOMC":
                raise ValueError("not a CRFsuite crf1d model")
            self.labels = _cqdb_strings(buf, off_labels)
            attrs = _cqdb_strings(buf, off_attrs)
            if buf[off_features:off_features + 4] != b"FEAT" or len(self.labels) != n_labels or len(attrs) != n_attrs:
                raise ValueError("inconsistent header")
            (count,) = struct.unpack_from("<I", buf, off_features + 8)
            feats = np.frombuffer(buf, dtype=_FEATURE, count=count, offset=off_features + 12)
        except (struct.error, ValueError, UnicodeDecodeError) as e:
            raise ConfigError(f"the NER model {path} is not a CRFsuite model ({e}); rebuild it with "
                              "`python scripts/train_ner_id.py` or reinstall warta") from None
        self.attr = {a: k for k, a in enumerate(attrs)}
        state = feats[feats["type"] == 0]
        move = feats[feats["type"] == 1]
        self.transitions = np.zeros((n_labels, n_labels))
        self.transitions[move["src"], move["dst"]] = move["w"]
        # rows: each attribute's weights, a row of zeros (unknown attributes), then words' sums
        self._base = n_attrs + 1
        self.rows = np.zeros((self._base + 4096, n_labels))
        self.rows[state["src"], state["dst"]] = state["w"]
        self.zero = n_attrs
        self.fixed = {f: self.attr.get(f, self.zero) for f in self._FIXED}
        # "a|b" -> rows of "bg+=a|b" (a's feature) and "bg-=a|b" (b's), for neighbours a b
        self.bigrams: dict[str, tuple[int, int]] = {}
        for name, k in self.attr.items():
            if name.startswith(("bg+=", "bg-=")):
                plus, minus = self.bigrams.get(name[4:], (self.zero, self.zero))
                self.bigrams[name[4:]] = (k, minus) if name[2] == "+" else (plus, k)
        self._used = self._base
        self._words: dict[str, tuple] = {}

    def _add_words(self, words: list[str], clusters: dict[str, tuple[str, ...]]) -> None:
        """Sum, for each new word, the weights of the features it gives itself and its four
        neighbours (``_word_entry``) into five new rows, all words in one numpy call."""
        attr, zero = self.attr, self.zero
        flat: list[int] = []
        starts: list[int] = []
        lower: list[str] = []
        for w in words:
            own, lw, prev1, prev2, next1, next2 = _word_entry(w, clusters)
            lower.append(lw)
            for feats in (own, prev1, prev2, next1, next2):
                starts.append(len(flat))
                flat.append(zero)  # a segment is never empty (reduceat would copy, not sum)
                flat += [k for k in map(attr.get, feats) if k is not None]
        first, count = self._used, len(starts)
        while first + count > len(self.rows):
            self.rows = np.concatenate([self.rows, np.zeros_like(self.rows[self._base:])])
        self.rows[first:first + count] = np.add.reduceat(self.rows[flat], starts, axis=0)
        self._used += count
        for k, (w, lw) in enumerate(zip(words, lower)):
            r = first + 5 * k
            self._words[w] = (r, lw, r + 1, r + 2, r + 3, r + 4)

    def tag(self, text: str, runs: list[list[Span]], clusters: dict[str, tuple[str, ...]]) -> list[list[str]]:
        """The best labels of each run of tokens (a sentence), all runs scored and decoded together."""
        if len(self._words) >= _WORD_CACHE:  # between texts only: the rows of this one stay put
            self._words.clear()
            self._used = self._base
        spans = [span for run in runs for span in run]
        words = [text[s:e] for s, e in spans]
        known = self._words
        new = [w for w in dict.fromkeys(words) if w not in known]
        if new:
            self._add_words(new, clusters)
        entries = [known[w] for w in words]
        lengths = np.array([len(run) for run in runs])
        n_runs, longest = len(runs), int(lengths.max())
        run_of = np.repeat(np.arange(n_runs), lengths)
        at = np.arange(len(spans)) - np.repeat(np.cumsum(lengths) - lengths, lengths)   # position in its run
        left = lengths[run_of] - 1 - at                                                  # tokens after it
        own, prev1, prev2, next1, next2 = (np.array([e[k] for e in entries]) for k in (0, 2, 3, 4, 5))
        lws = [e[1] for e in entries]
        none = (self.zero, self.zero)
        pair = self.bigrams.get
        pairs = [pair(a + "|" + b, none) for a, b in zip(lws, lws[1:])]
        after = np.array([p[0] for p in pairs] + [self.zero])    # "bg+=" of each token and the next
        before = np.array([self.zero] + [p[1] for p in pairs])   # "bg-=" of each token and the one before
        starts = np.array([s for s, _ in spans])
        ends = np.array([e for _, e in spans])
        glued = np.append(ends[:-1] == starts[1:], False)          # token k touches token k + 1
        fixed, zero = self.fixed, self.zero

        def shifted(values: Any, by: int) -> Any:
            return np.roll(values, -by)

        columns = [
            own,
            np.where(at == 0, fixed["first"], zero),
            np.where((at > 0) & shifted(glued, -1), fixed["glued-"], zero),
            np.where((left > 0) & glued, fixed["glued+"], zero),
            np.where(at > 0, shifted(prev1, -1), fixed["bos"]),
            np.where(at > 0, before, zero),
            np.where(at > 1, shifted(prev2, -2), np.where(at == 1, fixed["bos-1"], zero)),
            np.where(left > 0, shifted(next1, 1), fixed["eos"]),
            np.where(left > 0, after, zero),
            np.where(left > 1, shifted(next2, 2), np.where(left == 1, fixed["eos+1"], zero)),
        ]
        scores = self.rows[np.stack(columns, axis=1)].sum(axis=1)    # (tokens, labels)
        # Viterbi over all runs at once, longest first so that the runs still going are a prefix;
        # argmax takes the first best label, as CRFsuite does
        order = np.argsort(-lengths, kind="stable")
        rank = np.empty_like(order)
        rank[order] = np.arange(n_runs)
        padded = np.zeros((n_runs, longest, len(self.labels)))
        padded[rank[run_of], at] = scores
        going = np.searchsorted(-lengths[order], -np.arange(longest), side="left")   # runs longer than t
        best = padded[:, 0].copy()
        back = np.zeros(padded.shape, dtype=np.intp)
        for t in range(1, longest):
            k = going[t]
            step = best[:k, :, None] + self.transitions     # (runs, from, to)
            back[:k, t] = step.argmax(axis=1)
            best[:k] = step.max(axis=1) + padded[:k, t]
        current = best.argmax(axis=1)      # each run's last label; then back along the run
        sorted_lengths = lengths[order]
        labels = np.zeros((n_runs, longest), dtype=np.intp)
        for t in range(longest - 1, 0, -1):
            k = going[t]
            labels[:k, t] = current[:k]
            current[:k] = back[np.arange(k), t, current[:k]]
        labels[:, 0] = current
        names = self.labels
        out: list[list[str]] = [[]] * n_runs
        for r, row, m in zip(order.tolist(), labels.tolist(), sorted_lengths.tolist()):
            out[r] = [names[y] for y in row[:m]]
        return out

_FEATURE = [("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")]


def _cqdb_strings(buf: bytes, offset: int) -> list[str]:
    """The strings of a CQDB chunk (CRFsuite's string table), by id: its backward array holds each
    record's offset; a record is id, size, then the string and a NUL."""
    if buf[offset:offset + 4] != b"CQDB":
        raise ValueError(f"no string table at {offset:#x}")
    _size, _flag, _order, count, backward = struct.unpack_from("<5I", buf, offset + 4)
    out = []
    for k, rec in enumerate(struct.unpack_from(f"<{count}I", buf, offset + backward)):
        rid, size = struct.unpack_from("<iI", buf, offset + rec)
        if rid != k:
            raise ValueError(f"string table out of order at {k}")
        out.append(buf[offset + rec + 8:offset + rec + 7 + size].decode("utf-8"))
    return out


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


_WORD_CACHE = 50_000  # words whose summed features a model keeps (about 14 MB); cleared when full


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
