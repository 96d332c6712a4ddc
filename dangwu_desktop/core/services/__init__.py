"""Use cases, one module each: what the GUI, the CLI and the tests do to the data.

A service takes an open session and never commits: the caller's `Database.transaction()` is the
one transaction of the user's operation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, TypeAlias

from dangwu_desktop.core.rules import Finding, Severity, TextField, check_texts

if TYPE_CHECKING:  # the GUI names an operation without loading SQLAlchemy
    from sqlalchemy.orm import Session

# One use case with its arguments bound, waiting for the session of its transaction: what the
# GUI hands to `Database.transaction()`, so that it names no SQLAlchemy type itself.
Operation: TypeAlias = "Callable[[Session], object]"


class ServiceError(Exception):
    """An operation refused for a reason the user can act on; the message is Chinese."""


class RecordInvalid(ServiceError):
    """A record with errors: nothing was written. `findings` says what and where."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = tuple(findings)
        super().__init__("；".join(f.line for f in self.findings))


def refused(problems: Iterable[str]) -> RecordInvalid:
    """A refusal of sentences not tied to one field: each its own finding, so that the UI lists
    them one a line instead of cutting a joined message apart."""
    return RecordInvalid([Finding("", problem, Severity.ERROR) for problem in problems])


def require_clean_text(texts: Iterable[TextField]) -> None:
    """Refuse, writing nothing, texts the text rule refuses (core.text_rules)."""
    findings = check_texts(texts)
    if findings:
        raise RecordInvalid(findings)


def text_problems(texts: Iterable[TextField]) -> list[str]:
    """The text rule's refusals as sentences, for checks that report a list of sentences."""
    return [finding.line for finding in check_texts(texts)]
