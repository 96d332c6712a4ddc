"""The year's archive (文件 → 生成年度台账档案): the demo village's year, and a heavy year — a
200-member branch with some 400 records, each with a scanned 签到表 and two phone photos
(goal: under a minute each, on one core of an old PC). Each is timed on the wall clock and in
processor seconds, the fair figure on a machine other work shares.

.venv/bin/python bench/bench_binder.py
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

TODAY = date(2026, 11, 25)
EXTRA_RECORDS = 300  # beside the demo's year of about a hundred
PHOTOS = 8  # distinct pictures, 3000×2000 JPEGs as a phone takes them


def make_photos(folder: Path) -> list[Path]:
    from PySide6.QtGui import QColor, QImage, QPainter

    rng = random.Random(5)
    paths = []
    for n in range(PHOTOS):
        image = QImage(3000, 2000, QImage.Format.Format_RGB32)
        image.fill(QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
        painter = QPainter(image)
        for _ in range(400):  # detail, so that the JPEG is as large as a photo's
            painter.fillRect(rng.randrange(3000), rng.randrange(2000), rng.randrange(20, 300),
                             rng.randrange(20, 300),
                             QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)))  # fmt: skip
        painter.end()
        path = folder / f"照片{n}.jpg"
        image.save(str(path), "JPG", 85)
        paths.append(path)
    return paths


def heavy_year(database: object, folder: Path) -> tuple[int, int]:
    """EXTRA_RECORDS more records (everyone due, long minutes) and three files on every record."""
    from sqlalchemy import select

    from dangwu_desktop.core.glossary import ActivityKind, AttachmentKind, Attendance
    from dangwu_desktop.core.models import Activity, ActivityAttachment, ActivityAttendance, Member
    from dangwu_desktop.db.attachments import store_file

    photos = [store_file(p, folder / "attachments", 1 << 26) for p in make_photos(folder)]
    kinds = (ActivityKind.THEME_DAY, ActivityKind.COLLECTIVE_STUDY, ActivityKind.GROUP,
             ActivityKind.LECTURE)  # fmt: skip
    with database.transaction() as session:  # type: ignore[attr-defined]
        members = list(session.scalars(select(Member.id)))
        for n in range(EXTRA_RECORDS):
            day = date(2026, 1, 2) + timedelta(days=n * 320 // EXTRA_RECORDS)
            activity = Activity(
                kind=kinds[n % len(kinds)], date=day, belongs_to_year=2026, place="村党群服务中心",
                title=f"第{n + 1}次学习", host="陈静", recorder="罗玲琴",
                minutes="\n".join(f"发言{k}：结合村里实际，谈学习体会和下一步打算。" * 3 for k in range(12)),
                entered_at=datetime.combine(day, datetime.min.time()),
            )  # fmt: skip
            session.add(activity)
            session.flush()
            session.add_all(
                ActivityAttendance(activity_id=activity.id, member_id=m,
                                   attendance=Attendance.PRESENT, absence_reason="")
                for m in members[:60]
            )  # fmt: skip
        count = 0
        for n, activity_id in enumerate(session.scalars(select(Activity.id))):
            for k, kind in enumerate(
                (AttachmentKind.SIGN_IN, AttachmentKind.PHOTO, AttachmentKind.PHOTO)
            ):
                stored = photos[(n + k) % len(photos)]
                session.add(ActivityAttachment(activity_id=activity_id, kind=kind,
                                               original_name=f"{n}-{k}.jpg", sha256=stored.sha256,
                                               size=stored.size, stored_name=stored.stored_name))  # fmt: skip
                count += 1
        records = session.scalar(select(Activity.id).order_by(Activity.id.desc()).limit(1))
    return int(records or 0), count


def timed(database: object, into: Path) -> tuple[str, object]:
    """Wall-clock and processor seconds: on a shared machine the first counts the others' work
    too; the second is what one core of its own would take."""
    from dangwu_desktop.core.services.binder import make_binder
    from dangwu_desktop.ui.binder_pdf import render_binder

    start, cpu = time.perf_counter(), time.process_time()
    written = make_binder(database, 2026, into, TODAY, render_binder)  # type: ignore[arg-type]
    took = f"{time.perf_counter() - start:.1f}秒（处理器{time.process_time() - cpu:.1f}秒）"
    return took, written


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from dangwu_desktop.core.demo import build_demo_village, generate_bulk_members
    from dangwu_desktop.db.startup import open_database

    application = QGuiApplication([])
    folder = Path(tempfile.mkdtemp(prefix="dangwu-bench-binder-"))
    demo = open_database(folder / "demo" / "branch.sqlite3")
    with demo.transaction() as session:
        build_demo_village(session, TODAY)
    took, written = timed(demo, folder / "demo-out")
    print(f"演示村{TODAY.year}年度档案：{took}，PDF {written.pages}页，"  # type: ignore[attr-defined]
          f"{written.pdf.stat().st_size / 1e6:.1f} MB")  # type: ignore[attr-defined]  # fmt: skip
    heavy = open_database(folder / "heavy" / "branch.sqlite3")
    with heavy.transaction() as session:
        generate_bulk_members(session, 139, seed=11, today=TODAY)
        build_demo_village(session, TODAY)
    records, files = heavy_year(heavy, folder / "heavy")
    took, written = timed(heavy, folder / "heavy-out")
    print(f"200名党员、约{records}条记录、{files}个图片附件的一年：{took}，"
          f"PDF {written.pages}页，{written.pdf.stat().st_size / 1e6:.1f} MB")  # type: ignore[attr-defined]  # fmt: skip
    print(f"（文件在{folder}）")
    del application


if __name__ == "__main__":
    main()
