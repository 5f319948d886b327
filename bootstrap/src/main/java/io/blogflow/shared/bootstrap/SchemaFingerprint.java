package io.blogflow.shared.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets a restart skip Liquibase when the database already has every changeset of this build: Liquibase on an
 * up-to-date schema still loads itself, parses every changelog, checksums every changeset and takes its lock, a
 * large share of a restart. After a start that migrated, the changelog's fingerprint (a digest of the master
 * changelog and every file it includes) is written as the comment of Liquibase's own {@code databasechangelog}
 * table; the next start compares it with a single query and, when it matches, starts without Liquibase. Any doubt
 * (no table, no comment, another fingerprint, no connection) lets Liquibase run as usual.
 */
public final class SchemaFingerprint {

    static final String CHANGELOG_DIR = "db/changelog/";
    static final String MASTER = CHANGELOG_DIR + "master.yaml";
    static final String PREFIX = "blogflow-changelog ";
    /** Set by {@link BlogflowMain} when this start migrates: the fingerprint to record once it has started. */
    private static volatile String pending;
    private static final Pattern INCLUDE = Pattern.compile("file:\\s*(\\S+)");

    private SchemaFingerprint() {
    }

    static void recordAfterStart(String fingerprint) {
        pending = fingerprint;
    }

    /** The fingerprint this start should record once it has started (and so migrated), taken once; or null. */
    static String takePending() {
        String fingerprint = pending;
        pending = null;
        return fingerprint;
    }

    /** The digest of the changelog this build applies, as read from the class path. */
    public static String current(ClassLoader loader) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String master = new String(read(loader, MASTER), StandardCharsets.UTF_8);
            digest.update(master.getBytes(StandardCharsets.UTF_8));
            Matcher includes = INCLUDE.matcher(master);
            while (includes.find()) {
                digest.update(includes.group(1).getBytes(StandardCharsets.UTF_8));
                digest.update(read(loader, CHANGELOG_DIR + includes.group(1)));
            }
            return PREFIX + HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Whether the database at {@code url} was last migrated with exactly {@code fingerprint}; false on any doubt. */
    public static boolean recordedIn(String url, String user, String password, String fingerprint) {
        Properties properties = new Properties();
        if (user != null && !user.isBlank()) {
            properties.setProperty("user", user);
        }
        if (password != null && !password.isBlank()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        try (Connection connection = new org.postgresql.Driver().connect(url, properties);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT obj_description(to_regclass('databasechangelog'), 'pg_class')")) {
            return result.next() && fingerprint.equals(result.getString(1));
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Records {@code fingerprint} as the one the database at {@code connection} is now migrated to. */
    public static void record(Connection connection, String fingerprint) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("COMMENT ON TABLE databasechangelog IS '" + fingerprint.replace("'", "''") + "'");
        }
    }

    private static byte[] read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The changelog resource " + resource + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
