"""Templates the user owns: export the defaults, edit them programmatically the way a user would in Word or an
editor, and find the edits in new briefs."""
from __future__ import annotations

import io

import docx
import pytest
from docx.shared import Pt, RGBColor

from factsheet.errors import FactsheetError
from factsheet.model import Brief, Facts, Person, Source, Statement
from factsheet.render import default_template, export_templates, render, template_for, template_format


def en_brief() -> dict:
    sentences = ["Minsk and Vilnius agreed on a new rail link on Monday.", "Talks will resume in June."]
    facts = Facts(who=[Person("Anna Ivanova", role="transport minister", evidence=[0])],
                  next_steps=[Statement("Resume the talks in June", [1])])
    return Brief("en", "Rail link agreed", Source("en_x.txt", "BelTA", "2025-05-05", "Minsk"), sentences, [0],
                 facts).to_dict()


def test_default_templates_are_packaged():
    for fmt, name in (("md", "brief.md.j2"), ("docx", "brief.docx")):
        path = default_template(fmt)
        assert path.name == name and path.is_file() and path.stat().st_size > 500
        assert template_for(fmt) == path


def test_export_refuses_to_overwrite_without_force(tmp_path):
    written = export_templates(tmp_path / "tpl")
    assert sorted(p.name for p in written) == ["brief.docx", "brief.md.j2"]
    assert written[0].read_bytes() == default_template("md").read_bytes()
    written[0].write_text("mine\n", encoding="utf-8")
    with pytest.raises(FactsheetError, match="already exists"):
        export_templates(tmp_path / "tpl")
    assert written[0].read_text(encoding="utf-8") == "mine\n"
    export_templates(tmp_path / "tpl", force=True)
    assert written[0].read_bytes() == default_template("md").read_bytes()


def test_template_format_follows_the_extension(tmp_path):
    assert template_format("x/brief.md.j2") == "md"
    assert template_format("Brief.DOCX") == "docx"
    with pytest.raises(FactsheetError, match="unknown template type"):
        template_format("brief.txt")
    (tmp_path / "b.md.j2").write_text("{{ title }}", encoding="utf-8")
    with pytest.raises(FactsheetError, match="makes md, not docx"):
        template_for("docx", tmp_path / "b.md.j2")


def test_edited_markdown_template_carries_through(tmp_path):
    (md_template, _) = sorted(export_templates(tmp_path), key=lambda p: p.suffix != ".j2")
    text = md_template.read_text(encoding="utf-8")
    md_template.write_text(text.replace("# {{ title }}\n", "# {{ title }}\n\n*Internal — not for publication*\n"),
                           encoding="utf-8")
    out = render(en_brief(), "md", md_template).decode("utf-8")
    assert out.splitlines()[:3] == ["# Rail link agreed", "", "*Internal — not for publication*"]
    assert "- [ ] Resume the talks in June [2]" in out


def test_edited_docx_template_carries_through(tmp_path):
    docx_template = next(p for p in export_templates(tmp_path) if p.suffix == ".docx")
    template = docx.Document(str(docx_template))
    # a user adds a line under the title, restyles Heading 1, and swaps the checklist box for an arrow
    title = template.paragraphs[0]
    added = title.insert_paragraph_before("Prepared for the board of the Minsk rail authority")
    title._p.addnext(added._p)
    heading = template.styles["Heading 1"]
    heading.font.size = Pt(16)
    heading.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    steps = next(p for p in template.paragraphs if "{{next_steps}}" in p.text)
    steps.runs[0].text = "→ "
    template.save(str(docx_template))

    out = docx.Document(io.BytesIO(render(en_brief(), "docx", docx_template)))
    texts = [p.text.replace("\xa0", " ") for p in out.paragraphs]
    assert texts[:2] == ["Rail link agreed", "Prepared for the board of the Minsk rail authority"]
    h1 = out.styles["Heading 1"]
    assert h1.font.size == Pt(16) and h1.font.color.rgb == RGBColor(0xC0, 0x00, 0x00)
    assert [p.style.name for p in out.paragraphs if p.text == "Key points"] == ["Heading 1"]
    assert "→ Resume the talks in June [2]" in texts
    second = docx.Document(io.BytesIO(render(en_brief(), "docx", docx_template)))
    assert "Prepared for the board of the Minsk rail authority" in [p.text for p in second.paragraphs]
