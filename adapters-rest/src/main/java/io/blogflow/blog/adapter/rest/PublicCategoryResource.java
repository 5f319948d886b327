package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.adapter.rest.CategoryResource.CategoryResponse;
import io.blogflow.blog.application.port.in.CategoriesUseCase;
import io.blogflow.shared.adapter.rest.PageParams;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/public/categories")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicCategoryResource {

    private final CategoriesUseCase categories;
    private final PublicCollections collections;

    public PublicCategoryResource(CategoriesUseCase categories, PublicCollections collections) {
        this.categories = categories;
        this.collections = collections;
    }

    /** The paged envelope of every list, for the document. */
    @Schema(name = "CategoryPage")
    record CategoryPage(List<CategoryResponse> items,
                        @Schema(required = true) int page,
                        @Schema(required = true) int size,
                        @Schema(required = true) long total) {
    }

    @GET
    @Operation(summary = "All categories, by name (parentId gives the tree)", description = "Paged like every list; "
            + "ask size=100 to get a whole tree of up to 100 categories in one answer.")
    @APIResponse(responseCode = "200", description = "One page of categories; Link has first/prev/next/last.",
            content = @Content(schema = @Schema(implementation = CategoryPage.class)),
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "Invalid paging.")
    public Response list(@BeanParam PageParams paging, @Context UriInfo uri, @Context Request request) {
        PageRequest page = paging.request(); // invalid paging is a 400 even when the answer is cached
        return collections.page(uri, request, () -> Page.of(categories.list(), page), CategoryResponse::from);
    }
}
