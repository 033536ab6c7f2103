# Finds a Java 21+ runtime for LandCarbon Workbench. Sourced by the launch scripts; sets LANDCARBON_JAVA.
# Order: $LANDCARBON_JAVA, $JAVA_HOME, JDKs under /usr/lib/jvm (newest first), java on the PATH.

landcarbon_java_major() {
    # Prints the major version of the java executable $1 (e.g. 25), or nothing. The JDK's release file
    # answers without starting a JVM (a probe costs 0.2-0.7 s of every start); the probe is the fallback.
    local release major
    release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
    [ -f "$release" ] && major=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$release" | head -n 1)
    if [ -n "${major:-}" ]; then echo "$major"; return; fi
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

landcarbon_find_java() {
    local candidate major
    for candidate in "${LANDCARBON_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" \
            $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -r -V) "$(command -v java 2>/dev/null)"; do
        [ -n "$candidate" ] && [ -x "$candidate" ] || continue
        major=$(landcarbon_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            LANDCARBON_JAVA="$candidate"
            export LANDCARBON_JAVA
            return 0
        fi
    done
    echo "landcarbon: no Java 21 or newer found (looked at \$LANDCARBON_JAVA, \$JAVA_HOME, /usr/lib/jvm and the PATH)." >&2
    echo "landcarbon: install one (e.g. Temurin 25) or set JAVA_HOME to it." >&2
    return 1
}

# landcarbon_aot_id HERE: the stamp kept beside an AOT cache (the command line's and the workbench's). A cache fits
# one JVM build and one installation folder (the class path is in it).
landcarbon_aot_id() {
    local home
    home=$(dirname "$(dirname "$(readlink -f "$LANDCARBON_JAVA")")")
    printf '%s %s %s\n' "$home" "$(sed -n 's/^JAVA_RUNTIME_VERSION=//p' "$home/release" 2>/dev/null)" "$1"
}
