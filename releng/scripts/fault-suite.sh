#!/usr/bin/env bash
# Fault suite of issue 16 (docs/limits.md): runs the built product against generated hostile inputs, kill -9
# during writing commands, two concurrent writers, a read-only folder and a full disk. Each case asserts the exit
# code, the message on stderr and that no file changed or was lost. Cases run two at a time (each command boots
# the product, ~3 s). Usage: releng/scripts/fault-suite.sh [PRODUCT_DIR]   (default: the materialized product)
set -u
repo=$(cd "$(dirname "$0")/../.." && pwd)
product=${1:-$repo/releng/org.landcarbon.product/target/products/org.landcarbon.ui.product/linux/gtk/x86_64}
lc="$product/landcarbon"
[ -x "$lc" ] || { echo "fault-suite: no product at $product (build it first)" >&2; exit 1; }
work=$(mktemp -d /tmp/landcarbon-faults.XXXXXX)
# Mounts a case left behind (a failed case exits before its umount) go first, deepest first.
cleanup() {
    awk -v w="$work/" 'index($2, w) == 1 { print $2 }' /proc/mounts | sort -r | xargs -r -n 1 umount 2>/dev/null
    chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"
}
trap cleanup EXIT
sample="$repo/bundles/org.landcarbon.model/samples/guizhou-2005-2019.landcarbon"
export LC="$lc" SAMPLE="$sample" WORK="$work"

# ---------------------------------------------------------------- helpers (exported to the parallel cases)
fail() { echo "FAIL  $CASE: $*"; exit 1; }
# expect CODE REGEX -- CMD...: runs CMD, checks its exit code, that stderr matches REGEX and is short, and that
# no Java class name or parser line leaks
expect() {
    local code=$1 regex=$2; shift 3
    timeout 120 "$@" > "$d/out" 2> "$d/err"; local got=$?
    [ "$got" = "$code" ] || fail "exit $got, expected $code; stderr: $(head -c 300 "$d/err")"
    [ -z "$regex" ] || grep -Eq -- "$regex" "$d/err" || fail "stderr does not match /$regex/: $(head -c 300 "$d/err")"
    [ "$(wc -c < "$d/err")" -lt 4000 ] || fail "stderr is $(wc -c < "$d/err") bytes"
    ! grep -Eq '\[Fatal Error\]|^\s+at [a-z]+\.|[a-z]+\.[a-z]+\.[a-zA-Z.]*[A-Z][A-Za-z]*(Exception|Error):' "$d/err" \
        || fail "internal detail on stderr: $(head -c 300 "$d/err")"
}
same() { [ "$(sha256sum < "$1")" = "$2" ] || fail "$1 changed"; }
sum() { sha256sum < "$1"; }
setup() { CASE=$1; d="$WORK/$1"; mkdir -p "$d"; cp "$SAMPLE" "$d/s.landcarbon"; before=$(sum "$d/s.landcarbon"); }
export -f fail expect same sum setup

# ---------------------------------------------------------------- the cases
case_zip_bomb() { setup zip-bomb
    python3 - "$d/bomb.xlsx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    with z.open("xl/sharedStrings.xml", "w") as f:
        block = b"0" * (1 << 20)
        for _ in range(1024): f.write(block)       # 1 GiB of one cell, ~1 MB compressed
PY
    expect 1 'bomb.xlsx: part xl/sharedStrings.xml inflates more than 100 times' -- "$LC" import --into "$d/s.landcarbon" "$d/bomb.xlsx" --dry-run
    same "$d/s.landcarbon" "$before"; }
case_huge_cell() { setup huge-cell
    # A cell over the cell limit on a line within the line limit, then a line over the line limit.
    { printf 'year,area.forest [10^4 hm2]\n2005,'; head -c 50000 /dev/zero | tr '\0' 7; printf '\n'; } > "$d/cell.csv"
    expect 1 'cell.csv, row 2, column B: cell too long: 50,000 characters' -- "$LC" import --into "$d/s.landcarbon" "$d/cell.csv"
    { printf 'year,area.forest [10^4 hm2]\n2005,'; head -c 2000000 /dev/zero | tr '\0' 7; printf '\n'; } > "$d/huge.csv"
    expect 1 'huge.csv: line 2 is too long: 2,000,005 characters, the limit is 100,000' -- "$LC" import --into "$d/s.landcarbon" "$d/huge.csv"
    same "$d/s.landcarbon" "$before"; }
