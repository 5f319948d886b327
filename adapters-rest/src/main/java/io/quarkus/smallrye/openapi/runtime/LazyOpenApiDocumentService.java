package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepares the OpenAPI document at its first request instead of at start-up. Quarkus prepares it eagerly: it parses
 * the 1.2 MB document generated at build time (with the YAML parser), runs the run-time filters and writes it out as
 * JSON and YAML, which was about 40% of the main thread's CPU until ready. The first {@code /q/openapi} request now
 * pays that once (on a worker thread: the route is blocking); the document itself is unchanged.
 * <p>
 * It lives in Quarkus' package because the method it defers is package-private there, which only works where both are
 * loaded by the same class loader: the packaged application. Tests (and dev mode) load them apart, so it is a bean of
 * the prod profile only and they keep Quarkus' own service.
 */
@IfBuildProfile("prod")
@Alternative
@Priority(1)
@ApplicationScoped
public class LazyOpenApiDocumentService extends OpenApiDocumentService {

    private final Map<String, Runnable> unprepared = new HashMap<>();

    @Override
    synchronized void prepareDocument(AutoSecurityFilter autoSecurityFilter,
                                      Map<OpenApiFilter.RunStage, List<String>> filters, String documentName) {
        unprepared.put(documentName, () -> super.prepareDocument(autoSecurityFilter, filters, documentName));
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        synchronized (this) { // also publishes the prepared document to every later reader
            Runnable preparation = unprepared.remove(documentName);
            if (preparation != null) {
                preparation.run();
            }
        }
        return super.getDocument(documentName, format);
    }
}
