# The workbench's AOT cache (JEP 483/514/515, Java 25 or newer): the classes a start loads (JDK, launcher and
# bundles), parsed, linked and profiled once by a training start, are mapped from workbench.aot at the next starts
# (docs/startup.md). Sourced by the launcher (landcarbon_workbench_aot) and the product build (landcarbon_workbench_train).

# landcarbon_workbench_aot HERE: sets LANDCARBON_WORKBENCH_AOT to the JVM options that use the cache, or to
# nothing when there is none, it was recorded for another JVM or folder, or LANDCARBON_NO_AOT is set.
landcarbon_workbench_aot() {
    local cache=$1/workbench.aot
    LANDCARBON_WORKBENCH_AOT=()
    if [ -z "${LANDCARBON_NO_AOT:-}" ] && [ -f "$cache" ] && [ "$(cat "$cache.id" 2> /dev/null)" = "$(landcarbon_aot_id "$1")" ]; then
        LANDCARBON_WORKBENCH_AOT=(-XX:AOTCache="$cache" -Xlog:aot=off -Xlog:cds=off)
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
    pid=$! # the launcher execs the JVM
    for i in $(seq 1 1800); do
        wid=$(xdotool search --onlyvisible --pid "$pid" --name LandCarbon 2> /dev/null | head -n 1)
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
