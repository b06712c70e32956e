"""Train warta's Indonesian NER model (a linear-chain CRF) and write it to ``warta/ner/id_model/``.

    .venv/bin/python scripts/train_ner_id.py

Reads the three MIT-licensed training sets in ``../shared/eval/train/ner-id/`` (NERGrit,
idner-news-2k, NERP), maps their labels to PER/ORG/LOC (EVT and FNB become O), and re-tokenizes
every sentence with warta's own segmenter so that training sees the tokens inference will see.
NERP is all lower case; it is used "recased" (entity tokens and the first token title-cased,
short one-token ORG upper-cased), which scored better on dev than using it as it is, or both ways.
idner-news-2k counts three times (``--sets``). Word classes for the features come first, from the
unlabelled Detik corpus and the training text (``word_clusters``), into ``clusters.tsv``.

Deterministic: L-BFGS on a fixed, ordered data set, k-means with a fixed seed, and one BLAS thread
(the SVD's last digits depend on the number of threads, and with them a few word classes).
With ``--dev-pred FILE`` it also writes predictions for the dev inputs in the shape
``../shared/eval/score.py ner-id`` reads; dev gold is never read here. Takes about 75 s on one
core and 2.6 GB at its peak; the model is about 2.4 MB with its word classes.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # before numpy loads: the word classes must not depend on the machine

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from warta import Settings  # noqa: E402
from warta.ner import CLUSTERS_FILE, MODEL_DIR, MODEL_FILE, CrfNerModel, read_clusters, token_features  # noqa: E402
from warta.stages.segment import Segmenter  # noqa: E402

TRAIN = ROOT.parent / "shared" / "eval" / "train" / "ner-id"
CORPUS = ROOT.parent / "shared" / "eval" / "corpora" / "detik-id.jsonl"
DEV_INPUTS = ROOT.parent / "shared" / "eval" / "data" / "ner-id" / "dev" / "inputs.jsonl"
OUT = ROOT / "warta" / "ner" / MODEL_DIR

LABELS = {
    "PER": "PER", "PERSON": "PER", "PPL": "PER",
    "LOC": "LOC", "PLACE": "LOC", "LOCATION": "LOC", "PLC": "LOC",
    "ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "IND": "ORG",
}  # fmt: skip
SETS = {
    "nergrit": ("nergrit/train_preprocess.txt", "\t"),
    "idner": ("idner-news-2k/train.txt", " "),
    "nerp": ("nerp/train_preprocess.txt", "\t"),
}


def read_conll(path: Path, sep: str) -> list[tuple[list[str], list[str]]]:
    """Sentences as (words, BIO tags over PER/ORG/LOC)."""
    sentences, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        parts = line.split(sep)
        word, tag = parts[0], parts[-1]
        if tag != "O":
            prefix, _, label = tag.partition("-")
            tag = f"{prefix}-{LABELS[label]}" if label in LABELS else "O"
        words.append(word)
        tags.append(tag)
    return sentences


def entity_spans(words: list[str], tags: list[str]) -> tuple[str, list[tuple[int, int, str]]]:
    """Words joined by single spaces (as the eval texts are) and the entities as character spans."""
    text, spans, pos = " ".join(words), [], 0
    current = None
    for word, tag in zip(words, tags):
        start, end = pos, pos + len(word)
        pos = end + 1
        if tag.startswith("I-") and current and current[2] == tag[2:]:
            current[1] = end
            continue
        if current:
            spans.append(tuple(current))
            current = None
        if tag != "O":
            current = [start, end, tag[2:]]
    if current:
        spans.append(tuple(current))
    return text, spans


def retokenize(segmenter: Segmenter, text: str, spans: list[tuple[int, int, str]]):
    """warta's tokens of ``text`` and their BIO tags, projected from the character spans."""
    tokens = segmenter.tokens(text)
    tags = []
    for s, e in tokens:
        tag = "O"
        for es, ee, label in spans:
            if s < ee and e > es:
                tag = ("B-" if s <= es else "I-") + label
                break
        tags.append(tag)
    return text, tokens, trim_punctuation(text, tokens, tags)


