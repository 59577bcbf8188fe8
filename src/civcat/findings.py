"""What a check reports: a finding at a file, line and column, with a code, a severity and a message."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One finding. `path` is relative to the repository root (POSIX separators); line and column are 1-based.
    `width` is how many characters of the line from the column the finding is about (the words a clause
    finding quotes), 0 when only its start is known; the text report underlines them and SARIF gives their region
    (JSON and github keep FORMAT.md's fields)."""

    path: str
    line: int
    column: int
    code: str
    severity: Severity
    message: str
    width: int = 0

    def as_tuple(self) -> tuple:
        """Plain values (for the cache and worker processes); `from_tuple` reads them back."""
        return (self.path, self.line, self.column, self.code, str(self.severity), self.message, self.width)

    @classmethod
    def from_tuple(cls, values) -> Finding:
        path, line, column, code, severity, message, width = values
        return cls(path, line, column, code, Severity(severity), message, width)

    def as_json(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "severity": str(self.severity),
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class Problem:
    """A finding located by data path, before its line and column are looked up.

    Checks speak in data paths (("chapters", 2, "articles", 0, "text")); the file's positions turn
    them into line and column only when the problem is reported, so clean files never pay for it.
    `key` points at the key instead of the value; `needle` at that text inside the value; `mark` the
    words from the needle's start the finding is about, underlined when the file holds them as written.
    """

    code: str
    message: str
    at: tuple = ()
    key: bool = False
    needle: str | None = None
    severity: Severity | None = None  # None: the rule's default severity
    mark: str | None = None
