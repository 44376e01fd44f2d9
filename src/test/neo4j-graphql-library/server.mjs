// The Neo4j GraphQL Library (@neo4j/graphql 7) served by Apollo Server's standalone HTTP server:
// the benchmark's optional third side (-Dbench.library=true; see docs/BENCHMARK.md). It answers
// the benchmark's four queries, in the library's own dialect, from the same Neo4j as the service.
//
// Environment: NEO4J_URI (required, the benchmark's Bolt URI), PORT (required), HOST (default
// 127.0.0.1), NEO4J_USERNAME / NEO4J_PASSWORD (optional: the benchmark's Neo4j has no
// authentication), WORKERS (default 1: one Node process, the library's documented setup; more
// runs that many worker processes with node:cluster sharing the port, one event loop each).
// Prints one line "ready <url>" when it listens. Stops on SIGTERM or SIGINT.
//
// Production settings, as the library's and Apollo's documentation recommend: NODE_ENV=production
// (set by the benchmark), no introspection, no stack traces in errors, no landing page, the
// library's deprecated fields left out of the schema, a read-only schema (typeDefs.graphql), no
// debug logging. Apollo's default cache of parsed and validated operations stays on.
import cluster from "node:cluster";
import http from "node:http";
import { syncBuiltinESMExports } from "node:module";
import { readFileSync } from "node:fs";

import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

/**
 * How long an idle keep-alive connection stays open: 30 minutes, like the service's (Quarkus's
 * default quarkus.http.idle-timeout). Node's default is 5 s, and the benchmark's client keeps one
 * connection per thread open across phases (warm-up of the other sides takes minutes), so with
 * the default the library would close them between phases and the client would see broken
 * connections. startStandaloneServer does not expose its http.Server, so the one it creates is
 * caught here, the only change made to the standalone server.
 */
const KEEP_ALIVE_MILLIS = 30 * 60 * 1000;

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set`);
    process.exit(2);
  }
  return value;
}

const uri = required("NEO4J_URI");
const port = Number.parseInt(required("PORT"), 10);
const host = process.env.HOST || "127.0.0.1";
const workers = Number.parseInt(process.env.WORKERS || "1", 10);

if (workers > 1 && cluster.isPrimary) {
  await supervise();
} else {
  await serve();
}

/** WORKERS > 1: forks the workers, reports ready when all listen, stops them all on SIGTERM. */
async function supervise() {
  let ready = 0;
  let stopping = false;
  cluster.on("message", (worker, message) => {
    if (message === "ready" && ++ready === workers) {
      console.log(`ready http://${host}:${port}/ (${workers} workers)`);
    }
  });
  let exited = 0;
  cluster.on("exit", (worker, code, signal) => {
    exited++;
    if (!stopping) {
      console.error(`worker ${worker.process.pid} exited (${signal ?? code}); stopping`);
      stop();
    }
    if (exited === workers) {
      process.exit(0);
    }
  });
  function stop() {
    if (stopping) {
      return;
    }
    stopping = true;
    setTimeout(() => process.exit(0), 10000).unref();
    for (const worker of Object.values(cluster.workers)) {
      worker.process.kill("SIGTERM");
    }
  }
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  for (let i = 0; i < workers; i++) {
    cluster.fork();
  }
}

/** One server: the driver, the library's schema, Apollo's standalone server. */
async function serve() {
  const auth = process.env.NEO4J_USERNAME
    ? neo4j.auth.basic(process.env.NEO4J_USERNAME, process.env.NEO4J_PASSWORD ?? "")
    : undefined;

  const driver = neo4j.driver(uri, auth);
  await driver.verifyConnectivity();

  const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver,
    features: {
      // the documentation's "Optimization" page: leave out the fields kept only for compatibility
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  const schema = await neoSchema.getSchema();

  const server = new ApolloServer({
    schema,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });

  const servers = [];
  const createServer = http.createServer;
  http.createServer = function createServerWithKeepAlive(...args) {
    const created = createServer.apply(this, args);
    created.keepAliveTimeout = KEEP_ALIVE_MILLIS;
    servers.push(created);
    return created;
  };
  syncBuiltinESMExports();
  let url;
  try {
    ({ url } = await startStandaloneServer(server, { listen: { host, port }, context: async () => ({}) }));
  } finally {
    http.createServer = createServer;
    syncBuiltinESMExports();
  }
  if (servers.length !== 1) {
    console.error(`expected startStandaloneServer to create one http.Server, saw ${servers.length}`);
    process.exit(3);
  }

  let stopping = false;
  async function stop() {
    if (stopping) {
      return;
    }
    stopping = true;
    setTimeout(() => process.exit(0), 5000).unref();
    try {
      await server.stop();
      await driver.close();
    } finally {
      process.exit(0);
    }
  }
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  if (cluster.isWorker) {
    process.send("ready");
  } else {
    console.log(`ready ${url}`);
  }
}
