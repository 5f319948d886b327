package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.GeneratedTextUseCase;
import io.blogflow.blog.application.port.in.PostFieldValues;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostRevision;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.InvalidValueException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * AI text is written through the {@link PostWritePipeline} as a person's edit is, so it gets exactly the same checks,
 * revision and audit; only the revision's provenance ({@code ai}) and the AI-generated disclosure tell them apart.
 */
public final class GeneratedTextService implements GeneratedTextUseCase {

    private static final Set<String> TEXT_FIELDS = Set.of("title", "excerpt", "content", "metaTitle", "metaDescription");

    private final PostRepository posts;
    private final Transactions transactions;
    private final PostWritePipeline writes;

    public GeneratedTextService(PostRepository posts, Transactions transactions, PostWritePipeline writes) {
        this.posts = posts;
        this.transactions = transactions;
        this.writes = writes;
    }

    @Override
    public Map<String, String> articleText(PostId id, Actor actor) {
        return transactions.inTransaction(() -> read(AccessiblePosts.load(posts, id, actor)));
    }

    @Override
    public boolean write(PostId id, Actor actor, String field, String expected, String value, String reason) {
        return transactions.inTransaction(() -> {
            if (!TEXT_FIELDS.contains(field)) {
                throw new InvalidValueException("field.unknown", "'" + field + "' is not a text field of the post.");
            }
            Post post = AccessiblePosts.load(posts, id, actor);
            if (!Objects.equals(read(post).get(field), expected)) {
                return false;
            }
            PostFieldValues values = PostFieldValues.of(post);
            Map<String, String> text = new HashMap<>();
            text.put("title", values.title());
            text.put("content", values.contentMarkdown());
            text.put("excerpt", values.excerpt());
            text.put("metaTitle", values.metaTitle());
            text.put("metaDescription", values.metaDescription());
            text.put(field, value);
            PostWritePipeline.Prepared prepared = writes.prepare(values.generated(text.get("title"),
                    text.get("content"), text.get("excerpt"), text.get("metaTitle"), text.get("metaDescription")));
            writes.edit(post, actor, prepared, reason, PostRevision.Provenance.AI);
            return true;
        });
    }

    private static Map<String, String> read(Post post) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("title", post.title().value());
        text.put("excerpt", post.excerpt().value());
        text.put("content", post.content().value());
        if (post.details().seo().metaTitle() != null) {
            text.put("metaTitle", post.details().seo().metaTitle());
        }
        text.put("metaDescription", post.metaDescription().value());
        return text;
    }
}
