#!/usr/bin/env bash
# Start-up time and memory of the packaged service on the seed graph (issue 12, "Start and memory"):
# the first start on an empty store (which applies the seed), then N restarts on that store. For
# each start: seconds from launch to /q/health/ready answering UP, the part of that Quarkus and
# Neo4j log themselves (the "started in" line and the embedded database's own start), and the
# process's RSS and loaded classes after a few first queries. Prints every start and the median of
# the restarts.
#   ./mvnw -DskipTests package && bench/start.sh [--cds] [restarts, default 5] [extra JVM options...]
# --cds: the first start also writes an AppCDS archive of the classes it loaded (-XX:ArchiveClassesAtExit,
# written when it stops), and the restarts map it (-XX:SharedArchiveFile): what docs/deploy.md describes.
# Loopback only; every loop is bounded in count and time.
set -euo pipefail
cd "$(dirname "$0")/.."
CDS=""
if [ "${1:-}" = "--cds" ]; then CDS=1; shift; fi
RESTARTS="${1:-5}"
shift || true
JVM_OPTIONS=("$@")
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "package the service first: ./mvnw -DskipTests package" >&2; exit 64; }
WORK="$(mktemp -d)"
PORT=18191
BOLT=17791
trap 'kill -9 "${SERVICE:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

now() { date +%s.%N; }

start_once() { # $1 = label, $2 = figures file, then JVM options of this start; prints one line of figures
  local log="$WORK/$1.log" began ready rss classes label="$1" figures="$2"
  shift 2
  began=$(now)
  KG_EMBEDDED_DATA_DIR="$WORK/data" KG_EMBEDDED_BOLT_PORT=$BOLT QUARKUS_HTTP_PORT=$PORT \
    java "$@" -jar "$JAR" > "$log" 2>&1 &
  SERVICE=$!
  ready=""
  for _ in $(seq 1 1200); do # at most 120 s
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; then ready=$(now); break; fi
    sleep 0.1
  done
  [ -n "$ready" ] || { echo "$label: not ready within 120 s:" >&2; tail -20 "$log" >&2; exit 1; }
  for q in '{ state(id: \"north-korea\") { name pactPartners { name } deployedTroopsTo { name } } }' \
           '{ events(sort: [{ startDate: DESC }]) { title claims { status assertedBy { name } } } }' \
           '{ search(text: \"Kim\") { node { id name } } }' \
           '{ neighbourhood(id: \"north-korea\", depth: 2) { nodes { id } } }'; do
    curl -s --max-time 10 -o /dev/null -H 'Content-Type: application/json' --data-binary "{\"query\":\"$q\"}" "http://127.0.0.1:$PORT/graphql"
  done
  rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$SERVICE/status")
  classes=$(jcmd "$SERVICE" PerfCounter.print 2>/dev/null | awk -F= '/java.cls.(loadedClasses|sharedLoadedClasses)=/ { n += $2 } END { print n }' || true)
  local quarkus neo4j seed
  quarkus=$(grep -o 'started in [0-9.]*s' "$log" | head -1 | grep -o '[0-9.]*' || echo "?")
  neo4j=$(grep -o 'Embedded Neo4j started in [0-9]* ms' "$log" | grep -o ' [0-9]* ' | tr -d ' ' | head -1 || true)
  seed=$(grep -c 'Applied \[' "$log" || true)
  printf '%-10s ready %6.2f s   quarkus says %6s s   embedded neo4j %6s ms   scripts applied %s   RSS after first queries %5s MiB   classes %s\n' \
    "$label" "$(echo "$ready - $began" | bc)" "$quarkus" "${neo4j:-?}" "$seed" "$rss" "${classes:-?}"
  echo "$(echo "$ready - $began" | bc) $rss" >> "$WORK/$figures"
  kill "$SERVICE"
  for _ in $(seq 1 300); do kill -0 "$SERVICE" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$SERVICE" 2>/dev/null || true
  wait "$SERVICE" 2>/dev/null || true
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; $(java -version 2>&1 | head -1); $(date -u +%FT%TZ); code $(git rev-parse --short HEAD)"
echo "JVM options: ${JVM_OPTIONS[*]:-(none)}${CDS:+, AppCDS archive written by the first start, mapped by the restarts}"
if [ -n "$CDS" ]; then
  start_once first first.txt "${JVM_OPTIONS[@]}" -XX:ArchiveClassesAtExit="$WORK/app.jsa"
  [ -s "$WORK/app.jsa" ] || { echo "the first start wrote no AppCDS archive" >&2; exit 1; }
  echo "AppCDS archive: $(( $(stat -c %s "$WORK/app.jsa") / 1048576 )) MiB"
  for i in $(seq 1 "$RESTARTS"); do
    start_once "restart-$i" restarts.txt "${JVM_OPTIONS[@]}" -XX:SharedArchiveFile="$WORK/app.jsa"
  done
else
  start_once first first.txt "${JVM_OPTIONS[@]}"
  for i in $(seq 1 "$RESTARTS"); do
    start_once "restart-$i" restarts.txt "${JVM_OPTIONS[@]}"
  done
fi
sort -n "$WORK/restarts.txt" | awk '{ t[NR] = $1 } END { printf "median ready of %d restarts: %.2f s\n", NR, (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
sort -n -k2 "$WORK/restarts.txt" | awk '{ r[NR] = $2 } END { printf "median RSS after first queries: %d MiB\n", (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }'
