"""Use cases, one module each: what the GUI, the CLI and the tests do to the data.

A service takes an open session and never commits: the caller's `Database.transaction()` is the
one transaction of the user's operation.
"""

from __future__ import annotations

from collections.abc import Sequence

from dangwu_desktop.core.rules import Finding


class ServiceError(Exception):
    """An operation refused for a reason the user can act on; the message is Chinese."""


class RecordInvalid(ServiceError):
    """A record with errors: nothing was written. `findings` says what and where."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = tuple(findings)
        super().__init__("；".join(f"{f.field_label}：{f.message}" for f in self.findings))
