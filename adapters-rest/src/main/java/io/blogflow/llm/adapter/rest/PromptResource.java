package io.blogflow.llm.adapter.rest;

import io.blogflow.llm.adapter.rest.PromptDtos.LabelRequest;
import io.blogflow.llm.adapter.rest.PromptDtos.PromptRequest;
import io.blogflow.llm.adapter.rest.PromptDtos.PromptResponse;
import io.blogflow.llm.adapter.rest.PromptDtos.PromptSummary;
import io.blogflow.llm.adapter.rest.PromptDtos.VersionRequest;
import io.blogflow.llm.adapter.rest.PromptDtos.VersionResponse;
import io.blogflow.llm.application.port.in.AddPromptVersionUseCase;
import io.blogflow.llm.application.port.in.AddPromptVersionUseCase.NewVersion;
import io.blogflow.llm.application.port.in.CreatePromptUseCase;
import io.blogflow.llm.application.port.in.CreatePromptUseCase.NewPrompt;
import io.blogflow.llm.application.port.in.PromptDetails;
import io.blogflow.llm.application.port.in.PromptLabelsUseCase;
import io.blogflow.llm.application.port.in.PromptQueriesUseCase;
import io.blogflow.llm.domain.PromptVersion;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.PageParams;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.ValidationException;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/llm/prompts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Prompts", description = "Versioned prompt templates: immutable versions 1..n per prompt and labels "
        + "(production, latest, custom) pointing at one version each. Writers read; editors and admins write; "
        + "label changes need If-Match with the prompt's ETag; audited.")
public class PromptResource {

    private final PromptQueriesUseCase queries;
    private final CreatePromptUseCase creation;
    private final AddPromptVersionUseCase versions;
    private final PromptLabelsUseCase labels;
    private final SecurityIdentity identity;

    public PromptResource(PromptQueriesUseCase queries, CreatePromptUseCase creation, AddPromptVersionUseCase versions,
                          PromptLabelsUseCase labels, SecurityIdentity identity) {
        this.queries = queries;
        this.creation = creation;
        this.versions = versions;
        this.labels = labels;
        this.identity = identity;
    }

    @GET
    @PermissionsAllowed(PromptDtos.READ)
    @Operation(summary = "Prompts by name, paged (without their versions)")
    @APIResponse(responseCode = "200", description = "One page; the Link header has first/prev/next/last.",
            headers = @Header(name = "Link"))
    public RestResponse<PageResponse<PromptSummary>> list(
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageParams.answer(queries.list(paging.request()), PromptSummary::from, uri);
    }

    @POST
    @RolesAllowed({PromptDtos.EDITOR, PromptDtos.ADMIN})
    @Operation(summary = "Create a prompt (editors, admins)",
            description = "Creates version 1, labelled production and latest.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = PromptResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid name, template (template.invalid-placeholder, "
            + "template.unknown-field naming the placeholder), system prompt or parameters.")
    @APIResponse(responseCode = "403", description = "Editors and admins only.")
    @APIResponse(responseCode = "409", description = "Name taken (prompt.name-taken).")
    public RestResponse<PromptResponse> create(PromptRequest body, @Context UriInfo uri) {
        PromptRequest request = RequestBodies.required(body);
        PromptDetails created = creation.create(LlmPaths.admin(identity), new NewPrompt(request.name(),
                request.systemPrompt(), request.template(), request.parameters()));
        return RestResponse.ResponseBuilder.<PromptResponse>created(
                        uri.getAbsolutePathBuilder().path(created.prompt().name()).build())
                .tag(ETags.of(created.prompt().version())).entity(PromptResponse.from(created)).build();
    }

