#!/bin/sh
# The panel kernels (Java, releng/org.landcarbon.benchmarks) against tools/perf/numpy_panel.py on the
# same generated panel, one after the other in the same run, and their ratio. Both print a checksum of
# the same quantities (diversity, dynamic degree, Deng's degrees, C, P): they must agree.
# Usage: tools/perf/panel-kernels-vs-numpy.sh [REGIONS] [YEARS] [CLASSES]   (default 2850 40 7)
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
R=${1:-2850}; Y=${2:-40}; K=${3:-7}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=$repo/releng/org.landcarbon.benchmarks/target/benchmarks.jar
[ -f "$jar" ] || { echo "build the benchmarks first: ./mvnw -B -pl releng/org.landcarbon.benchmarks package" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
py=$(python3 "$repo/tools/perf/numpy_panel.py" --regions "$R" --years "$Y" --classes "$K" --repeat 20 --csv "$work/panel.csv")
echo "$py"
jv=$("$java" -Xmx512m -cp "$jar" org.landcarbon.benchmarks.NumpyPanelComparison "$work/panel.csv" 20 20)
echo "$jv"
echo "$py" "$jv" | python3 -c '
import re, sys
t = sys.stdin.read()
med = [float(x) for x in re.findall(r"median ([0-9.]+) ms", t)]
mn = [float(x) for x in re.findall(r"min ([0-9.]+) ms", t)]
ck = [float(x) for x in re.findall(r"checksum ([-0-9.e+]+)", t)]
print(f"ratio numpy / java: median {med[0] / med[1]:.1f}x, min {mn[0] / mn[1]:.1f}x; checksums differ by {abs(ck[0] - ck[1]) / abs(ck[0]):.1e} (relative)")
'
