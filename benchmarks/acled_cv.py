"""Honest events-acled dev scores: every note is read by a pipeline whose ACLED classifier never saw it.

    .venv/bin/python benchmarks/acled_cv.py [--folds 5] [--out /tmp/acled-cv.jsonl]

The shipped classifier (``warta/events_model``) was trained on all 1,500 dev notes, so
``run.py events-acled --split dev`` scores it on its own training data. This script splits the
notes by position modulo K, trains a classifier on the other folds with the training script's own
code, runs the default pipeline on the held-out fold with it, and scores the K held-out
predictions together with ``../shared/eval/score.py events-acled``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_events_acled  # noqa: E402

import warta  # noqa: E402
from warta import events_model  # noqa: E402

DATA = ROOT.parent / "shared" / "eval" / "data" / "events-acled" / "dev"
SCORE = ROOT.parent / "shared" / "eval" / "score.py"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "acled-cv.jsonl")
    args = parser.parse_args()
    records = [json.loads(line) for line in (DATA / "inputs.jsonl").read_text(encoding="utf-8").splitlines() if line]
    rows = train_events_acled.rows()
    pipeline = warta.load()
    predicted: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(args.folds):
            model = Path(tmp) / f"fold{fold}.crfsuite"
            train_events_acled.train([r for n, r in enumerate(rows) if n % args.folds != fold], model)
            events_model._model = events_model.AcledClassifier(model)
            held_out = [r for n, r in enumerate(records) if n % args.folds == fold]
            for outcome in pipeline.pipe(held_out):
                if isinstance(outcome, warta.Doc):
                    predicted[outcome.id] = outcome.to_json()
    events_model._model = None
    with args.out.open("w", encoding="utf-8") as f:
        for r in records:
            if r["id"] in predicted:
                f.write(predicted[r["id"]] + "\n")
    subprocess.run([sys.executable, str(SCORE), "events-acled", "--gold", str(DATA / "gold.jsonl"), "--pred", str(args.out)], check=True)


if __name__ == "__main__":
    main()
