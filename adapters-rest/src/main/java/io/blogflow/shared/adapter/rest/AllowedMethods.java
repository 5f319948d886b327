package io.blogflow.shared.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The methods a path answers, for the {@code Allow} header of a 405 (RFC 9110 §15.5.6), which the framework's own
 * refusal leaves out. Read once from the API's OpenAPI document, so it names exactly the documented operations.
 */
@Singleton
public class AllowedMethods {

    private static final String DEFAULT_DOCUMENT = "<default>";
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    private final OpenApiDocumentService documents;
    private final ObjectMapper json;
    private volatile List<Route> routes;

    @Inject
    public AllowedMethods(OpenApiDocumentService documents, ObjectMapper json) {
        this.documents = documents;
        this.json = json;
    }

    /** The {@code Allow} value for a path, e.g. {@code GET, HEAD, OPTIONS}; empty when no documented path matches. */
    public Optional<String> forPath(String path) {
        List<Route> matching = routes().stream().filter(route -> route.matches(path)).toList();
        // Like JAX-RS matching: the template with the most literal characters wins (/posts/search over /posts/{id}).
        int bestLiterals = matching.stream().mapToInt(Route::literals).max().orElse(-1);
        Set<String> methods = new LinkedHashSet<>();
        matching.stream().filter(route -> route.literals() == bestLiterals)
                .forEach(route -> methods.addAll(route.methods()));
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return Optional.of(String.join(", ", methods));
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = read();
            routes = known;
        }
        return known;
    }

    private List<Route> read() {
        try {
            JsonNode paths = json.readTree(documents.getDocument(DEFAULT_DOCUMENT, Format.JSON)).path("paths");
            List<Route> read = new ArrayList<>();
            paths.fields().forEachRemaining(path -> {
                List<String> methods = new ArrayList<>();
                path.getValue().fieldNames().forEachRemaining(name -> {
                    if (OPERATIONS.contains(name)) {
                        methods.add(name.toUpperCase(Locale.ROOT));
                    }
                });
                methods.sort(Comparator.naturalOrder());
                read.add(Route.of(path.getKey(), methods));
            });
            return List.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenAPI document could not be read", e);
        }
    }

    private record Route(Pattern pattern, int literals, List<String> methods) {

        private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");

        static Route of(String template, List<String> methods) {
            String[] literalParts = PARAMETER.split(template, -1);
            StringBuilder regex = new StringBuilder();
            int literals = 0;
            for (int i = 0; i < literalParts.length; i++) {
                if (i > 0) {
                    regex.append("[^/]+");
                }
                regex.append(Pattern.quote(literalParts[i]));
                literals += literalParts[i].length();
            }
            return new Route(Pattern.compile(regex.toString()), literals, methods);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
