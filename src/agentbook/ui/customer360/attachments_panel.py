"""档案材料 in the 360 view: the customer's attachments with thumbnails; add by file dialog or
by dropping files on the list, preview, open in the system viewer, delete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentbook.domain.attachments import (
    CATEGORIES,
    MAX_ATTACHMENT_BYTES,
    Attachment,
    format_size,
    guess_mime,
    validate_attachment,
)
from agentbook.domain.scan_text import STILL_READING
from agentbook.domain.validation import FieldError
from agentbook.ocr.engine import available as ocr_available
from agentbook.ocr.reading import Reading
from agentbook.store.api import Store
from agentbook.ui.app.folders import documents_folder
from agentbook.ui.customer360.attachment_preview import AttachmentPreview
from agentbook.ui.customer360.read_stored import ReadStoredScan
from agentbook.ui.customer360.scan_pages import readable
from agentbook.ui.customer360.scan_reader import ScanReader
from agentbook.ui.customer360.thumbnails import icon_for, make_thumbnail
from agentbook.ui.dialogs.simple_form import SimpleFormDialog
from agentbook.ui.errors import describe, reported
from agentbook.ui.list_model import Column, ListTableModel


def tr_category(category: str) -> str:
    return QCoreApplication.translate("attachment", category)


class AttachmentsModel(ListTableModel[Attachment]):
    """Rows of attachments; the first column carries the thumbnail (loaded once per row)."""

    def __init__(self, store: Store, describe_target: Any, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("columns", "文件"), "text", lambda a: a.file_name),
                Column(QT_TRANSLATE_NOOP("columns", "类别"), "text", lambda a: tr_category(a.category)),
                Column(QT_TRANSLATE_NOOP("columns", "所属"), "text", describe_target),
                Column(QT_TRANSLATE_NOOP("columns", "大小"), "text", lambda a: format_size(a.size)),
                Column(QT_TRANSLATE_NOOP("columns", "添加时间"), "datetime", lambda a: a.created_at),
            ],
            parent=parent,
        )
        self.store = store
        self._icons: dict[int, QIcon] = {}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.DecorationRole:
            attachment = self.row_object(index.row())
            assert attachment.id is not None
            if attachment.id not in self._icons:
                thumb = self.store.attachments.thumbnail(attachment.id)
                self._icons[attachment.id] = icon_for(thumb, attachment.file_name, attachment.mime_type)
            return self._icons[attachment.id]
        return super().data(index, role)


class AddAttachmentsDialog(SimpleFormDialog):
    """Files chosen or dropped, one category and one record (customer, policy or claim) for all."""

    def __init__(
        self,
        store: Store,
        customer_id: int,
        paths: list[Path],
        targets: list[tuple[str, str, int]],
        parent: QWidget | None = None,
        *,
        category: str = "",
        target: tuple[str, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.customer_id = customer_id
        self.paths = paths
        self.added: list[Attachment] = []
        self.setObjectName("add_attachments_dialog")
        self.setWindowTitle(self.tr("添加档案材料"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("保存到档案"))
        files = QLabel("\n".join(f"{p.name}（{format_size(self._size(p))}）" for p in paths), self)
        files.setWordWrap(True)
        self.add_row("file", self.tr("文件"), files)
        self.category = QComboBox(self)
        self.category.setEditable(True)
        for source in CATEGORIES:
            self.category.addItem(tr_category(source), source)
        if category:
            found = self.category.findData(category)
            if found >= 0:
                self.category.setCurrentIndex(found)
            else:
                self.category.setEditText(category)
        self.add_row("category", self.tr("材料类别"), self.category)
        self.category.editTextChanged.connect(self.schedule_validation)
        self.category.editTextChanged.connect(self._category_edited)
        self._category_chosen = bool(category)  # a preset or the user's own choice is never overridden
        self._proposing = False
        self.proposal = QLabel(self)
        self.proposal.setObjectName("category_proposal")
        self.proposal.setWordWrap(True)
        self.proposal.setStyleSheet("color: #1a73e8;")
        self.proposal.hide()
        self.add_row("proposal", "", self.proposal)
        self.target = QComboBox(self)
        self.target.addItem(self.tr("客户本人"), ("customer", customer_id))
        for kind, label, record_id in targets:
            self.target.addItem(label, (kind, record_id))
        if target is not None:  # findData cannot compare tuples held in a QVariant
            for index in range(self.target.count()):
                if tuple(self.target.itemData(index)) == tuple(target):
                    self.target.setCurrentIndex(index)
        self.add_row("target", self.tr("归入"), self.target)
        self.remarks = self.add_row("remarks", self.tr("备注"), self.line_edit())
        hint = QLabel(
            self.tr("文件加密保存在档案数据库中；单个文件最大 {0}。").format(format_size(MAX_ATTACHMENT_BYTES))
        )
        hint.setStyleSheet("color: #5f6368;")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, hint)
        self.readings: list[Reading | None] = []
        self.reader = ScanReader(self)
        self.reader.hide()
        self.reader.finished.connect(self._read)
        self.reader.stopped.connect(self.schedule_validation)
        self.finished.connect(self.reader.stop_quietly)
        layout.insertWidget(2, self.reader)
        self.finish()
        self._start_reading()

    # --- reading the scans: text for search, a category proposed for the user to confirm ----------
    def _start_reading(self) -> None:
        files = []
        for path in self.paths:
            mime = guess_mime(path.name)
            size = self._size(path)
            if not readable(mime) or not 0 < size <= MAX_ATTACHMENT_BYTES:
                files.append((b"", "application/octet-stream"))
                continue
            try:
                files.append((path.read_bytes(), mime))
            except OSError:
                files.append((b"", "application/octet-stream"))
        if ocr_available() and any(data for data, _mime in files):
            self.reader.start(files)

    def _category_edited(self, _text: str) -> None:
        if not self._proposing:
            self._category_chosen = True

    def _read(self, readings: list[Reading | None]) -> None:
        self.readings = readings
        proposals = [r.proposed_category for r in readings if r is not None]
        if proposals:
            proposed = max(proposals, key=proposals.count)
            shown = tr_category(proposed)
            if not self._category_chosen:
                self._proposing = True
                found = self.category.findData(proposed)
                self.category.setCurrentIndex(found) if found >= 0 else self.category.setEditText(proposed)
                self._proposing = False
                self.proposal.setText(self.tr("按识别出的文字，建议类别为“{0}”。请确认或改选后保存。").format(shown))
            else:
                self.proposal.setText(self.tr("按识别出的文字，这份材料像是“{0}”。").format(shown))
            self.set_row_visible("proposal", True)
            self.proposal.show()
        self.schedule_validation()

    @staticmethod
    def _size(path: Path) -> int:
        try:
            return path.stat().st_size
        except OSError:
            return 0

    def chosen_category(self) -> str:
        """The source text of a listed category (stored untranslated), or what the user typed."""
        text = self.category.currentText().strip()
        index = self.category.findText(text)
        return self.category.itemData(index) if index >= 0 else text

    def build(self) -> list[Attachment]:
        kind, record_id = self.target.currentData()
        return [
            Attachment(
                self.customer_id,
                self.chosen_category(),
                p.name,
                guess_mime(p.name),
                self._size(p),
                policy_id=record_id if kind == "policy" else None,
                claim_id=record_id if kind == "claim" else None,
                remarks=self.remarks.text().strip(),
            )
            for p in self.paths
        ]

    def check(self, record: list[Attachment]) -> list[FieldError]:
        errors: list[FieldError] = []
        if self.reader.running:
            errors.append(FieldError("category", STILL_READING))
        for attachment in record:
            for error in validate_attachment(attachment):
                if error not in errors:
                    errors.append(error)
        return errors

    def store_record(self, record: list[Attachment]) -> list[Attachment]:
        """Each file on its own: one refused (a duplicate) does not stop the others."""
        problems = []
        readings = self.readings or [None] * len(self.paths)
        for path, attachment, reading in zip(self.paths, record, readings, strict=True):
            try:
                data = path.read_bytes()
                with self.store.batch():  # the file and its text: one commit, one change event
                    added = self.store.attachments.add(
                        attachment.customer_id,
                        attachment.file_name,
                        data,
                        attachment.category,
                        policy_id=attachment.policy_id,
                        claim_id=attachment.claim_id,
                        thumbnail=make_thumbnail(data, attachment.mime_type),
                        remarks=attachment.remarks,
                    )
                    if reading is not None and added.id is not None:
                        self.store.attachment_texts.record(added.id, reading.text, len(reading.pages), reading.engine,
                                                           proposed_category=reading.proposed_category)  # fmt: skip
                self.added.append(added)
            except OSError as exc:
                problems.append(f"{path.name}: {exc.strerror or exc}")
            except Exception as exc:  # a duplicate or an oversize file, said plainly per file
                problems.append(f"{path.name}: {describe(exc)}")
        if problems:
            self.general_error.setText("\n".join(problems))
            if not self.added:
                raise _NothingSavedError()
        return self.added

    def save(self) -> None:
        try:
            super().save()
        except _NothingSavedError:
            return
        if self.general_error.text():  # some saved, some refused: say which before closing
            QMessageBox.information(self, self.tr("添加档案材料"), self.general_error.text())


class _NothingSavedError(Exception):
    """Nothing could be saved: keep the dialog open with the reasons shown."""


class AttachmentsPanel(QWidget):
    """The list of one customer's attachments with its buttons; drop files on it to add them."""

    changed = Signal()

    def __init__(self, store: Store, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.customer_id = customer_id
        self.setObjectName("attachments_panel")
        self.targets: list[tuple[str, str, int]] = []
        self._target_labels: dict[tuple[str, int], str] = {}
        self.model = AttachmentsModel(store, self._target_of, self)
        self.view = QTableView(self)
        self.view.setObjectName("view_attachments")
        self.view.setModel(self.model)
        self.view.setIconSize(QSize(48, 48))
        self.view.verticalHeader().setDefaultSectionSize(54)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.preview())
        self.view.setAcceptDrops(False)
        self.setAcceptDrops(True)
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("add_attachment", self.tr("添加文件…"), self.choose_files),
            ("preview_attachment", self.tr("预览"), self.preview),
            ("delete_attachment", self.tr("删除…"), self.delete_selected),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.stored_reading = ReadStoredScan(self) if ocr_available() else None
        if self.stored_reading is not None:
            buttons.addWidget(self.stored_reading.button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("可把扫描件、照片或 PDF 直接拖到这里"), self)
        hint.setStyleSheet("color: #5f6368;")
        buttons.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        if self.stored_reading is not None:
            layout.addWidget(self.stored_reading.reader)
            layout.addWidget(self.stored_reading.note)
        layout.addWidget(self.view, 1)

    def set_data(self, attachments: list[Attachment], targets: list[tuple[str, str, int]]) -> None:
        """*targets*: (kind "policy"/"claim", label, id) of the customer's policies and claims."""
        self.targets = targets
        self._target_labels = {(kind, rid): label for kind, label, rid in targets}
        self.model._icons.clear()
        self.model.set_rows(attachments)

    def _target_of(self, attachment: Attachment) -> str:
        if attachment.claim_id is not None:
            return self._target_labels.get(("claim", attachment.claim_id), self.tr("理赔"))
        if attachment.policy_id is not None:
            return self._target_labels.get(("policy", attachment.policy_id), self.tr("保单"))
        return self.tr("客户本人")

    def selected(self) -> Attachment | None:
        index = self.view.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    # --- adding -------------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("选择档案材料"),
            str(documents_folder()),
            self.tr("扫描件、照片和 PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp *.gif *.webp);;所有文件 (*)"),
        )
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path], **preset: Any) -> AddAttachmentsDialog:
        dialog = AddAttachmentsDialog(self.store, self.customer_id, paths, self.targets, self, **preset)
        dialog.accepted.connect(self.changed.emit)
        dialog.open()
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if p.is_file()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # --- viewing and deleting -----------------------------------------------------------------
    def preview(self) -> AttachmentPreview | None:
        attachment = self.selected()
        if attachment is None:
            return None
        with reported(self) as failure:
            dialog = AttachmentPreview(self.store, attachment, self)
        if failure:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        attachment = self.selected()
        if attachment is None or attachment.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除档案材料"),
            self.tr("从档案中删除“{0}”？删除后无法恢复。").format(attachment.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with reported(self) as failure:
            self.store.attachments.delete(attachment.id)
        if failure:
            return
        self.changed.emit()
