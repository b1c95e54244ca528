#!/bin/sh
# Starts Verifact: the workstation without arguments, a command with them (verifact --help).
# Written by the build beside verifact.jar, with two start caches: the workstation's, and the commands'
# (trained on what extract and ingest run). A Java too old for Verifact is started without them, and
# Verifact then says which Java it needs.
# A command reads its batch and ends: the JVM's quick compiler alone and its single-threaded collector
# get it done sooner; the JVM's own warnings go to standard error, never into what the command prints, and
# it says nothing of a cache it cannot use (made by another JVM), which only makes the start slower. The workstation, which runs all day, keeps the JVM's defaults.
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
if [ -n "$JAVA_HOME" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
# A Java older than 25 is given no option, for it would refuse the logging ones before Verifact could say what it
# needs. Its version is read from the release file of its JDK, which costs no JVM start; without one, it is taken as new.
release=$(dirname -- "$(readlink -f -- "$(command -v -- "$java")" 2>/dev/null || echo "$java")")/../release
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null)
if [ -n "$major" ] && [ "$major" -lt 25 ]; then
  exec "$java" -jar "$here/verifact.jar" "$@"
fi
if [ "$#" -gt 0 ]; then
  cache="$here/verifact-command.aot"
  set -- -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:all=off:stdout '-Xlog:all=warning,aot*=off,cds*=off:stderr' -jar "$here/verifact.jar" "$@"
else
  cache="$here/verifact.aot"
  set -- -jar "$here/verifact.jar"
fi
if [ -f "$cache" ]; then
  exec "$java" -XX:+IgnoreUnrecognizedVMOptions -XX:AOTCache="$cache" "$@"
fi
exec "$java" "$@"