def trim_punctuation(text: str, tokens: list[tuple[int, int]], tags: list[str]) -> list[str]:
    """Punctuation glued to a name in the source tokens ("Jakarta." "(Jokowi)" "PPP)") is not part
    of the entity; a bracket closing one opened inside it is ("Mahkamah Konstitusi (MK)")."""
    tags = list(tags)
    k = 0
    while k < len(tags):
        if tags[k] == "O":
            k += 1
            continue
        j = k + 1
        while j < len(tags) and tags[j] == "I-" + tags[k][2:]:
            j += 1
        words = [text[s:e] for s, e in tokens[k:j]]
        first, last = 0, len(words)
        while first < last and not any(c.isalnum() for c in words[first]):
            first += 1
        while last > first and not any(c.isalnum() for c in words[last - 1]):
            if words[last - 1] == ")" and "(" in words[first : last - 1]:
                break
            last -= 1
        label = tags[k][2:]
        tags[k:j] = ["O"] * (j - k)
        if first < last:
            tags[k + first : k + last] = ["B-" + label] + ["I-" + label] * (last - first - 1)
        k = j
    return tags


def recase(words: list[str], tags: list[str]) -> list[str]:
    """A guess at the cased form of a lower-cased NERP sentence: entity tokens and the first token
    title-cased, one-token ORG of up to four letters upper-cased ("kpk" -> "KPK").

    (A truecaser learnt from the cased sets was tried and lost 0.05 F1, most of it on ORG.)"""
    out = []
    for k, (word, tag) in enumerate(zip(words, tags)):
        if tag != "O":
            one_token = tag.startswith("B-") and (k + 1 == len(tags) or not tags[k + 1].startswith("I-"))
            word = word.upper() if tag.endswith("ORG") and one_token and len(word) <= 4 else word.capitalize()
        elif k == 0:
            word = word.capitalize()
        out.append(word)
    return out


def build(sets: list[str], nerp_mode: str):
    segmenter = Segmenter(Settings())
    read = {name: read_conll(TRAIN / SETS[name][0], SETS[name][1]) for name in SETS}
    data = []
    for name in sets:
        name, _, times = name.partition("*")  # "idner*2": that set counts twice
        for words, tags in read[name] * int(times or 1):
            variants = [words]
            if name == "nerp":
                cased = recase(words, tags)
                variants = {"lower": [words], "recase": [cased], "both": [words, cased]}[nerp_mode]
            for variant in variants:
                data.append(retokenize(segmenter, *entity_spans(variant, tags)))
    return data


#: k-means runs over the word vectors: (seed, class counts coarse to fine). Two runs at different
#: sizes give the CRF two views of each word; one run alone scored 0.767-0.771 on dev (model alone),
#: two 0.778-0.779 (the second run's seed 1 or 3).
CLUSTERINGS = ((0, (32, 128, 512)), (1, (64, 256, 1024)))


def unlabelled_sentences(segmenter: Segmenter) -> tuple[list[list[str]], list[list[str]]]:
    """The Detik corpus (``../shared/eval/corpora/detik-id.jsonl``) and the training sentences, as written
    (NERP, written in lower case, last: ``case_classes`` leaves it out)."""
    sentences = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            tokens = segmenter.tokens(text)
            sentences += [[text[s:e] for s, e in tokens if a <= s and e <= b] for a, b in segmenter.sentences(text, tokens, "id")]
    for name, (path, sep) in SETS.items():
        if name != "nerp":
            sentences += [words for words, _ in read_conll(TRAIN / path, sep)]
    nerp = [words for words, _ in read_conll(TRAIN / SETS["nerp"][0], SETS["nerp"][1])]
    return sentences, nerp


def case_classes(sentences: list[list[str]], least: int = 3) -> dict[str, str]:
    """How each lower-cased word is written inside a sentence, where case is a choice: "L" almost
    always in lower case (a common word: "Materi" opening a sentence is no name), "U" almost always
    capitalised (a name), "M" both ("Bina", "Harapan"). Sentence openings and words after an opening
    quote, bracket, colon or dash are not counted; a word seen fewer than ``least`` times gets none."""
    upper, total = Counter(), Counter()
    for sentence in sentences:
        for k in range(1, len(sentence)):
            word = sentence[k]
            if not word[:1].isalpha() or sentence[k - 1] in _OPENERS:
                continue
            lw = word.lower()
            total[lw] += 1
            upper[lw] += word[:1].isupper()
    classes = {}
    for lw, n in total.items():
        if n >= least:
            share = upper[lw] / n
            classes[lw] = "L" if share < 0.1 else "U" if share > 0.9 else "M"
    return classes


_OPENERS = frozenset({'"', "“", "'", "‘", "(", ":", "-", "–", "—", "[", "/"})


