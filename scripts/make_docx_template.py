"""Build the default Word template ``templates/brief.docx`` with python-docx, so it is reproducible.

    .venv/bin/python scripts/make_docx_template.py [OUT]

The template is what a user copies (``factsheet templates DIR``) and restyles in Word: real styles (Title,
Subtitle, Heading 1–2, List Bullet, Quote, a "Fact Sheet" table style, "Checklist", "Source Sentence",
"Evidence Reference", "Hyperlink") and ``{{ … }}`` slots that factsheet fills (see templates/README.md).
A4, 2 cm margins, page numbers in the footer.
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_UNDERLINE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parents[1] / "templates" / "brief.docx"
FONT = "Calibri"  # Word's default; LibreOffice substitutes the metric-compatible Carlito
INK = RGBColor(0x1F, 0x38, 0x64)  # dark blue for headings
GREY = RGBColor(0x59, 0x59, 0x59)


def font(style, size=None, bold=None, italic=None, color=None, name=FONT):
    f = style.font
    f.name = name
    style.element.rPr.rFonts.set(qn("w:eastAsia"), name)
    style.element.rPr.rFonts.set(qn("w:cs"), name)
    if size is not None:
        f.size = Pt(size)
    if bold is not None:
        f.bold = bold
    if italic is not None:
        f.italic = italic
    if color is not None:
        f.color.rgb = color


def spacing(style, before=0, after=4, line=None, keep=False):
    pf = style.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if line:
        pf.line_spacing = line
    if keep:
        pf.keep_with_next = True


def paragraph_style(doc, name, base="Normal"):
    try:
        return doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles[base]
        style.quick_style = True
        return style


def _drop_theme_colour(style):
    """Heading styles of the default template colour by theme; a fixed colour prints the same everywhere."""
    color = style.element.rPr.find(qn("w:color"))
    if color is not None:
        for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
            color.attrib.pop(qn(attr), None)
    for el in style.element.rPr.findall(qn("w:spacing")):  # letter-spacing reads poorly in Cyrillic
        style.element.rPr.remove(el)
    ppr = style.element.pPr
    if ppr is not None and ppr.find(qn("w:numPr")) is not None:  # a stray list level on Subtitle
        ppr.remove(ppr.find(qn("w:numPr")))
    fonts = style.element.rPr.find(qn("w:rFonts"))
    if fonts is not None:
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)


def styles(doc):
    s = doc.styles
    font(s["Normal"], 10.5)
    spacing(s["Normal"], 0, 4, 1.1)

    title = s["Title"]
    font(title, 20, bold=True, color=INK)
    _drop_theme_colour(title)
    spacing(title, 0, 2)
    subtitle = s["Subtitle"]
    font(subtitle, 10, italic=False, color=GREY)
    _drop_theme_colour(subtitle)
    spacing(subtitle, 0, 10)

    for level, size, before in ((1, 13, 12), (2, 11, 8)):
        h = s[f"Heading {level}"]
        font(h, size, bold=True, color=INK)
        _drop_theme_colour(h)
        spacing(h, before, 3, keep=True)

    font(s["List Bullet"], 10.5)
    spacing(s["List Bullet"], 0, 3, 1.1)
    quote = s["Quote"]
    font(quote, 10.5, italic=True, color=GREY)
    _drop_theme_colour(quote)
    quote.paragraph_format.left_indent = Cm(0.6)
    spacing(quote, 0, 6, 1.1)

    check = paragraph_style(doc, "Checklist")
    check.paragraph_format.left_indent = Cm(0.63)
    check.paragraph_format.first_line_indent = Cm(-0.63)
    check.paragraph_format.tab_stops.add_tab_stop(Cm(0.63))
    spacing(check, 0, 3, 1.1)

    table_text = paragraph_style(doc, "Table Text")
    spacing(table_text, 1, 1, 1.05)

    sentence = paragraph_style(doc, "Source Sentence")
    font(sentence, 9)
    sentence.paragraph_format.left_indent = Cm(0.8)
    sentence.paragraph_format.first_line_indent = Cm(-0.8)
    sentence.paragraph_format.tab_stops.add_tab_stop(Cm(0.8))
    spacing(sentence, 0, 2, 1.05)

    ref = s.add_style("Evidence Reference", WD_STYLE_TYPE.CHARACTER)
    ref.font.size = Pt(7.5)
    ref.font.color.rgb = RGBColor(0x6B, 0x6B, 0x6B)
    link = s.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link.font.underline = WD_UNDERLINE.SINGLE

    # python-docx can add a table style but not its borders or first-column look: written as XML
    s.element.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="FactSheet">'
        '<w:name w:val="Fact Sheet"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="40"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="20" w:after="20"/></w:pPr>'
        '<w:tblPr><w:tblBorders>'
        '<w:top w:val="single" w:sz="8" w:space="0" w:color="1F3864"/>'
        '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F3864"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
        '</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        '<w:tblStylePr w:type="firstCol"><w:rPr><w:b/><w:color w:val="1F3864"/></w:rPr>'
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EEF2F8"/></w:tcPr></w:tblStylePr>'
        '</w:style>'
    ))


def page(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    sec.header_distance = sec.footer_distance = Cm(0.9)
    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for text in ("{{short_title}}", " · {{labels.page}} "):  # the short title keeps the footer on one line
        run = footer.add_run(text)
        run.font.size, run.font.color.rgb = Pt(8), GREY
    run = footer.add_run()
    run.font.size, run.font.color.rgb = Pt(8), GREY
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    field.append(run._r)
    footer._p.append(field)


def row_options(row, header=False):
    """A row never splits across pages (so it never continues without its label); a header row repeats."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))
    if header:
        trpr.append(OxmlElement("w:tblHeader"))


