#!/usr/bin/env bash
# The test command: installs what is missing (root, Debian), builds everything and runs every test,
# the UI tests under Xvfb included, then checks ./landcarbon end to end against the built product.
set -euo pipefail
repo=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
cd "$repo"

# Debian packages: Xvfb for UI tests, GTK 3 for SWT, a CJK font for Chinese labels,
# xdotool and ImageMagick for the launcher test's window check and screenshot.
missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v xauth >/dev/null || missing+=(xauth)
[ -e /usr/lib/x86_64-linux-gnu/libgtk-3.so.0 ] || missing+=(libgtk-3-0)
command -v dbus-launch >/dev/null || missing+=(dbus-x11)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || missing+=(fonts-noto-cjk)
command -v xdotool >/dev/null || missing+=(xdotool)
command -v python3 >/dev/null || missing+=(python3)
command -v import >/dev/null && import -version 2>/dev/null | grep -q ImageMagick || missing+=(imagemagick)
if [ ${#missing[@]} -gt 0 ]; then
    echo "test.sh: installing ${missing[*]}"
    if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

. features/org.landcarbon.core.feature/rootfiles/landcarbon-java.sh
landcarbon_find_java
export JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$LANDCARBON_JAVA")")")
echo "test.sh: Java at $JAVA_HOME"

# Layering rules first: they take a second and say more than a failed build would.
python3 releng/scripts/architecture-check.py
releng/scripts/launcher-options-test.sh

# 1920 x 1200: room for the 1920 x 1080 window of the first-hour test
xvfb-run -a -s "-screen 0 1920x1200x24" ./mvnw -B verify "$@"
# The product under releng/ is now current: ./landcarbon need not build it again.
touch releng/org.landcarbon.product/target/products/.built

releng/scripts/launcher-test.sh
releng/scripts/fault-suite.sh
releng/scripts/plugins-test.sh
