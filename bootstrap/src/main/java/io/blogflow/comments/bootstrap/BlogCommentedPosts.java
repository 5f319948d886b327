package io.blogflow.comments.bootstrap;

import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostStatus;
import io.blogflow.comments.application.port.out.CommentedPosts;
import io.blogflow.shared.domain.UserId;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The blog's posts as comments see them: author, title and, while it is public, when it was published. */
final class BlogCommentedPosts implements CommentedPosts {

    private final PostRepository posts;

    BlogCommentedPosts(PostRepository posts) {
        this.posts = posts;
    }

    @Override
    public Optional<CommentedPost> find(PostId id) {
        return posts.findById(id).filter(post -> post.deletedAt().isEmpty()).map(BlogCommentedPosts::commented);
    }

    @Override
    public Set<PostId> authoredBy(UserId author) {
        return posts.findByAuthor(author).stream().map(Post::id).collect(Collectors.toUnmodifiableSet());
    }

    private static CommentedPost commented(Post post) {
        return new CommentedPost(post.id(), post.authorId(), post.title().value(),
                post.status() == PostStatus.PUBLISHED ? post.publishedAt() : Optional.empty());
    }
}
