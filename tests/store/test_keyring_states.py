"""Every keyring state, each with its own plain message and way forward, never a new key for an
existing file; then the same states for real against gnome-keyring's Secret Service."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring.errors
import pytest
from keyring.backends import fail

from agentbook.domain.clock import ManualClock
from agentbook.store.api import Store
from agentbook.store.errors import (
    KeyMissingError,
    KeyringInitError,
    KeyringLockedError,
    KeyringUnavailableError,
    PassphraseRequiredError,
)
from agentbook.store.keys.memory_keyring import MemoryKeyring
from agentbook.store.keys.vault import KeyVault
from tests.archive_checks import file_digest, snapshot
from tests.conftest import TODAY
from tests.store_builders import person

ROOT = Path(__file__).resolve().parents[2]


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


class UncreatableKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.InitError("Failed to create the collection: prompt dismissed.")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.InitError("Failed to create the collection: prompt dismissed.")


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's file backend: a key in a file beside the data is refused."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


@pytest.fixture
def existing(db_path: Path, vault: KeyVault) -> tuple[str, dict[str, object]]:
    """An archive made with a working keyring; returns its recovery key and contents."""
    store = Store.open(db_path, vault, create=True, clock=ManualClock(TODAY))
    store.customers.create(person("张三"))
    text = store.security.recovery_key().text
    before = snapshot(store)
    store.close()
    return text, before


STATES = {
    "locked": (LockedKeyring, KeyringLockedError),
    "cannot_create": (UncreatableKeyring, KeyringInitError),
    "no_backend": (fail.Keyring, PassphraseRequiredError),
    "plaintext_backend": (PlaintextKeyring, PassphraseRequiredError),
    "entry_missing": (MemoryKeyring, KeyMissingError),
}


@pytest.mark.parametrize("state", list(STATES))
def test_each_state_refuses_plainly_and_the_recovery_key_opens(
    state: str, existing: tuple[str, dict[str, object]], db_path: Path
) -> None:
    text, before = existing
    backend_class, error = STATES[state]
    vault = KeyVault(backend_class())
    digest = file_digest(db_path)
    with pytest.raises(error) as info:
        Store.open(db_path, vault)
    assert info.value.message  # shown to the user as it is
    assert file_digest(db_path) == digest  # the file was not touched, no new key was made
    store, problem = Store.open_with_recovery_key(db_path, vault, text)
    assert snapshot(store)["customers"] == before["customers"]
    store.close()
    if state == "entry_missing":
        assert problem is None and vault.load(db_path) is not None
    else:
        assert isinstance(problem, KeyringUnavailableError | KeyringLockedError)


def test_every_state_has_its_own_message() -> None:
    messages = {e.message for _b, e in STATES.values()} | {KeyringUnavailableError.message}
    assert len(messages) == len({e for _b, e in STATES.values()}) + 1


@pytest.mark.parametrize("state", ["locked", "cannot_create"])
def test_first_run_with_an_unusable_keyring_creates_nothing(state: str, db_path: Path) -> None:
    backend_class, error = STATES[state]
    with pytest.raises(error):
        Store.open(db_path, KeyVault(backend_class()), create=True)
    assert not db_path.exists()


# --- the real thing: gnome-keyring's Secret Service in a private D-Bus session ----------------

REAL_SCRIPT = textwrap.dedent(
    """
    import hashlib, json, sys
    from pathlib import Path
    sys.path[:0] = [sys.argv[2], sys.argv[3]]
    import secretstorage
    from keyring.backends import SecretService
    from agentbook.store.api import Store
    from agentbook.store.errors import KeyMissingError, KeyringLockedError
    from agentbook.store.keys.vault import SERVICE, KeyVault, entry_name
    from tests.store_builders import person

    def vault():  # a fresh one each time, as at each start of the app
        return KeyVault(SecretService.Keyring())

    def digest(p):
        return hashlib.sha256(Path(p).read_bytes()).hexdigest()

    path = Path(sys.argv[1])
    out = {"backend": vault().info().backend_name, "system": vault().info().is_system_store}
    store = Store.open(path, vault(), create=True)
    store.customers.create(person("张三"))
    text = store.security.recovery_key().text
    store.close()
    out["key_in_keyring"] = SecretService.Keyring().get_password(SERVICE, entry_name(path)) is not None

    store = Store.open(path, vault())
    out["reopened"] = [c.name for c in store.customers.find("1")]
    store.close()

    SecretService.Keyring().delete_password(SERVICE, entry_name(path))  # the OS was reinstalled
    before = digest(path)
    try:
        Store.open(path, vault())
    except KeyMissingError:
        out["missing"] = True
    out["unchanged_after_missing"] = digest(path) == before
    store, problem = Store.open_with_recovery_key(path, vault(), text)
    out["recovered"] = [c.name for c in store.customers.find("1")]
    out["recover_problem"] = repr(problem)
    store.close()
    store = Store.open(path, vault())  # the key is back in the keyring
    out["after_recovery"] = [c.name for c in store.customers.find("1")]
    store.close()

    collection = secretstorage.get_default_collection(secretstorage.dbus_init())
    collection.lock()
    before = digest(path)
    try:
        Store.open(path, vault())
    except KeyringLockedError:
        out["locked"] = True
    out["unchanged_after_locked"] = digest(path) == before
    print(json.dumps(out, ensure_ascii=False))
    """
)

INIT_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    sys.path[:0] = [sys.argv[2], sys.argv[3]]
    from keyring.backends import SecretService
    from agentbook.store.api import Store
    from agentbook.store.errors import KeyringInitError, PassphraseRequiredError
    from agentbook.store.keys.vault import KeyVault
    out = {}
    try:
        Store.open(Path(sys.argv[1]), KeyVault(SecretService.Keyring()), create=True)
    except KeyringInitError as exc:
        out["error"] = "init"
        out["detail"] = exc.detail
    except PassphraseRequiredError:
        out["error"] = "no_backend"
    out["created"] = Path(sys.argv[1]).exists()
    print(json.dumps(out, ensure_ascii=False))
    """
)

