"""The 匹配依据 column of a search: why each row was found, the matched part highlighted.

The store says which field each term matched and where (``store/queries/search_match.py``);
this module only words and draws it. Numbers are shown masked except for the digits the user
typed, so a search never shows more of a mobile or ID number than the masked columns do.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.queries.search_match import SENSITIVE_REASONS, Match, MatchReason

MATCH_KEY = "search_match"  # the model's own column after the store's list columns
MatchesRole = Qt.ItemDataRole.UserRole + 10
HIGHLIGHT = "#ffe58f"

_LABELS: dict[MatchReason, str] = {
    MatchReason.ARCHIVE_NO: QT_TRANSLATE_NOOP("search", "档案编号"),
    MatchReason.POLICY_NO: QT_TRANSLATE_NOOP("search", "保单号"),
    MatchReason.NAME: QT_TRANSLATE_NOOP("search", "姓名"),
    MatchReason.PINYIN: QT_TRANSLATE_NOOP("search", "姓名拼音"),
    MatchReason.INITIALS: QT_TRANSLATE_NOOP("search", "拼音首字母"),
    MatchReason.MOBILE: QT_TRANSLATE_NOOP("search", "手机号"),
    MatchReason.MOBILE_TAIL: QT_TRANSLATE_NOOP("search", "手机尾号"),
    MatchReason.ID_TAIL: QT_TRANSLATE_NOOP("search", "证件尾号"),
    MatchReason.PHONE: QT_TRANSLATE_NOOP("search", "电话"),
    MatchReason.OTHER: QT_TRANSLATE_NOOP("search", "微信/邮箱"),
    MatchReason.SCAN_TEXT: QT_TRANSLATE_NOOP("search", "附件文字"),
}


def header_text() -> str:
    return QCoreApplication.translate("search", "匹配依据")


def label(reason: MatchReason) -> str:
    return QCoreApplication.translate("search", _LABELS[reason])


def parts(match: Match) -> tuple[str, str, str]:
    """Before, matched, after — masked outside the match for numbers people keep private."""
    before, hit, after = match.value[: match.start], match.value[match.start : match.end], match.value[match.end :]
    if match.reason in SENSITIVE_REASONS:
        before, after = "*" * len(before), "*" * len(after)
    return before, hit, after


def plain_text(matches: tuple[Match, ...]) -> str:
    """``手机尾号 *******1234；姓名 张三``: for the display role, copies and screen readers."""
    return "；".join(f"{label(m.reason)} {''.join(parts(m))}" for m in matches)


def rich_text(matches: tuple[Match, ...], muted: str) -> str:
    pieces = []
    for m in matches:
        before, hit, after = (html.escape(p) for p in parts(m))
        pieces.append(
            f'<span style="color:{muted}">{html.escape(label(m.reason))}</span> '
            f'{before}<span style="background:{HIGHLIGHT};color:#000;font-weight:600">{hit}</span>{after}'
        )
    return "；".join(pieces)


class MatchDelegate(QStyledItemDelegate):
    """Draws the reason in a muted colour and the matched characters on a marker background."""

    def _document(self, option: QStyleOptionViewItem, matches: tuple[Match, ...]) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
        doc.setHtml(rich_text(matches, muted))
        return doc

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        matches = index.data(MatchesRole)
        if not matches:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, matches)
        opt.text = ""
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        painter.save()
        painter.translate(text_rect.left(), text_rect.top() + max(0, (text_rect.height() - doc.size().height()) / 2))
        painter.setClipRect(QRectF(0, 0, text_rect.width(), text_rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        matches = index.data(MatchesRole)
        if not matches:
            return super().sizeHint(option, index)
        doc = self._document(option, matches)
        return QSize(int(doc.idealWidth()) + 8, int(doc.size().height()))
