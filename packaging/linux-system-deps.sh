#!/bin/sh
# What the program needs from the system, installed with apt-get when missing (as root,
# or through sudo). Qt's X11 window plugin needs a few XCB libraries that minimal
# Debian/Ubuntu installs lack (libxcb-cursor0 since Qt 6.5): `make run` calls this
# before starting the window. With --test it also gets the two validators the test
# suite runs on the desktop file and the AppStream metainfo: `make test` calls that.
set -u
[ "$(uname -s)" = Linux ] || exit 0
command -v apt-get >/dev/null 2>&1 || exit 0
missing=""
for lib in libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 \
           libxcb-keysyms.so.1:libxcb-keysyms1 libxkbcommon-x11.so.0:libxkbcommon-x11-0; do
    ldconfig -p 2>/dev/null | grep -q "${lib%%:*}" || missing="$missing ${lib##*:}"
done
if [ "${1:-}" = --test ]; then
    for tool in desktop-file-validate:desktop-file-utils appstreamcli:appstream; do
        command -v "${tool%%:*}" >/dev/null 2>&1 || missing="$missing ${tool##*:}"
    done
fi
[ -n "$missing" ] || exit 0
echo "Installing what the program needs from the system:$missing"
if [ "$(id -u)" = 0 ]; then run=""; else run="sudo"; fi
# shellcheck disable=SC2086
$run apt-get install -y -q $missing >/dev/null 2>&1 \
    || { $run apt-get update -q >/dev/null 2>&1 && $run apt-get install -y -q $missing >/dev/null; } \
    || { echo "Could not install:$missing. Install them with your package manager, then run make again."; exit 1; }
