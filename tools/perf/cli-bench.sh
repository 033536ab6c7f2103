#!/usr/bin/env bash
# Whole-process benchmarks of the command line (docs/benchmarks.md, "Command line"): median wall time
# and peak RSS of repeated runs, measured with /usr/bin/time, beside the numpy reference on the same
# panel. Usage: tools/perf/cli-bench.sh [PRODUCT_DIR] [RUNS]   (default: the built product, 7 runs)
#        tools/perf/cli-bench.sh --ab PRODUCT_A PRODUCT_B [RUNS]  version and gm11 on the seed sample, A and B
#        interleaved run by run (a shared machine's load hits both alike): median wall, median CPU (user + sys), peak RSS
set -u
repo=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
if [ "${1:-}" = --ab ]; then
    a=$2 b=$3 runs=${4:-11} work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    sample=$repo/bundles/org.landcarbon.model/samples/guizhou-2005-2019.landcarbon
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    for cmd in version gm11; do
        args=(version)
        [ "$cmd" = gm11 ] && args=(gm11 --input "$sample" --series net --horizon 11)
        for p in "$a" "$b"; do "$p/landcarbon" "${args[@]}" > /dev/null 2>&1; done   # warm-up (and AOT training)
        for i in $(seq "$runs"); do
            for p in A B; do
                dir=$a; [ "$p" = B ] && dir=$b
                /usr/bin/time -f "%e %U %S %M" -a -o "$work/$cmd.$p" "$dir/landcarbon" "${args[@]}" > /dev/null 2>&1
            done
        done
        for p in A B; do
            f=$work/$cmd.$p n=$(wc -l < "$work/$cmd.$p")
            printf '%-10s median wall %5.2f s  median CPU %5.2f s  peak RSS %6.1f MiB  (%d runs)\n' "$cmd $p" \
                "$(cut -d' ' -f1 "$f" | sort -n | sed -n "$(( (n + 1) / 2 ))p")" \
                "$(awk '{ print $2 + $3 }' "$f" | sort -n | sed -n "$(( (n + 1) / 2 ))p")" \
                "$(awk '$4 > m { m = $4 } END { print m / 1024 }' "$f")" "$n"
        done
    done
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)   (A = $a, B = $b)"
    exit 0
fi
product=${1:-$repo/releng/org.landcarbon.product/target/products/org.landcarbon.ui.product/linux/gtk/x86_64}
runs=${2:-7}
lc=$product/landcarbon
sample=$repo/bundles/org.landcarbon.model/samples/guizhou-2005-2019.landcarbon
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x "$lc" ] || { echo "cli-bench: no product at $product (build it: ./landcarbon help)" >&2; exit 1; }

# measure NAME CMD...: runs CMD $runs times (after one warm-up), prints median and max of wall s and RSS MiB
measure() {
    local name=$1; shift
    "$@" > /dev/null 2>&1
    local i
    for i in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/t.$i" "$@" > /dev/null 2> "$work/err" || { echo "$name failed:"; cat "$work/err"; return 1; }
    done
    cat "$work"/t.* | sort -n | awk -v name="$name" -v n="$runs" '
        { wall[NR] = $1; if ($2 > rss) rss = $2 }
        END { printf "%-44s median %6.2f s  max %6.2f s  peak RSS %6.1f MiB  (%d runs)\n", name, wall[int((n + 1) / 2)], wall[n], rss / 1024, n }'
    rm -f "$work"/t.*
}

python3 "$repo/tools/perf/numpy_panel.py" --regions 2850 --years 15 --classes 7 --repeat 5 --csv "$work/panel15.csv" | sed 's/^/reference: /'
python3 "$repo/tools/perf/numpy_panel.py" --regions 3000 --years 40 --classes 10 --repeat 1 --csv "$work/panel40.csv" > /dev/null

measure "landcarbon version" "$lc" version
measure "landcarbon gm11 (seed sample, net)" "$lc" gm11 --input "$sample" --series net --horizon 11
measure "landcarbon version (full runtime)" env LANDCARBON_FULL_RUNTIME=1 "$lc" version
measure "gm11 --by region, 2,850 x 15 (C, P, MAPE)" "$lc" gm11 --input "$work/panel15.csv" --by region --column net --format jsonl
measure "landuse.structure --by region, 3,000 x 40 x 10, -Xmx512m" env LANDCARBON_VM_ARGS=-Xmx512m "$lc" run landuse.structure \
    --input "$work/panel40.csv" --by region --column c0,c1,c2,c3,c4,c5,c6,c7,c8,c9 --format jsonl
python3 - "$repo/tools/perf/numpy_panel.py" <<'PY'
import subprocess, sys, time
t = time.perf_counter()
subprocess.run([sys.executable, sys.argv[1], "--regions", "2850", "--years", "15", "--repeat", "1"], check=True, capture_output=True)
print(f"{'numpy_panel.py whole process, 2,850 x 15':44s} {time.perf_counter() - t:6.2f} s")
PY
