package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.CategoriesUseCase;
import io.blogflow.blog.application.port.in.CategoriesUseCase.CategoryValues;
import io.blogflow.blog.domain.Category;
import io.blogflow.blog.domain.CategoryId;
import io.blogflow.shared.adapter.rest.ETags;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Categories", description = "The category tree: writers read it and file posts (categoryId); editors "
        + "create, rename, move (never under itself) and delete categories. Writes need If-Match.")
public class CategoryResource {

    private final CategoriesUseCase categories;
    private final SecurityIdentity identity;

    public CategoryResource(CategoriesUseCase categories, SecurityIdentity identity) {
        this.categories = categories;
        this.identity = identity;
    }

    @Schema(name = "Category")
    record CategoryResponse(@Schema(required = true) UUID id, String name, String slug,
                            @Schema(description = "Parent category; absent for a top-level one.") UUID parentId,
                            String description, @Schema(required = true) long version) {

        static CategoryResponse from(Category category) {
            return new CategoryResponse(category.id().value(), category.name(), category.slug().value(),
                    category.parent() == null ? null : category.parent().value(), category.description(),
                    category.version());
        }
    }

    @Schema(name = "CategoryRequest")
    record CategoryRequest(@Schema(required = true, maxLength = 80, description = "Unique, ignoring case.") String name,
                           @Schema(maxLength = 120, description = "Derived from the name when absent.") String slug,
                           @Schema(description = "Parent category; absent for a top-level one.") UUID parentId,
                           @Schema(maxLength = 1000) String description) {

        CategoryValues values() {
            return new CategoryValues(name, slug, parentId, description);
        }
    }

    @GET
    @PermissionsAllowed(PostPermissions.READ)
    @Operation(summary = "All categories, by name (parentId gives the tree)")
    public List<CategoryResponse> list() {
        return categories.list().stream().map(CategoryResponse::from).toList();
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(PostPermissions.READ)
    @Operation(summary = "One category")
    @APIResponse(responseCode = "200", description = "The category; ETag carries its version.")
    @APIResponse(responseCode = "404", description = "No such category.")
    public RestResponse<CategoryResponse> get(@PathParam("id") String id) {
        return withETag(categories.get(categoryId(id)));
    }

    @POST
    @PermissionsAllowed(PostPermissions.WRITE)
    @Operation(summary = "Create a category (editors)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set.",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid name, slug, or unknown parent.")
    @APIResponse(responseCode = "403", description = "Only editors and admins change categories.")
    @APIResponse(responseCode = "409", description = "Name or slug taken.")
    public RestResponse<CategoryResponse> create(CategoryRequest body, @Context UriInfo uri) {
        Category created = categories.create(PostPermissions.actor(identity), RequestBodies.required(body).values());
        return RestResponse.ResponseBuilder.<CategoryResponse>created(
                        uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(CategoryResponse.from(created)).build();
    }

    @PUT
    @Path("{id}")
    @PermissionsAllowed(PostPermissions.WRITE)
    @Operation(summary = "Rename, re-slug, re-describe or move a category (editors)")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version.")
    @APIResponse(responseCode = "403", description = "Only editors and admins change categories.")
    @APIResponse(responseCode = "404", description = "No such category.")
    @APIResponse(responseCode = "409", description = "Name or slug taken, or the move would put the category under "
            + "itself or one of its sub-categories (category.cycle).")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<CategoryResponse> update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                                                 CategoryRequest body) {
        CategoryId categoryId = categoryId(id);
        long expected = ETags.requiredVersion(ifMatch);
        return withETag(categories.update(PostPermissions.actor(identity), categoryId, expected,
                RequestBodies.required(body).values()));
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @PermissionsAllowed(PostPermissions.WRITE)
    @Operation(summary = "Delete a category (editors)", description = "Its sub-categories move up to its parent. "
            + "Its posts move to movePostsTo; without it, a category that has posts is refused.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", description = "movePostsTo is not another existing category.")
    @APIResponse(responseCode = "403", description = "Only editors and admins change categories.")
    @APIResponse(responseCode = "404", description = "No such category.")
    @APIResponse(responseCode = "409", description = "The category has posts and no movePostsTo was given.")
    @APIResponse(responseCode = "412", description = "Stale If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match missing.")
    public RestResponse<Void> delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                                     @QueryParam("movePostsTo") String movePostsTo) {
        CategoryId categoryId = categoryId(id);
        long expected = ETags.requiredVersion(ifMatch);
        var validation = new Validation();
        UUID target = movePostsTo == null ? null : validation.field("movePostsTo", () -> UserId.parse(movePostsTo)
                .map(UserId::value).orElseThrow(() -> new InvalidValueException("move-posts-to.invalid",
                        "movePostsTo must be a category id.")));
        validation.throwIfInvalid();
        categories.delete(PostPermissions.actor(identity), categoryId, expected, target);
        return RestResponse.noContent();
    }

    private static CategoryId categoryId(String raw) {
        return new CategoryId(TaxonomyPaths.id(raw, "category"));
    }

    private static RestResponse<CategoryResponse> withETag(Category category) {
        return RestResponse.ResponseBuilder.ok(CategoryResponse.from(category)).tag(ETags.of(category.version()))
                .build();
    }
}
