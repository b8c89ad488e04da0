"""The text read from a scanned attachment (OCR), kept with the attachment inside the archive.

Recognised text is as personal as the scan it came from, so it lives in the encrypted database,
belongs to the attachment's customer (exported with their data, destroyed with them) and is
never written anywhere else. A cap on its length keeps a runaway recognition of a 200-page PDF
from bloating every backup: past it, the text is cut, and the cut is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.validation import FieldError

# Said next to the category while the scans are read: the proposal is not there yet to confirm.
STILL_READING = QT_TRANSLATE_NOOP("validation", "正在识别文字，请稍候，或点“停止识别”")
MAX_SCAN_TEXT_CHARS = 200_000  # some 100 dense pages; a scan's text is for finding, not for reading


@dataclass(slots=True)
class ScanText:
    """What the local OCR engine read in one attachment, page by page joined by form feeds."""

    attachment_id: int
    customer_id: int
    text: str
    pages: int
    engine: str
    proposed_category: str = ""
    truncated: bool = False
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def page_texts(self) -> list[str]:
        return self.text.split("\f")


def clipped(text: str) -> tuple[str, bool]:
    """*text* cut to the cap, and whether it was cut."""
    if len(text) <= MAX_SCAN_TEXT_CHARS:
        return text, False
    return text[:MAX_SCAN_TEXT_CHARS], True


def validate_scan_text(scan: ScanText) -> list[FieldError]:
    errors: list[FieldError] = []
    if not scan.attachment_id:
        errors.append(FieldError("attachment_id", QT_TRANSLATE_NOOP("validation", "识别的文字不属于任何档案材料")))
    if not scan.customer_id:
        errors.append(FieldError("customer_id", QT_TRANSLATE_NOOP("validation", "请选择客户")))
    if scan.pages < 0:
        errors.append(FieldError("pages", QT_TRANSLATE_NOOP("validation", "页数不能为负数")))
    if len(scan.text) > MAX_SCAN_TEXT_CHARS:
        errors.append(FieldError("text", QT_TRANSLATE_NOOP("validation", "识别的文字过长")))
    if not scan.engine.strip():
        errors.append(FieldError("engine", QT_TRANSLATE_NOOP("validation", "未注明识别引擎")))
    return errors
