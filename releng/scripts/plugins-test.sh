#!/usr/bin/env bash
# Plugins end to end (docs/plugins.md): builds the third-party template (releng/templates/analysis-plugin) from a
# copy outside the repository against the published update site only, installs it into the product with
# `landcarbon plugins install`, runs its analysis, checks the failure messages, then changes a source file so that
# ./landcarbon rebuilds the product, and checks the plugin is still listed. Needs a built product and site
# (./mvnw package or releng/test.sh). Prints 'N passed, N failed'.
set -uo pipefail
repo=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$repo"
site="$repo/releng/org.landcarbon.site/target/repository"
if [ ! -f "$site/content.jar" ] && [ ! -f "$site/content.xml" ]; then
    echo "plugins-test: no update site at $site; build first (./mvnw package)" >&2
    exit 1
fi
. features/org.landcarbon.core.feature/rootfiles/landcarbon-java.sh
landcarbon_find_java || exit 1
export JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$LANDCARBON_JAVA")")")

work=$(mktemp -d /tmp/landcarbon-plugins-test.XXXXXX)
export LANDCARBON_PLUGINS_HOME="$work/plugins-home"   # the user's plugin record, kept apart from a real one
passed=0 failed=0
check() { # check WHAT COMMAND...: passes when COMMAND succeeds
    local what=$1; shift
    if "$@" >> "$work/log" 2>&1; then passed=$((passed + 1)); echo "  ok    $what"
    else failed=$((failed + 1)); echo "  FAIL  $what (log: $work/log)"; fi
}
expect_fail() { # expect_fail WHAT TEXT COMMAND...: passes when COMMAND exits 1 and says TEXT on stderr
    local what=$1 text=$2; shift 2
    local err code
    err=$("$@" 2>&1 >/dev/null); code=$?
    echo "$ $* -> $code: $err" >> "$work/log"
    if [ "$code" = 1 ] && grep -qF -- "$text" <<< "$err"; then passed=$((passed + 1)); echo "  ok    $what"
    else failed=$((failed + 1)); echo "  FAIL  $what: exit $code, '$err'"; fi
}

echo "plugins-test: the template, built in $work/analysis-plugin against $site"
cp -r releng/templates/analysis-plugin "$work/"
check "the template builds and passes its tests against the update site only" \
    bash -c "cd '$work/analysis-plugin' && ./mvnw -B verify -Dlandcarbon.site='$(python3 -c 'import pathlib,sys; print(pathlib.Path(sys.argv[1]).as_uri())' "$site")'"
plugin_site="$work/analysis-plugin/site/target/repository"

# A product left with the plugin by an earlier, interrupted run starts clean.
./landcarbon plugins uninstall org.example.landcarbon.growth.feature >/dev/null 2>&1 || true
expect_fail "unsigned content is refused without --accept-unsigned" "unsigned content" \
    ./landcarbon plugins install --repository "$plugin_site"
check "plugins install from the template's site" \
    ./landcarbon plugins install --repository "$plugin_site" --accept-unsigned
check "plugins list shows it with vendor and origin" \
    bash -c "./landcarbon plugins list | grep -E '^org.example.landcarbon.growth.feature +1\.0\.0\.[0-9]+ +Example Institute +file:'"
check "analyses lists example.growth" bash -c "./landcarbon analyses | grep -q 'example.growth '"
check "run example.growth on the Guizhou sample" \
    bash -c "./landcarbon run example.growth --input bundles/org.landcarbon.model/samples/guizhou-2005-2019.landcarbon --series net | grep -q '\"rate_pct\"'"

expect_fail "an unreachable repository is exit 1 naming it" "no p2 repository at" \
    ./landcarbon plugins install --repository "$work/analysis-plugin/site" org.example.landcarbon.growth.feature
expect_fail "a missing feature is exit 1 naming what the site offers" "it offers: org.example.landcarbon.growth.feature" \
    ./landcarbon plugins install --repository "$plugin_site" org.example.nothere
expect_fail "a folder that does not exist is exit 1" "does not exist" \
    ./landcarbon plugins install --repository "$work/nowhere"

# A changed source file makes ./landcarbon rebuild the product; the plugin must survive it.
touch bundles/org.landcarbon.analysis/src/org/landcarbon/analysis/Analysis.java
check "after a rebuild, analyses still lists example.growth" bash -c "./landcarbon analyses | grep -q 'example.growth '"
check "after a rebuild, plugins list still shows it" bash -c "./landcarbon plugins list | grep -q '^org.example.landcarbon.growth.feature '"

check "plugins uninstall removes it" ./landcarbon plugins uninstall org.example.landcarbon.growth.feature
check "after uninstall, analyses does not list it" bash -c "! ./landcarbon analyses | grep -q 'example.growth'"

echo "plugins-test: $passed passed, $failed failed"
[ "$failed" = 0 ] && rm -rf "$work"
[ "$failed" = 0 ]
