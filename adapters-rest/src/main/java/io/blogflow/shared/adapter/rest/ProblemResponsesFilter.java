package io.blogflow.shared.adapter.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;

/**
 * Documents every error response as the Problem schema: resources then declare only the status and why
 * ({@code @APIResponse(responseCode = "404", description = "No such post.")}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return operation;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.matches("[45]\\d\\d") && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
        return operation;
    }

    static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
