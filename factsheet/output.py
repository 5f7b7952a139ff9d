"""Writing briefs to disk safely: never half-written, never over a file the user edited."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import FactsheetError


def check_writable(target: Path, force: bool) -> None:
    """Refuse to replace a brief the user changed since factsheet wrote it (or a file factsheet never wrote)."""
    if force or not target.exists():
        return
    if target.is_dir():
        raise FactsheetError("is a folder; cannot write a brief there", str(target))
    from .render import edited_since_written

    if edited_since_written(target):
        raise FactsheetError("was edited since factsheet wrote it (or was not written by factsheet); "
                             "not overwritten — use --force to replace it", str(target))


def write_atomic(target: Path, data: bytes) -> None:
    """Write to a temporary file in the target folder, then rename over the target in one step."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
