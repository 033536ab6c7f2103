# The lean headless runtime of LandCarbon Workbench. Sourced by the launcher for commands; runs
# `landcarbon_cli ARGS...` (docs/cli-runtime.md).
#
# It starts the same installation with a second Equinox configuration, configuration-cli/, whose
# bundle list is the product's own (configuration/.../bundles.info, so bundles installed later, e.g.
# plugins, are there too) minus the workbench: SWT, JFace, the e4/IDE workbench, charts, p2, test
# libraries. The framework starts without splash or workspace and does not check the bundles'
# timestamps at each start (osgi.checkConfiguration=false); with Java 25 or newer the JVM reuses an
# AOT cache (JEP 483/514) recorded by a training run on the first command after an install or update.
# LANDCARBON_FULL_RUNTIME=1 runs commands on the workbench's configuration instead.

# Bundles the command line never needs (symbolic names, shell patterns).
LANDCARBON_CLI_EXCLUDE='org.eclipse.swt* org.eclipse.jface* org.eclipse.ui* org.eclipse.e4.* org.eclipse.swtchart*
 org.eclipse.help org.eclipse.compare* org.eclipse.team.* org.eclipse.ltk.* org.eclipse.text org.eclipse.core.filebuffers
 org.eclipse.core.resources org.eclipse.core.filesystem org.eclipse.core.commands org.eclipse.core.databinding*
 org.eclipse.core.expressions org.eclipse.core.net org.eclipse.equinox.security* org.eclipse.equinox.bidi org.eclipse.equinox.p2.*
 org.eclipse.equinox.launcher* org.eclipse.equinox.event org.eclipse.urischeme org.landcarbon.ui* org.landcarbon.*.tests
 org.apache.batik* wrapped.org.apache.xmlgraphics* wrapped.xml-apis* com.github.weisj.jsvg com.sun.jna* com.ibm.icu
 jakarta.* org.apache.aries.spifly* org.objectweb.asm* bcpg bcprov bcutil org.tukaani.xz
 org.opentest4j org.apiguardian* junit* org.junit* org.hamcrest* org.eclipse.osgi.compatibility.state'

landcarbon_cli_excluded() {
    local p
    for p in $LANDCARBON_CLI_EXCLUDE; do
        # shellcheck disable=SC2254
        case "$1" in $p) return 0 ;; esac
    done
    return 1
}

# Writes configuration-cli/ from the product's bundle list: config.ini and the filtered bundles.info.
landcarbon_cli_configure() {
    local here=$1 cfg=$2 full=$1/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
    local tmp=$cfg.tmp.$$ line name framework simpleconf
    rm -rf "$tmp" && mkdir -p "$tmp/org.eclipse.equinox.simpleconfigurator" || return 1
    while IFS= read -r line; do
        case "$line" in '#'*|'') printf '%s\n' "$line"; continue ;; esac
        name=${line%%,*}
        landcarbon_cli_excluded "$name" || printf '%s\n' "$line"
    done < "$full" > "$tmp/org.eclipse.equinox.simpleconfigurator/bundles.info"
    framework=$(cd "$here/plugins" && ls -d org.eclipse.osgi_*.jar | head -n 1)
    simpleconf=$(cd "$here/plugins" && ls -d org.eclipse.equinox.simpleconfigurator_*.jar | head -n 1)
    cat > "$tmp/config.ini" <<INI
# Written by landcarbon-cli.sh from ../configuration (the workbench's); rewritten when that changes.
eclipse.application=org.landcarbon.cli.app
osgi.framework=file\:plugins/$framework
osgi.bundles=reference\:file\:$simpleconf@1\:start
osgi.bundles.defaultStartLevel=4
org.eclipse.equinox.simpleconfigurator.configUrl=file\:org.eclipse.equinox.simpleconfigurator/bundles.info
osgi.checkConfiguration=false
osgi.configuration.cascaded=false
INI
    rm -rf "$cfg" && mv "$tmp" "$cfg"
}

# landcarbon_cli HERE ARGS...: runs a command on the lean runtime of the installation in HERE.
landcarbon_cli() {
    local here=$1; shift
    local cfg=$here/configuration-cli full=$here/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
    if [ ! -f "$cfg/config.ini" ] || [ "$full" -nt "$cfg/config.ini" ]; then
        landcarbon_cli_configure "$here" "$cfg" || { echo "landcarbon: cannot write $cfg" >&2; return 1; }
        rm -f "$here/configuration-cli.aot"
    fi
    local launcher major
    launcher=$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$(dirname "$(readlink -f "$LANDCARBON_JAVA")")")/release" 2>/dev/null)
    # short runs: one GC thread, the C1 compiler only, small code cache
    local vm=(-Dfile.encoding=UTF-8 -Djava.awt.headless=true -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData
        -XX:ReservedCodeCacheSize=32m -Xss1m)
    local run=(-jar "$launcher" -configuration "file:$cfg/" -noSplash -data @noDefault -application org.landcarbon.cli.app)
    local aot=() cache=$here/configuration-cli.aot
    if [ "${major:-0}" -ge 25 ] && [ -z "${LANDCARBON_NO_AOT:-}" ]; then
        if [ ! -f "$cache" ] && [ -w "$here" ]; then
            # first command after an install or update: a training run records the AOT cache (JEP 483/514)
            "$LANDCARBON_JAVA" "${vm[@]}" -XX:AOTCacheOutput="$cache" -Xlog:aot=off -Xlog:cds=off "${run[@]}" version \
                > /dev/null 2>&1 || rm -f "$cache"
        fi
        [ -f "$cache" ] && aot=(-XX:AOTCache="$cache" -Xlog:aot=off -Xlog:cds=off)
    fi
    exec "$LANDCARBON_JAVA" "${vm[@]}" "${aot[@]}" ${LANDCARBON_VM_ARGS:-} "${run[@]}" "$@"
}
