#!/bin/sh
# Starts Verifact: the workstation without arguments, a command with them (verifact --help).
# Written by the build beside verifact.jar; the start cache beside it makes the workstation start faster.
# A Java too old to know the cache's option ignores it, and Verifact then says which Java it needs.
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
if [ -n "$JAVA_HOME" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
if [ -f "$here/verifact.aot" ]; then
  exec "$java" -XX:+IgnoreUnrecognizedVMOptions -XX:AOTCache="$here/verifact.aot" -jar "$here/verifact.jar" "$@"
fi
exec "$java" -jar "$here/verifact.jar" "$@"
