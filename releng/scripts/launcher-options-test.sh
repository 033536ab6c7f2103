#!/usr/bin/env bash
# Checks how the product's launcher script (features/org.landcarbon.core.feature/rootfiles/landcarbon) reads
# its arguments, without starting Java: every Eclipse launcher option starts the workbench, -vmargs goes to
# the VM, a first word that is not an option is a command. Uses LANDCARBON_PRINT_COMMAND=1 on a stand-in
# installation (the scripts and an empty launcher jar). Runs in a second; prints 'N passed, N failed'.
set -uo pipefail
repo=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
install=$(mktemp -d)
trap 'rm -rf "$install"' EXIT
cp "$repo"/features/org.landcarbon.core.feature/rootfiles/{landcarbon,landcarbon-java.sh,landcarbon-workbench.sh} "$install/"
mkdir -p "$install/plugins"
: > "$install/plugins/org.eclipse.equinox.launcher_1.8.0.jar"
passed=0
failed=0

mkdir -p "$install/home"
cmd() { # the Java command line the launcher would run for these arguments (with a display, a clean home)
    HOME="$install/home" DISPLAY=:0 LANDCARBON_PRINT_COMMAND=1 "$install/landcarbon" "$@"
}

expect() { # name, pattern (grep -E) the command must match, args...
    local name=$1 pattern=$2
    shift 2
    local line
    line=$(cmd "$@")
    if grep -qE -- "$pattern" <<< "$line"; then
        passed=$((passed + 1)); echo "  ok    $name"
    else
        failed=$((failed + 1)); echo "  FAIL  $name: $line"
    fi
}

workbench='-jar [^ ]*org\.eclipse\.equinox\.launcher_1\.8\.0\.jar'
headless='-application org\.landcarbon\.cli\.app'
expect "no arguments: the workbench on ~/landcarbon-workspace" "$workbench -data $install/home/landcarbon-workspace\$"
expect "-nl zh_CN: the workbench in Chinese, zh_CN is not a command" "$workbench -data [^ ]+ -nl zh_CN\$" -nl zh_CN
expect "-data DIR: that workspace" "$workbench -data /tmp/ws\$" -data /tmp/ws
expect "-clean: the workbench" "$workbench -data [^ ]+ -clean\$" -clean
expect "-consoleLog: the workbench" "$workbench -data [^ ]+ -consoleLog\$" -consoleLog
expect "-vmargs: JVM arguments before -jar, not passed to the application" "-Xmx2g -Dfoo=bar -jar [^ ]+ -data [^ ]+\$" -vmargs -Xmx2g -Dfoo=bar
expect "all together" "-Xmx1g -jar [^ ]+ -data /tmp/w -nl zh_CN -clean -consoleLog\$" -data /tmp/w -nl zh_CN -clean -consoleLog -vmargs -Xmx1g
expect "-configuration DIR: its value is not a command" "$workbench -data [^ ]+ -configuration /tmp/c\$" -configuration /tmp/c
expect "a command: headless" "$headless account x\.landcarbon\$" account x.landcarbon
expect "a command's own options stay its own" "$headless report s\.landcarbon --lang zh -o r\.docx\$" report s.landcarbon --lang zh -o r.docx
expect "a command after -nl: headless with -nl" "$headless -nl zh_CN help\$" -nl zh_CN help

expect "the workbench keeps C2 (no TieredStopAtLevel by default)" "^([^T]|T[^i])*$workbench" 
expect "-vmargs -XX:TieredStopAtLevel=1 (the faster start, docs/startup.md) reaches the JVM" \
    "-Xms128m -XX:TieredStopAtLevel=1 -jar " -vmargs -XX:TieredStopAtLevel=1

# The workbench's AOT cache (docs/startup.md) is used only with the stamp of this JVM and folder.
: > "$install/workbench.aot"
expect "no stamp beside workbench.aot: no AOT cache" "^([^A]|A[^O])*$workbench"
(. "$install/landcarbon-java.sh" && landcarbon_find_java && landcarbon_aot_id "$install") > "$install/workbench.aot.id"
expect "a stamped workbench.aot: the JVM maps it, silently" \
    "-Xms128m -XX:AOTCache=$install/workbench.aot -Xlog:aot=off -Xlog:cds=off $workbench"
expect "... before the user's -vmargs" "-XX:AOTCache=[^ ]+ -Xlog:aot=off -Xlog:cds=off -Xmx1g $workbench" -vmargs -Xmx1g
line=$(LANDCARBON_NO_AOT=1 cmd)
if ! grep -q AOTCache <<< "$line"; then passed=$((passed + 1)); echo "  ok    LANDCARBON_NO_AOT=1: no AOT cache"; else failed=$((failed + 1)); echo "  FAIL  LANDCARBON_NO_AOT=1: $line"; fi
echo "/other/jdk 25.0.1+1 $install" > "$install/workbench.aot.id"
expect "a cache recorded by another JVM: not used" "^([^A]|A[^O])*$workbench"
rm -f "$install/workbench.aot" "$install/workbench.aot.id"

# Unsigned framework and launcher copies (docs/startup.md): used while config.ini names the framework they copy.
mkdir -p "$install/configuration"
printf 'osgi.framework=file\\:plugins/org.eclipse.osgi_3.24.0.jar\n' > "$install/configuration/config.ini"
: > "$install/plugins/landcarbon-unsigned.org.eclipse.osgi_3.24.0.jar"
: > "$install/plugins/landcarbon-unsigned.org.eclipse.equinox.launcher_1.8.0.jar"
expect "unsigned copies: the framework copy and the launcher copy with -install" \
    "-Xms128m -Dosgi.framework=file:$install/plugins/landcarbon-unsigned\.org\.eclipse\.osgi_3\.24\.0\.jar -jar $install/plugins/landcarbon-unsigned\.org\.eclipse\.equinox\.launcher_1\.8\.0\.jar -install file:$install/ -data "
