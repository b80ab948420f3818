# Sourced by ./mvnw (POSIX sh, under set -euf); not part of the Apache Maven Wrapper.
# Dangnhap builds and runs on a JDK 25 or newer. Keeps JAVA_HOME (or the java on the PATH) when it
# is one; otherwise takes the first JDK >= 25 in /usr/lib/jvm, /opt/java, /opt/jdk* or
# /Library/Java/JavaVirtualMachines (as .ci/run does), or stops with a one-line hint before Maven starts.

# The feature version of a JDK home (25 for 25.0.3), from its release file or else from java itself.
dangnhap_jdk_major() {
  if [ -r "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  elif [ -x "$1/bin/java" ]; then
    dangnhap_java_major "$1/bin/java"
  fi
}

dangnhap_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

if [ -n "${JAVA_HOME-}" ]; then
  dangnhap_major=$(dangnhap_jdk_major "$JAVA_HOME" || :)
  dangnhap_current="JAVA_HOME=$JAVA_HOME"
elif command -v java >/dev/null 2>&1; then
  dangnhap_major=$(dangnhap_java_major "$(command -v java)" || :)
  dangnhap_current="the java on the PATH"
else
  dangnhap_major=""
  dangnhap_current="no java on the PATH, no JAVA_HOME"
fi

if [ "${dangnhap_major:-0}" -lt 25 ]; then
  dangnhap_found=""
  set +f
  for dangnhap_candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$dangnhap_candidate/bin/java" ] && [ -x "$dangnhap_candidate/bin/javac" ] || continue
    if [ "$(dangnhap_jdk_major "$dangnhap_candidate" || :)" -ge 25 ] 2>/dev/null; then
      dangnhap_found=$dangnhap_candidate
      break
    fi
  done
  set -f
  if [ -z "$dangnhap_found" ]; then
    echo "Dangnhap needs a JDK 25 or newer (${dangnhap_current}${dangnhap_major:+ is Java $dangnhap_major}): install one, e.g. Temurin 25, and set JAVA_HOME to it." >&2
    exit 1
  fi
  echo "mvnw: ${dangnhap_current}${dangnhap_major:+ is Java $dangnhap_major}; using the JDK 25+ at $dangnhap_found" >&2
  JAVA_HOME=$dangnhap_found
  export JAVA_HOME
fi
