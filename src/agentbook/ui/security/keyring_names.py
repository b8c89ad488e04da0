"""The OS keyring by the name users know it by, not by its Python class."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentbook.store.keys.vault import KeyVault


def keyring_name(backend_name: str) -> str:
    """``keyring.backends.Windows.WinVaultKeyring`` → 'Windows 凭据管理器', and so on."""
    parts = backend_name.split(".")
    module = parts[-2] if len(parts) >= 2 else backend_name
    known = {
        "Windows": QCoreApplication.translate("keyring", "Windows 凭据管理器"),
        "macOS": QCoreApplication.translate("keyring", "macOS 钥匙串"),
        "OS_X": QCoreApplication.translate("keyring", "macOS 钥匙串"),
        "SecretService": QCoreApplication.translate("keyring", "Secret Service：GNOME 密钥环或 KWallet"),
        "kwallet": "KWallet",
        "libsecret": QCoreApplication.translate("keyring", "Secret Service：GNOME 密钥环或 KWallet"),
    }
    return known.get(module, module)


def vault_keyring_name(vault: KeyVault) -> str:
    try:
        return keyring_name(vault.info().backend_name)
    except Exception:  # a keyring that fails even to describe itself
        return QCoreApplication.translate("keyring", "系统密钥环")
