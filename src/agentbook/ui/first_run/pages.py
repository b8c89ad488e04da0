"""The pages of the first-run wizard (``ui/first_run/wizard.py``), one class each.

Every text is set in ``retranslate()`` so that choosing a language on the first page relabels
the whole wizard at once. The translation context is named explicitly ("FirstRunWizard"):
PySide's ``self.tr`` would use each subclass's own name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from agentbook.store.db.database import default_actor
from agentbook.ui.i18n import LANGUAGES
from agentbook.ui.security.unlock import MIN_LENGTH

if TYPE_CHECKING:
    from agentbook.store.api import Store
    from agentbook.ui.i18n import Translation


class FirstRunWizard(Protocol):
    """What the pages ask of the first-run wizard (``ui/first_run/wizard.py``); the wizard imports the
    pages, so the pages name the wizard by this shape, not by import."""

    db_path: Path
    translation: Translation
    store: Store | None
    passphrase: str | None

    def switch_language(self, language: str) -> None: ...

    def create_archive(self) -> bool: ...

    def keyring_name(self) -> str: ...

    def connect_branch(self) -> None: ...


CONTEXT = "FirstRunWizard"


def _wrapping_label(parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    if name:
        label.setObjectName(name)
    return label


def _hint(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text)")
    return label


def _with_hint(parent: QWidget, field: QWidget, hint: QLabel) -> QWidget:
    """A form field with its explanation right under it."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 10)
    column.setSpacing(3)
    column.addWidget(field)
    column.addWidget(hint)
    return box


