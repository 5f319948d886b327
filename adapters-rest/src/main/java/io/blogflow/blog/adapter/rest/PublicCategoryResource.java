package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.adapter.rest.CategoryResource.CategoryResponse;
import io.blogflow.blog.application.port.in.CategoriesUseCase;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/public/categories")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicCategoryResource {

    private final CategoriesUseCase categories;

    public PublicCategoryResource(CategoriesUseCase categories) {
        this.categories = categories;
    }

    @GET
    @Operation(summary = "All categories, by name (parentId gives the tree)")
    public List<CategoryResponse> list() {
        return categories.list().stream().map(CategoryResponse::from).toList();
    }
}
