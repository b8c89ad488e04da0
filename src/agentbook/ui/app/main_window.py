"""The main window: record tabs, menus, toolbar, status bar, and the wiring between them.

``MainWindow`` is built in layers, one module each, every layer on the one before it:
``window_records.py`` (commands on one record), ``window_tabs.py`` (the tabs, the status count,
what a commit reloads), ``window_tools.py`` (the Tools menu's commands, the choice of archive),
``window_menus.py`` (menus, toolbar, actions). This module holds the window's life: building it,
a new language, the lock, closing.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget

from agentbook.store.api import Store
from agentbook.store.keys.vault import KeyVault
from agentbook.ui.app.store_events import StoreEvents
from agentbook.ui.app.window_menus import WindowMenus
from agentbook.ui.app.window_tabs import TAB_CLASSES, TAB_NAMES, Unbuilt
from agentbook.ui.clipboard import SecretClipboard
from agentbook.ui.i18n import Translation
from agentbook.ui.security.lock import IdleLock
from agentbook.ui.security.security_actions import SecurityActions

__all__ = ["TAB_CLASSES", "TAB_NAMES", "MainWindow", "Unbuilt"]


class MainWindow(WindowMenus):
    """The one window of an open archive (``app.Session`` makes a new one for another archive)."""

    def __init__(
        self,
        store: Store,
        translation: Translation | None = None,
        settings: QSettings | None = None,
        vault: KeyVault | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.vault = vault or KeyVault()
        self.security_actions = SecurityActions(
            self,
            self.vault,
            lock=lambda reason: self.idle_lock.lock(reason),
            lock_settings_changed=lambda: self.idle_lock.reload_settings(),
        )
        self.translation = translation or Translation()
        self.settings = settings or QSettings()
        self.setObjectName("main_window")
        self.views360 = {}
        self.events = StoreEvents(store, self)  # what each commit changed → the views it concerns
        self.events.changed.connect(self.apply_change)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.count_label = QLabel(self)
        self.db_label = QLabel(self)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build()
        geometry = self.settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.tabs.setCurrentIndex(int(str(self.settings.value("main/tab", 0))))
        self._tab_shown(self.tabs.currentIndex())  # no change signal when the saved tab is the first
        # --- idle lock, screen lock, Ctrl+L; copied IDs leave the clipboard ---------------------
        self.clipboard_guard = SecretClipboard(self)
        self.idle_lock = IdleLock(self, store, self.vault, self.clipboard_guard)
        self.idle_lock.locked.connect(self._on_locked)
        self.idle_lock.unlocked.connect(self._on_unlocked)

    # --- construction (also re-run when the language changes) ----------------------------
    def _build(self) -> None:
        self._build_tabs()
        self._title_tabs()  # before the View menu, which is built from the tab titles
        self._build_actions()
        self.retranslate()

    def retranslate(self) -> None:
        self._title_tabs()
        if self.store.branch is not None:
            self.setWindowTitle(self.tr("agentbook 保险客户档案 – 营业部服务器 {0}").format(self.store.branch))
            self.db_label.setText(self.tr("营业部服务器：{0}（{1}）").format(self.store.branch, self.store.actor))
            self.db_label.setToolTip(self.tr("档案保存在营业部的 PostgreSQL 服务器上"))
        else:
            self.setWindowTitle(self.tr("agentbook 保险客户档案 – {0}").format(self.store.path.name))
            self.db_label.setText(self.tr("数据库：{0}（已加密）").format(self.store.path.name))
            self.db_label.setToolTip(str(self.store.path))
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "record_tabs"):
            if self.isVisible():
                self._rebuild_in_new_language()
            else:  # a hidden window catches up when shown again
                self._stale_language = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if getattr(self, "_stale_language", False):
            self._rebuild_in_new_language()
        super().showEvent(event)

    def _rebuild_in_new_language(self) -> None:
        """Filter bars and menus hold translated text; rebuilding them is simpler than patching each."""
        self._stale_language = False
        current = self.tabs.currentIndex()
        for tab in self.record_tabs:
            tab.save_state(self.settings)
        self._build()
        self.tabs.setCurrentIndex(current)
        self._tab_shown(self.tabs.currentIndex())

    # --- the lock ----------------------------------------------------------------------------
    def _on_locked(self) -> None:
        """Destroy every tab (their models hold decrypted rows) and disable every command."""
        widgets = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self.tabs.clear()
        for widget in widgets:
            if widget is not None:
                widget.deleteLater()
        self.record_tabs = []
        self._today = self._statistics = None
        for act in self.findChildren(QAction):
            act.setEnabled(False)
        self.count_label.clear()  # not even a count of records shows while locked

    def _on_unlocked(self) -> None:
        """Fresh tabs, models and menus, as after a language change; open 360 views reread."""
        self._build()
        self._tab_shown(self.tabs.currentIndex())
        for view in list(self.views360.values()):
            view.reload()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for tab in self.record_tabs:
            tab.save_state(self.settings)
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/tab", self.tabs.currentIndex())
        for view in list(self.views360.values()):
            view.close()
        self.events.stop()
        super().closeEvent(event)
