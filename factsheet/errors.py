"""One error type for everything a user can get wrong, so the CLI can print one line and no traceback."""


class FactsheetError(Exception):
    """A problem with an input, an option or a template, worded for the person running factsheet.

    ``path`` names the file concerned (or None); ``str(err)`` is the full one-line message.
    """

    def __init__(self, message: str, path: str | None = None):
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)