def new_table(doc, cols, first_column=True):
    table = doc.add_table(rows=0, cols=cols)
    table.style = doc.styles["Fact Sheet"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        table._tbl.tblPr.append(look)
    for attr, val in (("w:val", "0080" if first_column else "0000"), ("w:firstRow", "0"), ("w:lastRow", "0"),
                      ("w:firstColumn", "1" if first_column else "0"),
                      ("w:lastColumn", "0"), ("w:noHBand", "1"), ("w:noVBand", "1")):
        look.set(qn(attr), val)
    return table


def fill_row(doc, row, widths, texts, bold):
    for cell, width, text, strong in zip(row.cells, widths, texts, bold):
        cell.width = width
        cell.paragraphs[0].style = doc.styles["Table Text"]
        run = cell.paragraphs[0].add_run(text)
        run.bold = strong or None  # LibreOffice ignores the style's first-column bold


def set_grid(table, widths):
    grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
    for col, width in zip(grid, widths):
        col.set(qn("w:w"), str(width.twips))


def fact_table(doc):
    table = new_table(doc, 2)
    widths = (Cm(3.0), Cm(14.0))
    for key in ("who", "where", "when"):
        row = table.add_row()
        fill_row(doc, row, widths, (f"{{{{labels.{key}}}}}", f"{{{{{key}}}}}"), (True, False))
        row_options(row)
    set_grid(table, widths)


def people_table(doc):
    """Name, role, where mentioned: the header repeats on every page, the ``{{people}}`` row once per person."""
    table = new_table(doc, 3, first_column=False)
    widths = (Cm(4.5), Cm(8.0), Cm(4.5))
    header = table.add_row()
    fill_row(doc, header, widths, ("{{labels.name}}", "{{labels.position}}", "{{labels.mentioned_in}}"),
             (True, True, True))
    row_options(header, header=True)
    row = table.add_row()
    fill_row(doc, row, widths, ("{{people}}", "", ""), (False, False, False))
    row_options(row)
    set_grid(table, widths)


def body(doc):
    doc.add_paragraph("{{title}}", style="Title")
    doc.add_paragraph("{{source_line}}", style="Subtitle")
    doc.add_paragraph("{{labels.summary}}", style="Heading 1")
    doc.add_paragraph("{{summary}}", style="List Bullet")
    doc.add_paragraph("{{labels.facts}}", style="Heading 1")
    fact_table(doc)
    doc.add_paragraph("{{aliases}}", style="Table Text")
    doc.add_paragraph("{{labels.people}}", style="Heading 1")
    people_table(doc)
    doc.add_paragraph("{{labels.timeline}}", style="Heading 1")
    doc.add_paragraph("{{timeline}}", style="List Bullet")
    doc.add_paragraph("{{labels.what}}", style="Heading 1")
    doc.add_paragraph("{{what}}", style="List Bullet")
    doc.add_paragraph("{{labels.next_steps}}", style="Heading 1")
    check = doc.add_paragraph(style="Checklist")
    check.add_run("☐\t")  # own run, so the slot's run holds only the slot
    check.add_run("{{next_steps}}")
    doc.add_paragraph("{{labels.quotes}}", style="Heading 1")
    doc.add_paragraph("{{quotes}}", style="Quote")
    # the appendix follows on: a forced page break left a near-empty page whenever the brief ran just over one
    doc.add_paragraph("{{labels.sources}}", style="Heading 1")
    doc.add_paragraph("{{sentences}}", style="Source Sentence")


def main(out: Path = OUT) -> Path:
    doc = docx.Document()
    styles(doc)
    page(doc)
    body(doc)
    # the default document starts with no paragraphs, but drop any empty one python-docx's template may carry
    for p in list(doc.paragraphs):
        if not p.text.strip() and p._p.getparent() is doc.element.body:
            p._p.getparent().remove(p._p)
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = "factsheet brief template", "factsheet", "factsheet"
    cp.subject = cp.keywords = cp.comments = ""
    cp.created = cp.modified = datetime(2026, 1, 1)
    cp.revision = 1
    slim(doc)
    doc.save(out)
    return out


# Styles the renderer asks for by name (factsheet/render/docx.py): headings of nested sections, the [n]
# references, links. Every other style it uses is the style of a template paragraph, so it is kept as used.
RENDERER_STYLES = {"Heading 1", "Heading 2", "Heading 3", "Heading 4", "Evidence Reference", "Hyperlink"}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def slim(doc) -> None:
    """Keep only the styles the template and the renderer use (and the styles they are based on or linked to),
    and drop the Word 2010 duplicate ``stylesWithEffects.xml``. python-docx's default template defines about
    160 styles in 790 KB of XML, which every brief had to copy, serialise and compress (most of a DOCX brief's
    time). Word and LibreOffice still offer every built-in style (the latent-style table stays), so a user who
    restyles the template loses nothing."""
    root = doc.styles.element
    by_id = {el.get(f"{_W}styleId"): el for el in root.findall(f"{_W}style")}
    name_of = {sid: el.find(f"{_W}name").get(f"{_W}val") for sid, el in by_id.items()}
    used = {sid for sid, el in by_id.items() if el.get(f"{_W}default") == "1" or name_of[sid] in RENDERER_STYLES}
    for part in [doc.part, *[rel.target_part for rel in doc.part.rels.values() if not rel.is_external]]:
        xml = getattr(part, "blob", b"") if not hasattr(part, "element") else part.element.xml.encode()
        used |= {sid for sid in by_id if f'w:val="{sid}"'.encode() in xml and sid not in ("",)}
    todo = list(used)
    while todo:  # what a kept style is based on, linked to or followed by is kept too
        el = by_id.get(todo.pop())
        for tag in ("basedOn", "link", "next"):
            ref = el.find(f"{_W}{tag}") if el is not None else None
            if ref is not None and ref.get(f"{_W}val") not in used:
                used.add(ref.get(f"{_W}val"))
                todo.append(ref.get(f"{_W}val"))
    for sid, el in by_id.items():
        if sid not in used:
            root.remove(el)
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            doc.part.drop_rel(rid)


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