case_deep_xml() { setup deep-xml
    python3 -c "import sys; print('<?xml version=\"1.0\"?><landcarbon:Study xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:landcarbon=\"http://landcarbon.org/model/1.0\" formatVersion=\"2\">' + '<series>'*200000 + '</series>'*200000 + '</landcarbon:Study>')" > "$d/deep.landcarbon"
    expect 1 'deep.landcarbon.*nested more than 100 deep' -- "$LC" info "$d/deep.landcarbon"; }
case_truncated() { setup truncated
    head -c 40000 "$SAMPLE" > "$d/t.landcarbon"; b=$(sum "$d/t.landcarbon")
    expect 1 't.landcarbon, line [0-9]+.*(not well-formed|must start and end)' -- "$LC" validate "$d/t.landcarbon"
    same "$d/t.landcarbon" "$b"; }
case_binary() { setup binary
    head -c 65536 /dev/urandom > "$d/b.landcarbon"
    expect 1 'b.landcarbon.*not a study file' -- "$LC" account "$d/b.landcarbon"; }
case_numbers() { setup numbers
    for cell in 2498.7d 0x1.38Bp11 NaN Infinity; do
        printf 'year,net\n2001,10\n2002,11\n2003,%s\n2004,13\n' "$cell" > "$d/n.csv"
        expect 1 "n.csv line 4 \\(year 2003\\), column net: '$cell' is not a number" -- "$LC" gm11 --input "$d/n.csv" --column net
    done
    printf 'year,net\n2001,1e308\n2002,1.2e308\n2003,1.5e308\n2004,1.7e308\n' > "$d/big.csv"
    expect 1 'GM\(1,1\): the .* is not a finite number: the computation overflowed' -- "$LC" gm11 --input "$d/big.csv" --column net
    ! grep -q 'NaN\|Infinity' "$d/out" || fail "NaN printed"; }
case_negative_area() { setup negative-area
    printf 'year,area.forest [10^4 hm2]\n2006,-5\n' > "$d/neg.csv"
    expect 1 'negative value -5' -- "$LC" import --into "$d/s.landcarbon" "$d/neg.csv"
    sed -i '0,/<values year="2005" value="[0-9.]*"/s//<values year="2005" value="-5.0"/' "$d/s.landcarbon"
    b=$(sum "$d/s.landcarbon")
    expect 1 "not computed: 'landcarbon validate' finds" -- "$LC" account "$d/s.landcarbon"
    [ ! -s "$d/out" ] || fail "account printed a table"; same "$d/s.landcarbon" "$b"; }
case_huge_horizon() { setup huge-horizon
    expect 2 'horizon 1000000000 is outside 1000-3000' -- "$LC" scenarios "$d/s.landcarbon" --add-template natural --horizon 1000000000 --output "$d/sc.landcarbon"
    expect 2 'more than 200 years after' -- "$LC" scenarios "$d/s.landcarbon" --add-template natural --horizon 2400 --output "$d/sc.landcarbon"
    [ ! -e "$d/sc.landcarbon" ] || fail "sc.landcarbon written"; same "$d/s.landcarbon" "$before"; }
case_kill_during_writes() { setup kill
    printf 'year,area.forest [10^4 hm2]\n2006,701.5\n' > "$d/a.csv"
    # A command spends most of its time booting and writes at its end: the first, unkilled run of each command
    # measures how long it takes, and the kills land in the last 40 % of that (boot done, reading, writing, renaming).
    local imp=0 sce=0
    for round in 1 2 3 4 5 6; do
        cp "$SAMPLE" "$d/k.landcarbon"; rm -f "$d/k.landcarbon.bak"; b=$(sum "$d/k.landcarbon")
        if [ $((round % 2)) = 0 ]; then cmd=(import --into "$d/k.landcarbon" "$d/a.csv"); took=$imp
        else cmd=(scenarios "$d/k.landcarbon" --add-template natural --horizon 2060); took=$sce; fi
        t0=$(date +%s%N)
        "$LC" "${cmd[@]}" > /dev/null 2>&1 & pid=$!
        if [ "$took" = 0 ]; then
            wait "$pid" || fail "round $round: ${cmd[0]} exited $? without a kill"
            took=$(( ($(date +%s%N) - t0) / 1000000 ))
            [ $((round % 2)) = 0 ] && imp=$took || sce=$took
            [ "$(sum "$d/k.landcarbon")" != "$b" ] || fail "round $round: ${cmd[0]} did not change the study"
            continue
        fi
        sleep "$(python3 -c "import random; print(random.uniform(0.6, 1.0) * $took / 1000)")"
        kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
        expect 0 '' -- "$LC" info "$d/k.landcarbon"     # complete: the old or the new file, never half
        [ -s "$d/k.landcarbon.bak" ] || [ "$(sum "$d/k.landcarbon")" = "$b" ] || fail "round $round: changed without a .bak"
    done; }
