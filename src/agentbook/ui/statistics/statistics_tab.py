"""统计: the book in charts (Qt Charts) — 业绩 by month, quarter or year (new business, renewal
premium, commission), persistency, customers, premium, policies, claims, renewals, complaints.
Each chart can be saved as a PNG and its numbers exported to Excel; both are audit-logged like
every export. Figures are computed on a worker when the tab is first shown and again after the
archive changes."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import shiboken6
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain import enums as E
from agentbook.domain.enums import LabeledEnum
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.exporters.statistics_xlsx import SheetTable, write_workbook
from agentbook.store.api import Store
from agentbook.store.queries.statistics import OTHERS, UNSET, Measure, StatRow, StatTable
from agentbook.ui.app.folders import in_documents
from agentbook.ui.errors import reported, show_error
from agentbook.ui.i18n import tr_enum
from agentbook.ui.worker import Operation

PALETTE = ("#1565c0", "#e65100", "#2e7d32", "#6a1b9a", "#00838f", "#c62828", "#b8860b", "#5d4037", "#546e7a")
# Categories with a meaning of their own keep one colour in every chart.
CATEGORY_COLOURS = {
    (E.Lifecycle, "prospect"): "#1565c0",
    (E.Lifecycle, "active"): "#2e7d32",
    (E.Lifecycle, "terminated"): "#9e9e9e",
    (E.ValueTier, "high"): "#6a1b9a",
    (E.ValueTier, "medium"): "#1565c0",
    (E.ValueTier, "low"): "#90a4ae",
}
CARD_WIDTH = 540  # a chart narrower than this clips its category names


def _stat(text: str) -> str:
    return QCoreApplication.translate("statistics", text)


def _legend(measure: Measure) -> str:
    return _stat(measure.short or measure.label)


UNSET_COLOUR = "#bdbdbd"  # 未填写 is no category: grey, never a colour another slice means


def _colour(label: LabeledEnum | str | None, n: int) -> QColor:
    if label is None:
        return QColor(UNSET_COLOUR)
    key = (type(label), label.value) if isinstance(label, LabeledEnum) else None
    return QColor(CATEGORY_COLOURS.get(key, PALETTE[n % len(PALETTE)]))  # type: ignore[arg-type]


def _is_month(label: LabeledEnum | str | None) -> bool:
    return isinstance(label, str) and len(label) == 7 and label[4] == "-" and label[:4].isdigit()


def _chart_label(label: LabeledEnum | str | None) -> str:
    """Axis labels are short: months as 5月 (the table and the workbook keep 2026-05); the axis
    title carries the years (see ``_month_range``)."""
    if _is_month(label):
        return QCoreApplication.translate("statistics", "{0}月").format(int(label[5:]))  # type: ignore[index]
    return label_text(label)


def _month_range(rows: list[StatRow]) -> str:
    """2025年11月 – 2026年10月: twelve months across a new year must say which year is which."""
    if not rows or not all(_is_month(r.label) for r in rows):
        return ""
    first, last = rows[0].label, rows[-1].label
    month = QCoreApplication.translate("statistics", "{0}年{1}月")
    return f"{month.format(first[:4], int(first[5:]))} – {month.format(last[:4], int(last[5:]))}"  # type: ignore[index]


def label_text(label: LabeledEnum | str | None) -> str:
    if label is None:
        return _stat(UNSET)
    if isinstance(label, LabeledEnum):
        return tr_enum(label)
    return _stat(OTHERS) if label == OTHERS else label


def sheet_of(table: StatTable) -> SheetTable:
    """The table as the exporter wants it: translated headers, plain labels, exact numbers."""
    return SheetTable(
        _stat(table.title),
        [_stat(table.category), *(_stat(m.label) for m in table.measures)],
        [m.unit for m in table.measures],
        [[label_text(r.label), *r.values] for r in table.rows],
    )


def _plot(value: int | Decimal | None, unit: str) -> float:
    """Only drawing needs floats; money is drawn in 万元 so the axes stay readable."""
    if value is None:
        return 0.0
    if unit == "money":
        return float(Decimal(value) / 10000)
    return float(value)


def _axis_title(unit: str) -> str:
    return {
        "count": QCoreApplication.translate("statistics", "件数"),
        "money": QCoreApplication.translate("statistics", "万元"),
        "percent": QCoreApplication.translate("statistics", "%"),
        "days": QCoreApplication.translate("statistics", "天"),
    }[unit]


def _value_axis(values: Sequence[float], unit: str, font: QFont) -> QValueAxis:
    axis = QValueAxis()
    top = max(values, default=0.0)
    if unit == "percent":
        axis.setRange(0, 100)
    else:
        axis.setRange(0, top * 1.15 if top > 0 else 1)
    axis.setLabelFormat("%.0f" if unit in ("count", "percent") or top >= 100 else "%.1f")
    axis.setTitleText(_axis_title(unit))
    axis.setLabelsFont(font)
    axis.setTitleFont(font)
    if unit != "percent":
        axis.applyNiceNumbers()
    return axis


def build_chart(table: StatTable) -> QChart:
    chart = QChart()
    chart.setTitle(_stat(table.title))
    title_font = QFont(chart.titleFont())
    title_font.setBold(True)
    title_font.setPointSize(max(title_font.pointSize(), 10))
    chart.setTitleFont(title_font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundVisible(False)  # the card is the background
    small = QFont(chart.titleFont())
    small.setBold(False)
    small.setPointSize(max(small.pointSize() - 2, 8))
    chart.legend().setFont(small)
    rows = list(table.rows)
    if table.chart == "hbar":  # drawn bottom-up: reversed, the largest stands on top
        rows.reverse()
    labels = [_chart_label(r.label) for r in rows]
    if table.chart == "pie":
        series = QPieSeries()
        values = [r.values[0] for r in rows]
        total = sum(int(v or 0) for v in values)
        for n, (label, value) in enumerate(zip(labels, values, strict=True)):
            if not value:
                continue
            share = f"{Decimal(int(value) * 100) / total:.0f}%" if total else ""
            piece = series.append(f"{label} {int(value):,}（{share}）", float(value))
            piece.setColor(_colour(rows[n].label, n))
            piece.setLabelFont(small)
        series.setPieSize(0.62)
        series.setLabelsVisible(False)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return chart
    horizontal = table.chart == "hbar"
    bars = QHorizontalBarSeries() if horizontal else QBarSeries()
    plotted: list[float] = []
    for n, index in enumerate(table.bars):
        measure = table.measures[index]
        bar_set = QBarSet(_legend(measure))
        bar_set.setColor(QColor(PALETTE[n % len(PALETTE)]))
        for value in (r.values[index] for r in rows):
            bar_set.append(_plot(value, measure.unit))
            plotted.append(_plot(value, measure.unit))
        bars.append(bar_set)
    chart.addSeries(bars)
    categories = QBarCategoryAxis()
    categories.append(labels if not horizontal else list(labels))
    categories.setLabelsFont(small)
    categories.setTitleText(_month_range(rows))
    categories.setTitleFont(small)
    unit = table.measures[table.bars[0]].unit
    values_axis = _value_axis(plotted, unit, small)
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(categories)
    bars.attachAxis(values_axis)
    if table.line is not None:
        measure = table.measures[table.line]
        line = QLineSeries()
        line.setName(_legend(measure))
        line.setPen(QPen(QColor("#c62828"), 2.5))
        line.setPointsVisible(True)
        raw_values = [r.values[table.line] for r in rows]
        points = [_plot(v, measure.unit) for v in raw_values]
        for x, (y, raw) in enumerate(zip(points, raw_values, strict=True)):
            if raw is not None:
                line.append(x, y)
        chart.addSeries(line)
        right = _value_axis(points, measure.unit, small)
        chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(categories)
        line.attachAxis(right)
    show_legend = len(table.bars) > 1 or table.line is not None
    chart.legend().setVisible(show_legend)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class ChartCard(QFrame):
    """One chart with its two exports."""

    def __init__(self, store: Store, table: StatTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.table = table
        self.setObjectName(f"chart_{table.key}")
        self.setStyleSheet(
            f"QFrame#chart_{table.key} {{ background: #ffffff; border: 1px solid #dfe3e8; border-radius: 6px; }}"
        )
        self.view = QChartView(build_chart(table), self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setStyleSheet("background: transparent; border: none;")
        self.view.setMinimumSize(CARD_WIDTH - 20, 300)
        self.png_button = QPushButton(QCoreApplication.translate("StatisticsTab", "保存图片…"), self)
        self.png_button.clicked.connect(self._ask_png)
        self.excel_button = QPushButton(QCoreApplication.translate("StatisticsTab", "导出 Excel…"), self)
        self.excel_button.clicked.connect(self._ask_excel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.excel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def save_png(self, path: Path) -> Path:
        if not self.view.grab().save(str(path), "PNG"):
            raise OSError(str(path))
        self.store.record_event("export", "statistics", summary=f"png:{self.table.key}", details={"file": str(path)})
        return path

    def export_excel(self, path: Path) -> Path:
        write_workbook(path, [sheet_of(self.table)], _subtitle(self.store))
        self.store.record_event("export", "statistics", summary=f"xlsx:{self.table.key}", details={"file": str(path)})
        return path

    def _ask_png(self) -> None:
        name = f"{self.table.key}_{self.store.today():%Y%m%d}.png"
        target, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("StatisticsTab", "保存图片"), in_documents(name), "PNG (*.png)"
        )
        if target:
            with reported(self):
                self.save_png(Path(target))

    def _ask_excel(self) -> None:
        name = f"{self.table.key}_{self.store.today():%Y%m%d}.xlsx"
        target, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("StatisticsTab", "导出 Excel"), in_documents(name), "Excel (*.xlsx)"
        )
        if target:
            with reported(self):
                self.export_excel(Path(target))


def _subtitle(store: Store) -> str:
    return QCoreApplication.translate("StatisticsTab", "agentbook 统计 · 数据截至 {0} · {1}").format(
        store.today().isoformat(), store.path.name
    )


class StatisticsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("tab_statistics")
        self.tables: list[StatTable] = []
        self.cards: dict[str, ChartCard] = {}
        self._stale = True
        self._generation = 0
        self._columns = 0
        self.status = QLabel(QCoreApplication.translate("StatisticsTab", "打开本页时计算统计数据。"), self)
        self.status.setObjectName("statistics_status")
        self.period = QComboBox(self)
        self.period.setObjectName("statistics_period")
        for code, text in (
            ("month", QT_TRANSLATE_NOOP("StatisticsTab", "业绩按月")),
            ("quarter", QT_TRANSLATE_NOOP("StatisticsTab", "业绩按季度")),
            ("year", QT_TRANSLATE_NOOP("StatisticsTab", "业绩按年")),
        ):
            self.period.addItem(QCoreApplication.translate("StatisticsTab", text), code)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.refresh_button = QPushButton(QCoreApplication.translate("StatisticsTab", "刷新"), self)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button = QPushButton(QCoreApplication.translate("StatisticsTab", "全部导出 Excel…"), self)
        self.export_button.clicked.connect(self._ask_export_all)
        self.export_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.period)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        self.grid_widget = QWidget(self)
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        scroll = QScrollArea(self)
        scroll.setWidget(self.grid_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.charts_scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self.reload()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """As many columns of charts as fit their minimum width: 2 on a laptop, 3 on a wide screen."""
        columns = max(1, (self.charts_scroll.viewport().width() + 10) // (CARD_WIDTH + 10))
        if columns == self._columns or not self.cards:
            return
        self._columns = columns
        for n, card in enumerate(self.cards.values()):
            self.grid.removeWidget(card)
            self.grid.addWidget(card, n // columns, n % columns)

    def mark_stale(self) -> None:
        """After a write: recompute now if visible, else the next time the tab is shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self._generation += 1
        generation = self._generation
        self.refresh_button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("StatisticsTab", "正在计算统计数据…"))

        def done(tables: list[StatTable]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.show_tables(tables)

        def failed(exc: Exception, _trace: str) -> None:
            if shiboken6.isValid(self):
                self.refresh_button.setEnabled(True)
                show_error(self, exc)

        period = str(self.period.currentData())
        Operation(lambda: self.store.statistics(period)).success(done).failure(failed).run_in_background()

    def show_tables(self, tables: list[StatTable]) -> None:
        self.tables = tables
        for card in self.cards.values():
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = {}
        for table in tables:
            self.cards[table.key] = ChartCard(self.store, table, self.grid_widget)
        self._columns = 0
        self._arrange()
        self.refresh_button.setEnabled(True)
        self.export_button.setEnabled(bool(tables))
        self.status.setText(
            QCoreApplication.translate("StatisticsTab", "数据截至 {0}；金额单位：图中为万元，导出为元。").format(
                self.store.today().isoformat()
            )
        )

    def export_all(self, path: Path) -> Path:
        write_workbook(path, [sheet_of(t) for t in self.tables], _subtitle(self.store))
        self.store.record_event("export", "statistics", summary="xlsx:all", details={"file": str(path)})
        return path

    def _ask_export_all(self) -> None:
        name = f"statistics_{self.store.today():%Y%m%d}.xlsx"
        target, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("StatisticsTab", "导出 Excel"), in_documents(name), "Excel (*.xlsx)"
        )
        if target:
            with reported(self):
                self.export_all(Path(target))
