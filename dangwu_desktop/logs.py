"""The program's log file, for the window and the command line alike, with no 身份证号 or 手机号 in it.

The log is what a secretary is asked to send to support, so whatever reaches the file is masked
as it is written: the message and its arguments, and also the traceback. A database error's text
carries the statement's parameters (SQLAlchemy prints up to ten rows of them, names, ID numbers
and phones included), and a chained exception's text may hold the repr() of any value; masking
the record's message alone let all of that through. So the formatter masks its whole output.
"""

from __future__ import annotations

import contextlib
import logging
import re
from pathlib import Path

from dangwu_desktop.db.paths import log_dir

# The window imports this module before its first paint, and sets the log up after it: the ID
# number rules and logging.handlers load when the log is set up, not before.

LOG_FILE = "dangwu.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Any run of 15 or more digits (an 18-digit number ending in X too): every 公民身份号码, old and
# new, and a number that merely contains one, such as two IDs typed without a space between.
ID_LIKE = re.compile(r"(?<!\d)\d{14,}[\dXx](?!\d)")
# A mainland mobile number, with or without +86 and with - or a space after the third and seventh
# digits, as secretaries type them.
MOBILE = re.compile(r"(?<!\d)((?:\+?86[- ]?)?1[3-9]\d)[- ]?\d{4}[- ]?(\d{4})(?!\d)")
# Logs written before masking covered tracebacks are masked once, when a new version first starts.
SCRUBBED_MARK = ".masked-1"


def mask_sensitive(text: str) -> str:
    """`text` with every ID-like number as 3307**********1234 and every mobile as 138****5678."""
    from dangwu_desktop.core.idnumber import mask

    text = ID_LIKE.sub(lambda found: mask(found.group(0)), text)
    return MOBILE.sub(lambda found: f"{found.group(1)}****{found.group(2)}", text)


class MaskingFormatter(logging.Formatter):
    """A formatter whose every output is masked: the message with its arguments, the exception
    text with its traceback (cached on the record masked too), and the stack."""

    def format(self, record: logging.LogRecord) -> str:
        # The record may come with an exception text cached unmasked by another handler's plain
        # formatter; masking the whole output covers it as well.
        return mask_sensitive(super().format(record))

    def formatException(self, ei: logging._SysExcInfoType) -> str:
        return mask_sensitive(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:
        return mask_sensitive(super().formatStack(stack_info))


def log_file() -> Path:
    return log_dir() / LOG_FILE


def setup_logging() -> None:
    """A rotating, masked log in the data folder; once per process, however often it is called
    (the window and the command line both call it)."""
    path = log_file()
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return
    from logging.handlers import RotatingFileHandler

    scrub_old_logs(path.parent)
    handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(MaskingFormatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def scrub_old_logs(folder: Path) -> None:
    """Mask the log files an earlier version wrote, once: they are still sent to support."""
    mark = folder / SCRUBBED_MARK
    if mark.exists():
        return
    for path in sorted(folder.glob(f"{LOG_FILE}*")):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
            masked = mask_sensitive(text)
            if masked != text:
                temporary = path.with_name(path.name + ".masking")
                temporary.write_text(masked, encoding="utf-8")
                temporary.replace(path)
        except OSError:
            return  # a locked or read-only log: tried again at the next start
    with contextlib.suppress(OSError):
        mark.touch()
