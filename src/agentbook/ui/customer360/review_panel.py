"""The 360 view's 保单检视 tab: the household's cover by member and kind, gaps, duplicates, premium
burden and lapse risk, and the printable 家庭保障检视报告.

The review reads the whole household's policies, so it is computed on a worker and shown when it
arrives; it is computed again when anything of any member changes, not only the customer shown.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.enums import CoverKind
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import mask_text
from agentbook.domain.money import format_money
from agentbook.domain.review import LAPSE_TEXTS, FamilyReview, Gap, MemberReview, gap_text, short_money
from agentbook.exporters.files import safe_file_name
from agentbook.store.api import Store
from agentbook.store.db.changes import Change
from agentbook.ui.app.folders import in_documents
from agentbook.ui.errors import show_error
from agentbook.ui.i18n import join_list, tr_enum
from agentbook.ui.list_model import Column, ListTableModel
from agentbook.ui.worker import Operation

REVIEW_ENTITIES = frozenset({"customer", "policy", "payment", "relationship", "setting"})
# The matrix's column titles, one per kind of cover (the "columns" context of every table).
KIND_HEADERS = {
    CoverKind.DEATH: QT_TRANSLATE_NOOP("columns", "身故/寿险"),
    CoverKind.CRITICAL_ILLNESS: QT_TRANSLATE_NOOP("columns", "重疾"),
    CoverKind.MEDICAL: QT_TRANSLATE_NOOP("columns", "医疗"),
    CoverKind.ACCIDENT: QT_TRANSLATE_NOOP("columns", "意外"),
    CoverKind.ANNUITY: QT_TRANSLATE_NOOP("columns", "年金/养老/教育金"),
    CoverKind.PROPERTY: QT_TRANSLATE_NOOP("columns", "财产"),
    CoverKind.MOTOR: QT_TRANSLATE_NOOP("columns", "车险"),
}
WARNING_STYLE = "color: #8a5300;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("review", text)


class ReviewPanel(QWidget):
    """Shows ``Store.family_review``; ``reviewed`` is emitted each time a review arrives."""

    reviewed = Signal(object)  # FamilyReview

    def __init__(self, store: Store, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_section")
        self.store = store
        self.customer_id = customer_id
        self.review: FamilyReview | None = None
        self._pending = self._again = False
        self.revealed = False  # incomes are financial information: shown only when the view reveals
        self.summary = QLabel(self)
        self.summary.setObjectName("review_summary")
        self.summary.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("review_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.export_button = QPushButton(self.tr("打印家庭保障检视报告…"), self)
        self.export_button.setObjectName("export_review")
        self.export_button.clicked.connect(lambda: self.export())
        names: Callable[[int], str] = lambda cid: self._name(cid)  # noqa: E731
        self.matrix_model: ListTableModel[MemberReview] = ListTableModel(
            [
                Column(QT_TRANSLATE_NOOP("columns", "成员"), "text", lambda m: m.member.name),
                Column(QT_TRANSLATE_NOOP("columns", "关系"), "enum", lambda m: m.member.relation),
                *[Column(KIND_HEADERS[k], "text", partial(self._cell_of, k)) for k in CoverKind],
                Column(QT_TRANSLATE_NOOP("columns", "年缴保费"), "money", lambda m: m.annual_premium),
                Column(QT_TRANSLATE_NOOP("columns", "缴费人"), "text", lambda m: self._payers(m)),
            ]
        )
        self.gaps_model: ListTableModel[Gap] = ListTableModel(
            [
                Column(QT_TRANSLATE_NOOP("columns", "成员"), "text", lambda g: names(g.member_id)),
                Column(QT_TRANSLATE_NOOP("columns", "保障类型"), "enum", lambda g: g.kind),
                Column(QT_TRANSLATE_NOOP("columns", "检视依据"), "text", self._gap_rule),
                Column(QT_TRANSLATE_NOOP("columns", "现有保额"), "money", lambda g: g.covered),
                Column(QT_TRANSLATE_NOOP("columns", "缺口"), "money", lambda g: g.shortfall if g.required else None),
            ]
        )
        self.notes_model: ListTableModel[tuple[str, str, str]] = ListTableModel(
            [
                Column(QT_TRANSLATE_NOOP("columns", "类别"), "text", lambda n: n[0]),
                Column(QT_TRANSLATE_NOOP("columns", "成员"), "text", lambda n: n[1]),
                Column(QT_TRANSLATE_NOOP("columns", "说明"), "text", lambda n: n[2]),
            ]
        )
        self.matrix_view = self._table(self.matrix_model, "review_matrix")
        self.matrix_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 8)
        self.gaps_view = self._table(self.gaps_model, "review_gaps")
        self.notes_view = self._table(self.notes_model, "review_notes")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.gaps_view)
        lower.addWidget(self.notes_view)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.matrix_view)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warnings)
        layout.addWidget(splitter, 1)
        self.summary.setText(self.tr("正在检视…"))

    def _table(self, model: ListTableModel[Any], name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setWordWrap(True)
        return view

    # --- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Review again on a worker; a refresh asked while one runs runs once more after it."""
        if self._pending:
            self._again = True
            return
        self._pending, self._again = True, False
        customer_id = self.customer_id
        Operation(lambda: self.store.family_review(customer_id)).success(self._arrived).failure(
            self._failed
        ).run_in_background()

    def _arrived(self, review: FamilyReview) -> None:
        self._pending = False
        self.set_review(review)
        if self._again:
            self.refresh()

    def _failed(self, exc: Exception, _trace: str) -> None:
        self._pending = False
        self.summary.setText(self.tr("保单检视未能完成"))
        show_error(self, exc)

    def concerns(self, change: Change) -> bool:
        """Whether *change* may alter the review (a change to any member, or to the catalogue)."""
        if change.touches({"product"}):
            return True
        members = [m.member.customer_id for m in self.review.members] if self.review else [self.customer_id]
        return any(change.concerns_customer(cid, REVIEW_ENTITIES) for cid in members)

    # --- showing --------------------------------------------------------------------------
    def set_review(self, review: FamilyReview) -> None:
        self.review = review
        self.matrix_model.set_rows(review.members)
        self.gaps_model.set_rows(review.gaps)
        self.notes_model.set_rows(self._notes(review))
        for view in (self.matrix_view, self.gaps_view, self.notes_view):
            view.resizeColumnsToContents()
        self.matrix_view.resizeRowsToContents()
        burden = review.burden_pct
        income = format_money(review.household_income)
        parts = [
            self.tr("家庭成员 %n 人", "", len(review.members)),
            self.tr("家庭年收入 {0} 元").format(income if self.revealed else mask_text(income)),
            self.tr("年缴保费 {0} 元").format(format_money(review.annual_premium)),
            self.tr("占收入 {0}%").format(burden) if burden is not None else self.tr("收入未登记"),
            self.tr("保障缺口 %n 项", "", len(review.gaps)),
        ]
        self.summary.setText("  ·  ".join(parts))
        warnings = []
        if review.burden_too_high:
            warnings.append(self.tr("保费负担偏高：超过家庭年收入的 {0}%").format(review.rules.premium_burden_pct))
        if review.lapse_risks:
            warnings.append(self.tr("%n 份保单保费逾期，有失效风险", "", len(review.lapse_risks)))
        if review.inferred:
            warnings.append(self.tr("%n 份保单未登记保障类型，已按产品推断，请在保单中核对", "", review.inferred))
        self.warnings.setText("\n".join("⚠ " + w for w in warnings))
        self.warnings.setVisible(bool(warnings))
        self.reviewed.emit(review)

    def set_revealed(self, on: bool) -> None:
        self.revealed = on
        if self.review is not None:
            self.set_review(self.review)

    def _name(self, customer_id: int) -> str:
        if self.review is None:
            return ""
        for m in self.review.members:
            if m.member.customer_id == customer_id:
                return m.member.name
        return self.review.payers.get(customer_id, "")

    def _cell_of(self, kind: CoverKind, m: MemberReview) -> str:
        return self._cell(m, kind)

    def _cell(self, m: MemberReview, kind: CoverKind) -> str:
        if not m.lines_of(kind):
            return "—"
        until = m.until(kind)
        end = self.tr("终身") if until is None else self.tr("至 {0}").format(f"{until:%Y-%m}")
        return f"{short_money(m.total(kind))}\n{end}"

    def _payers(self, m: MemberReview) -> str:
        return join_list(sorted({self._name(line.payer_id) for line in m.lines}))

    def _gap_rule(self, gap: Gap) -> str:
        assert self.review is not None
        return gap_text(gap, self.review.rules, _tr)

    def _notes(self, review: FamilyReview) -> list[tuple[str, str, str]]:
        notes = []
        for d in review.duplicates:
            products = "；".join(f"{line.product}（{line.policy_no}）" for line in d.lines)
            notes.append((self.tr("重复保障"), self._name(d.member_id), f"{tr_enum(d.kind)}：{products}"))
        for r in review.lapse_risks:
            text = self.tr("{0} {1}：应缴 {2}，逾期 {3} 天，宽限期至 {4}（{5}）").format(
                r.policy_no, r.product, r.due_date.isoformat(), r.days_overdue, r.grace_ends.isoformat(),
                _tr(LAPSE_TEXTS[r.state]),
            )  # fmt: skip
            notes.append((self.tr("失效风险"), self._name(r.insured_id), text))
        return notes

    # --- the report -----------------------------------------------------------------------
    def export(self, path: Path | None = None, done: Callable[[Path], None] | None = None) -> bool:
        """Write the 家庭保障检视报告 (asks where unless *path* is given), on a worker."""
        from agentbook.exporters.family_review import export_review

        if path is None:
            name = safe_file_name(f"家庭保障检视报告_{self._name(self.customer_id)}", "family_review") + ".pdf"
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("保存检视报告"), in_documents(name), "PDF (*.pdf)"
            )
            if not chosen:
                return False
            path = Path(chosen)
        target, customer_id = path, self.customer_id

        def written(result: Path) -> None:
            self.export_button.setEnabled(True)
            if done is not None:
                done(result)

        def failed(exc: Exception, _trace: str) -> None:
            self.export_button.setEnabled(True)
            show_error(self, exc)

        self.export_button.setEnabled(False)
        Operation(lambda: export_review(self.store, customer_id, target)).success(written).failure(
            failed
        ).run_in_background()
        return True
