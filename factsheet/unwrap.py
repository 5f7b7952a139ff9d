"""Hard-wrapped text (a PDF or an e-mail saved as text, lines broken at a fixed width) back into whole lines.

factsheet reads a line as a paragraph, and a paragraph ends a sentence; a text wrapped at 70 characters would be
cut into half-sentences. A text counts as wrapped when most lines that run on into the next line are nearly as long
as the longest line and do not end a sentence. Then a line that long joins the line after it; a short line (the
end of a paragraph, a dateline, an agency line) stays where it is, and blank lines still separate paragraphs.
No library does this for plain text (textwrap only wraps), hence these few lines.
"""
from __future__ import annotations

_MAX_WIDTH = 120  # wider lines are paragraphs written on one line, not a wrapped text
_FULL = 0.7  # a line at least this share of the width was broken by the wrapping
_ENDS = tuple(".!?…:;»\"”)")


def unwrap(text: str) -> str:
    """``text`` with wrapped lines joined, or unchanged when it is not hard-wrapped."""
    lines = text.split("\n")
    width = max((len(line.rstrip()) for line in lines), default=0)
    if not _is_wrapped(lines, width):
        return text
    out: list[str] = []
    joining = False
    for line in lines:
        stripped = line.strip()
        if joining and stripped:
            out[-1] = _join(out[-1], stripped)
        else:
            out.append(line.rstrip())
        joining = bool(stripped) and len(line.rstrip()) >= _FULL * width
    return "\n".join(out)


def _is_wrapped(lines: list[str], width: int) -> bool:
    if width == 0 or width > _MAX_WIDTH:
        return False
    running_on = [a.rstrip() for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    broken = [a for a in running_on if len(a) >= _FULL * width and not a.endswith(_ENDS)]
    return len(running_on) >= 2 and len(broken) >= 0.5 * len(running_on)


def _join(left: str, right: str) -> str:
    # a word broken at a hyphen keeps it ("equip-ment"): dropping it would also glue real compounds ("well-known")
    if left.endswith("-") and left[-2:-1].isalpha():
        return left + right
    return f"{left} {right}"
