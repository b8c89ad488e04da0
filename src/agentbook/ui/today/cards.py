"""The Today view's cards: one per list, its name, its count in large type and a line of detail."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from agentbook.ui.today.wording import ACCENTS, TITLES, tr


class SectionCard(QFrame):
    """One list on the left: its name, its count in large type, a line of detail."""

    clicked = Signal(str)

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.accent = ACCENTS[kind]
        self.setObjectName(f"card_{kind}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel(self)
        self.title.setObjectName("card_title")
        self.count = QLabel(self)
        self.count.setObjectName("card_count")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.detail = QLabel(self)
        self.detail.setObjectName("card_detail")
        self.detail.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 10, 6)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.detail)
        self.set_state(None, "", selected=False, enabled=True)

    def set_state(self, count: int | None, detail: str, *, selected: bool, enabled: bool) -> None:
        """*count* None: still being counted ("…", never a 0 that is not one yet)."""
        self.title.setText(tr(TITLES[self.kind]))
        self.count.setText("…" if count is None else f"{count:,}" if enabled else "–")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        background = "#eef3fb" if selected else "#ffffff"
        border = self.accent if selected else "#dfe3e8"
        number = self.accent if count and enabled else "#9aa0a6"
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: {background}; border: 1px solid {border};"
            f" border-left: 5px solid {self.accent if enabled else '#c8ccd0'}; border-radius: 6px; }}"
            " QLabel#card_title { font-weight: bold; color: #202124; background: transparent; border: none; }"
            f" QLabel#card_count {{ font-size: 20pt; font-weight: bold; color: {number};"
            " background: transparent; border: none; }"
            " QLabel#card_detail { color: #5f6368; background: transparent; border: none; }"
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.kind)
        super().mouseReleaseEvent(event)
