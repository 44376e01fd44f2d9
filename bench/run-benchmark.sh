#!/bin/sh
# Benchmark: cypher-shell vs the Java driver vs kg-load on one generated 43,000-record script, each into
# a fresh Neo4j 5.26 (neo4j-harness). Prints records/s side by side; see README.md, "Bulk loading" for the figures.
#   bench/run-benchmark.sh [--rounds 3]
#   bench/run-benchmark.sh --graph 2000 --rounds 3     # the graph benchmark's N=2000 graph (836,752 records), no cypher-shell
#   bench/run-benchmark.sh --graph 2000 --rounds 3 --parallel 2   # and kg-load --parallel 2 beside the in-order run
# BENCH_HEAP sets the JVM's heap (default 4g; the graph at N=20000 needs about 12g).
# The first run resolves cypher-shell 5.26.30 from Maven Central (bench/cypher-shell/pom.xml).
set -e
cd "$(dirname "$0")/.."
mkdir -p target/bench
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/target/bench/test.classpath"
if [ ! -s target/bench/cypher-shell.classpath ]; then
    mvn -B -q -f bench/cypher-shell/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/target/bench/cypher-shell.classpath"
fi
exec java -Xmx"${BENCH_HEAP:-4g}" --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED \
    --add-opens java.base/sun.nio.ch=ALL-UNNAMED -Dslf4j.internal.verbosity=WARN \
    -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -cp "target/test-classes:target/classes:$(cat target/bench/test.classpath)" \
    com.geokg.load.bench.LoaderBenchmark --cypher-shell-classpath "$(cat target/bench/cypher-shell.classpath)" "$@"