printf 'osgi.framework=file\\:plugins/org.eclipse.osgi_3.25.0.jar\n' > "$install/configuration/config.ini"
expect "a framework updated by p2 (config.ini names another jar): the signed originals" \
    "-Xms128m -jar $install/plugins/org\.eclipse\.equinox\.launcher_1\.8\.0\.jar -data "
rm -rf "$install/configuration" "$install"/plugins/landcarbon-unsigned.*

# The Java major version comes from the JDK's release file, without starting a JVM.
. "$install/landcarbon-java.sh"
fake="$install/jdk"
mkdir -p "$fake/bin"
printf '#!/bin/sh\necho started >> "%s/started"\n' "$fake" > "$fake/bin/java"; chmod +x "$fake/bin/java"
printf 'JAVA_VERSION="25.0.3"\n' > "$fake/release"
major=$(landcarbon_java_major "$fake/bin/java")
if [ "$major" = 25 ] && [ ! -f "$fake/started" ]; then passed=$((passed + 1)); echo "  ok    Java version from the release file, no JVM started"
else failed=$((failed + 1)); echo "  FAIL  Java version from the release file: '$major', started: $(cat "$fake/started" 2>/dev/null)"; fi
printf 'JAVA_VERSION="1.8.0_392"\n' > "$fake/release"
major=$(landcarbon_java_major "$fake/bin/java")
if [ "$major" = 8 ]; then passed=$((passed + 1)); echo "  ok    Java 1.8 reads as 8 (refused)"; else failed=$((failed + 1)); echo "  FAIL  Java 1.8: '$major'"; fi

# The language preference lives in the workspace, so it survives a rebuilt product; -nl still wins.
ws="$install/ws"
mkdir -p "$ws/.metadata/.plugins/org.eclipse.core.runtime/.settings"
printf 'eclipse.preferences.version=1\nlanguage=zh_CN\n' > "$ws/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.landcarbon.ui.prefs"
expect "the workspace's language preference becomes -nl" "-data $ws -nl zh_CN\$" -data "$ws"
expect "... unless -nl is given" "-data $ws -nl en\$" -data "$ws" -nl en

line=$(DISPLAY= WAYLAND_DISPLAY= LANDCARBON_PRINT_COMMAND=1 "$install/landcarbon" -nl zh_CN 2>&1 >/dev/null | head -n 1)
if grep -q "no display" <<< "$line"; then passed=$((passed + 1)); echo "  ok    -nl without a display: says so"; else failed=$((failed + 1)); echo "  FAIL  -nl without a display: $line"; fi

# A restart (exit code 23: the workbench after a change of language) starts the JVM again, with the language now
# in the workspace's preference; any other exit code ends the launcher with it. A stand-in JVM records each start.
printf 'JAVA_VERSION="25.0.3"\n' > "$fake/release"
rm -f "$fake/started"
cat > "$fake/bin/java" <<JAVA
#!/bin/sh
echo "\$*" >> "$fake/started"
if [ "\$(wc -l < "$fake/started")" = 1 ]; then
    printf 'language=en\n' > "$ws/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.landcarbon.ui.prefs"
    exit 23
fi
exit 7
JAVA
HOME="$install/home" DISPLAY=:0 LANDCARBON_JAVA="$fake/bin/java" LANDCARBON_NO_AOT=1 "$install/landcarbon" -data "$ws" > /dev/null 2>&1
rc=$?
starts=$(wc -l < "$fake/started" 2> /dev/null || echo 0)
if [ "$starts" = 2 ] && [ "$rc" = 7 ] && grep -q -- "-nl zh_CN\$" <(sed -n 1p "$fake/started") && grep -q -- "-nl en\$" <(sed -n 2p "$fake/started"); then
    passed=$((passed + 1)); echo "  ok    exit 23 restarts the workbench in the language now chosen; another code ends the launcher with it"
else
    failed=$((failed + 1)); echo "  FAIL  restart: $starts starts, exit $rc: $(cat "$fake/started" 2> /dev/null)"
fi

# A signal to the launcher (a test's kill, a desktop's logout) reaches the JVM it waits for.
rm -f "$fake/started"
cat > "$fake/bin/java" <<JAVA
#!/bin/sh
sleep 30 &
trap 'kill \$!; echo terminated >> "$fake/started"; exit 143' TERM
echo started >> "$fake/started"
wait
JAVA
HOME="$install/home" DISPLAY=:0 LANDCARBON_JAVA="$fake/bin/java" LANDCARBON_NO_AOT=1 "$install/landcarbon" -data "$ws" > /dev/null 2>&1 &
launcher=$!
for i in $(seq 1 50); do [ -s "$fake/started" ] && break; sleep 0.1; done
kill "$launcher"
wait "$launcher"
rc=$?
if grep -q terminated "$fake/started" 2> /dev/null && [ "$rc" = 143 ]; then
    passed=$((passed + 1)); echo "  ok    SIGTERM to the launcher ends the JVM too (exit 143)"
else
    failed=$((failed + 1)); echo "  FAIL  SIGTERM: exit $rc, $(cat "$fake/started" 2> /dev/null)"
fi

echo "launcher-options-test: $passed passed, $failed failed"
[ "$failed" = 0 ]
