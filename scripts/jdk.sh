# Finds a JDK 21+ for the build: JAVA_HOME, then java on PATH, then the installed JVMs.
# Sourced by ./iosemu and .ci/run.

java_major() { # prints the major version of the java binary given, or 0
    "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1 || echo 0
}

find_jdk() {
    local candidates=()
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
    if command -v java >/dev/null 2>&1; then
        candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
    fi
    for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
        [ -d "$d" ] && candidates+=("$d")
    done
    # first qualifying candidate wins: JAVA_HOME, then java on PATH, then the installed JVMs
    for home in "${candidates[@]}"; do
        [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
        if [ "$(java_major "$home/bin/java")" -ge 21 ] 2>/dev/null; then
            echo "$home"
            return 0
        fi
    done
    echo "no JDK 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2
    exit 1
}
