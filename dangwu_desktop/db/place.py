"""Where the data is: a file on this PC, or a township's shared PostgreSQL server. Both doors (the
window and the command line) choose it the same way: `--db FILE` or `--db-url URL` if given,
the demo file for `--demo`, else the server named in the data folder's server-url.txt (written by
设置 → 数据库), else the user's own file."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dangwu_desktop.db.paths import database_path

if TYPE_CHECKING:  # loaded only when the data is opened: the window paints first
    from sqlalchemy.engine import URL

    from dangwu_desktop.db.safety import Opened


@dataclass(frozen=True)
class DataPlace:
    path: Path | None = None  # a file on this PC, one writer at a time
    url: URL | None = None  # a server, many PCs at once

    @property
    def on_server(self) -> bool:
        return self.url is not None

    @property
    def location(self) -> str:
        """As shown to the user: the file, or the server without its password."""
        if self.url is not None:
            from dangwu_desktop.db.database import server_location

            return server_location(self.url)
        return str(self.path)

    def held(self) -> AbstractContextManager[object]:
        """Held while the data is open: a file has one writer at a time; a server takes many."""
        if self.path is None:
            return nullcontext()
        from dangwu_desktop.db.single_writer import one_writer

        return one_writer(self.path)

    def open(self, now: datetime) -> Opened:
        """The database opened for use (db.safety.Opened); Refused (Chinese) when it cannot be."""
        if self.url is not None:
            from dangwu_desktop.db.server import open_server

            return open_server(self.url)
        from dangwu_desktop.db.safety import open_for_use

        assert self.path is not None
        return open_for_use(self.path, now)


def choose_place(file: Path | None, url: str | None, *, demo: bool) -> DataPlace:
    """The place for this start, in the order the module's docstring gives. Refused (Chinese) for
    a server URL that is not one."""
    if file is not None or demo:
        return DataPlace(path=database_path(file, demo=demo))
    from dangwu_desktop.db.server import saved_server, server_url

    given = url if url is not None else saved_server()
    if given:
        return DataPlace(url=server_url(given))
    return DataPlace(path=database_path(None, demo=False))
