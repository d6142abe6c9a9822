package vn.stategraph;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * A real Neo4j Community server inside this JVM, reachable over Bolt on 127.0.0.1 only.
 *
 * <p>Protocol with the Node.js parent (src/neo4j/local-server.ts): exactly one line on stdout,
 * {@code NEO4J_READY bolt://127.0.0.1:PORT}, when the server answers, or one line
 * {@code NEO4J_ERROR <reason>} before exiting non-zero. Everything Neo4j logs goes to files under
 * {@code <home>/logs}. The launcher shuts down on SIGTERM/SIGINT and also when its stdin closes, so
 * the JVM never outlives a parent that was killed without a chance to clean up.
 */
public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parseArgs(args);
        Path home = Path.of(opts.getOrDefault("home", ".data/neo4j")).toAbsolutePath();
        int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
        long pageCache = parseBytes(opts.getOrDefault("pagecache", "512m"));
        Path plugins = Path.of(opts.getOrDefault("plugins", "neo4j/target/plugins")).toAbsolutePath();
        boolean watchStdin = !"false".equals(opts.getOrDefault("watch-stdin", "true"));

        Path logs = home.resolve("logs");
        Files.createDirectories(logs);
        // Keep stdout for the single protocol line; everything else Neo4j or its libraries print goes to a file.
        PrintStream protocol = new PrintStream(new FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
        PrintStream stray = new PrintStream(new FileOutputStream(logs.resolve("stdout.log").toFile(), true), true, "UTF-8");
        System.setOut(stray);
        System.setErr(stray);

        if (port != 0 && !portFree(port)) {
            protocol.println("NEO4J_ERROR port " + port + " on 127.0.0.1 is already in use (set NEO4J_PORT or stop the other process)");
            System.exit(3);
        }

        OutputStream userLog = new FileOutputStream(logs.resolve("neo4j.log").toFile(), true);
        Map<org.neo4j.graphdb.config.Setting<?>, Object> config = new HashMap<>();
        config.put(BoltConnector.enabled, true);
        config.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
        config.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        config.put(HttpConnector.enabled, false);
        config.put(HttpsConnector.enabled, false);
        // Auth is off by default, acceptable only because Bolt listens on loopback. `--auth=true`
        // (used by the tests of credential errors) keeps Neo4j's default neo4j/neo4j account.
        config.put(GraphDatabaseSettings.auth_enabled, "true".equals(opts.get("auth")));
        config.put(GraphDatabaseSettings.pagecache_memory, pageCache);
        config.put(GraphDatabaseSettings.logs_directory, logs);
        config.put(GraphDatabaseSettings.plugin_dir, plugins);
        config.put(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
        config.put(GraphDatabaseSettings.procedure_allowlist, List.of("apoc.*", "db.*", "dbms.*", "tx.*"));
        config.put(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(Long.parseLong(opts.getOrDefault("tx-timeout-s", "120"))));
        // A clean stop waited ~10.6 s with no client connected: Bolt's connection and thread-pool grace
        // periods and Netty's quiet period, 5 s each in debug.log. Every open transaction has already
        // ended (the API drains its HTTP server and closes the driver first), so nothing is cut short;
        // stopping now takes ~0.6 s (Ctrl-C of `npm start`, and every JVM the tests stop).
        config.put(org.neo4j.configuration.connectors.BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO);
        config.put(org.neo4j.configuration.connectors.BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO);
        config.put(org.neo4j.configuration.GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        config.put(org.neo4j.configuration.GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1));

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(config)
                    .setUserLogProvider(new Log4jLogProvider(userLog))
                    .build();
        } catch (RuntimeException e) {
            Throwable root = rootCause(e);
            String reason = root instanceof BindException ? "port " + port + " on 127.0.0.1 is already in use" : root.toString();
            protocol.println("NEO4J_ERROR " + reason + " (details in " + logs.resolve("debug.log") + ")");
            e.printStackTrace(stray);
            System.exit(4);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                dbms.shutdown();
                stopped.countDown();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            try {
                stopped.await();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        // Embedded procedures run without a login, so APOC is checked even when auth is on.
        String apoc = db.executeTransactionally("RETURN apoc.version() AS v", Map.of(), r -> String.valueOf(r.next().get("v")));
        var bound = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        protocol.println("NEO4J_READY bolt://127.0.0.1:" + bound.getPort() + " neo4j=" + dbms.getClass().getPackage().getImplementationVersion() + " apoc=" + apoc);

        if (watchStdin) {
            Thread watcher = new Thread(() -> {
                waitForEof(System.in);
                System.exit(0); // runs the shutdown hook
            }, "parent-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    private static void waitForEof(InputStream in) {
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) >= 0) {
                // the parent never writes; only EOF matters
            }
        } catch (IOException ignored) {
            // a broken pipe means the parent is gone too
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            if (c instanceof BindException) return c;
            c = c.getCause();
        }
        return c;
    }

    private static long parseBytes(String s) {
        String v = s.trim().toLowerCase();
        long mul = 1;
        if (v.endsWith("g")) mul = 1L << 30;
        else if (v.endsWith("m")) mul = 1L << 20;
        else if (v.endsWith("k")) mul = 1L << 10;
        if (mul != 1) v = v.substring(0, v.length() - 1);
        return Long.parseLong(v) * mul;
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + a);
            }
            int eq = a.indexOf('=');
            out.put(a.substring(2, eq), a.substring(eq + 1));
        }
        return out;
    }
}
