package io.blogflow.shared.adapter.rest;

import jakarta.ws.rs.core.Response;

final class ProblemResponses {

    private ProblemResponses() {
    }

    static Response of(Problem problem, String path, String requestId) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.at(path, requestId))
                .build();
    }
}
