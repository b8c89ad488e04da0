#!/usr/bin/env python3
"""Build the desktop app for this platform: ``python packaging/build.py``.

Runs PyInstaller on ``packaging/agentbook.spec`` and leaves a one-folder app in
``dist/agentbook/`` (``dist/agentbook.app`` on macOS), then prints its size. Options:

``--check``    run the bundled ``agentbook --self-test`` and time a start to the main window;
``--archive``  pack what users download: ``dist/agentbook-<version>-linux-<arch>.tar.gz`` with
               ``install.sh`` on Linux, a zipped ``.app`` on macOS; on Windows, run Inno Setup on
               ``packaging/windows/agentbook.iss`` afterwards for the installer;
``--clean``    forget PyInstaller's cache (``build/pyinstaller``) first.

Use the Python that has agentbook and PyInstaller installed (``pip install -e .[package]``);
``python3 dev.py`` sets up ``.venv`` with it.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "agentbook.spec"
MIB = 1024 * 1024
SIZE_TARGET_MIB = 190  # 150 for the app, 35 for the rare-character fonts (README: Font)


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "src" / "agentbook" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def bundle_dir(dist: Path) -> Path:
    return dist / ("agentbook.app" if sys.platform == "darwin" else "agentbook")


def executable(dist: Path) -> Path:
    if sys.platform == "darwin":
        return dist / "agentbook.app" / "Contents" / "MacOS" / "agentbook"
    return dist / "agentbook" / ("agentbook.exe" if os.name == "nt" else "agentbook")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, clean: bool) -> float:
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work)]
    if clean:
        command.append("--clean")
    say(" ".join(command))
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    return time.perf_counter() - started


def quiet_env(folder: Path) -> dict[str, str]:
    """Headless, no keyring, every standard folder in *folder*: checks never touch the user's files."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA"):
        env[name] = str(folder / name.lower())
    return env


def self_test(dist: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="agentbook-check-") as folder:
        result = subprocess.run([str(executable(dist)), "--self-test"], env=quiet_env(Path(folder)), check=False)
    return result.returncode


def start_time(dist: Path) -> tuple[float, float]:
    """(seconds for ``--version``, seconds from launch to the main window shown on an existing archive).

    ``--screenshot`` opens the main window, grabs it after 0.8 s and quits; a first run creates
    the archive, so the second run is the one timed, and the grab delay is taken off.
    """
    with tempfile.TemporaryDirectory(prefix="agentbook-start-") as folder:
        env = quiet_env(Path(folder)) | {"AGENTBOOK_PASSPHRASE": "start-time-check"}
        db = Path(folder) / "start.db"
        began = time.perf_counter()
        subprocess.run([str(executable(dist)), "--version"], env=env, check=True, capture_output=True)
        version_s = time.perf_counter() - began
        shot = [str(executable(dist)), "--db", str(db), "--screenshot", str(Path(folder) / "shot.png")]
        subprocess.run(shot, env=env, check=True, capture_output=True)
        began = time.perf_counter()
        subprocess.run(shot, env=env, check=True, capture_output=True)
        window_s = time.perf_counter() - began - 0.8
    return version_s, window_s


def archive(dist: Path) -> Path:
    machine = platform.machine().lower() or "unknown"
    if sys.platform.startswith("linux"):
        target = dist / f"agentbook-{version()}-linux-{machine}.tar.gz"
        with tarfile.open(target, "w:gz") as tar:
            tar.add(bundle_dir(dist), arcname=f"agentbook-{version()}/agentbook")
            for name in ("install.sh", "agentbook.desktop"):
                tar.add(ROOT / "packaging" / "linux" / name, arcname=f"agentbook-{version()}/{name}")
        return target
    if sys.platform == "darwin":
        base = dist / f"agentbook-{version()}-macos-{machine}"
        return Path(shutil.make_archive(str(base), "zip", dist, "agentbook.app"))
    say("Windows: now run  iscc packaging\\windows\\agentbook.iss  for the installer")
    base = dist / f"agentbook-{version()}-windows-{machine}"
    return Path(shutil.make_archive(str(base), "zip", dist, "agentbook"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's cache")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--check", action="store_true", help="run the bundled self-test and time a start")
    parser.add_argument("--archive", action="store_true", help="pack the download for this platform")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    seconds = build(dist, work, args.clean)
    size = folder_size(bundle_dir(dist)) / MIB
    verdict = "within" if size <= SIZE_TARGET_MIB else "OVER"
    say(f"built {bundle_dir(dist)} in {seconds:.0f} s: {size:.1f} MiB ({verdict} the {SIZE_TARGET_MIB} MiB target)")
    if args.check:
        code = self_test(dist)
        if code:
            say(f"bundled self-test FAILED (exit {code})")
            return code
        version_s, window_s = start_time(dist)
        say(f"start: --version {version_s:.2f} s; launch to main window {window_s:.2f} s")
    if args.archive:
        say(f"archive: {archive(dist)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
