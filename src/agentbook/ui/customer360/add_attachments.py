"""添加档案材料: files chosen or dropped, one category and one record (customer, policy or claim)
for all; image and PDF scans are read on this computer while the form is open, and the category
their text suggests is set for the user to confirm (never over one they chose). Photos can be
cleaned up on the same worker (整理扫描件: cropped, levelled, contrast stretched; on by default
for camera JPEGs): the cleaned page is stored as the attachment, the photo as taken beside it as
its original."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QVBoxLayout, QWidget

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
from agentbook.ui.customer360.cleanup_preview import CleanupChoice
from agentbook.ui.customer360.scan_pages import readable
from agentbook.ui.customer360.scan_reader import ScanReader
from agentbook.ui.customer360.thumbnails import make_thumbnail
from agentbook.ui.dialogs.simple_form import SimpleFormDialog
from agentbook.ui.errors import describe


def tr_category(category: str) -> str:
    return QCoreApplication.translate("attachment", category)


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
        self.cleanup = CleanupChoice(self)
        mimes = [guess_mime(p.name) for p in paths]
        self.cleanup.check.setChecked(any(m == "image/jpeg" for m in mimes))  # a camera's photo, not a scan
        self.add_row("cleanup", self.tr("整理"), self.cleanup)
        self.set_row_visible("cleanup", ocr_available() and any(m.startswith("image/") for m in mimes))
        self.originals: list[Attachment] = []
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
            self.reader.start(files, clean=True)  # cheap beside OCR; the check box decides what is kept

    def _category_edited(self, _text: str) -> None:
        if not self._proposing:
            self._category_chosen = True

    def _read(self, readings: list[Reading | None]) -> None:
        self.readings = readings
        cleaned = [(path, r.cleaned[0]) for path, r in zip(self.paths, readings, strict=True) if r and r.cleaned]
        if cleaned:
            with suppress(OSError):  # the file went away since: saving it will say so
                self.cleanup.show_result(cleaned[0][0].read_bytes(), cleaned[0][1], len(cleaned))
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
        """Each file on its own: one refused (a duplicate) does not stop the others.

        A cleaned photo is stored after its original, in the same commit, naming it: the cleaned
        page is what lists show and the text belongs to; the original stays as it was taken.
        """
        problems = []
        readings = self.readings or [None] * len(self.paths)
        for path, attachment, reading in zip(self.paths, record, readings, strict=True):
            try:
                data = path.read_bytes()
                with self.store.batch():  # the file and its text: one commit, one change event
                    added = original = self._add(attachment, attachment.file_name, data, attachment.mime_type)
                    cleaned = reading.cleaned if reading is not None else []
                    if self.cleanup.check.isChecked() and len(cleaned) == 1 and cleaned[0].changed:
                        name = self.tr("{0}（整理后）.jpg").format(path.stem)
                        added = self._add(attachment, name, cleaned[0].jpeg, "image/jpeg", original.id)
                    if reading is not None and added.id is not None:
                        self.store.attachment_texts.record(added.id, reading.text, len(reading.pages), reading.engine,
                                                           proposed_category=reading.proposed_category)  # fmt: skip
                self.added.append(added)
                if added is not original:
                    self.originals.append(original)
            except OSError as exc:
                problems.append(f"{path.name}: {exc.strerror or exc}")
            except Exception as exc:  # a duplicate or an oversize file, said plainly per file
                problems.append(f"{path.name}: {describe(exc)}")
        if problems:
            self.general_error.setText("\n".join(problems))
            if not self.added:
                raise _NothingSavedError()
        return self.added

    def _add(self, attachment: Attachment, name: str, data: bytes, mime: str,
             original_id: int | None = None) -> Attachment:  # fmt: skip
        return self.store.attachments.add(
            attachment.customer_id,
            name,
            data,
            attachment.category,
            policy_id=attachment.policy_id,
            claim_id=attachment.claim_id,
            thumbnail=make_thumbnail(data, mime),
            remarks=attachment.remarks,
            mime_type=mime,
            original_id=original_id,
        )

    def save(self) -> None:
        try:
            super().save()
        except _NothingSavedError:
            return
        if self.general_error.text():  # some saved, some refused: say which before closing
            QMessageBox.information(self, self.tr("添加档案材料"), self.general_error.text())


class _NothingSavedError(Exception):
    """Nothing could be saved: keep the dialog open with the reasons shown."""
