"""Errors that end a command with exit 2 and one line, never a traceback."""


class UsageError(Exception):
    """Bad usage, configuration or I/O: printed as one line, exit code 2."""