    @GET
    @Path("{name}")
    @PermissionsAllowed(PromptDtos.READ)
    @Operation(summary = "One prompt with its versions and labels")
    @APIResponse(responseCode = "200", description = "The prompt; ETag carries its change counter.",
            headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such prompt (prompt-not-found).")
    public RestResponse<PromptResponse> get(@PathParam("name") String name) {
        return withETag(queries.get(name));
    }

    @GET
    @Path("{name}/versions")
    @PermissionsAllowed(PromptDtos.READ)
    @Operation(summary = "A prompt's versions, newest first")
    @APIResponse(responseCode = "200", description = "The versions.")
    @APIResponse(responseCode = "404", description = "No such prompt.")
    public List<VersionResponse> versions(@PathParam("name") String name) {
        return queries.versions(name).stream().map(VersionResponse::from).toList();
    }

    @POST
    @Path("{name}/versions")
    @RolesAllowed({PromptDtos.EDITOR, PromptDtos.ADMIN})
    @Operation(summary = "Add a version (editors, admins)", description = "The new version gets latest, and the "
            + "labels asked for (e.g. [\"production\"]). If-Match is optional: when sent, it must be the prompt's ETag.")
    @APIResponse(responseCode = "201", description = "Created; Location is the version, ETag the prompt's new change "
            + "counter.", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = VersionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid template, system prompt, parameters or label "
            + "(label.invalid, label.reserved for latest).")
    @APIResponse(responseCode = "403", description = "Editors and admins only.")
    @APIResponse(responseCode = "404", description = "No such prompt.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    public RestResponse<VersionResponse> addVersion(@PathParam("name") String name,
                                                    @HeaderParam("If-Match") String ifMatch, VersionRequest body,
                                                    @Context UriInfo uri) {
        VersionRequest request = RequestBodies.required(body);
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : ETags.requiredVersion(ifMatch);
        PromptDetails changed = versions.addVersion(LlmPaths.admin(identity), name, expected, new NewVersion(
                request.systemPrompt(), request.template(), request.parameters(), request.labels()));
        PromptVersion added = changed.versions().get(0);
        return RestResponse.ResponseBuilder.<VersionResponse>created(
                        uri.getAbsolutePathBuilder().path(Integer.toString(added.version())).build())
                .tag(ETags.of(changed.prompt().version())).entity(VersionResponse.from(added)).build();
    }

    @GET
    @Path("{name}/versions/{version}")
    @PermissionsAllowed(PromptDtos.READ)
    @Operation(summary = "One version of a prompt")
    @APIResponse(responseCode = "200", description = "The version (immutable).")
    @APIResponse(responseCode = "404", description = "No such prompt or version.")
    public VersionResponse version(@PathParam("name") String name, @PathParam("version") String version) {
        return VersionResponse.from(queries.version(name, number(name, version)));
    }

    @PUT
    @Path("{name}/labels/{label}")
    @RolesAllowed({PromptDtos.EDITOR, PromptDtos.ADMIN})
    @Operation(summary = "Point a label at a version (editors, admins)", description = "Creates a custom label or "
            + "moves production or a custom label, atomically. latest cannot be set by hand.")
    @APIResponse(responseCode = "200", description = "The prompt; ETag carries its new change counter.",
            headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", description = "label.invalid, label.reserved (latest), version.required.")
    @APIResponse(responseCode = "403", description = "Editors and admins only.")
    @APIResponse(responseCode = "404", description = "No such prompt or version.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<PromptResponse> setLabel(@PathParam("name") String name, @PathParam("label") String label,
                                                 @HeaderParam("If-Match") String ifMatch, LabelRequest body) {
        long expected = ETags.requiredVersion(ifMatch);
        LabelRequest request = RequestBodies.required(body);
        if (request.version() == null) {
            throw new ValidationException(List.of(new FieldError("version", "version.required",
                    "version must name the version the label points at.")));
        }
        return withETag(labels.setLabel(LlmPaths.admin(identity), name, label, request.version(), expected));
    }

    @DELETE
    @Path("{name}/labels/{label}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({PromptDtos.EDITOR, PromptDtos.ADMIN})
    @Operation(summary = "Remove a custom label (editors, admins)",
            description = "production and latest cannot be removed.")
    @APIResponse(responseCode = "200", description = "The prompt; ETag carries its new change counter.",
            headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "400", description = "label.reserved (production, latest) or label.invalid.")
    @APIResponse(responseCode = "403", description = "Editors and admins only.")
    @APIResponse(responseCode = "404", description = "No such prompt or label.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<PromptResponse> removeLabel(@PathParam("name") String name, @PathParam("label") String label,
                                                    @HeaderParam("If-Match") String ifMatch) {
        long expected = ETags.requiredVersion(ifMatch);
        return withETag(labels.removeLabel(LlmPaths.admin(identity), name, label, expected));
    }

    /** A version number in a path: anything but a positive number names no version (404). */
    private static int number(String name, String raw) {
        if (raw == null || !raw.matches("[1-9]\\d{0,8}")) {
            throw new NotFoundException("prompt", name + "@" + raw);
        }
        return Integer.parseInt(raw);
    }

    private static RestResponse<PromptResponse> withETag(PromptDetails details) {
        return RestResponse.ResponseBuilder.ok(PromptResponse.from(details)).tag(ETags.of(details.prompt().version()))
                .build();
    }
}
