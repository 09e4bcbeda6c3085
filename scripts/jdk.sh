# Finds a JDK 21+ for iosemu: JAVA_HOME, then java on PATH, then the usual install folders.
# POSIX sh, sourced by ./mvnw, ./iosemu, .ci/run and the CI scripts.
#   find_jdk          prints the home of the first JDK 21+ found, or says what to install and fails
#   use_jdk NAME      exports JAVA_HOME (and PATH) for a JDK 21+; NAME prefixes the one line saying which

: "${IOSEMU_MIN_JAVA:=21}" # the oldest JDK iosemu builds with (overridable to test the message)

# The major version of the JDK at $1 (its release file, else its java), or 0.
java_major() {
    _jm=$(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$1/release" 2>/dev/null)
    if [ -z "$_jm" ] && [ -x "$1/bin/java" ]; then
        _jm=$("$1/bin/java" -XshowSettings:properties -version 2>&1 |
            sed -n 's/.*java.specification.version = \([0-9.]*\).*/\1/p')
    fi
    _jm=${_jm%%.*}
    case "$_jm" in
    '' | *[!0-9]*) echo 0 ;;
    1) echo 8 ;; # 1.8 and older
    *) echo "$_jm" ;;
    esac
}

# True when $1 is a JDK (java and javac) of version 21 or newer.
is_jdk21() {
    [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(java_major "$1")" -ge "$IOSEMU_MIN_JAVA" ]
}

find_jdk() {
    if is_jdk21 "${JAVA_HOME:-}"; then
        echo "$JAVA_HOME"
        return 0
    fi
    _fj_java=$(command -v java 2>/dev/null || true)
    if [ -n "$_fj_java" ]; then
        _fj_home=$(dirname "$(dirname "$(readlink -f "$_fj_java" 2>/dev/null || echo "$_fj_java")")")
        if is_jdk21 "$_fj_home"; then
            echo "$_fj_home"
            return 0
        fi
    fi
    # the newest JDK of the usual install folders (Linux packages, tarballs, SDKMAN, IDEs, macOS)
    _fj_best="" _fj_best_major=0
    for _fj_home in /usr/lib/jvm/* /usr/lib64/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* \
        "${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/* \
        /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -d "$_fj_home" ] && is_jdk21 "$_fj_home" || continue
        _fj_major=$(java_major "$_fj_home")
        if [ "$_fj_major" -gt "$_fj_best_major" ]; then
            _fj_best=$_fj_home _fj_best_major=$_fj_major
        fi
    done
    if [ -n "$_fj_best" ]; then
        echo "$_fj_best"
        return 0
    fi
    echo "iosemu needs a JDK $IOSEMU_MIN_JAVA or newer and found none (JAVA_HOME, java on PATH, /usr/lib/jvm, /opt," \
        "~/.sdkman). Install one, e.g. 'sudo apt install openjdk-$IOSEMU_MIN_JAVA-jdk' or Temurin $IOSEMU_MIN_JAVA+ from https://adoptium.net," \
        "or set JAVA_HOME to it." >&2
    return 1
}

# Exports JAVA_HOME and PATH for a JDK 21+. Says which on stderr (as "$1: ...") unless JAVA_HOME already
# named one, so a JDK the user chose is used silently and a JDK found by looking around is announced.
use_jdk() {
    if is_jdk21 "${JAVA_HOME:-}"; then
        PATH="$JAVA_HOME/bin:$PATH"
        export JAVA_HOME PATH
        return 0
    fi
    _uj_was=${JAVA_HOME:-}
    _uj_home=$(JAVA_HOME='' find_jdk) || return 1
    _uj_note=""
    [ -n "$_uj_was" ] && _uj_note=" (JAVA_HOME $_uj_was is Java $(java_major "$_uj_was"))"
    echo "$1: using JDK $(java_major "$_uj_home") at $_uj_home$_uj_note" >&2
    JAVA_HOME=$_uj_home
    PATH="$JAVA_HOME/bin:$PATH"
    export JAVA_HOME PATH
}
