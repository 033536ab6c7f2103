#!/usr/bin/env bash
# Build step (pom.xml, after prepare-cli.sh): unsigned copies of the framework and launcher jars for the workbench,
# and its AOT cache, workbench.aot, recorded with a training start (landcarbon-workbench.sh, docs/startup.md) on a
# private X display (xvfb-run), else on $DISPLAY. The cache is skipped, with a line saying why, without Java 25, a
# display or xdotool; the copies without zip. The product then starts without them.
# Usage: prepare-workbench.sh PRODUCT_DIR
set -eu
here=$(cd "$1" && pwd)
. "$here/landcarbon-java.sh"
landcarbon_find_java
. "$here/landcarbon-cli.sh"
. "$here/landcarbon-workbench.sh"
bundles=$here/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
skip() { echo "prepare-workbench: no workbench AOT cache ($1); the workbench starts without it"; exit 0; }
[ "$(landcarbon_java_major "$LANDCARBON_JAVA")" -ge 25 ] || { landcarbon_workbench_unsigned "$here" || true; skip "needs Java 25 or newer"; }
[ -z "${LANDCARBON_NO_AOT:-}" ] || skip "LANDCARBON_NO_AOT is set"
if [ "$(cat "$here/workbench.aot.id" 2> /dev/null)" = "$(landcarbon_aot_id "$here")" ] && [ "$here/workbench.aot" -nt "$bundles" ]; then
    echo "prepare-workbench: the AOT cache in $here is newer than the product's bundles; kept"
    exit 0
fi
rm -f "$here/workbench.aot" "$here/workbench.aot.id"
landcarbon_workbench_unsigned "$here" || echo "prepare-workbench: no unsigned framework copy (needs zip); the signed jars are used"
command -v xdotool > /dev/null || skip "needs xdotool"
train='. "$0/landcarbon-java.sh" && landcarbon_find_java && . "$0/landcarbon-workbench.sh" && landcarbon_workbench_train "$0"'
if command -v xvfb-run > /dev/null; then
    xvfb-run -a -s "-screen 0 1366x768x24" bash -c "$train" "$here" || skip "the training start failed"
elif [ -n "${DISPLAY:-}" ]; then
    bash -c "$train" "$here" || skip "the training start failed"
else
    skip "needs xvfb-run or a DISPLAY"
fi
echo "prepare-workbench: AOT cache $(du -m "$here/workbench.aot" | cut -f1) MiB written in $here"
