package io.blogflow.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which context owns each table: the one whose Liquibase changelog creates it. The changelogs are those the master
 * changelog includes, one per context, named after it (or mapped in {@link #CHANGELOG_CONTEXTS}).
 */
final class TableOwnership {

    /** Changelogs named otherwise than their context. */
    private static final Map<String, String> CHANGELOG_CONTEXTS = Map.of("audit", "shared", "jobs", "shared",
            "imagegen", "images");
    private static final Pattern INCLUDE = Pattern.compile("file:\\s*([a-z0-9_-]+)\\.sql");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)");

    private TableOwnership() {
    }

    /** Table name → owning context, for every table the changelogs create. */
    static Map<String, String> fromChangelogs(Set<String> contexts) {
        Map<String, String> owners = new HashMap<>();
        INCLUDE.matcher(read("db/changelog/master.yaml")).results().map(match -> match.group(1)).forEach(file -> {
            String context = CHANGELOG_CONTEXTS.getOrDefault(file, file);
            if (!contexts.contains(context)) {
                throw new IllegalStateException("Changelog " + file + ".sql belongs to no declared context: map it in "
                        + "TableOwnership.CHANGELOG_CONTEXTS");
            }
            CREATE_TABLE.matcher(read("db/changelog/" + file + ".sql")).results()
                    .forEach(table -> owners.put(table.group(1), context));
        });
        if (owners.isEmpty()) {
            throw new IllegalStateException("No table found in the changelogs: the rule would check nothing");
        }
        return owners;
    }

    private static String read(String resource) {
        try (InputStream in = TableOwnership.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
