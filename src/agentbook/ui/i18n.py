"""Language selection and translation of domain text.

Source strings are Simplified Chinese; ``agentbook_en.qm`` and ``agentbook_zh_TW.qm`` translate
them. Qt's own ``qtbase_*.qm`` is loaded too so standard dialogs (file chooser, print dialog,
message-box buttons) speak the same language as the application.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from agentbook.assets import asset_path
from agentbook.domain.enums import LabeledEnum

LANGUAGES: dict[str, str] = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
SETTING_KEY = "ui/language"


def tr_enum(member: LabeledEnum | None) -> str:
    return QCoreApplication.translate("enum", member.label) if member is not None else ""


def tr_validation(message: str) -> str:
    return QCoreApplication.translate("validation", message)


def tr_store(message: str) -> str:
    return QCoreApplication.translate("store", message)


def join_list(items: Iterable[str]) -> str:
    """Items named in a sentence or a cell: 、 in Chinese, a comma in English — the separator is
    the catalogue's, so each language writes its own."""
    return QCoreApplication.translate("list", "、").join(items)


def system_language() -> str:
    """The closest supported language to the system locale; Simplified Chinese otherwise."""
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalChineseScript or locale.territory() in (
            QLocale.Country.Taiwan,
            QLocale.Country.HongKong,
            QLocale.Country.Macao,
        )
        return "zh_TW" if traditional else "zh_CN"
    if locale.language() == QLocale.Language.English:
        return "en"
    return DEFAULT_LANGUAGE


def chosen_language(settings: QSettings | None = None) -> str:
    value = (settings or QSettings()).value(SETTING_KEY, "", str)
    return value if value in LANGUAGES else system_language()


class Translation:
    """Installs and swaps the application's translators (switchable at run time)."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def apply(self, language: str) -> bool:
        """Switch to *language*; returns False when its catalogue is missing (source text shows)."""
        app = QCoreApplication.instance()
        assert app is not None, "a language is applied inside a running application"
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        ok = True
        if self.language != "zh_CN":
            ours = QTranslator(app)
            try:
                ok = ours.load(str(asset_path("translations", f"agentbook_{self.language}.qm")))
            except FileNotFoundError:
                ok = False
            if ok:
                app.installTranslator(ours)
                self._installed.append(ours)
        qt = QTranslator(app)
        qt_name = {"zh_CN": "qtbase_zh_CN", "zh_TW": "qtbase_zh_TW", "en": "qtbase_en"}[self.language]
        if any(qt.load(qt_name, str(folder)) for folder in qt_translation_folders()):
            app.installTranslator(qt)
            self._installed.append(qt)
        QLocale.setDefault(QLocale(self.language))
        return ok


def qt_translation_folders() -> list[Path]:
    """Where Qt's own catalogues may be: the folder Qt reports, then PySide6's ``Qt/translations``
    (a bundled program's Qt often reports a build path that does not exist on this computer)."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    reported = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [Path(reported)] if reported else []
    candidates += [package / "Qt" / "translations", package / "translations"]
    return [folder for folder in candidates if folder.is_dir()]
