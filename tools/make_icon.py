"""Draws resources/icons/dangwu.png and dangwu.ico: a red square with 党 in white.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def main() -> None:
    QGuiApplication([])
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#b91c1c"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRect(8, 8, 240, 240), 40, 40)
    font = QFont("Noto Sans CJK SC")
    font.setPixelSize(170)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRect(0, 0, 256, 250), Qt.AlignmentFlag.AlignCenter, "党")
    painter.end()
    ICONS.mkdir(parents=True, exist_ok=True)
    image.save(str(ICONS / "dangwu.png"))
    image.scaled(
        64, 64, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    ).save(str(ICONS / "dangwu.ico"))
    print(ICONS)


if __name__ == "__main__":
    main()
