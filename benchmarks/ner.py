"""NER speed: tokens/s per core and model load time, for each shipped model, on the real corpora.

    .venv/bin/python benchmarks/ner.py [--limit N]

Tokens are warta's own (segment.v1). Load time is the first ``predict`` on a one-sentence text
in a fresh process state (model files read and deserialised). Speed is tokens divided by the CPU
seconds (``time.process_time``) spent in ``predict`` over the corpus, one process, one thread.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPORA = {"id": ROOT.parent / "shared/eval/corpora/detik-id.jsonl", "en": ROOT.parent / "shared/eval/corpora/guardian-en.jsonl"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="first N reports of each corpus")
    args = parser.parse_args()

    import warta
    from warta import ner

    segmenter = warta.load({"stages": ["langid", "segment"]})
    for lang, path in CORPORA.items():
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()][: args.limit]
        docs = [segmenter(segmenter.make_doc(r["text"], lang=lang)) for r in records]
        started = time.perf_counter()
        model = ner.load(lang)
        model.predict("Presiden tiba di Jakarta.", [(0, 8), (9, 13), (14, 16), (17, 24), (24, 25)], [(0, 25)])
        load_s = time.perf_counter() - started
        tokens = sum(len(d.tokens) for d in docs)
        cpu = time.process_time()
        for d in docs:
            model.predict(d.text, d.tokens, d.sentences)
        cpu = time.process_time() - cpu
        print(f"{lang}  {type(model).__name__:<14} load {load_s:5.2f} s   {tokens:>9,} tokens   "
              f"{tokens / cpu:>9,.0f} tokens/s per core   ({len(docs)} reports from {path.name})")


if __name__ == "__main__":
    main()
