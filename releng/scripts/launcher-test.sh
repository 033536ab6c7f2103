#!/usr/bin/env bash
# End-to-end checks of ./landcarbon on the built product: headless commands, exit codes, stderr,
# and the workbench window under Xvfb with a screenshot in target/screenshots/.
set -uo pipefail
repo=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$repo"
out=$(mktemp -d)
passed=0
failed=0

check() { # name, condition (a command)
    local name=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "  ok    $name"
    else
        failed=$((failed + 1))
        echo "  FAIL  $name"
    fi
}

run() { # args...; sets rc, stdout in $out/o, stderr in $out/e
    ./landcarbon "$@" > "$out/o" 2> "$out/e"
    rc=$?
}

echo "launcher-test: ./landcarbon end to end"
run version
check "version exits 0" test "$rc" = 0
check "version prints the product and version" grep -qE '^LandCarbon Workbench [0-9]+\.[0-9]+\.[0-9]+' "$out/o"
check "version writes nothing to stderr" test ! -s "$out/e"

# The lean runtime (docs/cli-runtime.md): configured and its AOT cache recorded by the build, for this folder;
# a copy elsewhere that cannot retrain (read-only) skips the foreign cache without a JVM warning.
product=releng/org.landcarbon.product/target/products/org.landcarbon.ui.product/linux/gtk/x86_64
. features/org.landcarbon.core.feature/rootfiles/landcarbon-java.sh
if landcarbon_find_java && [ "$(landcarbon_java_major "$LANDCARBON_JAVA")" -ge 25 ]; then
    check "the build recorded the AOT cache for the product folder" grep -q " $(cd "$product" && pwd)\$" "$product/configuration-cli.aot.id"
    if command -v xdotool > /dev/null && command -v xvfb-run > /dev/null; then
        check "the build recorded the workbench's AOT cache for the product folder (training start under Xvfb)" \
            grep -q " $(cd "$product" && pwd)\$" "$product/workbench.aot.id"
    fi
fi
check "the lean runtime uses an unsigned framework copy" grep -q 'osgi.framework=file\\:configuration-cli/org.eclipse.osgi.jar' "$product/configuration-cli/config.ini"
LANDCARBON_VM_ARGS="-Xlog:class+load:file=$out/classes.log" ./landcarbon version > /dev/null 2>&1
check "the lean runtime starts the framework from the class path (org.landcarbon.launcher, not Equinox's launcher)" \
    bash -c "grep -q ' org.landcarbon.launcher.Main ' '$out/classes.log' && ! grep -q ' org.eclipse.equinox.launcher.Main ' '$out/classes.log'"
check "... and its classes come from the AOT cache" grep -q ' org.eclipse.osgi.container.ModuleContainer source: shared objects file' "$out/classes.log"
ro=$(mktemp -d)
cp -a "$product" "$ro/p" && chmod -R a-w "$ro/p"
"$ro/p/landcarbon" version > "$out/o" 2> "$out/e"
rc=$?
check "a moved read-only copy: version exits 0 with nothing on stderr" bash -c "test $rc = 0 && test ! -s '$out/e'"
chmod -R u+w "$ro" && rm -rf "$ro"

run help
check "help exits 0 and lists version" bash -c "test $rc = 0 && grep -q '  version' '$out/o'"

run no-such-command
check "unknown command exits 2" test "$rc" = 2
check "unknown command is reported on stderr" grep -q "unknown command 'no-such-command'" "$out/e"
check "unknown command prints nothing on stdout" test ! -s "$out/o"

DISPLAY= WAYLAND_DISPLAY= ./landcarbon > "$out/o" 2> "$out/e"
rc=$?
check "no display: exit 1" test "$rc" = 1
check "no display: says so" grep -q "no display" "$out/e"
check "no display: prints the help" grep -q "Commands:" "$out/o"

# The workbench window through the launcher, on a fresh workspace, under its own Xvfb.
workspace="$out/workspace"
shot="$repo/target/screenshots/launcher-workbench.png"
mkdir -p "$(dirname "$shot")"
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
    ./landcarbon -data "$1" > "$2/ui.log" 2>&1 &
    pid=$!
    for i in $(seq 1 60); do
        if xdotool search --onlyvisible --name "LandCarbon Workbench" > /dev/null 2>&1; then
            sleep 3
            import -window root "$3"
            kill $pid; wait $pid 2>/dev/null
            exit 0
        fi
        sleep 1
    done
    kill $pid 2>/dev/null
    exit 1
' _ "$workspace" "$out" "$shot"
rc=$?
check "workbench window opens through ./landcarbon" test "$rc" = 0
check "workbench screenshot saved" test -s "$shot"
check "workspace created where -data says" test -d "$workspace/.metadata"

# The documented options start the workbench too (zh_CN is -nl's value, not a command).
workspace2="$out/workspace-zh"
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
    ./landcarbon -nl zh_CN -clean -consoleLog -data "$1" -vmargs -Dlandcarbon.launcherTest=1 > "$2/ui-zh.log" 2>&1 &
    pid=$!
    for i in $(seq 1 60); do
        if xdotool search --onlyvisible --name "LandCarbon" > /dev/null 2>&1; then
            kill $pid; wait $pid 2>/dev/null
            exit 0
        fi
        sleep 1
    done
    kill $pid 2>/dev/null
    exit 1
' _ "$workspace2" "$out"
rc=$?
check "-nl zh_CN -clean -consoleLog -data DIR -vmargs ... opens the workbench" test "$rc" = 0
check "... on the workspace -data names" test -d "$workspace2/.metadata"
check "... and not the help" bash -c "! grep -q 'Commands:' '$out/ui-zh.log'"

rm -rf "$out"
echo "launcher-test: $passed passed, $failed failed"
[ "$failed" = 0 ]
