"""档案材料 in the 360 view: the customer's attachments with thumbnails; add by file dialog or
by dropping files on the list (the form is `add_attachments.py`), read a stored scan's text, preview,
open in the system viewer, delete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    Attachment,
    format_size,
)
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.ocr.engine import available as ocr_available
from agentbook.store.api import Store
from agentbook.ui.app.folders import documents_folder
from agentbook.ui.customer360.add_attachments import AddAttachmentsDialog, tr_category
from agentbook.ui.customer360.attachment_preview import AttachmentPreview
from agentbook.ui.customer360.read_stored import ReadStoredScan
from agentbook.ui.customer360.thumbnails import icon_for
from agentbook.ui.errors import reported
from agentbook.ui.list_model import Column, ListTableModel


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
