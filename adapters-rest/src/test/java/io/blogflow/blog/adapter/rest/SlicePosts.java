package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.domain.Excerpt;
import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MetaDescription;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostFields;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostStatus;
import io.blogflow.blog.domain.RenderedBody;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Title;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.UUID;

/** Posts as the mocked use cases of the REST slice answer them. */
public final class SlicePosts {

    public static final UserId AUTHOR = new UserId(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    private static final Instant AT = Instant.parse("2026-05-01T12:00:00Z");

    private SlicePosts() {
    }

    public static Post draft(PostId id, long version) {
        return post(id, PostStatus.DRAFT, version);
    }

    public static Post published(PostId id, long version) {
        return post(id, PostStatus.PUBLISHED, version);
    }

    private static Post post(PostId id, PostStatus status, long version) {
        return Post.rehydrate(id, AUTHOR, PostFields.plain(new Title("A post"), new Slug("a-post"),
                        new MarkdownContent("Text"), new RenderedBody("<p>Text</p>", 1, 1, java.util.List.of()),
                        new Excerpt("Text"), new MetaDescription("About a post")), status, null,
                status == PostStatus.PUBLISHED ? AT : null, null, 1, null, version, AT, AT, null);
    }
}
