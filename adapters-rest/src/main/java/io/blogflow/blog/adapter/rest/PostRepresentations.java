package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.port.in.PostCountersUseCase;
import io.blogflow.blog.application.port.out.PostImages;
import io.blogflow.blog.domain.MediaRef;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostCounters;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.ReviewPolicy;
import jakarta.inject.Singleton;
import io.blogflow.shared.adapter.rest.PageResponse;
import io.blogflow.shared.domain.Page;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Turns posts into their API representations, with what is not stored on the post: its reader counters, the review
 * gate's state and the public addresses (srcset-ready) of the media library images it references. {@code UriInfo} is the current request's
 * (a request-scoped proxy): without a configured public media URL, image links point at the host the API was asked at.
 */
@Singleton
public class PostRepresentations {

    /** An unset text field is null in every representation (storage keeps "" for some, e.g. metaDescription). */
    static String absentAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }


    private final ReviewPolicy review;
    private final PostImages images;
    private final PostCountersUseCase counters;
    private final UriInfo request;

    public PostRepresentations(ReviewPolicy review, PostImages images, PostCountersUseCase counters, UriInfo request) {
        this.review = review;
        this.images = images;
        this.counters = counters;
        this.request = request;
    }

    PostResponse editorial(Post post) {
        return PostResponse.from(post, counters.counters(post.id()), review, this::image);
    }

    /** A page of posts, their counters read once for the page. */
    PageResponse<PostResponse> editorial(Page<Post> posts) {
        Map<PostId, PostCounters> counted = counters.counters(posts.items().stream().map(Post::id).toList());
        return PageResponse.of(posts, post -> PostResponse.from(post, counted.get(post.id()), review, this::image));
    }

    PublicPostResource.PublicPostResponse published(Post post, PostCounters counters) {
        return PublicPostResource.PublicPostResponse.from(post, counters, this::image);
    }

    private PostImage image(MediaRef media) {
        if (media == null) {
            return null;
        }
        return images.links(media.value(), request.getBaseUri()).map(PostImage::of).orElse(null);
    }

    /** Resolves a post's media reference to its links; {@code null} when unset. */
    interface ImageResolver {
        PostImage resolve(MediaRef media);
    }

    /** A media library image a post uses, as readers fetch it. */
    @Schema(name = "PostImage", description = "A media library image used by the post: its original's URL, size, "
            + "srcset of the width variants (for <img srcset>) and alternative text.")
    public record PostImage(UUID id, String url, Integer width, Integer height, String srcset, String altText) {

        static PostImage of(PostImages.ImageLinks links) {
            return new PostImage(links.id(), links.url(), links.width(), links.height(), links.srcset(),
                    links.altText());
        }
    }
}
