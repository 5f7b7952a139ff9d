"""What the text calls an organisation beside its name: "the UN refugee agency UNHCR", "UNHCR, the refugee agency,",
"агентство AFP". speakers.py reads these words when "The agency added that …" names no organisation by its own
name, so that the agency described so speaks, not the organisation named last.
"""
from __future__ import annotations

from .. import tokens

BESIDE_WORDS = 4  # words right before or after an organisation's mention that describe it


def beside(view, k: int) -> list[str]:
    """The few words right before mention ``k`` and right after its comma, within its sentence: what
    the text calls it ("the UN refugee agency UNHCR", "UNHCR, the refugee agency,", "агентство AFP")."""
    text = getattr(view, "text", "")
    if not text:
        return []
    at, m = view.offsets[k], view.mentions[k]
    end = at + m.end - m.start
    line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", end)
    before = tokens.words(text[max(line_start, at - 60):at])[-BESIDE_WORDS:]
    after = text[end:line_end if line_end >= 0 else len(text)]
    close = after.find(",", after.find(",") + 1)  # "UNHCR, the refugee agency, said": up to the second comma
    after = tokens.words(after[:close if close >= 0 else len(after)]) if after.lstrip().startswith(",") else []
    return [w.lower() for w in before + after[:BESIDE_WORDS]]
