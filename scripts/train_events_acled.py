"""Train warta's English ACLED classifier (a maximum-entropy model) and write it to ``warta/events_model/``.

    .venv/bin/python scripts/train_events_acled.py [--folds 5]

Reads the English ACLED notes of ``../shared/eval/data/events-acled/dev/`` (1,500 rows from
countries other than Ukraine and Russia; the evaluation's hidden rows are Ukraine/Russia) and
learns the ACLED sub-event type (its event type follows) from the words of a note's first
sentence: lower-cased words and word pairs, numbers and dates left out. The model is
python-crfsuite's CRF over one-item sequences, which is a multinomial logistic regression
(L-BFGS, c1 = 0.05, c2 = 0.01), deterministic on the fixed, ordered data.

``--folds K`` first reports K-fold cross-validated accuracy (rows split by position modulo K),
the honest estimate: ``run.py events-acled --split dev`` afterwards scores a model that saw those
rows. The events stage applies the model to each English event's sentence (``warta.stages.events``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from warta import Settings  # noqa: E402
from warta.events_model import MODEL_FILE, acled_features, event_type_of  # noqa: E402
from warta.stages.segment import Segmenter  # noqa: E402

DATA = ROOT.parent / "shared" / "eval" / "data" / "events-acled" / "dev"
OUT = ROOT / "warta" / "events_model" / MODEL_FILE
C1, C2, ITERATIONS = 0.05, 0.01, 200


def rows() -> list[tuple[list[str], str]]:
    segmenter = Segmenter(Settings())
    inputs = [json.loads(line) for line in (DATA / "inputs.jsonl").read_text(encoding="utf-8").splitlines() if line]
    gold = {g["id"]: g for g in map(json.loads, (DATA / "gold.jsonl").read_text(encoding="utf-8").splitlines()) if g}
    out = []
    for record in inputs:
        text = record["text"]
        tokens = segmenter.tokens(text)
        sentences = segmenter.sentences(text, tokens, "en")
        s, e = sentences[0] if sentences else (0, len(text))
        words = [text[a:b] for a, b in tokens if s <= a and b <= e]
        out.append((acled_features(words), gold[record["id"]]["sub_event_type"]))
    return out


def train(data: list[tuple[list[str], str]], path: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, label in data:
        trainer.append([features], [label])
    trainer.set_params({"c1": C1, "c2": C2, "max_iterations": ITERATIONS})
    trainer.train(str(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="cross-validate first (0: skip)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    started = time.perf_counter()
    data = rows()
    if args.folds:
        import tempfile

        import pycrfsuite

        right_sub = right_type = 0
        with tempfile.TemporaryDirectory() as tmp:
            for fold in range(args.folds):
                model = Path(tmp) / f"fold{fold}.crfsuite"
                train([d for n, d in enumerate(data) if n % args.folds != fold], model)
                tagger = pycrfsuite.Tagger()
                tagger.open(str(model))
                for features, label in (d for n, d in enumerate(data) if n % args.folds == fold):
                    guess = tagger.tag([features])[0]
                    right_sub += guess == label
                    right_type += event_type_of(guess) == event_type_of(label)
        print(f"{args.folds}-fold cross-validation on {len(data)} notes: event_type {right_type / len(data):.3f}, "
              f"sub_event_type {right_sub / len(data):.3f}", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    train(data, args.out)
    labels = Counter(label for _, label in data)
    print(f"{args.out} ({args.out.stat().st_size / 1e3:.0f} kB, {len(labels)} sub-event types) in "
          f"{time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
