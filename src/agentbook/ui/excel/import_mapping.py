"""The wizard's mapping page: which field each column is, saved mappings, and the defaults for
what the sheet does not say (insurer, business line)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from agentbook.domain import enums as E
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.importers import mappings
from agentbook.importers.fields import FIELDS, IGNORE
from agentbook.ui.excel.import_host import ImportWizardState
from agentbook.ui.i18n import join_list, tr_enum

GROUP_LABELS = {
    "customer": QT_TRANSLATE_NOOP("MappingPage", "客户"),
    "policy": QT_TRANSLATE_NOOP("MappingPage", "保单"),
    "payment": QT_TRANSLATE_NOOP("MappingPage", "缴费"),
    "claim": QT_TRANSLATE_NOOP("MappingPage", "理赔"),
    "contact": QT_TRANSLATE_NOOP("MappingPage", "沟通"),
}


def field_label(key: str) -> str:
    for f in FIELDS:
        if f.key == key:
            return QCoreApplication.translate("importer", f.label)
    return key


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizardState) -> None:
        super().__init__(cast(QWidget, wizard))  # the wizard is a QWizard; pages name it by its shape
        self.owner = wizard
        self.setTitle(self.tr("列对应"))
        self.setSubTitle(
            self.tr(
                "为每一列选择要导入的字段。常见的列名已自动对应；不需要的列选“（不导入）”。“客户姓名”必须对应一列。"
            )
        )
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("mapping")
        self.table.setHorizontalHeaderLabels([self.tr("表格中的列"), self.tr("示例内容"), self.tr("导入为")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.saved = QComboBox(self)
        self.saved.setObjectName("saved_mappings")
        self.saved.activated.connect(self._use_saved)
        save = QPushButton(self.tr("保存当前对应关系…"), self)
        save.setObjectName("save_mapping")
        save.clicked.connect(self._save)
        self.insurer = QComboBox(self)
        self.insurer.setObjectName("default_insurer")
        self.insurer.setEditable(True)
        line_edit = self.insurer.lineEdit()  # an editable combo box always has one
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("表格中没有保险公司时使用"))
        self.insurer.editTextChanged.connect(self._changed)
        self.line = QComboBox(self)
        self.line.setObjectName("default_line")
        self.line.addItem(self.tr("（按产品名称判断，判断不出则报错）"), None)
        for member in E.BusinessLine:
            self.line.addItem(tr_enum(member), member)
        self.missing = QLabel(self)
        self.missing.setObjectName("missing")
        self.missing.setStyleSheet("color: #b71c1c")
        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(self.tr("已保存的对应关系："), self))
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(save)
        defaults = QFormLayout()
        defaults.addRow(self.tr("默认保险公司："), self.insurer)
        defaults.addRow(self.tr("默认险种："), self.line)
        layout = QVBoxLayout(self)
        layout.addLayout(saved_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(defaults)
        layout.addWidget(self.missing)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        session = self.owner.session
        assert session is not None
        self.insurer.clear()
        self.insurer.addItems(["", *self.owner.store.policies.insurers()])
        self.insurer.setCurrentText(session.options.default_insurer)
        self._fill_saved(session.saved_mapping_name)
        self._fill_table()

    def _fill_saved(self, current: str | None) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("（自动对应）"), None)
        for name in sorted(mappings.saved_mappings(self.owner.store)):
            self.saved.addItem(name, name)
        if current:
            self.saved.setCurrentIndex(max(self.saved.findData(current), 0))

    def _fill_table(self) -> None:
        session = self.owner.session
        assert session is not None
        self.table.setRowCount(len(session.columns))
        for row, (column, field_key) in enumerate(zip(session.columns, session.mapping, strict=True)):
            name = f"{column.letter}  {column.header}" if column.header else column.letter
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem("；".join(session.samples(column.index))))
            combo = QComboBox(self.table)
            combo.setObjectName(f"field_{column.letter}")
            combo.addItem(self.tr("（不导入）"), IGNORE)
            for f in FIELDS:
                group = QCoreApplication.translate("MappingPage", GROUP_LABELS[f.group])
                combo.addItem(f"{group} · {QCoreApplication.translate('importer', f.label)}", f.key)
            combo.setCurrentIndex(max(combo.findData(field_key or IGNORE), 0))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(row, 2, combo)
        self._changed()

    def current_mapping(self) -> list[str | None]:
        """Field keys by column; a column left at （不导入） stays "unknown" (None) if it was, so the
        preview still lists it, and stays IGNORE for known non-data columns such as 序号."""
        session = self.owner.session
        before = session.mapping if session is not None else []
        out: list[str | None] = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 2)
            key = combo.currentData() if isinstance(combo, QComboBox) else IGNORE
            if not key:
                key = IGNORE if row < len(before) and before[row] == IGNORE else None
            out.append(key)
        return out

    def combo_for(self, letter: str) -> QComboBox:
        combo = self.table.findChild(QComboBox, f"field_{letter}")
        assert combo is not None
        return combo

    def _changed(self, *_args: object) -> None:
        mapping = self.current_mapping()
        used = [k for k in mapping if k and k != IGNORE]
        twice = sorted({k for k in used if used.count(k) > 1})
        problems = []
        if "name" not in used:
            problems.append(self.tr("请为“客户姓名”选择一列。"))
        if twice:
            problems.append(
                self.tr("这些字段对应了不止一列：{fields}").format(fields=join_list(field_label(k) for k in twice))
            )
        if self.needs_insurer(used):
            # Asked here, not discovered later as an error on every row of the preview.
            problems.append(self.tr("表格中没有“保险公司”列：请在下面填写或选择默认保险公司。"))
        self.missing.setText("\n".join(problems))
        self.completeChanged.emit()

    def needs_insurer(self, used: list[str]) -> bool:
        """Policies are read (a 保单号 column) but nothing says whose: the default must be given."""
        return "policy_no" in used and "insurer" not in used and not self.insurer.currentText().strip()

    def _use_saved(self, _index: int) -> None:
        session = self.owner.session
        name = self.saved.currentData()
        if session is None:
            return
        if name:
            session.use_saved_mapping(name)
        else:
            session.set_header_row(session.header_row)  # back to the automatic mapping
        self._fill_table()

    def _save(self) -> None:
        session = self.owner.session
        if session is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("保存对应关系"), self.tr("名称（下次导入同样格式的表格时会自动套用）："),
            text=session.saved_mapping_name or session.sheet,
        )  # fmt: skip
        if ok and name.strip():
            session.set_mapping(self.current_mapping())
            session.save_mapping(name.strip())
            self._fill_saved(name.strip())

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.missing.text()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        session = self.owner.session
        assert session is not None
        session.set_mapping(self.current_mapping())
        session.set_defaults(self.insurer.currentText(), self.line.currentData())
        return True
