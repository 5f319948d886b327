package io.blogflow.shared.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.Response;

/** A problem as the answer: from a REST resource or mapper, or straight from a route on the event loop. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    static Response of(Problem problem, String path, String requestId) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.at(path, requestId))
                .build();
    }

    /** Sends the problem (already {@link Problem#at placed}) as the response's status and body. */
    public static void send(HttpServerResponse response, Problem problem, ObjectMapper json) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Buffer.buffer(body));
    }
}
