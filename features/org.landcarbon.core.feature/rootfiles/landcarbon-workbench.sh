# The workbench's start (docs/startup.md). Sourced by the launcher (landcarbon_workbench_jvm) and the product build
# (landcarbon_workbench_unsigned, landcarbon_workbench_train).
# - Unsigned copies of the framework and launcher jars, plugins/landcarbon-unsigned.NAME (made by the build from
#   the jars p2 verified): the JVM verifies a signed jar at each start and leaves its classes out of the AOT cache.
#   Used only while the product's config.ini names the framework jar they were copied from, so after a p2 update
#   of the framework the original is used again. The framework stays in plugins/: config.ini's bundle references
#   are relative to its folder.
# - The AOT cache (JEP 483/514/515, Java 25 or newer): the classes a start loads (JDK, launcher and bundles),
#   parsed, linked and profiled once by a training start, are mapped from workbench.aot at the next starts.

# landcarbon_workbench_framework HERE: the file name of the framework jar the product's config.ini names.
landcarbon_workbench_framework() {
    sed -n 's/^osgi\.framework=file\\:plugins\/\([^/]*\.jar\)$/\1/p' "$1/configuration/config.ini" 2> /dev/null | head -n 1
}

# landcarbon_workbench_unsigned HERE: writes the unsigned copies (needs zip; false, and no copies, without it).
landcarbon_workbench_unsigned() {
    local here=$1 framework launcher
    framework=$(landcarbon_workbench_framework "$here")
    launcher=$(cd "$here/plugins" && ls -d org.eclipse.equinox.launcher_*.jar 2> /dev/null | head -n 1)
    rm -f "$here"/plugins/landcarbon-unsigned.*
    [ -n "$framework" ] && [ -n "$launcher" ] \
        && landcarbon_cli_unsigned "$here/plugins/$framework" "$here/plugins/landcarbon-unsigned.$framework" \
        && landcarbon_cli_unsigned "$here/plugins/$launcher" "$here/plugins/landcarbon-unsigned.$launcher" && return 0
    rm -f "$here"/plugins/landcarbon-unsigned.*
    return 1
}

# landcarbon_workbench_jvm HERE LAUNCHER_JAR: sets LANDCARBON_WORKBENCH_VM (JVM options: the unsigned framework,
# the AOT cache) and LANDCARBON_WORKBENCH_JAR (-jar and the launcher to start) from what the build left in HERE.
# The cache is used only with the stamp of this JVM and folder, and not with LANDCARBON_NO_AOT set.
landcarbon_workbench_jvm() {
    local here=$1 cache=$1/workbench.aot framework launcher
    framework=$(landcarbon_workbench_framework "$here")
    launcher=$(basename "$2")
    LANDCARBON_WORKBENCH_VM=()
    LANDCARBON_WORKBENCH_JAR=(-jar "$2")
    if [ -n "$framework" ] && [ -f "$here/plugins/landcarbon-unsigned.$framework" ] && [ -f "$here/plugins/landcarbon-unsigned.$launcher" ]; then
        LANDCARBON_WORKBENCH_VM=(-Dosgi.framework="file:$here/plugins/landcarbon-unsigned.$framework")
        LANDCARBON_WORKBENCH_JAR=(-jar "$here/plugins/landcarbon-unsigned.$launcher" -install "file:$here/")
    fi
    if [ -z "${LANDCARBON_NO_AOT:-}" ] && landcarbon_aot_fits "$cache" "$here"; then
        LANDCARBON_WORKBENCH_VM+=(-XX:AOTCache="$cache" -Xlog:aot=off -Xlog:cds=off)
    fi
}

# landcarbon_workbench_quit PID WINDOW: quits through File > Exit, as a user would, so that the workbench saves its
# model and the JVM exits normally (a signal ends it without either). F10 opens the first menu, Up selects its
# last item; a click on the menu is the fallback. Needs xdotool; false when PID still runs after both tries.
landcarbon_workbench_quit() {
    local try i
    for try in f10 click; do
        if [ "$try" = f10 ]; then
            xdotool windowfocus --sync "$2" key F10 2> /dev/null
        else
            xdotool mousemove --window "$2" 20 12 click 1 2> /dev/null
        fi
        sleep 0.5
        xdotool key Up Return 2> /dev/null
        for i in $(seq 1 300); do kill -0 "$1" 2> /dev/null || return 0; sleep 0.1; done
    done
    return 1
}

# landcarbon_workbench_java PID: the JVM that the launcher PID started and waits for (to start it again on a
# restart); PID itself for a launcher that replaced itself with the JVM (before 2026-12-04).
landcarbon_workbench_java() {
    local jvm
    jvm=$(pgrep -P "$1" -x java 2> /dev/null | head -n 1)
    printf '%s\n' "${jvm:-$1}"
}

# landcarbon_workbench_train HERE: records the cache with one start of the workbench on a scratch workspace,
# quit through its menu 3 s after the window appears (the JVM writes the cache as it exits). Needs a display
# and xdotool; false, and no cache, without them or when no window comes within 180 s.
landcarbon_workbench_train() {
    local here=$1 cache=$1/workbench.aot ws pid wid i ok=1
    [ -n "${DISPLAY:-}" ] && command -v xdotool > /dev/null || return 1
    ws=$(mktemp -d) || return 1
    rm -f "$cache" "$cache.id"
    LANDCARBON_NO_AOT=1 "$here/landcarbon" -data "$ws/workspace" -vmargs -XX:AOTCacheOutput="$cache" \
        -Xlog:aot=off -Xlog:cds=off > "$ws/log" 2>&1 &
    pid=$!
    for i in $(seq 1 1800); do
        wid=$(xdotool search --onlyvisible --pid "$(landcarbon_workbench_java "$pid")" --name LandCarbon 2> /dev/null | head -n 1)
        [ -n "$wid" ] || ! kill -0 "$pid" 2> /dev/null && break
        sleep 0.1
    done
    if [ -n "$wid" ]; then
        sleep 3 # the first start's jobs (the sample project) run after the window
        landcarbon_workbench_quit "$pid" "$wid" && wait "$pid" && [ -s "$cache" ] && ok=0
    fi
    kill "$pid" 2> /dev/null
    wait "$pid" 2> /dev/null
    if [ "$ok" = 0 ]; then
        landcarbon_aot_id "$here" > "$cache.id"
    else
        rm -f "$cache"
    fi
    rm -rf "$ws"
    return "$ok"
}