NO_SECRETS_BUS = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={tmp}</listen>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/>
  </policy>
</busconfig>
"""


def _need_secret_service() -> None:
    missing = [tool for tool in ("gnome-keyring-daemon", "dbus-run-session") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (Debian: gnome-keyring, dbus-x11)")
    pytest.importorskip("secretstorage")


def _run_in_session(tmp_path: Path, script: str, db: Path, *, keyring: str) -> dict[str, object]:
    """Run *script* in a private D-Bus session whose Secret Service is in the state *keyring*:
    "unlocked" (a login keyring unlocked with a password), "uncreatable" (a daemon with no
    keyring yet, whose creation prompt cannot be shown) or "absent" (no Secret Service at all)."""
    home = tmp_path / "home"
    (home / ".local" / "share").mkdir(parents=True, exist_ok=True)
    script_file = tmp_path / "script.py"
    script_file.write_text(script, encoding="utf-8")
    run = f'"{sys.executable}" "{script_file}" "{db}" "{ROOT / "src"}" "{ROOT}"'
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING", "DISPLAY", "WAYLAND"))},
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
    }
    daemon = {
        "unlocked": "echo -n test-login | gnome-keyring-daemon --unlock --components=secrets >/dev/null; ",
        "uncreatable": "gnome-keyring-daemon --start --components=secrets >/dev/null; ",
        "absent": "",
    }[keyring]
    command = ["dbus-run-session"]
    if keyring == "absent":
        services = tmp_path / "no-services"
        services.mkdir()
        config = tmp_path / "bus.conf"
        config.write_text(NO_SECRETS_BUS.format(tmp=tmp_path, services=services))
        command.append(f"--config-file={config}")
    command += ["--", "sh", "-c", daemon + run]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"script failed ({done.returncode}):\n{done.stdout}\n{done.stderr[-3000:]}"
    return json.loads(lines[-1])


@pytest.mark.slow
def test_real_secret_service_stores_reads_loses_and_recovers_the_key(tmp_path: Path) -> None:
    _need_secret_service()
    out = _run_in_session(tmp_path, REAL_SCRIPT, tmp_path / "real.db", keyring="unlocked")
    assert out["backend"] == "keyring.backends.SecretService.Keyring" and out["system"]
    assert out["key_in_keyring"] and out["reopened"] == ["张三"]
    assert out["missing"] and out["unchanged_after_missing"]
    assert out["recovered"] == ["张三"] and out["recover_problem"] == "None"
    assert out["after_recovery"] == ["张三"]
    assert out["locked"] and out["unchanged_after_locked"]


@pytest.mark.slow
def test_real_keyring_that_cannot_be_created_is_an_init_error(tmp_path: Path) -> None:
    _need_secret_service()
    out = _run_in_session(tmp_path, INIT_SCRIPT, tmp_path / "never.db", keyring="uncreatable")
    assert out["error"] == "init" and "create the collection" in str(out["detail"])
    assert out["created"] is False


@pytest.mark.slow
def test_real_session_without_a_secret_service_takes_the_passphrase_path(tmp_path: Path) -> None:
    _need_secret_service()
    out = _run_in_session(tmp_path, INIT_SCRIPT, tmp_path / "never.db", keyring="absent")
    assert out == {"error": "no_backend", "created": False}