case_two_writers() { setup two-writers
    printf 'year,area.forest [10^4 hm2]\n2006,701.5\n' > "$d/a.csv"
    for round in 1 2 3; do
        cp "$SAMPLE" "$d/w.landcarbon"
        "$LC" import --into "$d/w.landcarbon" "$d/a.csv" > /dev/null 2> "$d/e1" & p1=$!
        "$LC" scenarios "$d/w.landcarbon" --add-template ecological --horizon 2060 > /dev/null 2> "$d/e2" & p2=$!
        wait $p1; c1=$?; wait $p2; c2=$?
        grep -q 'value="701.5"' "$d/w.landcarbon"; imported=$?
        grep -q 'from the 2005-2019 trends (template)' "$d/w.landcarbon"; added=$?   # the sample has no template scenario
        for c in 1 2; do
            code=$([ $c = 1 ] && echo $c1 || echo $c2); e="$d/e$c"
            if [ "$code" != 0 ]; then grep -q 'the study changed on disk since it was read' "$e" || fail "writer $c: $(cat "$e")"; fi
        done
        [ "$c1" != 0 ] || [ $imported = 0 ] || fail "round $round: the import exited 0 but its update is lost"
        [ "$c2" != 0 ] || [ $added = 0 ] || fail "round $round: the scenario exited 0 but its update is lost"
    done; }
case_read_only() { setup read-only
    printf 'year,area.forest [10^4 hm2]\n2006,701.5\n' > "$d/a.csv"
    if [ "$(id -u)" = 0 ]; then
        # root writes into any folder: a read-only bind mount of it refuses root too
        mkdir "$d/ro" && mount --bind "$d" "$d/ro" && mount -o remount,bind,ro "$d/ro" \
            || { echo "skip  read-only: cannot mount read-only as root"; return 0; }
        expect 1 's.landcarbon: cannot save: (permission denied|Read-only file system)' -- "$LC" import --into "$d/ro/s.landcarbon" "$d/a.csv"
        umount "$d/ro"
    else
        chmod 555 "$d"
        expect 1 's.landcarbon: cannot save: permission denied' -- "$LC" import --into "$d/s.landcarbon" "$d/a.csv"
        chmod 755 "$d"
    fi
    ! grep -q '\.tmp' "$d/err" || fail "names the temporary file"; same "$d/s.landcarbon" "$before"; }
case_full_disk() { setup full-disk
    if [ "$(id -u)" != 0 ]; then echo "skip  full-disk: needs root for a tmpfs"; return 0; fi
    mkdir -p "$d/full" && mount -t tmpfs -o size=256k tmpfs "$d/full" || { echo "skip  full-disk: cannot mount a tmpfs"; return 0; }
    cp "$SAMPLE" "$d/full/s.landcarbon"; b=$(sum "$d/full/s.landcarbon")
    head -c 10000000 /dev/zero > "$d/full/filler" 2>/dev/null
    printf 'year,area.forest [10^4 hm2]\n2006,701.5\n' > "$d/a.csv"
    expect 1 's.landcarbon: cannot save: No space left on device' -- "$LC" import --into "$d/full/s.landcarbon" "$d/a.csv"
    same "$d/full/s.landcarbon" "$b"; ! ls -a "$d/full" | grep -q '\.tmp$' || fail "a temporary file is left"
    umount "$d/full"; }
export -f case_zip_bomb case_huge_cell case_deep_xml case_truncated case_binary case_numbers case_negative_area \
    case_huge_horizon case_kill_during_writes case_two_writers case_read_only case_full_disk

start=$(date +%s)
# Longest first, so that no long case starts last and runs alone.
cases="case_kill_during_writes case_two_writers case_numbers case_huge_cell case_negative_area case_huge_horizon case_zip_bomb case_deep_xml case_truncated case_binary case_read_only case_full_disk"
results=$(printf '%s\n' $cases | xargs -P 2 -I{} bash -c 't=$(date +%s); {} && echo "ok    {} ($(( $(date +%s) - t )) s)"' 2>&1)
echo "$results"
failed=$(grep -c '^FAIL' <<< "$results")
echo "fault-suite: $(grep -c '^ok' <<< "$results") passed, $failed failed, $(( $(date +%s) - start )) s"
[ "$failed" = 0 ]
