"""新建保单 from a photo or scan of the policy's first page: fields read on this computer, proposed.

The page is read by the local OCR engine (``ui/customer360/scan_reader.ScanReader``: background
worker, progress, Stop); ``domain/policy_text.read_policy_page`` finds 保单号, the parties, 保额,
保费 and the period, reads money exactly and checks the dates. Only fields the user has not
touched are filled (a new policy's dates start at today: those count as untouched); the parties
are chosen only when exactly one customer has the printed name. Nothing is saved: the proposal
is checked by the same validators as typing and waits for the user's Save. The page itself is
not stored by this; adding it to the archive is the attachments' job.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

from agentbook.domain.attachments import guess_mime
from agentbook.domain.policy_text import PolicyPageFields, read_policy_page
from agentbook.ocr.reading import Reading
from agentbook.ui.app.folders import documents_folder
from agentbook.ui.dialogs.fields import FieldParseError
from agentbook.ui.dialogs.pickers import RecordPicker
from agentbook.ui.dialogs.scan_prefill import ScanPrefill
from agentbook.ui.errors import reported
from agentbook.ui.i18n import join_list, tr_validation

_FIELDS = ("policy_no", "insurer", "sum_insured", "premium", "effective_date", "expiry_date")


class PolicyPrefill(ScanPrefill):
    """The button, the reading row and the note a new-policy dialog gets when OCR is installed."""

    def __init__(self, dialog: Any) -> None:
        super().__init__(
            dialog, dialog.form.main_layout, button_name="prefill_from_policy_page", note_name="policy_page_note"
        )
        self.button.setText(self.tr("从保单照片填写…"))
        self.button.setToolTip(
            self.tr(
                "在本机识别保单首页的照片或扫描件，填写保单号、投保人、被保险人、保额、保费和保险期间；保存前请逐项核对"
            )
        )
        self.button.clicked.connect(self.choose_page)
        self.reader.finished.connect(self._read)
        self.untouched = {name: dialog.value(name) for name in _FIELDS}
        self.found: PolicyPageFields | None = None

    def choose_page(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.dialog,
            self.tr("选择保单首页的照片或扫描件"),
            str(documents_folder()),
            self.tr("照片和扫描件 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf)"),
        )
        if name:
            self.read_file(Path(name))

    def read_file(self, path: Path) -> None:
        """Read the page at *path* in the background (a photo cleaned up first); fill when done."""
        with reported(self.dialog):
            data = path.read_bytes()
            self.button.setEnabled(False)
            self.note.hide()
            self.reader.start([(data, guess_mime(path.name))], clean=True)

    def _read(self, readings: list[Reading | None]) -> None:
        self.button.setEnabled(True)
        reading = readings[0] if readings else None
        self.found = read_policy_page(reading.lines if reading else [])
        self._fill(self.found)

    def _labels(self) -> dict[str, str]:
        return {
            "policy_no": self.tr("保单号"),
            "insurer": self.tr("保险公司"),
            "sum_insured": self.tr("保额"),
            "premium": self.tr("保费"),
            "effective_date": self.tr("生效日期"),
            "expiry_date": self.tr("到期日期"),
            "policyholder": self.tr("投保人"),
            "insured": self.tr("被保险人"),
        }

    def _fill(self, found: PolicyPageFields) -> None:
        labels = self._labels()
        filled, kept, lines = [], [], []
        for name in _FIELDS:
            value = getattr(found, name)
            if value in (None, ""):
                continue
            try:
                current = self.dialog.value(name)
            except FieldParseError:  # something half-typed is the user's: keep it, say so
                kept.append(labels[name])
                continue
            if current in (None, "") or current == self.untouched[name]:
                self.dialog.fields[name].set(value)
                filled.append(labels[name])
            elif current != value:
                kept.append(labels[name])
        for name, picker in (("policyholder", self.dialog.holder), ("insured", self.dialog.insured)):
            printed = getattr(found, name)
            if printed:
                lines += self._choose_party(picker, printed, labels[name], filled, kept)
        head = (
            self.tr("已按保单照片填写：{0}。请逐项核对，确认无误后再保存。").format(join_list(filled))
            if filled
            else self.tr("照片中没有读到可填写的保单内容。")
        )
        lines.insert(0, head)
        if kept:
            lines.append(self.tr("照片上的{0}与已填写的不同，保留了已填写的。").format(join_list(kept)))
        if found.lifelong:
            lines.append(self.tr("保险期间为终身，到期日期留空。"))
        lines += ["⚠ " + problem.text(tr_validation) for problem in found.problems]
        self.note.setText("\n".join(lines))
        self.note.show()
        self.dialog.validate_now()

    def _choose_party(self, picker: RecordPicker, printed: str, label: str, filled: list[str],
                      kept: list[str]) -> list[str]:  # fmt: skip
        """Choose the one customer named *printed* for an empty party; say why when there is none."""
        same = [cid for cid, text in self.dialog.store.customer_choices(printed) if text.startswith(printed + "（")]
        if picker.record_id is not None:
            if picker.record_id not in same:
                kept.append(label)
            return []
        if len(same) == 1:
            picker.set_record(same[0])
            filled.append(label)
            return []
        if not same:
            return [self.tr("{0}“{1}”不在客户中，请先新建客户再选择。").format(label, printed)]
        return [self.tr("有 {0} 位客户名为“{1}”，请选择{2}。").format(len(same), printed, label)]
