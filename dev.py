#!/usr/bin/env python3
"""One entry point for newcomers: ``python3 dev.py run`` and ``python3 dev.py test``.

``python3 dev.py quick`` is the inner loop: ruff, mypy and the tests not marked slow, once.

Both set everything up first (a virtual environment in ``.venv`` with the project and its test
tools, and on Debian/Ubuntu the system libraries Qt needs to start), so they work on a fresh
machine. Only the standard library is used here, because nothing else is installed yet.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".agentbook-installed"
# Shared libraries PySide6's wheels expect on Linux and the Debian packages that bring them.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
}
# Tools the test suite uses: a real Secret Service for the keyring tests; binutils for PyInstaller
# (tests/integration/test_bundle.py builds the desktop bundle); libfaketime for the second pass of
# the date-sensitive tests on another day.
DEBIAN_TEST_TOOLS = {
    "gnome-keyring-daemon": "gnome-keyring",
    "dbus-run-session": "dbus-x11",
    "objdump": "binutils",
    "faketime": "faketime",
    "strace": "strace",  # the key-change fault test kills a process in the middle of a checkpoint
    "pdftoppm": "poppler-utils",  # printed lists and 360 sheets rendered to PNG and read back as text
}
# The second pass runs on a leap day years away: any code that dates records from the wall clock
# instead of the store's clock, and any test that assumes today's date, fails there.
FAKE_DAY = "2032-02-29 10:00:00"
DATE_SENSITIVE = [
    "tests/domain",
    "tests/store",
    "tests/importers",
    "tests/demo",
    "tests/ui/test_today.py",
    "tests/ui/test_consent.py",
    "tests/ui/test_dialogs.py",
]


def say(text: str) -> None:
    print(f"[agentbook] {text}", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _missing_libraries() -> list[str]:
    try:
        listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    except FileNotFoundError:
        listing = ""
    return sorted({pkg for lib, pkg in DEBIAN_PACKAGES.items() if lib not in listing})


def postgres_bindir() -> Path | None:
    """Where PostgreSQL's server programs are (Debian keeps them off PATH), or None."""
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).resolve().parent
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: [int(n) for n in p.parts[-3].split(".") if n.isdigit()],
    )
    return found[-1].parent if found else None


def ensure_system_packages(for_tests: bool) -> None:
    """On Debian-like Linux, install what Qt (and the tests) need when it is missing."""
    if not sys.platform.startswith("linux") or not shutil.which("apt-get"):
        return
    wanted = _missing_libraries()
    if for_tests:
        wanted += [pkg for tool, pkg in DEBIAN_TEST_TOOLS.items() if not shutil.which(tool)]
        if not postgres_bindir():
            wanted.append("postgresql")  # the branch-server tests run a throwaway cluster of their own
    if not wanted:
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            say("Qt needs these Debian packages; please install them: " + " ".join(wanted))
            return
        prefix = ["sudo", "-n"]
    say("installing system packages: " + " ".join(wanted))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=False, env=env)
    result = subprocess.run(
        [*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *wanted], check=False, env=env
    )
    if result.returncode != 0:
        say("could not install " + " ".join(wanted) + "; install them by hand if Qt fails to start")


def ensure_venv() -> Path:
    """Create .venv and install the project with its test extra when pyproject.toml changed."""
    python = venv_python()
    if not python.exists():
        say("creating the virtual environment in .venv")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != digest:
        say("installing agentbook and its dependencies (first time takes a few minutes)")
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"], check=True)
        STAMP.write_text(digest)
    return python


def run_app(args: list[str]) -> int:
    ensure_system_packages(for_tests=False)
    python = ensure_venv()
    return subprocess.call([str(python), "-m", "agentbook", *args], cwd=ROOT)


def run_tests(args: list[str], *, quick: bool = False) -> int:
    """ruff, then pytest; the whole ``test`` (no arguments) adds the pass on another day."""
    ensure_system_packages(for_tests=True)
    python = ensure_venv()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    say("ruff check")
    folders = ("src", "tests", "benchmarks", "forms", "packaging", "dev.py")
    targets = [name for name in folders if (ROOT / name).exists()]
    lint = subprocess.call([str(python), "-m", "ruff", "check", *targets], cwd=ROOT)
    say("mypy (strict on domain/ and store/; the folders it checks are in pyproject.toml)")
    lint = subprocess.call([str(python), "-m", "mypy"], cwd=ROOT) or lint
    selection = ["-m", "not slow", *args] if quick else args
    say("pytest " + " ".join(selection))
    tests = subprocess.call([str(python), "-m", "pytest", *selection], cwd=ROOT, env=env)
    if not quick and not args:
        tests = tests or run_on_another_day(python, env)
    if lint and not tests:
        say("tests passed but ruff or mypy found problems")
    return tests or lint


def run_on_another_day(python: Path, env: dict[str, str]) -> int:
    """The date-sensitive tests again with the computer's clock on FAKE_DAY (libfaketime)."""
    faketime = shutil.which("faketime")
    if faketime is None:
        if os.environ.get("CI"):
            say("faketime is missing: CI must run the date-sensitive tests on another day")
            return 1
        say("faketime is not installed: skipped the pass on another day (Debian/Ubuntu: apt install faketime)")
        return 0
    say(f"pytest, date-sensitive tests with the clock on {FAKE_DAY}")
    command = [faketime, FAKE_DAY, str(python), "-m", "pytest", "-q", "-m", "not slow", *DATE_SENSITIVE]
    return subprocess.call(command, cwd=ROOT, env=env)


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test", "quick"):
        print(__doc__)
        print("usage: python3 dev.py run [agentbook options] | python3 dev.py test|quick [pytest options]")
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    if command == "run":
        return run_app(rest)
    return run_tests(rest, quick=command == "quick")


if __name__ == "__main__":
    sys.exit(main())
