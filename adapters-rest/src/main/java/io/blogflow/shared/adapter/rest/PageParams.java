package io.blogflow.shared.adapter.rest;

import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import jakarta.ws.rs.QueryParam;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;

/** The {@code page}/{@code size} query parameters of a paged list, as a {@code @BeanParam}, and its answer. */
public class PageParams {

    @Parameter(description = "1-based page number.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            defaultValue = "1"))
    @QueryParam("page")
    String page;

    @Parameter(description = "Page size, capped at 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "100", defaultValue = "20"))
    @QueryParam("size")
    String size;

    public PageRequest request() {
        return Paging.request(page, size);
    }

    /** {@code 200} with the page envelope and its {@code Link} header. */
    public static <D, T> RestResponse<PageResponse<T>> answer(Page<D> page, Function<D, T> toDto,
                                                             jakarta.ws.rs.core.UriInfo uri) {
        return RestResponse.ResponseBuilder.ok(PageResponse.of(page, toDto)).links(Paging.links(page, uri)).build();
    }
}
