"""The ``warta`` command: a thin layer over the library.

    warta extract [FILES|-] [--format json|jsonl] [--published DATE] [--today DATE] [--lang CODE] [-o OUT]
    warta ingest PATHS... [--db warta.db]
    warta export [--db warta.db] [--format jsonl] [-o OUT]

Reports go in as text, HTML or JSONL (files, directories or stdin); rejected inputs are
reported on stderr as ``Type: message``, a one-line summary closes every batch, and the exit
status is 1 when anything was rejected.
"""

from __future__ import annotations

import os

# warta works through reports in parallel (processes, Dask workers), never inside one: BLAS threads
# would only spin, and OpenBLAS started with several is slower even when held to one (the English NER
# reads 17,000 tokens/s per core instead of 23,000). Set before numpy loads; the environment wins.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import datetime as dt  # noqa: E402
import logging  # noqa: E402
import sys  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from typing import IO, Any, Callable, Iterable, Iterator  # noqa: E402

import click  # noqa: E402

from . import __version__  # noqa: E402
from .doc import Doc  # noqa: E402
from .errors import WartaError  # noqa: E402
from .ingest import Input, read_paths, read_stream  # noqa: E402
from .pipeline import Pipeline, Rejected, Skipped  # noqa: E402
from .settings import Settings  # noqa: E402

log = logging.getLogger("warta")


class _Group(click.Group):
    """Turns warta's errors into ``Type: message`` and exit 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WartaError as exc:
            click.echo(f"{type(exc).__name__}: {exc}", err=True)
            ctx.exit(1)
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (| head): not an error
            ctx.exit(0)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:  # a bug: say so in one line; --verbose shows the traceback
            log.debug("unexpected error", exc_info=True)
            click.echo(f"{type(exc).__name__}: {exc} (a bug in warta; run with --verbose for the traceback)", err=True)
            ctx.exit(1)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="warta")
@click.option("-v", "--verbose", is_flag=True, help="Log what warta does (and tracebacks of stage failures) on stderr.")
def main(verbose: bool) -> None:
    """News reports about armed conflict and politics into records an analyst can check."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


def reading_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Options every command that reads reports shares."""
    options = [
        click.option("--published", callback=_date, metavar="DATE", help="Publication date (YYYY-MM-DD) for reports that carry none."),
        click.option(
            "--today",
            callback=_date,
            metavar="DATE",
            help="Processing date (YYYY-MM-DD) for dates with no year in reports with no publication date (default: today).",
        ),
        click.option("--lang", metavar="CODE", help="Language of reports that carry none (id, en); skips detection."),
        click.option("--encoding", metavar="NAME", help="Encoding of text and HTML files (default: UTF-8, else detected)."),
        click.option("--max-bytes", type=click.IntRange(min=1), help="Largest report accepted, in bytes (default 5,000,000)."),
        click.option(
            "--input-format",
            type=click.Choice(["auto", "text", "html", "jsonl"]),
            default="auto",
            show_default=True,
            help="Format of standard input.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _settings(encoding: str | None, max_bytes: int | None, today: str | None) -> Settings:
    values: dict[str, Any] = {}
    if today:
        values["today"] = today
    if encoding:
        values["encoding"] = encoding
    if max_bytes:
        values["max_bytes"] = max_bytes
    return Settings.from_mapping(values)


def _inputs(paths: Iterable[str], settings: Settings, input_format: str) -> Iterator[Input]:
    paths = list(paths) or ["-"]
    for path in paths:
        if path == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", settings, format=input_format)
        else:
            yield from read_paths([path], settings)


@contextmanager
def _progress(outcomes: Iterable[Any], what: str) -> Iterator[Iterable[Any]]:
    """A progress bar on stderr when it is a terminal; the outcomes untouched otherwise."""
    if not sys.stderr.isatty():
        yield outcomes
        return
    from tqdm import tqdm

    with tqdm(outcomes, unit=" reports", desc=what, file=sys.stderr, leave=False) as bar:
        yield bar


def _report(outcome: Rejected) -> None:
    click.echo(f"{outcome.error_type}: {outcome.message}", err=True)


@main.command()
@click.argument("inputs", nargs=-1, metavar="[FILES|DIRS|-]...")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True,
              help="json: one document as an object, several as an array; jsonl: one document per line.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8", lazy=True), default="-", help="Where to write (default: stdout).")
@reading_options
def extract(inputs: tuple[str, ...], fmt: str, output: IO[str], published: str | None, lang: str | None,
            encoding: str | None, max_bytes: int | None, input_format: str, today: str | None) -> None:
    """Read reports and write their documents (the JSON contract in DESIGN.md)."""
    settings = _settings(encoding, max_bytes, today)
    pipeline = Pipeline(settings)
    ok = rejected = 0
    first: Doc | None = None  # json: one document is an object, several an array
    with _progress(pipeline.pipe(_inputs(inputs, settings, input_format), published=published, lang=lang), "extract") as outcomes:
        for outcome in outcomes:
            if isinstance(outcome, Rejected):
                rejected += 1
                _report(outcome)
                continue
            ok += 1
            if fmt == "jsonl":
                output.write(outcome.to_json() + "\n")
            elif first is None:
                first = outcome
            else:
                if ok == 2:
                    output.write("[\n" + first.to_json(indent=2))
                output.write(",\n" + outcome.to_json(indent=2))
    if fmt == "json" and ok == 1 and first is not None:
        output.write(first.to_json(indent=2) + "\n")
    elif fmt == "json" and ok > 1:
        output.write("\n]\n")
    output.flush()
    click.echo(f"{ok} ok, {rejected} rejected", err=True)
    if rejected:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATHS...|-")
@click.option("--db", default="warta.db", show_default=True, help="SQLite file, or a database URL.")
@reading_options
def ingest(paths: tuple[str, ...], db: str, published: str | None, lang: str | None,
           encoding: str | None, max_bytes: int | None, input_format: str, today: str | None) -> None:
    """Read reports into the store; a report already stored is not read again."""
    from .store import Store

    settings = _settings(encoding, max_bytes, today)
    pipeline = Pipeline(settings)
    with Store(db, batch=settings.store_batch) as store:
        outcomes = pipeline.pipe(_inputs(paths, settings, input_format), published=published, lang=lang, skip=store.contains)
        with _progress(_echo_rejects(outcomes), "ingest") as shown:
            counts = store.write(shown, pipeline=" ".join(pipeline.names))
        total = store.count()
    click.echo(
        f"{counts.ok} ok, {counts.rejected} rejected ({counts.new} new, {counts.duplicates} already stored); "
        f"{total} documents in {db}",
        err=True,
    )
    if counts.rejected:
        sys.exit(1)


def _echo_rejects(outcomes: Iterable[Doc | Rejected | Skipped]) -> Iterator[Doc | Rejected | Skipped]:
    for outcome in outcomes:
        if isinstance(outcome, Rejected):
            _report(outcome)
        yield outcome


@main.command()
@click.option("--db", default="warta.db", show_default=True, help="SQLite file, or a database URL.")
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8", lazy=True), default="-", help="Where to write (default: stdout).")
def export(db: str, fmt: str, output: IO[str]) -> None:
    """Write the stored documents back out."""
    from pathlib import Path

    from .store import Store

    if "://" not in db and not Path(db).is_file():
        raise click.UsageError(f"no store at {db}; create one with: warta ingest PATHS --db {db}")
    n = 0
    with Store(db) as store:
        for doc in store.documents():
            output.write(doc.to_json() + "\n")
            n += 1
    output.flush()
    click.echo(f"{n} documents exported", err=True)


if __name__ == "__main__":
    main()
