package io.blogflow.blog.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.blog.adapter.rest.RenderedPublicAnswers.Answer;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.domain.Page;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A public collection in the one shape of every list ({@code items, page, size, total} and a Link header), rendered
 * once into the public cache, with a content ETag, {@code Cache-Control} and {@code 304} on a matching
 * {@code If-None-Match}: the taxonomy lists answer like the post list.
 */
@Singleton
public class PublicCollections {

    private final RenderedPublicAnswers answers;
    private final ObjectMapper json;

    public PublicCollections(RenderedPublicAnswers answers, ObjectMapper json) {
        this.answers = answers;
        this.json = json;
    }

    <D, T> Response page(UriInfo uri, Request request, Supplier<Page<D>> load, Function<D, T> toDto) {
        var answer = answers.get(uri.getRequestUri().toString(), () -> {
            Page<D> page = load.get();
            byte[] body = bytes(PageResponse.of(page, toDto));
            return Answer.ok(body, RenderedPublicAnswers.contentTag(body), List.of(Paging.links(page, uri)));
        });
        return RenderedPublicAnswers.respond(answer, request);
    }

    private byte[] bytes(Object representation) {
        try {
            return json.writeValueAsBytes(representation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A public collection could not be written as JSON", e);
        }
    }
}
