#!/usr/bin/env bash
# Time from launching the workbench to its first visible window, polled with xdotool (every 20 ms).
#   xvfb-run -a -s "-screen 0 1366x768x24" tools/perf/startup-window.sh [RUNS] [PRODUCT_DIR]
# Each run starts the built product on a workspace of its own; the first run of a workspace is a
# "first start" (Welcome, sample project), later runs reuse it. Prints one line per run and the medians.
# The app (its own process group) is stopped after each run; the display must have no other LandCarbon window. Target (docs/benchmarks.md): <= 2.5 s.
set -u
runs=${1:-5}
repo=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
product=${2:-$repo/releng/org.landcarbon.product/target/products/org.landcarbon.ui.product/linux/gtk/x86_64}
[ -x "$product/landcarbon" ] || { echo "startup-window: no product at $product (build it: ./mvnw -B package -DskipTests)" >&2; exit 1; }
command -v xdotool > /dev/null || { echo "startup-window: xdotool is missing (apt-get install xdotool)" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || { echo "startup-window: no DISPLAY; run under xvfb-run" >&2; exit 1; }
ws=$(mktemp -d)
trap 'rm -rf "$ws"' EXIT

one() { # $1 = workspace; prints milliseconds to the first window, or fails after 120 s
    local start now pid
    start=$(date +%s%N)
    setsid "$product/landcarbon" -data "$1" > "$ws/log" 2>&1 &
    pid=$! # a process group of its own: the launcher and the Java VM it starts
    while :; do
        if xdotool search --onlyvisible --name "LandCarbon" > /dev/null 2>&1; then
            now=$(date +%s%N)
            break
        fi
        if ! kill -0 "$pid" 2> /dev/null || [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 120000 ]; then
            cp "$ws/log" "${TMPDIR:-/tmp}/startup-window.log"; echo "startup-window: no window in 120 s (log: ${TMPDIR:-/tmp}/startup-window.log)" >&2
            kill -- "-$pid" 2> /dev/null
            return 1
        fi
        sleep 0.02
    done
    kill -- "-$pid"; wait "$pid" 2> /dev/null
    while xdotool search --onlyvisible --name "LandCarbon" > /dev/null 2>&1; do sleep 0.1; done
    echo $(( (now - start) / 1000000 ))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

first=(); again=()
for i in $(seq 1 "$runs"); do
    t=$(one "$ws/first-$i") || exit 1; first+=("$t")
    u=$(one "$ws/first-$i") || exit 1; again+=("$u")
    echo "run $i: first start ${t} ms, second start ${u} ms"
done
echo "median first start: $(printf '%s\n' "${first[@]}" | median) ms; median second start: $(printf '%s\n' "${again[@]}" | median) ms"
