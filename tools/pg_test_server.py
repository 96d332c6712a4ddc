"""Run a command beside a throwaway PostgreSQL server: `python tools/pg_test_server.py -- CMD ...`.

The cluster lives in a temporary folder, listens only on a Unix socket there (no TCP port to
collide with), runs without fsync (a test server), and is stopped and removed afterwards. The
command gets the server's URL in DANGWU_TEST_SERVER. If no server can be started the run fails:
`make test` must not pass by silently leaving PostgreSQL out.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

USER = "dangwu"


def _binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: PATH, else Debian's versioned folder."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    return None


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run it as the `postgres` account."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def main(argv: list[str]) -> int:
    if "--" not in argv:
        print("usage: pg_test_server.py -- COMMAND ...", file=sys.stderr)
        return 2
    command = argv[argv.index("--") + 1 :]
    binaries = _binaries()
    if binaries is None:
        print(
            "PostgreSQL 未安装（找不到 initdb/pg_ctl）：无法在 PostgreSQL 上运行测试",
            file=sys.stderr,
        )
        return 1
    folder = Path(tempfile.mkdtemp(prefix="dangwu-pg-"))
    data, socket_dir, log = folder / "data", folder, folder / "server.log"
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chown(folder, account.pw_uid, account.pw_gid)
    pg_ctl = str(binaries / "pg_ctl")
    try:
        subprocess.run(
            _as_server_user(
                [
                    str(binaries / "initdb"),
                    "-D",
                    str(data),
                    "-A",
                    "trust",
                    "-U",
                    USER,
                    "-E",
                    "UTF8",
                    "--no-locale",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        options = f"-k {socket_dir} -c listen_addresses='' -c fsync=off -c max_connections=50"
        subprocess.run(
            _as_server_user(
                [pg_ctl, "-D", str(data), "-o", options, "-l", str(log), "-w", "start"]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
    except (subprocess.CalledProcessError, KeyError, OSError) as error:
        print(f"PostgreSQL 测试服务器没有启动：{error}", file=sys.stderr)
        if log.exists():
            print(log.read_text(errors="replace"), file=sys.stderr)
        shutil.rmtree(folder, ignore_errors=True)
        return 1
    url = f"postgresql+psycopg://{USER}@/postgres?host={socket_dir}"
    print(f"PostgreSQL test server: {url}", flush=True)
    try:
        return subprocess.run(command, env={**os.environ, "DANGWU_TEST_SERVER": url}).returncode
    finally:
        subprocess.run(
            _as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),
            stdout=subprocess.DEVNULL,
        )
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
