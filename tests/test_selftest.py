"""`--self-test` passes on a fresh demo in a temporary folder, touching no real data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_self_test_shows_every_page_and_writes_every_export(data_dir: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DANGWU_DATA_DIR": str(data_dir)}
    result = subprocess.run(
        [sys.executable, "-m", "dangwu_desktop", "--self-test"],
        capture_output=True, text=True, env=environment, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert (
        "0项失败" in result.stdout
        and "页面：花名册" in result.stdout
        and "导出：工作报告（Word）" in result.stdout
        and "通过  上报数据包的加密（AES-GCM、scrypt）" in result.stdout
        and "通过  导出上报数据包（有密码）并读回" in result.stdout
    )
    assert not (data_dir / "dangwu.sqlite3").exists()  # the user's data folder is left alone
