"""Print a fixed random sample of English entity mentions from the Guardian corpus, for checking by hand.

    .venv/bin/python benchmarks/entity_sample.py [--n 50] [--seed 13]

Each line: number, label, country, linked name, the mention in brackets with 50 characters of
context. The verdicts of the last check are in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUARDIAN = ROOT.parent / "shared/eval/corpora/guardian-en.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    import warta

    pipeline = warta.load()
    records = [json.loads(line) for line in GUARDIAN.read_text(encoding="utf-8").split("\n") if line.strip()]
    mentions = []
    for doc in pipeline.pipe(records):
        for entity in doc.entities:
            for start, end in entity.mentions:
                mentions.append((doc, entity, start, end))
    for i, (doc, entity, start, end) in enumerate(random.Random(args.seed).sample(mentions, args.n), 1):
        left = doc.text[max(0, start - 50) : start].replace("\n", " ")
        right = doc.text[end : end + 50].replace("\n", " ")
        print(f"{i:2} {entity.label:4} {entity.country or '-':3} {entity.name[:28]:28} …{left}[{doc.text[start:end]}]{right}…")
    print(f"\n{len(mentions)} mentions in {len(records)} reports")


if __name__ == "__main__":
    main()
