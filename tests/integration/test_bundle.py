"""The installed desktop app: PyInstaller builds the one-folder bundle and the bundle's own
``--self-test`` passes offscreen. Slow (the build takes 30–60 s), so it is built once per run."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Measured 200.2 MiB: 150 for the app, 35 for the rare-character fonts (HanaMin A and B, CJK
# Extensions A–F), 10 for psycopg's libpq (the branch server); a limit of 210 keeps the margin that
# lets a change in, and catches a library pulled in by accident (the OCR extra is 370 MiB alone).
SIZE_LIMIT_MIB = 210

pytestmark = pytest.mark.slow


def _build_module():
    spec = importlib.util.spec_from_file_location("agentbook_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def build():
    return _build_module()


@pytest.fixture(scope="session")
def bundle(build, tmp_path_factory) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e .[package])")
    dist = tmp_path_factory.mktemp("dist")
    build.build(dist, tmp_path_factory.mktemp("pyinstaller-work"), clean=False)
    return dist


def test_the_bundled_self_test_passes(bundle, build, tmp_path):
    result = subprocess.run(
        [str(build.executable(bundle)), "--self-test"],
        env=build.quiet_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert f"bundle {build.bundle_dir(bundle)}" in result.stdout  # the frozen copy ran, not the source tree


def test_the_bundle_says_its_version(bundle, build, tmp_path):
    from agentbook import __version__

    out = subprocess.run(
        [str(build.executable(bundle)), "--version"],
        env=build.quiet_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert out.strip() == f"agentbook {__version__}"


def test_the_bundle_carries_its_files_and_leaves_out_unused_qt(bundle, build):
    folder = build.bundle_dir(bundle)
    size_mib = build.folder_size(folder) / build.MIB
    assert size_mib <= SIZE_LIMIT_MIB, f"bundle grew to {size_mib:.0f} MiB"
    names = {p.name for p in folder.rglob("*")}
    for needed in ("wqy-microhei.ttc", "agentbook_en.qm", "agentbook_zh_TW.qm", "agentbook-256.png", "schema_v1.sql"):
        assert needed in names, needed
    assert "qtbase_zh_CN.qm" in names and "qtbase_de.qm" not in names
    assert any(n.startswith("agentbook-") and n.endswith(".dist-info") for n in names)  # for the About dialog
    unused = [n for n in names if n.startswith(("libQt6Qml", "libQt6Quick", "libQt6WebEngine", "Qt6WebEngine"))]
    assert not unused, unused
    if sys.platform.startswith("linux"):
        assert not [n for n in names if n.startswith(("libgtk-3", "libstdc++", "libX11.so"))]
