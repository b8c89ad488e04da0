"""The built wheel carries forms, resources and the schema, and finds them when installed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_contents_work_outside_the_source_tree(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            str(ROOT),
            "-w",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("agentbook-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(site)
    for needed in (
        "agentbook/resources/fonts/wqy-microhei.ttc",
        "agentbook/resources/translations/agentbook_en.qm",
        "agentbook/forms/customer_dialog.ui",
        "agentbook/store/db/schema_v1.sql",
        "agentbook/ui/forms_generated/ui_policy_dialog.py",
    ):
        assert needed in names, needed
    probe = (
        "import agentbook.assets as a, agentbook.store.db.migrations as m, importlib.resources as r;"
        "print(a.asset_path('fonts', 'wqy-microhei.ttc'));"
        "print(r.files('agentbook.store.db').joinpath(m.MIGRATIONS[0]).is_file())"
    )
    out = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {probe}"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout.split()
    assert out[0].startswith(str(site)) and out[1] == "True"
