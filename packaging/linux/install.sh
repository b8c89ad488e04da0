#!/bin/sh
# Install the agentbook desktop app from this folder (the unpacked download).
#
#   ./install.sh               for you alone: ~/.local/opt/agentbook, no root needed
#   sudo ./install.sh --system for everyone:  /opt/agentbook
#   ./install.sh --uninstall   (add --system for a system install) removes the program again
#
# The program is copied, a menu entry (agentbook.desktop) and icons in every size are put where
# desktops look for them, and `agentbook` is linked into a bin folder. Your archive is never
# touched: it lives in ~/.local/share/agentbook, which uninstalling leaves in place.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
MODE=user
ACTION=install
for arg in "$@"; do
    case "$arg" in
        --system) MODE=system ;;
        --uninstall) ACTION=uninstall ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
    esac
done

if [ "$MODE" = system ]; then
    PREFIX=/opt/agentbook
    BIN=/usr/local/bin
    SHARE=/usr/local/share
else
    PREFIX="$HOME/.local/opt/agentbook"
    BIN="$HOME/.local/bin"
    SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
APPS="$SHARE/applications"
ICONS="$SHARE/icons/hicolor"
SIZES="16 24 32 48 64 128 256 512"

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$APPS" || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$ICONS" || true; fi
}

if [ "$ACTION" = uninstall ]; then
    rm -rf "$PREFIX"
    rm -f "$BIN/agentbook" "$APPS/agentbook.desktop" "$ICONS/scalable/apps/agentbook.svg"
    for size in $SIZES; do rm -f "$ICONS/${size}x${size}/apps/agentbook.png"; done
    refresh_caches
    echo "agentbook removed. Your archive and settings are kept (~/.local/share/agentbook, ~/.config/agentbook)."
    exit 0
fi

if [ ! -x "$HERE/agentbook/agentbook" ]; then
    echo "agentbook/agentbook not found next to install.sh: run it from the unpacked download" >&2
    exit 1
fi
RESOURCES="$HERE/agentbook/_internal/agentbook/resources/icons"

rm -rf "$PREFIX.new"
mkdir -p "$(dirname "$PREFIX")"
cp -a "$HERE/agentbook" "$PREFIX.new"
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"

mkdir -p "$BIN" "$APPS" "$ICONS/scalable/apps"
ln -sf "$PREFIX/agentbook" "$BIN/agentbook"
for size in $SIZES; do
    mkdir -p "$ICONS/${size}x${size}/apps"
    cp "$RESOURCES/agentbook-$size.png" "$ICONS/${size}x${size}/apps/agentbook.png"
done
cp "$RESOURCES/agentbook.svg" "$ICONS/scalable/apps/agentbook.svg"
# The menu entry starts the program by its full path: ~/.local/bin is not on every desktop's PATH.
sed "s|^Exec=agentbook|Exec=$PREFIX/agentbook|" "$HERE/agentbook.desktop" > "$APPS/agentbook.desktop"
chmod 644 "$APPS/agentbook.desktop"
refresh_caches

echo "agentbook installed in $PREFIX; start it from the menu or with: $BIN/agentbook"
echo "check the installation with: $BIN/agentbook --self-test"
