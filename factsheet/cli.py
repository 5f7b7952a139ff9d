"""The command line: a thin click layer over the library. Library errors become one-line messages.

Exit codes: 0 every brief written; 1 some input failed (the others are still written); 2 usage error.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__, langpack
from .errors import FactsheetError
from .render import FORMATS, template_format
from .summarize import ALGORITHMS  # light: sumy itself is imported only when a summary runs


def _fail(message: str) -> None:
    click.echo(f"factsheet: error: {message}", err=True)


def _check_date(ctx, param, value):
    from .metadata import is_iso_day

    if value is not None and not is_iso_day(value):
        raise click.BadParameter(f"{value!r} is not a date written YYYY-MM-DD")
    return value


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factsheet")
def main() -> None:
    """Meeting briefs from news articles in Belarusian, Russian and English.

    \b
    Examples:
      factsheet brief article.txt                      # article.md + article.docx here
      factsheet brief news/ --output briefs/           # every article in a folder
      factsheet brief a.txt b.txt --merge meeting      # one brief from several articles
      factsheet brief article.txt --format json --output -
      factsheet templates my-templates/                # copy the templates to edit them
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "-f", "formats", multiple=True, type=click.Choice(FORMATS),
              help="Output format; repeat for several. Default: md and docx. jsonl: one JSON brief per line on "
                   "standard output.")
@click.option("--output", "-o", default=None, metavar="DIR|-",
              help="Folder to write DIR/<input stem>.<ext> into (created if missing; default: the current "
                   "folder); '-' writes one format to standard output.")
@click.option("--lang", "-l", default="auto", show_default=True,
              type=click.Choice(["auto", *langpack.available()]), help="Language of the articles.")
@click.option("--sentences", "-n", type=click.IntRange(min=1), default=None,
              help="Key sentences in the summary (default: about a quarter of the article, 3 to 7; a few more "
                   "for long reports).")
@click.option("--ratio", "-r", type=click.FloatRange(min=0, max=1, min_open=True), default=None,
              help="Key sentences as a share of the article's sentences (e.g. 0.1); --sentences wins if both.")
@click.option("--algorithm", "-a", type=click.Choice(ALGORITHMS), default=None,
              help="Summariser: news (default: centrality, lead, headline, no repeats; measured best on news), "
                   "sumy's algorithms by name, or lead (the first sentences).")
@click.option("--template", "-t", "templates", multiple=True, type=click.Path(dir_okay=False),
              help="Your own template (.md.j2 for Markdown, .docx for DOCX); the format follows the extension.")
@click.option("--labels", type=click.Choice(langpack.available()), default=None,
              help="Language the brief is written in: headings, dates, quote marks, and names when merging "
                   "(default: the article's language).")
@click.option("--merge", metavar="NAME", default=None,
              help="Merge all articles into one brief written as NAME.<ext>.")
@click.option("--title", default=None, help="The brief's title (default: the headline; for --merge, the main "
              "people and place).")
@click.option("--meeting-date", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="Split next steps into passed ('to check') and ahead of this date. Default: today.")
@click.option("--force", is_flag=True, help="Overwrite briefs even if they were edited since factsheet wrote them.")
@click.option("--date", "pub_date", metavar="YYYY-MM-DD", default=None, callback=_check_date,
              help="Publication date of articles that give none (no dateline): relative dates are resolved "
                   "against it.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for many inputs (default: the number of cores).")
@click.option("--quiet", "-q", is_flag=True, help="Do not list the files written, nor show progress.")
def brief(paths, formats, output, lang, sentences, ratio, algorithm, templates, labels, merge, title, meeting_date,
          force, pub_date, jobs, quiet):
    """Write a brief for each article in PATHS (.txt, .md, .docx, .html; a folder: every such file in it, briefs
    factsheet wrote left out; '-' reads standard input)."""
    from .batch import default_jobs
    from .briefing import Report, run

    formats, output, jsonl = _formats_and_output(tuple(dict.fromkeys(formats)), output, paths)
    template_by_format = {}
    for t in templates:
        try:
            fmt = template_format(t)
        except FactsheetError as exc:
            raise click.UsageError(str(exc)) from None
        if fmt in template_by_format:
            raise click.UsageError(f"two templates given for {fmt}")
        if not Path(t).is_file():
            raise click.UsageError(f"template {t}: no such file")
        template_by_format[fmt] = t
    if merge is not None and (not merge or Path(merge).name != merge):
        raise click.UsageError("--merge takes a plain name (no folder); use --output for the folder")
    if merge is not None and Path(merge).suffix.lower().lstrip(".") in FORMATS:
        merge = Path(merge).stem  # --merge meeting.md writes meeting.md, not meeting.md.md
    options = dict(lang=lang, sentences=sentences, algorithm=algorithm, ratio=ratio, date=pub_date)
    report = Report(note=None if quiet else (lambda m: click.echo(m, err=True)), fail=_fail,
                    progress=not quiet and sys.stderr.isatty())
    try:
        failures = run(paths, formats=formats, output=output, options=options, templates=template_by_format,
                       labels=labels, merge=merge, force=force, report=report, jobs=jobs or default_jobs(),
                       jsonl=jsonl, title=title, meeting_date=meeting_date.date() if meeting_date else None)
    except FactsheetError as exc:  # a problem with a template: nothing can be briefed
        _fail(str(exc))
        sys.exit(1)
    sys.exit(1 if failures else 0)


def _formats_and_output(formats: tuple, output: str | None, paths) -> tuple[tuple, str, bool]:
    """The formats to render and where to: jsonl means JSON Lines on standard output."""
    jsonl = "jsonl" in formats
    if jsonl and (len(formats) > 1 or output not in (None, "-")):
        raise click.UsageError("--format jsonl writes every brief to standard output, alone: redirect it to a "
                               "file, and give no other --format or --output")
    output = "-" if jsonl else (output or ".")
    if jsonl:
        return ("json",), output, True
    to_stdout = output == "-"
    formats = formats or (("md",) if to_stdout else ("md", "docx"))
    if to_stdout and len(formats) != 1:
        raise click.UsageError("--output - writes exactly one format; give one --format")
    if to_stdout and formats == ("docx",):
        if sys.stdout.isatty():
            raise click.UsageError("refusing to write DOCX to a terminal; redirect it to a file")
        if len(paths) > 1 or any(Path(p).is_dir() for p in paths):
            raise click.UsageError("--output - writes one DOCX only: give one article, or an --output folder")
    return formats, output, False


@main.command()
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--force", is_flag=True, help="Overwrite template files already in FOLDER.")
def templates(folder, force):
    """Copy the default templates (brief.md.j2, brief.docx) into FOLDER to edit them."""
    from .render import export_templates

    try:
        written = export_templates(Path(folder), force=force)
    except FactsheetError as exc:
        _fail(str(exc))
        sys.exit(1)
    for path in written:
        click.echo(f"wrote {path}", err=True)


@main.command()
def languages():
    """List the installed language packs."""
    for code in langpack.available():
        click.echo(f"{code}\t{langpack.load(code).name}")
