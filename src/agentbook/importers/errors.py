"""Why a file cannot be imported at all (as opposed to a problem in one row or cell).

These are environment errors the user can act on (a wrong or damaged file, a file too big), so
they are ``KnownError``s; ``message`` is Chinese source text in the ``importer`` context and
``params`` fill its placeholders after translation.
"""

from __future__ import annotations

from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.store.errors import KnownError

CONTEXT = "importer"


class ImportFileError(KnownError):
    """The file as a whole cannot be read."""

    message = QT_TRANSLATE_NOOP("importer", "无法读取该文件。")
    context = CONTEXT


class NotSpreadsheetError(ImportFileError):
    message = QT_TRANSLATE_NOOP("importer", "这不是 Excel 工作簿（.xlsx）或 CSV 文件，无法导入。")


class LegacyXlsError(ImportFileError):
    message = QT_TRANSLATE_NOOP(
        "importer",
        "这是旧版 Excel 格式（.xls）或设置了打开密码的工作簿。请在 Excel 或 WPS 中去掉密码并“另存为” .xlsx 工作簿后再导入。",  # noqa: E501
    )


class DamagedFileError(ImportFileError):
    message = QT_TRANSLATE_NOOP(
        "importer", "文件已损坏或不完整（可能没有下载或复制完整），无法读取。请重新获取原文件。"
    )


class UnsafeFileError(ImportFileError):
    message = QT_TRANSLATE_NOOP("importer", "文件包含不安全的内容（可能是被恶意构造的文件），已拒绝读取。")


class FileTooLargeError(ImportFileError):
    message = QT_TRANSLATE_NOOP("importer", "文件太大（{size} MB），一次最多导入 {limit} MB。请把表格拆分成几个文件。")


class TooManyCellsError(ImportFileError):
    message = QT_TRANSLATE_NOOP("importer", "表格太大：超过 {limit} 行或 {cells} 个单元格。请把表格拆分成几个文件。")


class NoHeaderError(ImportFileError):
    message = QT_TRANSLATE_NOOP(
        "importer", "没有找到标题行。表格的第一行（或标题下方的一行）应是“客户姓名”“身份证号码”这样的列名。"
    )


class UnknownSheetError(ImportFileError):
    message = QT_TRANSLATE_NOOP("importer", "工作簿中没有名为“{sheet}”的工作表。")


class ImportCancelledError(Exception):
    """The user cancelled while the import ran; the transaction was rolled back."""


class ZipBombError(UnsafeFileError):
    message = QT_TRANSLATE_NOOP("importer", "文件解压后过大（{size} MB），可能是被恶意构造的文件，已拒绝读取。")
