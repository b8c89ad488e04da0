"""The recovery key as one printable A4 page.

Paper is the point: a key on paper in a drawer survives the laptop, the OS and the keyring. The
page says what the key is for, how to type it back, and plainly what happens without it. The
key itself is set in Courier (one of PDF's standard fonts, always present) so that each symbol
has the same width and the groups line up; the Chinese text uses the shipped CJK font, embedded.

The CJK font comes from ``pdf_fonts.pdf_font`` like every other sheet's: reportlab keeps one font
object per typeface in a process, so a second registration of the same file under another name
would hand the archive sheets this page's plain ``TTFont`` instead of their own font class.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from agentbook.exporters.files import replaced_atomically
from agentbook.exporters.pdf_fonts import pdf_font
from agentbook.store.keys.recovery import RecoveryKey

KEY_FONT = "Courier-Bold"
_NO_LINE_START = "，。、：；！？）」』”’"  # kept at the end of the line before, as Chinese typesetting does


@dataclass(frozen=True, slots=True)
class SheetText:
    """Every sentence on the page, translated by the caller (the exporter has no Qt)."""

    title: str = "agentbook 恢复密钥"
    database: str = "数据库文件：{0}"
    fingerprint: str = "密钥指纹：{0}"
    made: str = "生成时间：{0}"
    key_heading: str = "恢复密钥（56 个字符，14 组）"
    how: tuple[str, ...] = (
        "这把密钥就是这个数据库的加密密钥。平时它保存在本机的系统密钥环里，打开程序时不需要输入。",
        "换电脑、重装系统或密钥环丢失后，打开 agentbook 时选择“使用恢复密钥”，输入上面的字符即可：",
        "不区分大小写，短横线和空格可输可不输；字母 O 当作数字 0，字母 I、L 当作数字 1。",
        "输错一个字符时，程序会指出是第几组有误。",
    )
    warning: tuple[str, ...] = (
        "没有系统密钥环中的密钥、也没有这张恢复密钥时，数据将永远无法读取——任何人（包括开发者）都无法帮您恢复。",
        "请把这张纸放在安全的地方（例如保险柜），不要拍照、不要存放在电脑或网盘里。",
        "更换密钥后这张纸即作废，请打印新的恢复密钥并销毁旧的。",
    )
    fill_in: str = "保存位置：________________    保存日期：____________    保管人签名：____________"


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break CJK text anywhere (it has no spaces), keeping each line inside *width*."""
    lines: list[str] = []
    line = ""
    for ch in text:
        closing = ch in _NO_LINE_START and len(lines) + len(line) > 0
        if pdfmetrics.stringWidth(line + ch, font, size) > width and line and not closing:
            lines.append(line)
            line = ch
        else:
            line += ch
    return [*lines, line] if line else lines


def write(
    path: Path, key: RecoveryKey, db_path: Path, fingerprint: str, made: datetime, text: SheetText | None = None
) -> Path:
    """Write the page to *path* (a private temporary file renamed at the end)."""
    text = text or SheetText()
    font = pdf_font()
    width, height = A4
    margin = 22 * mm
    usable = width - 2 * margin
    with replaced_atomically(Path(path)) as temp:
        canvas = Canvas(str(temp), pagesize=A4, pageCompression=1)
        canvas.setTitle(text.title)
        canvas.setAuthor("agentbook")
        y = height - margin
        canvas.setFont(font, 20)
        canvas.drawString(margin, y, text.title)
        y -= 12 * mm
        canvas.setFont(font, 10)
        for line in (
            text.database.format(db_path.name),
            text.fingerprint.format(fingerprint),
            text.made.format(made.strftime("%Y-%m-%d %H:%M")),
        ):
            for part in _wrap(line, font, 10, usable):
                canvas.drawString(margin, y, part)
                y -= 5.5 * mm
        y -= 6 * mm
        canvas.setFont(font, 12)
        canvas.drawString(margin, y, text.key_heading)
        y -= 4 * mm
        box_h = 2 * 14 * mm + 8 * mm
        canvas.setLineWidth(1.2)
        canvas.roundRect(margin, y - box_h, usable, box_h, 3 * mm)
        y -= 13 * mm
        size = 17
        number = 0
        for line in key.lines(7):
            groups = line.split("  ")
            step = usable / len(groups)
            for i, group in enumerate(groups):
                number += 1
                centre = margin + step * i + step / 2
                canvas.setFont(KEY_FONT, size)
                canvas.drawCentredString(centre, y, group)
                canvas.setFont(font, 6.5)  # the group numbers the app names when a group is mistyped
                canvas.drawCentredString(centre, y + 6.5 * mm, str(number))
            y -= 14 * mm
        y -= 6 * mm
        for block, size_pt in ((text.how, 10.5), (text.warning, 10.5)):
            canvas.setFont(font, size_pt)
            for sentence in block:
                for part in _wrap(sentence, font, size_pt, usable):
                    canvas.drawString(margin, y, part)
                    y -= 6 * mm
            y -= 4 * mm
        canvas.setFont(font, 10)
        canvas.drawString(margin, margin + 6 * mm, text.fill_in)
        canvas.showPage()
        canvas.save()
    return Path(path)
