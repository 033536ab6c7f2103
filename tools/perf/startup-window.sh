#!/usr/bin/env bash
# Time from launching the workbench to its first visible window, polled with xdotool (every 20 ms).
#   xvfb-run -a -s "-screen 0 1366x768x24" tools/perf/startup-window.sh [RUNS] [PRODUCT_DIR [PRODUCT_DIR_B ...]]
# Each run starts the built product on a workspace of its own ("first start": Welcome, sample project), quits it
# through File > Exit (so the workbench saves workbench.xmi, as when a user quits) and starts it again on that
# workspace ("second start": the saved model is restored). Per run: wall ms to the window and the CPU seconds the
# process (all threads, launcher included) had used at that moment, from /proc; then the medians.
# With several products they alternate run by run (A/B/C... on a shared machine) and each gets its medians.
# The display must have no other LandCarbon window. Target (docs/benchmarks.md): <= 2.5 s.
set -u
runs=${1:-5}
repo=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
products=("${@:2}")
[ "${#products[@]}" -gt 0 ] || products=("$repo/releng/org.landcarbon.product/target/products/org.landcarbon.ui.product/linux/gtk/x86_64")
letters=(A B C D E F G H)
tag() { [ "${#products[@]}" -gt 1 ] && echo "${letters[$1]} "; }
for p in "${products[@]}"; do
    [ -x "$p/landcarbon" ] || { echo "startup-window: no product at $p (build it: ./mvnw -B package -DskipTests)" >&2; exit 1; }
done
command -v xdotool > /dev/null || { echo "startup-window: xdotool is missing (apt-get install xdotool)" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || { echo "startup-window: no DISPLAY; run under xvfb-run" >&2; exit 1; }
ws=$(mktemp -d)
trap 'rm -rf "$ws"' EXIT
ticks=$(getconf CLK_TCK)

window() { xdotool search --onlyvisible --name "LandCarbon" 2> /dev/null | head -n 1; }

# landcarbon_workbench_quit PID WINDOW: File > Exit through the keyboard (the workbench has no Ctrl+Q binding, and a
# signal ends the JVM without the workbench's save).
. "$repo/features/org.landcarbon.core.feature/rootfiles/landcarbon-workbench.sh"
quit() {
    landcarbon_workbench_quit "$1" "$2" && return 0
    echo "startup-window: the workbench did not quit through File > Exit; killed (nothing saved)" >&2
    kill -- "-$1" 2> /dev/null
    return 1
}

one() { # $1 = product, $2 = workspace; prints "ms cpu-seconds", or fails after 120 s
    local start now pid wid cpu
    start=$(date +%s%N)
    setsid "$1/landcarbon" -data "$2" > "$ws/log" 2>&1 &
    pid=$! # a process group of its own: the launcher and the JVM it waits for
    while :; do
        wid=$(window)
        if [ -n "$wid" ]; then
            now=$(date +%s%N)
            cpu=$(awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$(landcarbon_workbench_java "$pid")/stat")
            break
        fi
        if ! kill -0 "$pid" 2> /dev/null || [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 120000 ]; then
            cp "$ws/log" "${TMPDIR:-/tmp}/startup-window.log"; echo "startup-window: no window in 120 s (log: ${TMPDIR:-/tmp}/startup-window.log)" >&2
            kill -- "-$pid" 2> /dev/null
            return 1
        fi
        sleep 0.02
    done
    sleep "${STARTUP_WINDOW_SETTLE:-3}" # the first start's sample project is created after the window
    quit "$pid" "$wid" || return 1
    wait "$pid" 2> /dev/null
    while [ -n "$(window)" ]; do sleep 0.1; done
    echo "$(( (now - start) / 1000000 )) $cpu"
}

median() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; print (m == int(m)) ? m : sprintf("%.2f", m) }'; }

declare -A ms cpu
for i in $(seq 1 "$runs"); do
    for k in "${!products[@]}"; do
        p=${products[$k]}; w="$ws/ws-$k-$i"
        load=$(cut -d' ' -f1 /proc/loadavg)
        read -r t c <<< "$(one "$p" "$w")" || exit 1
        [ -n "${t:-}" ] || exit 1
        [ -f "$w/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi" ] \
            || { echo "startup-window: no workbench.xmi after the first start's exit" >&2; exit 1; }
        read -r u d <<< "$(one "$p" "$w")" || exit 1
        [ -n "${u:-}" ] || exit 1
        ms[$k,first]+="$t "; cpu[$k,first]+="$c "; ms[$k,again]+="$u "; cpu[$k,again]+="$d "
        echo "$(tag "$k")run $i (load $load): first start ${t} ms, ${c} CPU s; second start ${u} ms, ${d} CPU s"
    done
done
for k in "${!products[@]}"; do
    m() { tr ' ' '\n' <<< "$1" | grep . | median; }
    echo "$(tag "$k")median first start: $(m "${ms[$k,first]}") ms, $(m "${cpu[$k,first]}") CPU s;" \
        "second start: $(m "${ms[$k,again]}") ms, $(m "${cpu[$k,again]}") CPU s"
done