class WizardPage(QWizardPage):
    """A page that relabels itself when the language changes."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(cast(QWidget, wizard))  # the wizard is a QWizard; pages name it by its shape
        self.owner = wizard

    def retranslate(self) -> None:
        raise NotImplementedError


class WelcomePage(WizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.intro = _wrapping_label(self, "welcome_text")
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(wizard.translation.language)))
        self.language.currentIndexChanged.connect(lambda _i: wizard.switch_language(self.language.currentData()))
        self.language_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        # A branch's people work on its server: no archive of their own to create.
        self.branch_note = _wrapping_label(self, "branch_note")
        self.branch_button = QPushButton(self)
        self.branch_button.setObjectName("connect_branch")
        self.branch_button.clicked.connect(wizard.connect_branch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.branch_note)
        layout.addWidget(self.branch_button, 0, Qt.AlignmentFlag.AlignLeft)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "欢迎使用 agentbook"))
        self.setSubTitle(
            QCoreApplication.translate("FirstRunWizard", "离线、加密的保险客户档案。几步设置之后即可开始使用。")
        )
        self.intro.setText(
            QCoreApplication.translate(
                "FirstRunWizard",
                "agentbook 把客户、保单、缴费、理赔和沟通记录保存在这台电脑上的一个加密档案文件里，"
                "不需要联网，也不会把数据发送到任何地方。<br><br>"
                "接下来将设置：界面语言、机构和经办人、档案保存位置、加密密钥，以及是否先载入演示数据。",
            )
        )
        self.language_label.setText(QCoreApplication.translate("FirstRunWizard", "界面语言"))
        self.branch_note.setText(
            QCoreApplication.translate(
                "FirstRunWizard", "在营业部工作、档案保存在营业部的服务器上？不必在这台电脑上建立档案，直接连接即可。"
            )
        )
        self.branch_button.setText(QCoreApplication.translate("FirstRunWizard", "连接营业部服务器…"))


class IdentityPage(WizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.agency = QLineEdit(self)
        self.agency.setObjectName("agency_name")
        self.agency.setMaxLength(60)
        self.agent = QLineEdit(self)
        self.agent.setObjectName("agent_name")
        self.agent.setMaxLength(40)
        self.agency_label = QLabel(self)
        self.agent_label = QLabel(self)
        self.agency_hint = _hint(self)
        self.agent_hint = _hint(self)
        form = QFormLayout(self)
        form.addRow(self.agency_label, _with_hint(self, self.agency, self.agency_hint))
        form.addRow(self.agent_label, _with_hint(self, self.agent, self.agent_hint))

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "机构和经办人"))
        self.setSubTitle(QCoreApplication.translate("FirstRunWizard", "以后可以在“工具 → 设置”中修改。"))
        self.agency_label.setText(QCoreApplication.translate("FirstRunWizard", "机构名称"))
        self.agent_label.setText(QCoreApplication.translate("FirstRunWizard", "经办人姓名"))
        self.agency.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", "例如：某某保险代理有限公司"))
        self.agent.setPlaceholderText(default_actor())
        self.agency_hint.setText(QCoreApplication.translate("FirstRunWizard", "打印在每一张客户档案表的页眉上。"))
        self.agent_hint.setText(
            QCoreApplication.translate(
                "FirstRunWizard", "写入操作日志，记录每一项新增、修改、打印和导出是谁做的；留空则使用电脑登录名。"
            )
        )


class LocationPage(WizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.path = QLineEdit(str(wizard.db_path), self)
        self.path.setObjectName("db_path")
        self.path.textChanged.connect(lambda _t: self._update())
        self.browse = QPushButton(self)
        self.browse.setObjectName("browse_db")
        self.browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.explain = _wrapping_label(self)
        self.status = _wrapping_label(self, "location_status")
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def chosen(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def existing(self) -> bool:
        return self.chosen().is_file()

    def problem(self) -> str:
        text = self.path.text().strip()
        if not text:
            return QCoreApplication.translate("FirstRunWizard", "请填写档案文件的位置。")
        path = self.chosen()
        if path.is_dir():
            return QCoreApplication.translate(
                "FirstRunWizard", "这是一个文件夹；请在后面加上文件名，例如 agentbook.db。"
            )
        folder = next((p for p in (path.parent, *path.parent.parents) if p.exists()), None)
        if folder is None or not folder.is_dir():
            return QCoreApplication.translate("FirstRunWizard", "找不到这个位置。")
        return ""

    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("FirstRunWizard", "档案文件"),
            str(self.chosen()),
            QCoreApplication.translate("FirstRunWizard", "agentbook 档案 (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.path.setText(chosen)

    def _update(self) -> None:
        problem = self.problem()
        if problem:
            self.status.setText(f"<span style='color:#b3261e'>{problem}</span>")
        elif self.existing():
            self.status.setText(
                QCoreApplication.translate(
                    "FirstRunWizard", "这里已经有一个档案文件：向导结束后将打开它，不会新建或覆盖。"
                )
            )
        else:
            self.status.setText(QCoreApplication.translate("FirstRunWizard", "将在这里新建加密档案。"))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self.problem()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "档案保存在哪里"))
        self.setSubTitle(QCoreApplication.translate("FirstRunWizard", "整个档案是一个加密文件。"))
        self.browse.setText(QCoreApplication.translate("FirstRunWizard", "选择…"))
        self.explain.setText(
            QCoreApplication.translate(
                "FirstRunWizard",
                "默认放在本机的用户数据文件夹里。请放在这台电脑自己的磁盘上，不要放进网盘同步文件夹："
                "程序打开档案时会独占它。备份另行设置，可以放到移动硬盘。",
            )
        )
        self._update()


class PassphrasePage(WizardPage):
    """Only where the OS has no keyring: the archive is keyed by a passphrase the agent keeps."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.explain = _wrapping_label(self, "passphrase_text")
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("passphrase_again")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel(self)
        self.repeat_label = QLabel(self)
        self.status = _wrapping_label(self)
        form = QFormLayout(self)
        form.addRow(self.explain)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow(self.status)
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)

    def problem(self) -> str:
        if len(self.passphrase.text()) < MIN_LENGTH:
            return QCoreApplication.translate("FirstRunWizard", "口令至少 {0} 个字符。").format(MIN_LENGTH)
        if self.passphrase.text() != self.repeat.text():
            return QCoreApplication.translate("FirstRunWizard", "两次输入的口令不一致。")
        return ""

    def _update(self) -> None:
        self.status.setText(self.problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return not self.problem()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "设置档案口令"))
        self.setSubTitle(QCoreApplication.translate("FirstRunWizard", "这台电脑没有系统密钥环。"))
        self.explain.setText(
            QCoreApplication.translate(
                "FirstRunWizard",
                "档案将用口令加密，每次打开都要输入。口令不会保存在任何地方："
                "<b>忘记口令，档案就永远无法打开</b>，请把它记在安全的地方。",
            )
        )
        self.passphrase_label.setText(QCoreApplication.translate("FirstRunWizard", "口令"))
        self.repeat_label.setText(QCoreApplication.translate("FirstRunWizard", "再次输入"))
        self._update()


