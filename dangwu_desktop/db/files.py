"""Moving and deleting files on a Windows PC, where another program may hold them for a moment.

Antivirus (360, 火绒, Defender), the search indexer or a file viewer opens a file the program has
just written to look inside it; while it does, Windows refuses to rename or delete that file
(PermissionError: WinError 5 or 32). A short wait is all it takes. Exports (io/atomic.py), backups
(db/backups.py) and start-up recovery (db/startup.py) all rename a finished temporary file into
place through `replace_with_retry`, and throw temporaries away through `discard`.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

log = logging.getLogger(__name__)

ATTEMPTS = 10
PAUSE_SECONDS = 0.1
# Windows errors of a file that is open in another program: access denied, sharing violation,
# lock violation. Python turns them into PermissionError; a plain OSError may carry them too.
HELD_WINERRORS = frozenset({5, 32, 33})


def held_by_another_program(exc: OSError) -> bool:
    """Whether the error is the kind another program holding the file causes (it may pass)."""
    return isinstance(exc, PermissionError) or getattr(exc, "winerror", None) in HELD_WINERRORS


def replace_with_retry(source: Path, target: Path) -> None:
    """`os.replace(source, target)`, tried again for about a second while another program holds
    one of the files; the last error is raised when it is still held after that."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            os.replace(source, target)
            return
        except OSError as exc:
            if attempt == ATTEMPTS or not held_by_another_program(exc):
                raise
            log.info("“%s”被其他程序占用（%s），第%d次重试", target, exc, attempt)
            time.sleep(PAUSE_SECONDS)


def discard(path: Path) -> None:
    """Delete a temporary file if it is there. Never raises: a temporary that cannot be deleted
    (held by antivirus, say) must not hide the error the caller is reporting; it is logged and
    left, named so that nothing mistakes it for a finished file."""
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("临时文件“%s”没有能删除：%s", path, exc)
