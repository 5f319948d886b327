package io.blogflow.shared.bootstrap;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jboss.logging.Logger;

/**
 * Entry point of the packaged application. Without a configured database URL it first starts the embedded
 * PostgreSQL (data kept in {@code BLOGFLOW_DATA_DIR}) and points the datasource at it, so a fresh machine needs
 * nothing installed; with {@code DB_URL} set nothing embedded starts. The database is prepared on a thread of its own
 * while this one runs Quarkus' static initialisation ({@link QuarkusStaticInit}). With arguments it runs the command they name
 * instead of the service ({@link CommandLine}, e.g. {@code reset-admin-password <email>}).
 */
@QuarkusMain
public final class BlogflowMain {

    private static final Logger LOG = Logger.getLogger(BlogflowMain.class);
    /** Longer than Quarkus's own shutdown timeout and the job scheduler's wait for running jobs. */
    private static final java.time.Duration APPLICATION_STOP_WAIT = java.time.Duration.ofSeconds(60);
    static final String SCHEMA_MANAGEMENT = "quarkus.hibernate-orm.schema-management.strategy";
    private static final String SCHEMA_MANAGEMENT_VARIABLE = "QUARKUS_HIBERNATE_ORM_SCHEMA_MANAGEMENT_STRATEGY";

    private BlogflowMain() {
    }

    public static void main(String... args) {
        DatabaseSelection selection = DatabaseSelection.from(System.getenv(), System.getProperties());
        if (selection.embedded()) {
            if (ImageMode.current() == ImageMode.NATIVE_RUN) {
                throw new IllegalStateException(
                        "The native executable has no embedded PostgreSQL: set DB_URL (and DB_USER, DB_PASSWORD).");
            }
            useDevelopmentJwtKeysUnlessConfigured(selection.dataDirectory().resolveSibling("jwt"));
            useDevelopmentEncryptionKeyUnlessConfigured(selection.dataDirectory().resolveSibling("llm"));
        }
        if (args.length > 0) {
            configureForCommand();
        }
        FutureTask<Map<String, String>> database = new FutureTask<>(() -> prepareDatabase(selection));
        new Thread(database, "database-preparation").start();
        QuarkusStaticInit.runBeside();
        databaseSettings(database).forEach(System::setProperty);
        if (args.length > 0) {
            Quarkus.run(CommandLine.class, args);
        } else {
            Quarkus.run(args);
        }
    }

