package io.blogflow.workflow.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.UserId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * {@link EditorialPosts} in memory, with the blog context's access rule: a post is reachable by its author and by
 * whoever manages all content; otherwise (or when unknown) it is "post not found".
 */
public final class InMemoryEditorialPosts implements EditorialPosts {

    private record Post(UserId author, Map<String, String> text) {
    }

    private final Map<PostId, Post> posts = new HashMap<>();
    private final Set<PostId> marked = new HashSet<>();

    /** A post by {@code author} with the given article text (title, content, …). */
    public synchronized PostId add(UserId author, Map<String, String> text) {
        PostId id = new PostId(UUID.randomUUID());
        posts.put(id, new Post(author, new LinkedHashMap<>(text)));
        return id;
    }

    public synchronized void trash(PostId post) {
        posts.remove(post);
    }

    public synchronized boolean markedAiGenerated(PostId post) {
        return marked.contains(post);
    }

    public synchronized String field(PostId post, String field) {
        return posts.get(post).text().get(field);
    }

    /** Someone else's edit, between a run's read and its write. */
    public synchronized void edit(PostId post, String field, String value) {
        posts.get(post).text().put(field, value);
    }

    @Override
    public synchronized void requireReachable(PostId post, Actor actor) {
        reachable(post, actor);
    }

    @Override
    public synchronized Map<String, String> articleText(PostId post, Actor actor) {
        return new LinkedHashMap<>(reachable(post, actor).text());
    }

    @Override
    public synchronized boolean writeArticleText(PostId post, Actor actor, String field, String expected, String value,
                                                 String reason) {
        Post target = reachable(post, actor);
        if (!Objects.equals(target.text().get(field), expected)) {
            return false;
        }
        target.text().put(field, value);
        marked.add(post);
        return true;
    }

    private Post reachable(PostId post, Actor actor) {
        Post found = posts.get(post);
        if (found == null || !(actor.managesAllContent() || found.author().equals(actor.id()))) {
            throw new PostNotFoundException(post.toString());
        }
        return found;
    }
}
