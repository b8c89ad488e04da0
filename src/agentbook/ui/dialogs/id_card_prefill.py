"""新建客户 from a photo of the ID card: the fields read on this computer, proposed in the form.

The photo is read by the local OCR engine (``ui/customer360/scan_reader.ScanReader``: background
worker, progress, Stop); ``domain/idcard_text.read_id_card`` finds the fields and checks the
number (GB 11643 check digit, region, date) and that the printed birth date and sex agree with it.
Only empty fields are filled, and nothing is saved: the proposal sits in the dialog, checked by
the same validators as typing, until the user reviews it and presses Save. A field the user had
already filled is kept and named in the note if the card says otherwise. The photo itself is
neither stored nor copied anywhere.

A photo of the back gives 签发机关 and 有效期限, checked (dates exist, the period is one the law
allows, not expired); the customer record has no fields for them, so they are shown in the note
for the agent to see, with what does not agree, and nothing is filled.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

from agentbook.domain import enums as E
from agentbook.domain.attachments import guess_mime
from agentbook.domain.idcard_text import IdCardBack, IdCardFields, is_back, read_id_card, read_id_card_back
from agentbook.ocr.reading import Reading
from agentbook.ui.app.folders import documents_folder
from agentbook.ui.dialogs.fields import FieldParseError
from agentbook.ui.dialogs.scan_prefill import ScanPrefill
from agentbook.ui.errors import reported
from agentbook.ui.i18n import join_list, tr_validation


class IdCardPrefill(ScanPrefill):
    """The button, the reading row and the note a new-customer dialog gets when OCR is installed."""

    def __init__(self, dialog: Any) -> None:
        super().__init__(dialog, dialog.layout(), button_name="prefill_from_id_card", note_name="id_card_note")
        self.button.setText(self.tr("从身份证照片填写…"))
        self.button.setToolTip(
            self.tr(
                "在本机识别身份证正面照片，填写姓名、性别、出生日期、住址和身份证号；"
                "背面照片可核对签发机关和有效期限。保存前请逐项核对"
            )
        )
        self.button.clicked.connect(self.choose_photo)
        self.reader.finished.connect(self._read)
        self.found: IdCardFields | None = None
        self.back: IdCardBack | None = None

    def choose_photo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.dialog,
            self.tr("选择身份证照片（正面或背面）"),
            str(documents_folder()),
            self.tr("照片和扫描件 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf)"),
        )
        if name:
            self.read_file(Path(name))

    def read_file(self, path: Path) -> None:
        """Read the photo at *path* in the background; the form is filled when it is done."""
        with reported(self.dialog):
            data = path.read_bytes()
            self.button.setEnabled(False)
            self.note.hide()
            self.reader.start([(data, guess_mime(path.name))])

    def _read(self, readings: list[Reading | None]) -> None:
        self.button.setEnabled(True)
        reading = readings[0] if readings else None
        lines = reading.lines if reading else []
        if is_back(lines):
            try:
                birth = self.dialog.value("birth_date")
            except FieldParseError:  # half-typed: the period is checked without the age
                birth = None
            self.back = read_id_card_back(lines, self.dialog.store.today(), birth_date=birth)
            self._show_back(self.back)
            return
        found = read_id_card(lines, self.dialog.store.today())
        self.found = found
        self._fill(found)

    def _show_back(self, back: IdCardBack) -> None:
        """The back's fields in the note: the customer record has nowhere to keep them."""
        lines = [self.tr("身份证背面：")]
        if back.issuer:
            lines.append(self.tr("签发机关：{0}").format(back.issuer))
        if back.valid_from is not None:
            until = self.tr("长期") if back.long_term else (back.valid_until.isoformat() if back.valid_until else "？")
            lines.append(self.tr("有效期限：{0} 至 {1}").format(back.valid_from.isoformat(), until))
        lines.append(self.tr("客户资料中没有签发机关和有效期限两项，仅供核对，未填写。"))
        lines += ["⚠ " + problem.text(tr_validation) for problem in back.problems]
        self.note.setText("\n".join(lines))
        self.note.show()

    def _fill(self, found: IdCardFields) -> None:
        labels = {
            "name": self.tr("姓名"),
            "gender": self.tr("性别"),
            "birth_date": self.tr("出生日期"),
            "address": self.tr("住址"),
            "id_number": self.tr("身份证号"),
        }
        proposed: dict[str, Any] = {
            "name": found.name,
            "gender": found.gender,
            "birth_date": found.birth_date,
            "address": found.address,
            "id_number": found.id_number,
        }
        filled, kept = [], []
        if found.id_number and self.dialog.value("id_type") in (None, E.IdType.RESIDENT_ID):
            self.dialog.fields["kind"].set(E.CustomerKind.INDIVIDUAL)
            self.dialog.fields["id_type"].set(E.IdType.RESIDENT_ID)
        for name, value in proposed.items():
            if value in (None, ""):
                continue
            current = self.dialog.value(name)
            if current in (None, ""):
                self.dialog.fields[name].set(value)
                filled.append(labels[name])
            elif current != value:
                kept.append(labels[name])
        lines = []
        if filled:
            lines.append(self.tr("已按身份证照片填写：{0}。请逐项核对，确认无误后再保存。").format(join_list(filled)))
        else:
            lines.append(self.tr("照片中没有读到可填写的内容。"))
        if kept:
            lines.append(self.tr("照片上的{0}与已填写的不同，保留了已填写的。").format(join_list(kept)))
        if found.ethnicity:
            lines.append(self.tr("民族：{0}（客户资料中没有此项，未填写）").format(found.ethnicity))
        lines += ["⚠ " + problem.text(tr_validation) for problem in found.problems]
        self.note.setText("\n".join(lines))
        self.note.show()
        self.dialog.validate_now()
