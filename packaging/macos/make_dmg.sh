#!/bin/sh
# macOS: sign, package and (optionally) notarise dist/agentbook.app, on a Mac.
#
#   python3 packaging/build.py --check           # builds dist/agentbook.app (BUNDLE in agentbook.spec)
#   packaging/macos/make_dmg.sh                  # unsigned dmg, for testing on your own Mac
#   IDENTITY="Developer ID Application: …" NOTARY_PROFILE=agentbook packaging/macos/make_dmg.sh
#
# NOTARY_PROFILE names credentials stored once with `xcrun notarytool store-credentials`.
# Without a Developer ID the app still runs after the user right-clicks it and chooses Open.
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP="$ROOT/dist/agentbook.app"
VERSION=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
DMG="$ROOT/dist/agentbook-$VERSION-macos-$(uname -m).dmg"

[ -d "$APP" ] || { echo "build the app first: python3 packaging/build.py" >&2; exit 1; }

if [ -n "${IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp \
        --entitlements "$ROOT/packaging/macos/entitlements.plist" --sign "$IDENTITY" "$APP"
    codesign --verify --strict --verbose=2 "$APP"
fi

STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"   # drag agentbook onto Applications to install
rm -f "$DMG"
hdiutil create -volname "agentbook $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO "$DMG"
rm -rf "$STAGE"

if [ -n "${IDENTITY:-}" ]; then
    codesign --force --sign "$IDENTITY" --timestamp "$DMG"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
    fi
fi
echo "$DMG"
