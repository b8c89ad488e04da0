"""整理扫描件 in the add-attachments form: the choice, and the page before and after clean-up.

The clean-up itself (``ocr/cleanup``) runs on the reading worker with the OCR; this shows its
result beside the photo as taken, so the agent sees what will be stored before saving. Whatever
is chosen, the photo as taken is stored too: the cleaned page names it as its original.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from agentbook.ocr.cleanup import Cleaned

PREVIEW_SIDE = 220  # big enough to see that the page was cropped and levelled, small enough for the form


def _picture(data: bytes) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    if pixmap.isNull():
        return pixmap
    return pixmap.scaled(
        PREVIEW_SIDE,
        PREVIEW_SIDE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


class CleanupChoice(QWidget):
    """The check box, a line saying what was done, and the before/after pictures once read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self.tr("整理扫描件（裁去背景、纠正歪斜、增强对比度；原件一并保存）"), self)
        self.check.setObjectName("clean_scans")
        self.check.setToolTip(self.tr("保存整理后的页面供查看和识别，拍摄的原件作为原件另存，随时可查看"))
        self.done = QLabel(self)
        self.done.setObjectName("cleanup_done")
        self.done.setStyleSheet("color: #5f6368;")
        self.done.setWordWrap(True)
        self.before = QLabel(self)
        self.before.setObjectName("cleanup_before")
        self.after = QLabel(self)
        self.after.setObjectName("cleanup_after")
        self.pictures = QWidget(self)
        grid = QGridLayout(self.pictures)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("整理前"), self.pictures), 0, 0, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(QLabel(self.tr("整理后"), self.pictures), 0, 1, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(self.before, 1, 0, Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.after, 1, 1, Qt.AlignmentFlag.AlignCenter)
        self.pictures.hide()
        self.done.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.done)
        layout.addWidget(self.pictures)
        self.check.toggled.connect(self.after.setEnabled)

    def show_result(self, original: bytes, cleaned: Cleaned, files: int) -> None:
        """The first photo before and after; what was done to it; how many photos were cleaned."""
        self.before.setPixmap(_picture(original))
        self.after.setPixmap(_picture(cleaned.jpeg))
        steps = []
        if cleaned.cropped:
            steps.append(self.tr("已裁去背景并摆正页面"))
        if cleaned.angle:
            steps.append(self.tr("已纠正歪斜 {0}°").format(f"{abs(cleaned.angle):.1f}"))
        if cleaned.stretched:
            steps.append(self.tr("已增强对比度"))
        if not steps:
            steps.append(self.tr("页面已端正清晰，无需整理，只保存原件"))
        text = self.tr("，", "between the steps done").join(steps)
        if files > 1:
            text += self.tr("（共 {0} 张照片，下图为第一张）").format(files)
        self.done.setText(text)
        self.done.show()
        self.pictures.show()
