"""Typed errors of the store.

``KnownError``s come from the environment (a missing key, a locked or damaged file, a full disk)
and are shown to the user with the way forward; anything else is our bug and is reported as such.
Messages are Simplified Chinese source text in the ``store`` translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from agentbook.domain.i18n import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
"""``(context, source text) → text in the user's language``: ``QCoreApplication.translate``."""


def untranslated(_context: str, text: str) -> str:
    return text


class KnownError(Exception):
    """An expected failure the user can act on; ``message`` says what happened and what to do.

    The error translates itself (``text``): it knows its message's translation context and the
    values of its placeholders (``params``), so the UI needs no table of special cases.
    """

    message: str = QT_TRANSLATE_NOOP("store", "数据库操作失败")
    context: ClassVar[str] = "store"

    def __init__(self, detail: str = "", **params: object) -> None:
        super().__init__(f"{self.message} ({detail})" if detail else self.message)
        self.detail = detail
        self.params = {k: str(v) for k, v in params.items()}

    def text(self, translate: Translate = untranslated) -> str:
        """The message in the user's language, its placeholders filled."""
        template = translate(self.context, self.message)
        return template.format(**self.params) if self.params else template


class ArchiveLockedError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "档案已锁定。请先解锁，再继续操作。")


class ArchiveClosedError(KnownError):
    """A read asked of an archive closed for good (its window closing while a worker still ran)."""

    message = QT_TRANSLATE_NOOP("store", "档案已关闭。")


class KeyringUnavailableError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "本机没有可用的系统密钥环，无法自动保存数据库密钥。请改用口令打开数据库。")


class KeyringInitError(KeyringUnavailableError):
    """The keyring exists but could not be opened or created (python-keyring's ``InitError``)."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "系统密钥环无法打开或创建（例如密钥环服务未运行，或创建密钥环的提示被取消）。"
        "请检查系统密钥环后重试；也可以用恢复密钥打开本次会话。",
    )


class KeyringLockedError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "系统密钥环已锁定。请先解锁密钥环（通常是登录系统），然后重试。")


class KeyMissingError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "找到数据库文件，但系统密钥环中没有它的密钥（可能是换了电脑或重装了系统）。请用恢复密钥打开；没有恢复密钥则无法读取这些数据。",
    )


class PassphraseRequiredError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "本机没有系统密钥环，请输入数据库口令。")


class WrongKeyError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "密钥或口令不正确，或者这不是 agentbook 的数据库文件。文件未做任何改动。")


class InvalidKeyError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store", "密钥格式无效：需要 64 位十六进制数字（256 位）。空密钥会生成未加密的数据库，因此被拒绝。"
    )


class DatabaseLockedError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "数据库正被另一个 agentbook 窗口或程序使用。请关闭它后重试。")


class StaleRecordError(KnownError):
    """A save of a record read before someone else saved it: refused so the newer change survives.

    ``current`` is the record as it is stored now, for the dialog to show.
    """

    message = QT_TRANSLATE_NOOP(
        "store",
        "这条记录在您打开之后已在别处（另一个窗口或程序）修改并保存；为免覆盖较新的内容，本次保存未执行。",
    )

    def __init__(self, detail: str = "", current: object = None) -> None:
        super().__init__(detail)
        self.current = current


class BatchAbandonedError(KnownError):
    """A step of a bulk write failed and was handled, but the batch around it cannot commit:
    the step had no savepoint of its own (``Database.transaction(savepoint=False)``)."""

    message = QT_TRANSLATE_NOOP("store", "这一批写入中有一步未能完成，整批已撤销，档案没有任何改动。")


class UnreadableFileError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "无法读取数据库文件（权限不足或磁盘错误）。")


class DamagedFileError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store", "数据库文件已损坏（例如长度为零或被截断）。为避免丢失数据，程序没有覆盖它。请从备份恢复。"
    )


class DiskFullError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "磁盘空间不足，保存失败。已保存的数据没有受到影响。")


class DiskFullAtOpenError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store", "磁盘已满，无法打开数据库（打开时需要少量空间存放日志）。请先腾出磁盘空间再重试。数据库文件没有改动。"
    )


class BackupDiskFullError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store", "备份位置的磁盘空间不足，备份没有写成（未完成的副本已删除）。数据库本身没有任何改动。"
    )


class BackupFolderError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store", "无法在所选位置建立备份文件夹（路径中有同名文件或没有权限）。数据库没有任何改动。"
    )


class KeyChangeFailedError(KnownError):
    """The file did not take the new key (``PRAGMA rekey`` can answer ok and change nothing)."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "更换密钥未能完成（常见原因是磁盘空间不足）。数据库仍使用原来的密钥，原来的恢复密钥（或口令）仍然有效，"
        "数据没有受到影响。请释放磁盘空间后重试。",
    )


class BackupTargetError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "不能把备份写到正在使用的数据库文件上。请选择其他文件名或位置。")


class BranchUnreachableError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store", "无法连接营业部服务器（地址、端口、用户名或口令有误，或服务器未运行）。本机档案没有任何改动。"
    )


class BranchConnectionLostError(KnownError):
    message = QT_TRANSLATE_NOOP(
        "store", "与营业部服务器的连接中断了，这次操作没有写入任何内容。请检查网络后再试一次，填写的内容仍然保留。"
    )


class BranchRefusedError(KnownError):
    """The branch's rules refused the step (a role's limits, an approval rule): the server's own
    words when its rules said them, else a general one."""

    message = QT_TRANSLATE_NOOP("store", "营业部的权限规则不允许这样操作。如需要，请联系经理。")

    def __init__(self, detail: str, said: str | None = None) -> None:
        super().__init__(detail)
        if said:
            self.message = said


class BranchLoginError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "营业部服务器的用户名或口令不正确。")


class NotFoundError(KnownError):
    message = QT_TRANSLATE_NOOP("store", "记录不存在，可能已被删除。")


class ConflictError(KnownError):
    """A uniqueness or reference rule of the data refused the write."""

    message = QT_TRANSLATE_NOOP("store", "数据冲突，保存失败。")


class DuplicateError(ConflictError):
    message = QT_TRANSLATE_NOOP("store", "已存在相同编号的记录。")


class InUseError(ConflictError):
    message = QT_TRANSLATE_NOOP("store", "该记录仍被其他记录引用，不能删除。")


class CustomerIsPartyError(InUseError):
    message = QT_TRANSLATE_NOOP("store", "该客户是保单的投保人或被保险人，不能删除。可以将其标记为“已终止”。")


class BugError(Exception):
    """Our own fault: a broken invariant. Reported, never silently swallowed."""
