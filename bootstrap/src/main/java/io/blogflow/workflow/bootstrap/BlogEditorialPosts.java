package io.blogflow.workflow.bootstrap;

import io.blogflow.blog.application.port.in.GeneratedTextUseCase;
import io.blogflow.blog.application.port.in.GetPostUseCase;
import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Actor;
import io.blogflow.workflow.application.port.out.EditorialPosts;
import java.util.Map;

/** The workflow's view of posts, answered by the blog context's read use case (which applies access and trash). */
final class BlogEditorialPosts implements EditorialPosts {

    private final GetPostUseCase posts;
    private final GeneratedTextUseCase text;

    BlogEditorialPosts(GetPostUseCase posts, GeneratedTextUseCase text) {
        this.posts = posts;
        this.text = text;
    }

    @Override
    public void requireReachable(PostId post, Actor actor) {
        posts.get(post, actor);
    }

    @Override
    public Map<String, String> articleText(PostId post, Actor actor) {
        return text.articleText(post, actor);
    }

    @Override
    public boolean writeArticleText(PostId post, Actor actor, String field, String expected, String value,
                                    String reason) {
        return text.write(post, actor, field, expected, value, reason);
    }
}