    /**
     * Starts the embedded server (unless a database is configured) and decides whether Liquibase can be skipped; the
     * settings it returns are applied before Quarkus reads its runtime configuration.
     */
    private static Map<String, String> prepareDatabase(DatabaseSelection selection) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (selection.embedded()) {
            EmbeddedDatabase database = EmbeddedDatabase.startForTheApplication(selection.dataDirectory(),
                    selection.port());
            LOG.infof("No DB_URL set: started the embedded PostgreSQL on port %d with data in %s",
                    database.port(), selection.dataDirectory());
            settings.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
            settings.put("quarkus.datasource.username", EmbeddedDatabase.USER);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterTheApplication(database),
                    "embedded-postgres-stop"));
            skipMigrationWhenUpToDate(database.jdbcUrl(), EmbeddedDatabase.USER, null, settings);
        } else {
            skipMigrationWhenUpToDate(setting("quarkus.datasource.jdbc.url", "DB_URL"),
                    setting("quarkus.datasource.username", "DB_USER"),
                    setting("quarkus.datasource.password", "DB_PASSWORD"), settings);
        }
        return settings;
    }

    private static Map<String, String> databaseSettings(FutureTask<Map<String, String>> database) {
        try {
            return database.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Could not prepare the database", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the database was being prepared", e);
        }
    }

    /**
     * Quarkus stops the application in a shutdown hook of its own, which runs beside this one: the database goes only
     * once the application has stopped (bounded, should it never have started), so its listeners, job scheduler and
     * connection pool never see the server vanish under them (they logged "Lost the … signal" on every clean stop).
     */
    private static void stopAfterTheApplication(EmbeddedDatabase database) {
        Application application = Application.currentApplication();
        if (application != null) {
            Thread stopped = new Thread(application::awaitShutdown, "await-application-stop");
            stopped.setDaemon(true);
            stopped.start();
            try {
                stopped.join(APPLICATION_STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        database.close();
    }

    /**
     * A one-off command against the configured database: no HTTP listener (a running instance may hold the port), no
     * scheduled publishing, no public-content listener; Quarkus exits with the command's code.
     */
    private static void configureForCommand() {
        System.setProperty("quarkus.http.host-enabled", "false");
        System.setProperty("blogflow.publishing.interval", "off");
        System.setProperty("blogflow.public-cache.enabled", "false");
    }

    /**
     * Starts without Liquibase when the database already has this build's changelog ({@link SchemaFingerprint});
     * otherwise Liquibase migrates as configured and the fingerprint is recorded once the start succeeded. An
     * explicit {@code QUARKUS_LIQUIBASE_MIGRATE_AT_START} (or system property) is left alone.
     */
    private static void skipMigrationWhenUpToDate(String url, String user, String password,
                                                  Map<String, String> settings) {
        if (System.getProperty("quarkus.liquibase.migrate-at-start") != null
                || System.getenv("QUARKUS_LIQUIBASE_MIGRATE_AT_START") != null || url == null || url.isBlank()) {
            return;
        }
        String fingerprint = SchemaFingerprint.current(BlogflowMain.class.getClassLoader());
        if (SchemaFingerprint.recordedIn(url, user, password, fingerprint)) {
            settings.put("quarkus.liquibase.migrate-at-start", "false");
            skippedSchemaValidation(System.getenv(), System.getProperties()).ifPresent(none ->
                    settings.put(SCHEMA_MANAGEMENT, none));
            LOG.info("The database schema is up to date with this build's changelog: Liquibase and Hibernate's "
                    + "schema validation skipped");
        } else {
            SchemaFingerprint.recordAfterStart(fingerprint);
        }
    }

    /**
     * The fingerprint is only recorded by a start that migrated and then passed Hibernate's validation of the
     * entities against that schema, and the build's tests validate the same entities against the same changelog:
     * validating again at every restart (reading the catalogue of every mapped table) would find nothing new. Returns
     * the strategy to start with, or nothing when the strategy is configured explicitly.
     */
    static java.util.Optional<String> skippedSchemaValidation(java.util.Map<String, String> env,
                                                             java.util.Properties systemProperties) {
        boolean configured = systemProperties.getProperty(SCHEMA_MANAGEMENT) != null
                || env.get(SCHEMA_MANAGEMENT_VARIABLE) != null;
        return configured ? java.util.Optional.empty() : java.util.Optional.of("none");
    }

    /** A setting as Quarkus would see it before it starts: a system property, else its environment variables. */
    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value != null ? value : System.getenv(variable);
    }

    private static void useDevelopmentEncryptionKeyUnlessConfigured(java.nio.file.Path directory) {
        if (System.getenv("BLOGFLOW_LLM_ENCRYPTION_KEY") != null
                || System.getProperty("blogflow.llm.encryption-key") != null) {
            return;
        }
        System.setProperty("blogflow.llm.encryption-key", DevEncryptionKey.ensureIn(directory));
        LOG.infof("Using the development encryption key in %s", directory);
    }

    private static void useDevelopmentJwtKeysUnlessConfigured(java.nio.file.Path directory) {
        if (System.getenv("BLOGFLOW_JWT_PRIVATE_KEY_LOCATION") != null) {
            return;
        }
        DevJwtKeys.ensureIn(directory);
        System.setProperty("smallrye.jwt.sign.key.location", directory.resolve(DevJwtKeys.PRIVATE_KEY).toString());
        System.setProperty("mp.jwt.verify.publickey.location", directory.resolve(DevJwtKeys.PUBLIC_KEY).toString());
        LOG.infof("Using the development JWT key pair in %s", directory);
    }
}
