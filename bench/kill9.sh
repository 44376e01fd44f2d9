#!/usr/bin/env bash
# kill -9 during a stream of writes loses no acknowledged write: the packaged service (embedded
# Neo4j, a fresh store) takes createPlace mutations one after the other; after a few seconds it is
# killed with SIGKILL, started again on the same store, and every write it had acknowledged must be
# there. Prints, per round: acknowledged, found after the restart, missing (must be 0), and writes
# that landed without an acknowledgement (in flight at the kill; at most 1).
#   ./mvnw -DskipTests package && bench/kill9.sh [rounds] [seconds-before-the-kill]
# Loopback only; every loop is bounded in count and time.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
SECONDS_BEFORE_KILL="${2:-5}"
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "package the service first: ./mvnw -DskipTests package" >&2; exit 64; }
WORK="$(mktemp -d)"
PORT=18190
BOLT=17790
PASSWORD="kill9-$RANDOM$RANDOM"
trap 'kill -9 "${SERVICE:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

start() {
  KG_EMBEDDED_DATA_DIR="$WORK/data" KG_EMBEDDED_BOLT_PORT=$BOLT QUARKUS_HTTP_PORT=$PORT KG_EDITOR_PASSWORD="$PASSWORD" \
    java -Xmx512m -jar "$JAR" >> "$WORK/service.log" 2>&1 &
  SERVICE=$!
  for _ in $(seq 1 240); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; then return 0; fi
    sleep 0.25
  done
  echo "the service did not become ready; see $WORK/service.log" >&2
  exit 1
}

gql() { # $1 = JSON body; prints the answer
  curl -s --max-time 10 -u "editor:$PASSWORD" -H 'Content-Type: application/json' --data-binary "$1" "http://127.0.0.1:$PORT/graphql" || true
}

start
total_acked=0; total_missing=0
for round in $(seq 1 "$ROUNDS"); do
  : > "$WORK/acked"
  (
    # the writer: one mutation at a time, each acknowledged id recorded after its answer arrived
    for i in $(seq 1 100000); do
      id="kill9-r$round-$i"
      answer=$(gql "{\"query\":\"mutation { createPlace(input: { id: \\\"$id\\\", name: \\\"Place $i\\\" }) { id } }\"}")
      case "$answer" in *"\"id\":\"$id\""*) echo "$id" >> "$WORK/acked" ;; *) exit 0 ;; esac
    done
  ) &
  WRITER=$!
  sleep "$SECONDS_BEFORE_KILL"
  kill -9 "$SERVICE"; wait "$SERVICE" 2>/dev/null || true
  wait "$WRITER" 2>/dev/null || true
  acked=$(wc -l < "$WORK/acked")
  start
  found=$(gql "{\"query\":\"{ placesConnection(where: { id: { startsWith: \\\"kill9-r$round-\\\" } }) { totalCount } }\"}" \
    | sed -n 's/.*"totalCount":\([0-9]*\).*/\1/p')
  missing=0
  # every acknowledged id, looked up in pages of 500
  split -l 500 "$WORK/acked" "$WORK/page-"
  for page in "$WORK"/page-*; do
    [ -e "$page" ] || continue
    ids=$(sed 's/.*/\\"&\\"/' "$page" | paste -sd, -)
    n=$(gql "{\"query\":\"{ placesConnection(where: { id: { in: [$ids] } }) { totalCount } }\"}" | sed -n 's/.*"totalCount":\([0-9]*\).*/\1/p')
    missing=$((missing + $(wc -l < "$page") - ${n:-0}))
    rm -f "$page"
  done
  echo "round $round: acknowledged $acked, found after restart ${found:-?}, acknowledged but missing $missing, landed without acknowledgement $(( ${found:-0} - acked ))"
  total_acked=$((total_acked + acked)); total_missing=$((total_missing + missing))
done
echo "total: $total_acked acknowledged writes over $ROUNDS kill -9 rounds, $total_missing lost"
[ "$total_missing" -eq 0 ]
