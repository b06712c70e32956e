"""Throughput of the warta pipeline, one document at a time, in one process on one core.

    .venv/bin/python benchmarks/throughput.py [CORPUS.jsonl ...] [--limit N] [--repeat K] [--json] [--trust-lang] [--stages A,B,...]

For each corpus: read the JSONL records, build one pipeline (timed: "pipeline load"), run one
warm-up document (not counted), then time every record on its own through
``pipeline.pipe([record])`` with ``time.perf_counter``. Documents/s per core is documents divided
by the CPU seconds (``time.process_time``) the process spent in the timed loop. The process is
pinned to one CPU where the OS allows it. Order is the file order; nothing is random.
"""

from __future__ import annotations

import os

# One core: keep numeric libraries from starting thread pools (set before anything imports them).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import math
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = ("../shared/eval/corpora/detik-id.jsonl", "../shared/eval/corpora/guardian-en.jsonl")


def pin_to_one_core() -> int | None:
    """Pin this process to the lowest-numbered CPU it may run on; return it (None if unsupported)."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return cpu
    except OSError:
        return None


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return "uncommitted"
    commit = out.stdout.strip()
    return commit if out.returncode == 0 and commit else "uncommitted"


def peak_rss_mb() -> float:
    # ru_maxrss is in KB on Linux (bytes on macOS).
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.platform == "darwin":
        kb /= 1024
    return kb / 1024


def resolve(path: str, default: bool) -> Path:
    """Defaults are relative to the repository root; a given relative path to the cwd, else the root."""
    p = Path(path)
    if p.is_absolute():
        return p
    if not default and p.exists():
        return p.resolve()
    return (ROOT / p).resolve()


def read_records(path: Path, limit: int | None) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if limit is not None and len(records) >= limit:
                break
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not a JSON record ({exc})")
            records.append(record)
    return records


def percentile(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile of an ascending list (q in 0..100)."""
    rank = max(1, math.ceil(q / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def bench_corpus(
    path: Path, label: str, limit: int | None, repeat: int, drop_lang: bool, stages: list[str] | None = None
) -> dict[str, Any]:
    import warta

    records = read_records(path, limit)
    if drop_lang:
        records = [{k: v for k, v in r.items() if k != "lang"} for r in records]

    started = time.perf_counter()
    pipeline = warta.load({"stages": stages} if stages else None)
    load_s = time.perf_counter() - started

    warmup_s = None
    if records:
        started = time.perf_counter()
        list(pipeline.pipe([dict(records[0])]))
        warmup_s = time.perf_counter() - started
    before = dict(pipeline.timings)

    latencies: list[float] = []
    rejected: dict[str, int] = {}
    chars = 0
    cpu_started = time.process_time()
    wall_started = time.perf_counter()
    for _ in range(repeat):
        for record in records:
            item = dict(record)  # a fresh dict each time, made outside the timed span
            t0 = time.perf_counter()
            results = list(pipeline.pipe([item]))
            latencies.append(time.perf_counter() - t0)
            text = record.get("text")
            chars += len(text) if isinstance(text, str) else 0
            for result in results:
                if isinstance(result, warta.Rejected):
                    rejected[result.code] = rejected.get(result.code, 0) + 1
    wall_s = time.perf_counter() - wall_started
    cpu_s = time.process_time() - cpu_started

    measured = sum(latencies)
    stages = {}
    for name in ["ingest", *pipeline.names]:
        seconds = pipeline.timings.get(name, 0.0) - before.get(name, 0.0)
        stages[name] = {"seconds": seconds, "share": seconds / measured if measured else None}
    other = measured - sum(s["seconds"] for s in stages.values())
    stages["other"] = {"seconds": other, "share": other / measured if measured else None}

    n = len(latencies)
    ordered = sorted(latencies)
    return {
        "corpus": label,
        "path": str(path),
        "records": len(records),
        "repeat": repeat,
        "lang_field": "dropped" if drop_lang else "as in records",
        "documents": n,
        "rejected": sum(rejected.values()),
        "rejected_by_code": dict(sorted(rejected.items())),
        "pipeline_load_s": load_s,
        "warmup_s": warmup_s,
        "total_s": measured,
        "loop_wall_s": wall_s,
        "loop_cpu_s": cpu_s,
        "docs_per_cpu_s": n / cpu_s if n and cpu_s > 0 else None,
        "docs_per_wall_s": n / measured if n and measured > 0 else None,
        "latency_ms": {
            "mean": 1000 * measured / n if n else None,
            "p50": 1000 * percentile(ordered, 50) if n else None,
            "p95": 1000 * percentile(ordered, 95) if n else None,
            "max": 1000 * ordered[-1] if n else None,
        },
        "characters": chars,
        "chars_per_s": chars / measured if measured > 0 else None,
        "stages": stages,
        "peak_rss_mb": peak_rss_mb(),
    }


def fmt(value: float | None, spec: str) -> str:
    return "n/a" if value is None else format(value, spec)


def print_table(r: dict[str, Any]) -> None:
    lat = r["latency_ms"]
    rows = [
        ("documents", f"{r['documents']} ({r['records']} records x {r['repeat']})"),
        ("rejected", str(r["rejected"]) + (f" {r['rejected_by_code']}" if r["rejected"] else "")),
        ("lang field", r["lang_field"]),
        ("pipeline load", f"{fmt(r['pipeline_load_s'] * 1000, '.1f')} ms"),
        ("warm-up document", f"{fmt(None if r['warmup_s'] is None else r['warmup_s'] * 1000, '.1f')} ms"),
        ("total seconds", f"{r['total_s']:.3f} s (sum of per-document times)"),
        ("documents/s per core", f"{fmt(r['docs_per_cpu_s'], '.1f')} (documents / CPU s of the timed loop, process_time)"),
        ("latency p50", f"{fmt(lat['p50'], '.2f')} ms"),
        ("latency p95", f"{fmt(lat['p95'], '.2f')} ms"),
        ("latency max", f"{fmt(lat['max'], '.2f')} ms"),
        ("characters/s", f"{fmt(r['chars_per_s'], ',.0f')} ({r['characters']:,} characters)"),
        ("peak RSS", f"{r['peak_rss_mb']:.1f} MB (whole process so far, ru_maxrss)"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"== {r['corpus']} ({r['path']})")
    for key, value in rows:
        print(f"  {key:<{width}}  {value}")
    print("  time by stage (share of total seconds):")
    for name, s in r["stages"].items():
        share = "n/a" if s["share"] is None else f"{100 * s['share']:5.1f}%"
        print(f"    {name:<16} {s['seconds']:8.3f} s  {share}")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "corpora",
        nargs="*",
        help="JSONL corpora (default: ../shared/eval/corpora/detik-id.jsonl and guardian-en.jsonl, "
        "relative to the repository root)",
    )
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="first N records of each corpus")
    parser.add_argument("--repeat", type=int, default=1, metavar="K", help="time each record K times (default 1)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument("--stages", metavar="A,B,...", help="stages to run (default: warta's default pipeline)")
    parser.add_argument(
        "--trust-lang",
        action="store_true",
        help="keep each record's 'lang' field, so that langid checks it instead of identifying the language "
        "(by default the field is dropped: real feeds rarely carry it)",
    )
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 0:
        parser.error("--limit must be 0 or more")
    if args.repeat < 1:
        parser.error("--repeat must be 1 or more")

    paths = [resolve(p, default=False) for p in args.corpora] or [resolve(p, default=True) for p in DEFAULT_CORPORA]
    for path in paths:
        if not path.is_file():
            parser.error(f"no such corpus: {path}")

    core = pin_to_one_core()
    started = time.perf_counter()
    import warta

    import_s = time.perf_counter() - started

    machine = {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu": cpu_model(),
        "cpu_count": os.cpu_count(),
        "pinned_cpu": core,
    }
    report: dict[str, Any] = {
        "machine": machine,
        "commit": git_commit(),
        "warta": warta.__version__,
        "import_warta_s": import_s,
        "corpora": [],
    }
    machine_line = (
        f"machine: {machine['platform']}, Python {machine['python']}, {machine['cpu']}, "
        f"os.cpu_count()={machine['cpu_count']}, pinned to CPU {core if core is not None else 'n/a (not supported)'}"
    )
    if not args.json:
        print(machine_line)
        print(f"commit: {report['commit']}  warta {warta.__version__}  import warta: {import_s * 1000:.0f} ms")
        print()
    for path in paths:
        label = path.stem
        stages = [name.strip() for name in args.stages.split(",")] if args.stages else None
        result = bench_corpus(path, label, args.limit, args.repeat, not args.trust_lang, stages)
        report["corpora"].append(result)
        if not args.json:
            print_table(result)
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
