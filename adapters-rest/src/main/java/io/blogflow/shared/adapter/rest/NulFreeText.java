package io.blogflow.shared.adapter.rest;

import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.ValidationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The path and query half of {@link NulFreeJson}: a decoded {@code %00} in the path or in a query parameter is
 * refused before any resource sees it (PostgreSQL cannot store or compare the NUL character).
 */
public class NulFreeText {

    /** For text that reaches a resource outside JSON, such as multipart form fields. */
    public static String checked(String value, String field) {
        if (NulFreeJson.hasNul(value)) {
            throw new ValidationException(List.of(error(field)));
        }
        return value;
    }

    static FieldError error(String field) {
        return new FieldError(field, "invalid-character", "The NUL character (U+0000) is not accepted in text.");
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseNulInPathOrQuery(ContainerRequestContext request) {
        String field = null;
        if (NulFreeJson.hasNul(request.getUriInfo().getPath())) {
            field = "path";
        } else {
            MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
            field = query.entrySet().stream()
                    .filter(param -> NulFreeJson.hasNul(param.getKey())
                            || param.getValue().stream().anyMatch(NulFreeJson::hasNul))
                    .map(Map.Entry::getKey).findFirst().map(name -> name.replace(NulFreeJson.NUL, ""))
                    .orElse(null);
        }
        if (field == null) {
            return null;
        }
        Problem problem = Problem.of(400, "validation-failed", "Bad Request", "The request has invalid fields.")
                .withErrors(List.of(error(field)));
        return ProblemResponses.of(problem, request.getUriInfo().getPath().replace(NulFreeJson.NUL, ""),
                request.getHeaderString(RequestIds.HEADER));
    }
}
