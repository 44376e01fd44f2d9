package com.geokg.graph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

import com.geokg.config.KgConfig;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The default database: Neo4j 5 community, in this JVM, with its store on disk and Bolt on
 * 127.0.0.1 so that cypher-shell, Neo4j Browser-like tools and the bulk loader can reach it too.
 * Started only when no {@code NEO4J_URI} is configured, and before anything uses the driver (the
 * quarkus-neo4j driver connects lazily, so it is safe that it is created earlier).
 */
@ApplicationScoped
public class EmbeddedNeo4j {

    /** Observers with a lower priority value run first: the database before the seed. */
    public static final int STARTUP_PRIORITY = 10;

    private static final Logger LOG = Logger.getLogger(EmbeddedNeo4j.class);

    private final KgConfig config;
    private volatile DatabaseManagementService dbms;

    EmbeddedNeo4j(KgConfig config) {
        this.config = config;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        if (config.neo4jUri().isPresent()) {
            LOG.infof("Using the Neo4j at %s (NEO4J_URI); no embedded database started", config.neo4jUri().get());
            return;
        }
        try {
            start();
        } catch (StartupFailure e) {
            LOG.debug("Embedded Neo4j failed to start", e);
            throw e.toStartupError();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        var running = dbms;
        if (running != null) {
            dbms = null;
            running.shutdown();
        }
    }

    private void start() {
        var embedded = config.embedded();
        Path dataDir = embedded.dataDir().toAbsolutePath();
        int port = embedded.boltPort();
        ensurePortFree(port);
        openJdkInternalsForNeo4j();
        long started = System.nanoTime();
        try {
            dbms = new DatabaseManagementServiceBuilder(dataDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    // a service does not report on its users' machines to a third party: Neo4j's anonymous usage report is off
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(embedded.pageCacheMib()))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, embedded.shutdownWait())
                    .build();
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000);
        } catch (RuntimeException e) {
            throw translate(e, dataDir, port);
        }
        LOG.infof("Embedded Neo4j started in %d ms: bolt://127.0.0.1:%d, store %s",
                (System.nanoTime() - started) / 1_000_000, port, dataDir);
    }

    /**
     * Neo4j reaches into {@code java.nio} internals for its page cache; without access it logs a
     * warning and runs slower. Quarkus rewrites the jar manifest's {@code Add-Opens}, but it opens
     * {@code java.lang}, which lets us open the rest here, before Neo4j starts, so that the plain
     * {@code java -jar} command needs no flags.
     */
    private static void openJdkInternalsForNeo4j() {
        try {
            var implAddOpens = Module.class.getDeclaredMethod("implAddOpens", String.class);
            implAddOpens.setAccessible(true);
            for (String pkg : new String[] {"java.nio", "java.io", "sun.nio.ch"}) {
                implAddOpens.invoke(Object.class.getModule(), pkg);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("Could not open JDK internals for Neo4j (%s); start java with --add-opens to avoid a slower page cache", e);
        }
    }

    private static void ensurePortFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new StartupFailure(("Cannot start the embedded Neo4j: port %d on 127.0.0.1 is already in use "
                    + "(another instance of this service, or a Neo4j server?). Stop it, set KG_EMBEDDED_BOLT_PORT "
                    + "to a free port, or set NEO4J_URI to use that server.").formatted(port));
        }
    }

    private static StartupFailure translate(RuntimeException e, Path dataDir, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.equals("FileLockException") || message.contains("store_lock") || message.contains("locked by another process")) {
                return new StartupFailure(("Cannot start the embedded Neo4j: its store %s is in use by another process "
                        + "(a second instance of this service, or a Neo4j server on the same directory). Stop it, or set "
                        + "KG_EMBEDDED_DATA_DIR to another directory.").formatted(dataDir), e);
            }
            if (name.equals("PortBindException") || message.contains("Address already in use")) {
                return new StartupFailure(("Cannot start the embedded Neo4j: port %d on 127.0.0.1 is already in use. "
                        + "Set KG_EMBEDDED_BOLT_PORT to a free port, or NEO4J_URI to use that server.").formatted(port), e);
            }
        }
        return new StartupFailure("Cannot start the embedded Neo4j with its store in %s: %s".formatted(dataDir, e.getMessage()), e);
    }
}
