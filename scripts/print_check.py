"""Print check of the DOCX brief: render articles to .docx, then with LibreOffice headless to PDF and PNG pages.

    .venv/bin/python scripts/print_check.py [ARTICLE...] [--out DIR] [--template FILE] [--merge]
                                            [--labels CODE] [--meeting-date YYYY-MM-DD]

Needs `soffice` (libreoffice-writer) and poppler-utils (pdfinfo, pdftotext, pdftoppm). For each brief it prints
the page count and size, and counts words printed outside the 2 cm margins or off the page (0 means nothing is
cut), then writes page images DIR/<stem>-<n>.png to look at. Default articles: the seed (../shared/seed, if
present) and inputs/*.txt.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "000_bda6d83aba95b141.txt"
PT_PER_CM = 72 / 2.54
MARGIN_CM = 2.0
TOLERANCE_PT = 3.0  # table cell padding may sit a hair outside the text margin


def words_outside(pdf: Path) -> tuple[int, int]:
    """(words outside the side margins, words off the page) from pdftotext's word boxes."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    outside = off = 0
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        width, height = float(page.group(1)), float(page.group(2))
        lo, hi = MARGIN_CM * PT_PER_CM - TOLERANCE_PT, width - MARGIN_CM * PT_PER_CM + TOLERANCE_PT
        for m in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', page.group(3)):
            x0, y0, x1, y1 = map(float, m.groups())
            off += x0 < 0 or y0 < 0 or x1 > width or y1 > height
            outside += x0 < lo or x1 > hi
    return outside, off


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="*", type=Path)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "factsheet-print")
    ap.add_argument("--template", type=Path)
    ap.add_argument("--merge", action="store_true", help="also one merged brief of all the articles")
    ap.add_argument("--labels", help="the briefs' language (as factsheet brief --labels)")
    ap.add_argument("--meeting-date", type=date.fromisoformat, default=date.today(),
                    help="split next steps by this date (as factsheet brief --meeting-date)")
    args = ap.parse_args()
    for tool in ("soffice", "pdfinfo", "pdftotext", "pdftoppm"):
        if not shutil.which(tool):
            print(f"print_check: {tool} not found (apt-get install libreoffice-writer poppler-utils)")
            return 2
    import factsheet
    from factsheet.render import render

    articles = args.articles or ([SEED] if SEED.is_file() else []) + sorted((REPO / "inputs").glob("*.txt"))
    args.out.mkdir(parents=True, exist_ok=True)
    briefs = [(a.stem, factsheet.brief_from_path(a)) for a in articles]
    if args.merge and len(briefs) > 1:
        from factsheet.merge import merge_briefs

        briefs.append(("merged", merge_briefs([b for _, b in briefs], language=args.labels)))
    from factsheet.merge.timeline import annotate

    briefs = [(stem, annotate(b, args.meeting_date)) for stem, b in briefs]
    print(f"{'brief':32} pages  page size (pt)    outside margins  off page")
    bad = 0
    for stem, brief in briefs:
        docx_path = args.out / f"{stem}.docx"
        docx_path.write_bytes(render(brief.to_dict(), "docx", args.template, labels=args.labels))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(args.out), str(docx_path)],
                       capture_output=True, check=True, timeout=180)
        pdf = args.out / f"{stem}.pdf"
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        size = re.search(r"Page size:\s+([\d.]+ x [\d.]+)", info).group(1)
        outside, off = words_outside(pdf)
        bad += outside + off
        for old in args.out.glob(f"{stem}-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(args.out / stem)], check=True)
        print(f"{stem[:32]:32} {pages:5}  {size:17} {outside:15}  {off:8}")
    print(f"page images: {args.out}/*.png")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
