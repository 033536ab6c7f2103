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
 org.eclipse.equinox.launcher* org.landcarbon.launcher org.eclipse.equinox.event org.eclipse.urischeme org.landcarbon.ui* org.landcarbon.*.tests
 org.apache.batik* wrapped.org.apache.xmlgraphics* wrapped.xml-apis* com.github.weisj.jsvg com.sun.jna* com.ibm.icu
 jakarta.* org.apache.aries.spifly* org.objectweb.asm* bcpg bcprov bcutil org.tukaani.xz
 org.opentest4j org.apiguardian* junit* org.junit* org.hamcrest* org.eclipse.osgi.compatibility.state
 org.landcarbon.plugins org.eclipse.equinox.frameworkadmin* org.eclipse.equinox.simpleconfigurator.manipulator org.sat4j.*'

landcarbon_cli_excluded() {
    local p
    for p in $LANDCARBON_CLI_EXCLUDE; do
        # shellcheck disable=SC2254
        case "$1" in $p) return 0 ;; esac
    done
    return 1
}

# landcarbon_cli_unsigned JAR COPY: COPY is JAR without its signature files (needs zip); false, and no COPY, otherwise.
landcarbon_cli_unsigned() {
    command -v zip > /dev/null && cp "$1" "$2" \
        && zip -q -d "$2" 'META-INF/*.SF' 'META-INF/*.RSA' 'META-INF/*.EC' 'META-INF/*.DSA' > /dev/null 2>&1 && return 0
    rm -f "$2"
    return 1
}

# Sets LANDCARBON_CLI_BOOT to what starts the framework: the class path of the framework (the unsigned copy, else
# the product's jar) and org.landcarbon.launcher, whose Main starts it from there (docs/cli-runtime.md), and its class.
landcarbon_cli_boot() {
    local framework=$1/configuration-cli/org.eclipse.osgi.jar
    if [ ! -f "$framework" ]; then
        local jars=("$1"/plugins/org.eclipse.osgi_*.jar)
        framework=${jars[0]}
    fi
    local boot=("$1"/plugins/org.landcarbon.launcher_*.jar)
    if [ -f "${boot[0]}" ]; then
        LANDCARBON_CLI_BOOT=(-cp "$framework:${boot[0]}" org.landcarbon.launcher.Main)
    else # an installation without it: Equinox's launcher, which takes the same arguments (0.1 s slower)
        local launchers=("$1"/plugins/org.eclipse.equinox.launcher_*.jar)
        LANDCARBON_CLI_BOOT=(-jar "${launchers[0]}")
    fi
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
    # The framework jar is signed, so the JVM would verify it at each start and the AOT cache skip its classes;
    # a copy without the signature files (p2 verified the original) avoids both.
    local boot=plugins/$framework up=
    if landcarbon_cli_unsigned "$here/plugins/$framework" "$tmp/org.eclipse.osgi.jar"; then
        boot=configuration-cli/org.eclipse.osgi.jar up=../plugins/   # osgi.bundles is relative to the framework jar
    fi
    # ds.cache.metadata: Felix SCR keeps the parsed component XML of each bundle in its data area (checked against the
    # bundle's modification time) instead of parsing every started bundle's OSGI-INF/*.xml at each start.
    cat > "$tmp/config.ini" <<INI
# Written by landcarbon-cli.sh from ../configuration (the workbench's); rewritten when that changes.
eclipse.application=org.landcarbon.cli.app
osgi.framework=file\:$boot
osgi.bundles=reference\:file\:$up$simpleconf@1\:start
osgi.bundles.defaultStartLevel=4
org.eclipse.equinox.simpleconfigurator.configUrl=file\:org.eclipse.equinox.simpleconfigurator/bundles.info
osgi.checkConfiguration=false
osgi.configuration.cascaded=false
ds.cache.metadata=true
INI
    rm -rf "$cfg" && mv "$tmp" "$cfg"
}

# The JVM options of every command: short runs, so one GC thread, the C1 compiler only, a small code cache,
# and a small initial heap (it grows as needed; a large young generation only costs memory touched at start).
LANDCARBON_CLI_VM=(-Dfile.encoding=UTF-8 -Djava.awt.headless=true -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData
    -XX:ReservedCodeCacheSize=32m -Xss1m -Xms8m)