class DataPage(WizardPage):
    """Empty archive or the demo; the archive is created when this page is left (a commit page)."""

    def __init__(self, wizard: FirstRunWizard, demo: bool) -> None:
        super().__init__(wizard)
        self.setCommitPage(True)
        self.empty = QRadioButton(self)
        self.empty.setObjectName("start_empty")
        self.demo = QRadioButton(self)
        self.demo.setObjectName("start_demo")
        group = QButtonGroup(self)
        group.addButton(self.empty)
        group.addButton(self.demo)
        (self.demo if demo else self.empty).setChecked(True)
        self.empty_hint = _wrapping_label(self)
        self.demo_hint = _wrapping_label(self)
        self.warning = _wrapping_label(self, "data_warning")
        layout = QVBoxLayout(self)
        for widget in (self.empty, self.empty_hint, self.demo, self.demo_hint):
            layout.addWidget(widget)
        self.empty_hint.setContentsMargins(24, 0, 0, 8)
        self.demo_hint.setContentsMargins(24, 0, 0, 8)
        layout.addStretch(1)
        layout.addWidget(self.warning)

    def validatePage(self) -> bool:  # noqa: N802
        return self.owner.create_archive()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "从哪里开始"))
        self.setSubTitle(QCoreApplication.translate("FirstRunWizard", "点击“创建档案”后，加密档案文件就会生成。"))
        self.setButtonText(
            QWizard.WizardButton.CommitButton, QCoreApplication.translate("FirstRunWizard", "创建档案(&C)")
        )
        self.empty.setText(QCoreApplication.translate("FirstRunWizard", "空白档案（正式使用）"))
        self.demo.setText(QCoreApplication.translate("FirstRunWizard", "演示档案（先熟悉一下）"))
        self.empty_hint.setText(
            QCoreApplication.translate("FirstRunWizard", "从零开始录入自己的客户，或导入原来的 Excel 表格。")
        )
        self.demo_hint.setText(
            QCoreApplication.translate(
                "FirstRunWizard", "载入 200 位虚构客户及其保单、缴费、理赔和沟通记录。演示数据不要与真实客户混用。"
            )
        )
        self.warning.setText(
            QCoreApplication.translate(
                "FirstRunWizard", "档案会被加密。没有它的密钥，任何人（包括您自己）都无法读取其中的数据。"
            )
        )


class KeyringPage(WizardPage):
    """Where the key lives and what losing it means; stands in until the recovery-key page exists."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.explain = _wrapping_label(self, "key_text")
        self.understood = QCheckBox(self)
        self.understood.setObjectName("understood")
        self.understood.toggled.connect(lambda _on: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addStretch(1)
        layout.addWidget(self.understood)

    def initializePage(self) -> None:  # noqa: N802
        self.retranslate()

    def isComplete(self) -> bool:  # noqa: N802
        return self.understood.isChecked()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "加密密钥保存在哪里"))
        self.setSubTitle(QCoreApplication.translate("FirstRunWizard", "请读完再继续。"))
        store = self.owner.store
        if store is not None and self.owner.passphrase is not None:
            where = QCoreApplication.translate(
                "FirstRunWizard", "档案用您刚才设置的口令加密。口令只在您的记忆里，程序不保存它。"
            )
        else:
            where = QCoreApplication.translate(
                "FirstRunWizard",
                "档案的密钥是随机生成的 256 位密钥，保存在本机的系统密钥环（{0}）里，"
                "条目名为“agentbook”。所以平时打开程序不需要输入密码。",
            ).format(self.owner.keyring_name())
        if store is not None and self.owner.passphrase is not None:
            loss = QCoreApplication.translate(
                "FirstRunWizard",
                "<b>忘记口令，档案就无法打开</b>，任何人都无法帮您找回。请定期备份档案，并在设置中选择备份位置。",
            )
        else:
            loss = QCoreApplication.translate(
                "FirstRunWizard",
                "<b>没有这个密钥，档案就无法打开</b>：换电脑、重装系统或删除系统账户都会丢失系统密钥环里的密钥。"
                "请定期备份档案，并在设置中选择备份位置。",
            )
        self.explain.setText(where + "<br><br>" + loss)
        self.understood.setText(QCoreApplication.translate("FirstRunWizard", "我已了解：丢失密钥，档案将无法恢复"))
