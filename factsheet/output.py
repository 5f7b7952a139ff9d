"""Writing briefs to disk safely: never half-written, never over a file the user edited."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import FactsheetError


def refusal(target: Path, force: bool) -> FactsheetError | None:
    """Why ``target`` must not be written (a folder, or a file edited since factsheet wrote it), or None."""
    if not target.exists():
        return None
    if target.is_dir():
        return FactsheetError("is a folder; cannot write a brief there", str(target))
    from .render import edited_since_written

    if not force and edited_since_written(target):
        return FactsheetError("was edited since factsheet wrote it (or was not written by factsheet); "
                              "not overwritten — use --force to replace it", str(target))
    return None


def write_atomic(target: Path, data: bytes) -> None:
    """Write to a temporary file in the target folder, then rename over the target in one step."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; a brief gets the mode any new file would
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    """The process's umask (it can only be read by setting it, so it is set straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
