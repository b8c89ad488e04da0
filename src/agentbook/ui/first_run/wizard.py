"""First run: a short wizard, shown only when no archive exists yet.

It asks, in this order: the interface language (applied at once), where the archive lives (an
existing file there is opened, never overwritten), the agency and the agent's name, a passphrase
when the computer has no keyring, and whether to start empty or with the demo data. Leaving
that page creates the archive; the last page then tells where the key lives.

The last page is the recovery key (``ui/security/recovery.py``): it reads ``wizard.store`` (the archive
just created) in its ``initializePage``, and Finish waits until the user says the key is stored.
In passphrase mode it explains instead that the passphrase is the only way in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from agentbook.demo.generator import demo_dataset
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.paths import default_db_path
from agentbook.store.api import Store
from agentbook.store.backup.restore_swap import settle as settle_restore
from agentbook.store.keys.vault import KeyVault
from agentbook.ui.app.icons import app_icon
from agentbook.ui.errors import show_error
from agentbook.ui.first_run.pages import (
    DataPage,
    IdentityPage,
    LocationPage,
    PassphrasePage,
    WelcomePage,
    WizardPage,
)
from agentbook.ui.i18n import SETTING_KEY, Translation
from agentbook.ui.security.keyring_names import vault_keyring_name
from agentbook.ui.security.recovery import RecoveryKeyPage
from agentbook.ui.worker import wait_for

ARCHIVE_SETTING = "archive/path"  # QSettings: where the wizard put the archive, when not the default


@dataclass(frozen=True, slots=True)
class FirstRunChoices:
    language: str
    db_path: Path
    agency_name: str
    agent_name: str
    passphrase: str | None  # None: the key goes to the OS keyring
    demo: bool
    existing: bool  # the chosen file is an archive already: open it, create nothing


def create_archive(
    choices: FirstRunChoices, vault: KeyVault, demo_customers: int, step: Callable[[int], None] = lambda _n: None
) -> Store:
    """Create the encrypted archive the wizard described, with its names and (maybe) the demo data;
    *step* hears of each stage (``CREATION_STEPS``) as it starts."""
    step(0)
    store = Store.open(
        choices.db_path, vault, create=True, passphrase=choices.passphrase, actor=choices.agent_name or None
    )
    try:
        write_identity(store, choices)
        if choices.demo:
            step(1)
            dataset = demo_dataset(demo_customers, seed=2024, today=store.today())
            step(2)
            store.load_dataset(dataset, action="demo_data")
        step(3)
    except BaseException:
        store.close()
        raise
    return store


def write_identity(store: Store, choices: FirstRunChoices) -> None:
    """Agency and agent name into the archive's settings; the agent becomes the audit actor."""
    values = {"agency_name": choices.agency_name, "agent_name": choices.agent_name}
    store.update_settings({key: value for key, value in values.items() if value})


CREATION_STEPS = (
    QT_TRANSLATE_NOOP("FirstRunWizard", "正在创建加密档案…"),
    QT_TRANSLATE_NOOP("FirstRunWizard", "正在生成演示客户和保单…"),
    QT_TRANSLATE_NOOP("FirstRunWizard", "正在写入演示数据…"),
)


