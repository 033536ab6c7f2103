# Finds a Java 21+ runtime for LandCarbon Workbench. Sourced by the launch scripts; sets LANDCARBON_JAVA.
# Order: $LANDCARBON_JAVA, $JAVA_HOME, JDKs under /usr/lib/jvm (newest first), java on the PATH.

# Every start runs these, so they use shell builtins only: each process started here costs 5-10 ms of CPU (issue 17).

# landcarbon_java_version JAVA: sets LANDCARBON_JAVA_HOME (the JDK folder of the executable JAVA, symlinks resolved)
# and LANDCARBON_JAVA_MAJOR (e.g. 25, empty when unknown). The JDK's release file answers without starting a JVM
# (a probe costs 0.2-0.7 s of every start); the probe is the fallback.
landcarbon_java_version() {
    local java=$1 home
    if [ -L "$java" ] || [ "${java#/}" = "$java" ]; then java=$(readlink -f "$java"); fi
    home=${java%/*}; home=${home%/*}
    [ -L "$home" ] && home=$(readlink -f "$home")
    LANDCARBON_JAVA_HOME=$home
    LANDCARBON_JAVA_MAJOR=
    if landcarbon_release JAVA_VERSION "$home"; then
        LANDCARBON_JAVA_MAJOR=${LANDCARBON_RELEASE#1.}
        LANDCARBON_JAVA_MAJOR=${LANDCARBON_JAVA_MAJOR%%[!0-9]*}
    fi
    [ -n "$LANDCARBON_JAVA_MAJOR" ] || LANDCARBON_JAVA_MAJOR=$("$1" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1)
}

# landcarbon_release KEY HOME: sets LANDCARBON_RELEASE to KEY's value in HOME/release (without the quotes); false if none.
landcarbon_release() {
    local line
    LANDCARBON_RELEASE=
    [ -f "$2/release" ] || return 1
    while IFS= read -r line || [ -n "$line" ]; do
        case "$line" in
            "$1="*) line=${line#*=}; line=${line#\"}; LANDCARBON_RELEASE=${line%\"}; return 0 ;;
        esac
    done < "$2/release"
    return 1
}

# Prints the major version of the java executable $1 (e.g. 25), or nothing.
landcarbon_java_major() {
    landcarbon_java_version "$1"
    [ -z "$LANDCARBON_JAVA_MAJOR" ] || echo "$LANDCARBON_JAVA_MAJOR"
}

# landcarbon_java_fits JAVA: JAVA is an executable of Java 21 or newer; then it becomes LANDCARBON_JAVA.
landcarbon_java_fits() {
    [ -n "$1" ] && [ -x "$1" ] || return 1
    landcarbon_java_version "$1"
    [ -n "$LANDCARBON_JAVA_MAJOR" ] && [ "$LANDCARBON_JAVA_MAJOR" -ge 21 ] || return 1
    LANDCARBON_JAVA=$1
    export LANDCARBON_JAVA
}

landcarbon_find_java() {
    local candidate
    # The folders are listed (two processes) only when neither variable names a fitting Java.
    for candidate in "${LANDCARBON_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}"; do
        landcarbon_java_fits "$candidate" && return 0
    done
    for candidate in $(printf '%s\n' /usr/lib/jvm/*/bin/java | sort -r -V) "$(command -v java 2>/dev/null)"; do
        landcarbon_java_fits "$candidate" && return 0
    done
    echo "landcarbon: no Java 21 or newer found (looked at \$LANDCARBON_JAVA, \$JAVA_HOME, /usr/lib/jvm and the PATH)." >&2
    echo "landcarbon: install one (e.g. Temurin 25) or set JAVA_HOME to it." >&2
    return 1
}

# The stamp kept beside an AOT cache (the command line's and the workbench's): "JDK-folder runtime-version
# installation-folder", since a cache fits one JVM build and one installation folder (the class path is in it).
# Builtins only: every start checks it.

# landcarbon_aot_stamp HERE: sets LANDCARBON_AOT_ID.
landcarbon_aot_stamp() {
    [ -n "${LANDCARBON_JAVA_HOME:-}" ] || landcarbon_java_version "$LANDCARBON_JAVA"
    landcarbon_release JAVA_RUNTIME_VERSION "$LANDCARBON_JAVA_HOME"
    LANDCARBON_AOT_ID="$LANDCARBON_JAVA_HOME $LANDCARBON_RELEASE $1"
}

# landcarbon_aot_id HERE: prints the stamp (for the build steps that record a cache).
landcarbon_aot_id() {
    landcarbon_aot_stamp "$1"
    printf '%s\n' "$LANDCARBON_AOT_ID"
}

# landcarbon_aot_fits CACHE HERE: CACHE exists and the stamp beside it names this JVM build and folder.
landcarbon_aot_fits() {
    local stamp=
    [ -f "$1" ] && [ -f "$1.id" ] && IFS= read -r stamp < "$1.id"
    landcarbon_aot_stamp "$2"
    [ -n "$stamp" ] && [ "$stamp" = "$LANDCARBON_AOT_ID" ]
}
