package io.blogflow.llm.adapter.rest;

import io.blogflow.llm.application.port.in.LlmModelsUseCase;
import io.blogflow.llm.application.port.in.LlmModelsUseCase.ModelValues;
import io.blogflow.llm.domain.LlmModel;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/llm/providers/{providerId}/models")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "LLM models (admin)", description = "The models each provider serves: name as the provider knows it, "
        + "what it is good and bad at, default call parameters and prices per million tokens. Admins only; writes "
        + "need If-Match; audited.")
public class LlmModelResource {

    private final LlmModelsUseCase models;
    private final SecurityIdentity identity;

    public LlmModelResource(LlmModelsUseCase models, SecurityIdentity identity) {
        this.models = models;
        this.identity = identity;
    }

    @Schema(name = "LlmModel")
    record ModelResponse(@Schema(required = true) UUID id,
                         UUID providerId,
                         String name,
                         String description,
                         String strengths,
                         String weaknesses, Map<String, Object> defaultParams,
                         @Schema(description = "Price per million input tokens (6 decimals).") BigDecimal inputPricePerMillion,
                         @Schema(description = "Price per million output tokens (6 decimals).") BigDecimal outputPricePerMillion,
                         @Schema(required = true) boolean enabled, @Schema(required = true) long version) {

        static ModelResponse from(LlmModel model) {
            return new ModelResponse(model.id().value(), model.provider().value(), model.name(), model.description(),
                    model.strengths(), model.weaknesses(), model.defaultParams(), model.inputPricePerMillion(),
                    model.outputPricePerMillion(), model.enabled(), model.version());
        }
    }

    @Schema(name = "LlmModelRequest")
    record ModelRequest(
            @Schema(required = true, maxLength = 200, example = "gpt-4o-mini",
                    description = "The provider's model name, no spaces; unique per provider.") String name,
            @Schema(maxLength = 2000) String description,
            @Schema(maxLength = 2000) String strengths,
            @Schema(maxLength = 2000) String weaknesses,
            @Schema(description = "JSON object of call parameters (temperature, top_p …), at most 50 members.")
            Map<String, Object> defaultParams,
            @Schema(minimum = "0", maximum = "999999.999999", defaultValue = "0") BigDecimal inputPricePerMillion,
            @Schema(minimum = "0", maximum = "999999.999999", defaultValue = "0") BigDecimal outputPricePerMillion,
            @Schema(defaultValue = "true") Boolean enabled) {

        ModelValues values() {
            return new ModelValues(name, description, strengths, weaknesses, defaultParams, inputPricePerMillion,
                    outputPricePerMillion, enabled);
        }
    }

    @GET
    @Operation(summary = "The provider's models, by name")
    @APIResponse(responseCode = "200", description = "The models, by name.")
    @APIResponse(responseCode = "404", description = "No such provider.")
    public List<ModelResponse> list(@PathParam("providerId") ProviderId provider) {
        return models.list(provider).stream().map(ModelResponse::from).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One model")
    @APIResponse(responseCode = "200", description = "The model; ETag carries its version.")
    @APIResponse(responseCode = "404", description = "No such provider, or no such model of it.")
    public RestResponse<ModelResponse> get(@PathParam("providerId") ProviderId provider, @PathParam("id") ModelId model) {
        return withETag(models.get(provider, model));
    }

    @POST
    @Operation(summary = "Add a model to a provider")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set.",
            content = @Content(schema = @Schema(implementation = ModelResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field.")
    @APIResponse(responseCode = "404", description = "No such provider.")
    @APIResponse(responseCode = "409", description = "The provider already has a model of this name.")
    public RestResponse<ModelResponse> create(@PathParam("providerId") ProviderId provider, ModelRequest body,
                                              @Context UriInfo uri) {
        LlmModel created = models.create(LlmPaths.admin(identity), provider,
                RequestBodies.required(body).values());
        return RestResponse.ResponseBuilder.<ModelResponse>created(
                        uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(ModelResponse.from(created)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a model's settings")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version.")
    @APIResponse(responseCode = "400", description = "Invalid field.")
    @APIResponse(responseCode = "404", description = "No such provider, or no such model of it.")
    @APIResponse(responseCode = "409", description = "The provider already has a model of this name.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<ModelResponse> update(@PathParam("providerId") ProviderId provider, @PathParam("id") ModelId model,
                                              @HeaderParam("If-Match") String ifMatch, ModelRequest body) {
        long expected = ETags.requiredVersion(ifMatch);
        return withETag(models.update(LlmPaths.admin(identity), provider, model, expected,
                RequestBodies.required(body).values()));
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Delete a model")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such provider, or no such model of it.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<Void> delete(@PathParam("providerId") ProviderId provider, @PathParam("id") ModelId model,
                                     @HeaderParam("If-Match") String ifMatch) {
        long expected = ETags.requiredVersion(ifMatch);
        models.delete(LlmPaths.admin(identity), provider, model, expected);
        return RestResponse.noContent();
    }

    private static RestResponse<ModelResponse> withETag(LlmModel model) {
        return RestResponse.ResponseBuilder.ok(ModelResponse.from(model)).tag(ETags.of(model.version())).build();
    }
}
