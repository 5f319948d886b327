package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.shared.application.port.out.PersonalDataHolder;
import io.blogflow.shared.domain.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The blog context's part of GDPR requests: the posts a person wrote. */
public final class PostsPersonalData implements PersonalDataHolder {

    private final PostRepository posts;

    public PostsPersonalData(PostRepository posts) {
        this.posts = posts;
    }

    @Override
    public String section() {
        return "posts";
    }

    @Override
    public Object export(UserId user) {
        return posts.findByAuthor(user).stream().map(PostsPersonalData::metadata).toList();
    }

    /** Posts stay, attributed to the anonymised account, unless a successor takes them over. */
    @Override
    public void erase(UserId user, Optional<UserId> successor) {
        successor.ifPresent(to -> posts.reassignAuthor(user, to));
    }

    private static Map<String, Object> metadata(Post post) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", post.id().toString());
        map.put("title", post.title().value());
        map.put("slug", post.slug().value());
        map.put("status", post.status().name());
        map.put("createdAt", post.createdAt().toString());
        map.put("updatedAt", post.updatedAt().toString());
        return map;
    }
}