# landcarbon_cli_train HERE: records the AOT cache (JEP 483/514) with a training run of gm11 on the seed
# sample (study loading, the analysis registry, output), or of version when the sample cannot be unpacked.
# Run by the product build and, after an install, an update or a change of JVM, by the first command.
landcarbon_cli_train() {
    local here=$1 cache=$1/configuration-cli.aot work
    landcarbon_cli_boot "$here"
    work=$(mktemp -d) || return 1
    local cmd=(version)
    if command -v unzip > /dev/null && unzip -q -o -j "$(ls "$here"/plugins/org.landcarbon.model_*.jar | head -n 1)" \
        samples/guizhou-2005-2019.landcarbon -d "$work" 2> /dev/null; then
        cmd=(gm11 --input "$work/guizhou-2005-2019.landcarbon" --series net --horizon 11)
    fi
    rm -f "$cache" "$cache.id"
    # A first start installs the bundles into configuration-cli/ and writes the framework's and the registry's
    # caches; the recorded run is then the start every later command makes (5 % less CPU than recording the first).
    [ -d "$here/configuration-cli/org.eclipse.osgi" ] || "$LANDCARBON_JAVA" "${LANDCARBON_CLI_VM[@]}" "${LANDCARBON_CLI_BOOT[@]}" \
        -install "file:$here/" -configuration "file:$here/configuration-cli/" -data @noDefault -application org.landcarbon.cli.app \
        version > /dev/null 2>&1
    if "$LANDCARBON_JAVA" "${LANDCARBON_CLI_VM[@]}" -XX:AOTCacheOutput="$cache" -Xlog:aot=off -Xlog:cds=off \
        "${LANDCARBON_CLI_BOOT[@]}" -install "file:$here/" -configuration "file:$here/configuration-cli/" -data @noDefault \
        -application org.landcarbon.cli.app "${cmd[@]}" > /dev/null 2>&1 && [ -s "$cache" ]; then
        landcarbon_aot_id "$here" > "$cache.id"
    else
        rm -f "$cache"
    fi
    rm -rf "$work"
    [ -f "$cache" ]
}

# landcarbon_cli_prepare HERE: configuration-cli/ and, on Java 25 or newer, the AOT cache, when missing or stale.
landcarbon_cli_prepare() {
    local here=$1 cfg=$1/configuration-cli full=$1/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
    local cache=$1/configuration-cli.aot
    if [ ! -f "$cfg/config.ini" ] || [ "$full" -nt "$cfg/config.ini" ]; then
        landcarbon_cli_configure "$here" "$cfg" || { echo "landcarbon: cannot write $cfg" >&2; return 1; }
        rm -f "$cache" "$cache.id"
    fi
    [ -n "${LANDCARBON_JAVA_MAJOR:-}" ] || landcarbon_java_version "$LANDCARBON_JAVA"
    if [ "${LANDCARBON_JAVA_MAJOR:-0}" -ge 25 ] && [ -z "${LANDCARBON_NO_AOT:-}" ] && [ -w "$here" ] \
        && ! landcarbon_aot_fits "$cache" "$here"; then
        landcarbon_cli_train "$here" || true
    fi
    return 0
}

# landcarbon_cli HERE ARGS...: runs a command on the lean runtime of the installation in HERE.
landcarbon_cli() {
    local here=$1; shift
    landcarbon_cli_prepare "$here" || return 1
    local cache=$here/configuration-cli.aot aot=()
    landcarbon_cli_boot "$here"
    # A cache of another JVM or folder (read-only installation): the JVM would ignore it and warn, so skip it.
    if [ -z "${LANDCARBON_NO_AOT:-}" ] && landcarbon_aot_fits "$cache" "$here"; then
        aot=(-XX:AOTCache="$cache" -Xlog:aot=off -Xlog:cds=off)
    fi
    exec "$LANDCARBON_JAVA" "${LANDCARBON_CLI_VM[@]}" ${aot[@]+"${aot[@]}"} ${LANDCARBON_VM_ARGS:-} "${LANDCARBON_CLI_BOOT[@]}" \
        -install "file:$here/" -configuration "file:$here/configuration-cli/" -data @noDefault -application org.landcarbon.cli.app "$@"
}