class FirstRunWizard(QWizard):
    PAGE_WELCOME, PAGE_LOCATION, PAGE_IDENTITY, PAGE_PASSPHRASE, PAGE_DATA, PAGE_KEY = range(6)

    def __init__(
        self,
        db_path: Path,
        vault: KeyVault,
        translation: Translation,
        settings: QSettings,
        *,
        demo: bool = True,
        demo_customers: int = 200,
        create: Callable[[FirstRunChoices], Store] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_wizard")
        self.db_path = db_path
        self.vault = vault
        self.translation = translation
        self.settings = settings
        self.store: Store | None = None
        self.branch_store: Store | None = None  # connected to a branch server instead of creating
        self.passphrase: str | None = None
        self._create: Callable[[FirstRunChoices, Callable[[int], None]], Store] = (
            (lambda choices, _step: create(choices))
            if create is not None
            else (lambda choices, step: create_archive(choices, vault, demo_customers, step))
        )
        self.has_keyring = vault.has_backend()
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # the archive exists by then
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        self.welcome = WelcomePage(self)
        self.location = LocationPage(self)
        self.identity = IdentityPage(self)
        self.passphrase_page = PassphrasePage(self)
        self.data = DataPage(self, demo)
        self.key = RecoveryKeyPage(self)
        for page_id, page in enumerate(
            (self.welcome, self.location, self.identity, self.passphrase_page, self.data, self.key)
        ):
            self.setPage(page_id, page)
        self.resize(660, 460)
        self.retranslate()

    # --- flow --------------------------------------------------------------------------------
    def connect_branch(self) -> None:
        """连接营业部服务器 on the welcome page: the wizard ends with the branch's archive open."""
        from agentbook.ui.app import branch_session

        store = branch_session.ask(self, self.vault, self.settings)
        if store is not None:
            self.branch_store = store
            self.accept()

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        current = self.currentId()
        if current == self.PAGE_IDENTITY:
            if self.location.existing():
                return -1  # an archive is there already: Finish opens it
            return self.PAGE_DATA if self.has_keyring else self.PAGE_PASSPHRASE
        if current == self.PAGE_PASSPHRASE:
            return self.PAGE_DATA
        if current == self.PAGE_DATA:
            return self.PAGE_KEY
        if current == self.PAGE_KEY:
            return -1
        return current + 1

    def choices(self) -> FirstRunChoices:
        return FirstRunChoices(
            language=self.translation.language,
            db_path=self.location.chosen(),
            agency_name=self.identity.agency.text().strip(),
            agent_name=self.identity.agent.text().strip(),
            passphrase=None if self.has_keyring else self.passphrase_page.passphrase.text(),
            demo=self.data.demo.isChecked(),
            existing=self.location.existing(),
        )

    def create_archive(self) -> bool:
        """Called when the data page is left: make the archive, or say why not and stay."""
        if self.store is not None:
            return True
        choices = self.choices()
        labels = [QCoreApplication.translate("FirstRunWizard", text) for text in CREATION_STEPS]
        title = QCoreApplication.translate("FirstRunWizard", "创建档案")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.store = wait_for(self, title, labels, lambda step: self._create(choices, step))
        except Exception as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, exc)
            return False
        QGuiApplication.restoreOverrideCursor()
        self.passphrase = choices.passphrase
        return True

    def keyring_name(self) -> str:
        return vault_keyring_name(self.vault)

    # --- language ----------------------------------------------------------------------------
    def switch_language(self, language: str) -> None:
        self.settings.setValue(SETTING_KEY, language)
        self.translation.apply(language)  # Qt sends LanguageChange to every widget

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("FirstRunWizard", "agentbook 首次设置"))
        buttons = {
            QWizard.WizardButton.BackButton: QCoreApplication.translate("FirstRunWizard", "< 上一步(&B)"),
            QWizard.WizardButton.NextButton: QCoreApplication.translate("FirstRunWizard", "下一步(&N) >"),
            QWizard.WizardButton.FinishButton: QCoreApplication.translate("FirstRunWizard", "开始使用(&S)"),
            QWizard.WizardButton.CancelButton: QCoreApplication.translate("FirstRunWizard", "取消"),
        }
        for which, text in buttons.items():
            self.setButtonText(which, text)
        for page_id in self.pageIds():
            page = self.page(page_id)
            if isinstance(page, WizardPage):
                page.retranslate()


@dataclass(frozen=True, slots=True)
class FirstRunResult:
    choices: FirstRunChoices
    store: Store | None  # None when the wizard chose an existing archive: the caller opens it

    @property
    def path(self) -> Path:
        return self.choices.db_path


def archive_location(db_path: Path, settings: QSettings) -> Path:
    """The archive to open: the one the wizard placed elsewhere, when the default is asked for."""
    remembered = str(settings.value(ARCHIVE_SETTING, "", str))
    if remembered and db_path == default_db_path() and not db_path.exists():
        return Path(remembered)
    return db_path


def needs_first_run(db_path: Path) -> bool:
    # A restore killed between its steps is settled first: its data must never meet the wizard.
    settle_restore(db_path)
    return not db_path.exists()


def run_first_run(
    db_path: Path, vault: KeyVault, translation: Translation, settings: QSettings, *, demo: bool, demo_customers: int
) -> FirstRunResult | None:
    """Show the wizard; None when it was cancelled before an archive existed."""
    wizard = FirstRunWizard(db_path, vault, translation, settings, demo=demo, demo_customers=demo_customers)
    accepted = wizard.exec() == QWizard.DialogCode.Accepted
    if wizard.branch_store is not None:  # connected to the branch: no local archive was made
        return FirstRunResult(wizard.choices(), wizard.branch_store)
    if wizard.store is None and not accepted:
        return None
    choices = wizard.choices()
    remember(choices.db_path, settings)
    return FirstRunResult(choices, wizard.store)


def remember(db_path: Path, settings: QSettings) -> None:
    """Next start opens the archive where the wizard put it (the default path needs no note)."""
    if db_path == default_db_path():
        settings.remove(ARCHIVE_SETTING)
    else:
        settings.setValue(ARCHIVE_SETTING, str(db_path))
