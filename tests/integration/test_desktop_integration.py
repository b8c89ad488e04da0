"""Desktop integration files agree with each other and with the build: one name, one icon, one version.

The Linux installer runs for real against a stand-in bundle in a temporary home folder; the
Windows and macOS files cannot run here, so their references are checked instead.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from agentbook import APP_NAME
from agentbook.ui.app.icons import ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive and carry [locale] suffixes
    parser.read(PACKAGING / "linux" / "agentbook.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_starts_the_bundle_with_its_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == APP_NAME  # install.sh rewrites it to the installed path
    assert entry["Icon"] == "agentbook" and entry["StartupWMClass"] == APP_NAME  # = setDesktopFileName
    assert entry["Terminal"] == "false"
    assert entry["Name[zh_CN]"].endswith("保险客户档案") and entry["Name[zh_TW]"].endswith("保險客戶檔案")
    for key in ("Categories", "Keywords", "Keywords[zh_CN]"):
        assert entry[key].endswith(";"), key
    assert "Office" in entry["Categories"].split(";")


def test_every_icon_size_exists():
    from PIL import Image

    for size in ICON_SIZES:
        with Image.open(ICONS / f"agentbook-{size}.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
    with Image.open(ICONS / "agentbook.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    assert (ICONS / "agentbook.icns").read_bytes()[:4] == b"icns"
    assert sum(p.stat().st_size for p in ICONS.iterdir()) < 400_000


def fake_download(folder: Path) -> Path:
    """The unpacked Linux download, with a stand-in for the frozen program."""
    top = folder / "agentbook-0.1.0"
    program = top / "agentbook"
    icons = program / "_internal" / "agentbook" / "resources" / "icons"
    icons.mkdir(parents=True)
    for icon in ICONS.iterdir():
        shutil.copy(icon, icons)
    launcher = program / "agentbook"
    launcher.write_text("#!/bin/sh\necho agentbook stand-in\n")
    launcher.chmod(0o755)
    for name in ("install.sh", "agentbook.desktop"):
        shutil.copy(PACKAGING / "linux" / name, top / name)
    return top


@pytest.mark.skipif(os.name != "posix", reason="the Linux installer is a POSIX shell script")
def test_the_linux_installer_installs_and_uninstalls_without_touching_the_archive(tmp_path):
    top = fake_download(tmp_path / "download")
    home = tmp_path / "home"
    archive = home / ".local" / "share" / "agentbook" / "agentbook.db"
    archive.parent.mkdir(parents=True)
    archive.write_bytes(b"encrypted archive")
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}

    subprocess.run(["sh", str(top / "install.sh")], env=env, check=True, capture_output=True)
    program = home / ".local" / "opt" / "agentbook" / "agentbook"
    assert subprocess.run([str(home / ".local/bin/agentbook")], capture_output=True, text=True).stdout.strip() == (
        "agentbook stand-in"
    )
    desktop = (home / ".local/share/applications/agentbook.desktop").read_text(encoding="utf-8")
    assert f"Exec={program}\n" in desktop
    for size in ICON_SIZES:
        assert (home / f".local/share/icons/hicolor/{size}x{size}/apps/agentbook.png").exists()
    assert (home / ".local/share/icons/hicolor/scalable/apps/agentbook.svg").exists()

    subprocess.run(["sh", str(top / "install.sh")], env=env, check=True, capture_output=True)  # again: upgrade
    subprocess.run(["sh", str(top / "install.sh"), "--uninstall"], env=env, check=True, capture_output=True)
    assert not program.exists() and not (home / ".local/bin/agentbook").exists()
    assert not (home / ".local/share/applications/agentbook.desktop").exists()
    assert archive.read_bytes() == b"encrypted archive"


def test_the_windows_installer_script_points_at_the_build():
    raw = (PACKAGING / "windows" / "agentbook.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads non-ASCII text as UTF-8 only with a BOM"
    script = raw.decode("utf-8-sig")
    assert f'#define AppName "{APP_NAME}"' in script and f'#define AppExe "{APP_NAME}.exe"' in script
    assert '"..\\..\\dist\\agentbook"' in script  # packaging/build.py's output folder
    assert "resources\\icons\\agentbook.ico" in script and (ICONS / "agentbook.ico").exists()
    assert "PrivilegesRequired=lowest" in script  # agents install without administrator rights
    assert "AppId={{" in script


def test_the_macos_bundle_is_configured_like_the_others():
    spec = (PACKAGING / "agentbook.spec").read_text(encoding="utf-8")
    assert "BUNDLE(" in spec and 'icon=str(ICONS / "agentbook.icns")' in spec
    assert '"CFBundleShortVersionString": __version__' in spec
    assert '"CFBundleLocalizations": ["zh_CN", "zh_TW", "en"]' in spec
    entitlements = (PACKAGING / "macos" / "entitlements.plist").read_text(encoding="utf-8")
    assert "allow-unsigned-executable-memory" in entitlements