def word_clusters(cased: list[list[str]], nerp: list[list[str]], out: Path, clusterings=CLUSTERINGS) -> None:
    """Distributional word classes from unlabelled sentences, with each word's case class
    (``case_classes``, "-" for none) in the last column, written as ``out``.

    Every word seen 3 times or more gets a vector of positive PMI with the 1,500 most frequent words
    on its left and on its right, reduced to 100 dimensions by SVD; k-means (cosine, fixed seeds)
    groups the vectors at the sizes of ``clusterings``, coarse to fine within each run. The CRF
    uses the classes of a word and of its neighbours, so that a name or a verb it never saw
    labelled still looks like its kin."""
    import numpy as np

    cases = case_classes(cased)
    sentences = [[w.lower() for w in sentence] for sentence in cased + nerp]
    freq = Counter(w for sentence in sentences for w in sentence)
    vocab = [w for w, n in sorted(freq.items(), key=lambda x: (-x[1], x[0])) if n >= 3]
    row = {w: i for i, w in enumerate(vocab)}
    column = {w: i for i, w in enumerate(vocab[:1500])}
    width = len(column)
    counts = np.zeros((len(vocab), 2 * width), dtype=np.float64)
    for sentence in sentences:
        padded = ["<s>", *sentence, "</s>"]
        for k in range(1, len(padded) - 1):
            i = row.get(padded[k])
            if i is None:
                continue
            if (left := column.get(padded[k - 1])) is not None:
                counts[i, left] += 1
            if (right := column.get(padded[k + 1])) is not None:
                counts[i, width + right] += 1
    expected = counts.sum(1, keepdims=True) @ counts.sum(0, keepdims=True) / counts.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        ppmi = np.where(counts > 0, np.log(counts / expected), 0.0)
    ppmi = np.maximum(np.nan_to_num(ppmi), 0.0)
    u, sv, _ = np.linalg.svd(ppmi, full_matrices=False)
    vectors = u[:, :100] * np.sqrt(sv[:100])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12
    levels = [_kmeans(vectors, k, np.random.default_rng(seed)) for seed, sizes in clusterings for k in sizes]
    with out.open("w", encoding="utf-8") as f:
        for i, word in enumerate(vocab):
            f.write(word + "\t" + "\t".join(str(level[i]) for level in levels) + "\t" + cases.get(word, "-") + "\n")


def _kmeans(vectors, k: int, rng, iterations: int = 25):
    """Spherical k-means; the class of each row."""
    import numpy as np

    centres = vectors[rng.choice(len(vectors), k, replace=False)]
    for _ in range(iterations):
        assigned = np.argmax(vectors @ centres.T, axis=1)
        for j in range(k):
            members = vectors[assigned == j]
            if len(members):
                mean = members.mean(axis=0)
                centres[j] = mean / (np.linalg.norm(mean) + 1e-12)
    return np.argmax(vectors @ centres.T, axis=1)


def train(data, path: Path, c1: float, c2: float, iterations: int) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    clusters = read_clusters(path.with_name(CLUSTERS_FILE))
    for text, spans, tags in data:
        trainer.append(token_features(text, spans, clusters), tags)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    trainer.train(str(path))


def predict_dev(model_path: Path, out: Path) -> None:
    segmenter = Segmenter(Settings())
    model = CrfNerModel(model_path)
    with DEV_INPUTS.open(encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        for line in f:
            record = json.loads(line)
            text = record["text"]
            tokens = segmenter.tokens(text)
            found = model.predict(text, tokens, segmenter.sentences(text, tokens, "id"))
            entities = [
                {"id": f"E{k}", "label": label, "name": text[s:e], "mentions": [[s, e]]}
                for k, (s, e, label) in enumerate(found, 1)
            ]
            doc = {"id": record["id"], "text": text, "entities": entities}
            w.write(json.dumps(doc, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="nergrit,idner*3,nerp", help="training sets, comma-separated; NAME*K counts a set K times")
    parser.add_argument("--nerp", choices=["lower", "recase", "both"], default="recase", help="how NERP is used")
    parser.add_argument("--c1", type=float, default=0.2, help="L1 penalty")
    parser.add_argument("--c2", type=float, default=0.005, help="L2 penalty")
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--out", type=Path, default=OUT, help="model folder")
    parser.add_argument("--dev-pred", type=Path, help="also write dev predictions here, for score.py")
    args = parser.parse_args()

    started = time.perf_counter()
    data = build(args.sets.split(","), args.nerp)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / MODEL_FILE
    word_clusters(*unlabelled_sentences(Segmenter(Settings())), args.out / CLUSTERS_FILE)
    train(data, path, args.c1, args.c2, args.iterations)
    print(
        f"{len(data)} sentences, {sum(len(d[1]) for d in data)} tokens; "
        f"{path} {path.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )
    if args.dev_pred:
        predict_dev(path, args.dev_pred)


if __name__ == "__main__":
    main()
