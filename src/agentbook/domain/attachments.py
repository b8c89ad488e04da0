"""Attachments (档案材料): scans, photos and PDFs kept with a customer, policy or claim.

The bytes are stored inside the encrypted database (never as loose files), identified by their
SHA-256 so the same scan is not stored twice, and limited in size so one careless photo of a
stack of paper cannot bloat every backup. Categories are the Chinese words agents use; a claim's
materials checklist uses the same words, so an attachment of category 诊断证明 ticks that line.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.validation import FieldError

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024  # 20 MiB: a multi-page colour scan, not a video
THUMBNAIL_PIXELS = 160  # longest side of a stored thumbnail

# Offered in the category box; stored as this (source) text and translated for display in the
# "attachment" context. Material names of claims (domain.models.DEFAULT_CLAIM_MATERIALS) are here
# too, so attaching one ticks the claim's checklist.
CATEGORIES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("attachment", "身份证件"),
    QT_TRANSLATE_NOOP("attachment", "保单"),
    QT_TRANSLATE_NOOP("attachment", "投保单"),
    QT_TRANSLATE_NOOP("attachment", "双录"),  # the recorded sale (录音录像) a new policy's callback may cite
    QT_TRANSLATE_NOOP("attachment", "理赔申请书"),
    QT_TRANSLATE_NOOP("attachment", "被保险人身份证明"),
    QT_TRANSLATE_NOOP("attachment", "诊断证明"),
    QT_TRANSLATE_NOOP("attachment", "病历"),
    QT_TRANSLATE_NOOP("attachment", "费用清单"),
    QT_TRANSLATE_NOOP("attachment", "发票原件"),
    QT_TRANSLATE_NOOP("attachment", "事故照片"),
    QT_TRANSLATE_NOOP("attachment", "银行卡信息"),
    QT_TRANSLATE_NOOP("attachment", "其他"),
)


@dataclass(slots=True)
class Attachment:
    """What is known about a stored file; its bytes are fetched separately and only when needed."""

    customer_id: int
    category: str
    file_name: str
    mime_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""
    policy_id: int | None = None
    claim_id: int | None = None
    remarks: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # a cleaned-up page (ocr/cleanup) names the attachment holding the photo as it was taken
    original_id: int | None = None

    @property
    def is_image(self) -> bool:
        return is_image(self.mime_type)

    @property
    def is_pdf(self) -> bool:
        return is_pdf(self.mime_type)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def guess_mime(file_name: str) -> str:
    guessed, _encoding = mimetypes.guess_type(file_name, strict=False)
    return guessed or "application/octet-stream"


def is_image(mime_type: str) -> bool:
    return mime_type.startswith("image/")


def is_pdf(mime_type: str) -> bool:
    return mime_type == "application/pdf"


def format_size(size: int) -> str:
    """Bytes as people read them: 812 B, 45.3 KiB, 2.1 MiB."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KiB"
    return f"{size / (1024 * 1024):.1f} MiB"


def validate_attachment(attachment: Attachment) -> list[FieldError]:
    errors: list[FieldError] = []
    if not attachment.customer_id:
        errors.append(FieldError("customer_id", QT_TRANSLATE_NOOP("validation", "请选择客户")))
    if not attachment.category.strip():
        errors.append(FieldError("category", QT_TRANSLATE_NOOP("validation", "请选择材料类别")))
    if not attachment.file_name.strip():
        errors.append(FieldError("file_name", QT_TRANSLATE_NOOP("validation", "请填写文件名")))
    if attachment.size <= 0:
        errors.append(FieldError("file", QT_TRANSLATE_NOOP("validation", "文件是空的，没有可保存的内容")))
    elif attachment.size > MAX_ATTACHMENT_BYTES:
        errors.append(
            FieldError(
                "file",
                QT_TRANSLATE_NOOP("validation", "文件过大（{size}），单个附件最大 {limit}。请压缩或分页扫描后再添加。"),
                (("size", format_size(attachment.size)), ("limit", format_size(MAX_ATTACHMENT_BYTES))),
            )
        )
    return errors
