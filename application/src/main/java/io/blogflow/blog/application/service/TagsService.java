package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.TagsUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.application.port.out.TagRepository;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slugs;
import io.blogflow.blog.domain.Tag;
import io.blogflow.blog.domain.TagNotFoundException;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.NotAllowedException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.ValidationException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

public final class TagsService implements TagsUseCase {

    static final int MAX_TAGS_PER_POST = 20;

    private final TagRepository tags;
    private final PostRepository posts;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final AuditTrail audit;
    private final Clock clock;

    public TagsService(TagRepository tags, PostRepository posts, Transactions transactions, IdGenerator ids,
                       AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.tags = tags;
        this.posts = posts;
        this.transactions = transactions;
        this.ids = ids;
        this.audit = audit;
    }

    @Override
    public List<Tag> tagPost(PostId post, List<String> names, Actor actor) {
        List<Tag> wanted = validNames(names).stream().map(name -> Tag.named(ids.newId(), name)).toList();
        return transactions.inTransaction(() -> {
            AccessiblePosts.load(posts, post, actor);
            List<Tag> stored = wanted.stream().map(this::existingOrNew).toList();
            tags.setTags(post, stored.stream().map(Tag::id).collect(Collectors.toSet()));
            audit.record(actor.id(), "post.tagged", "post", post, null,
                    Map.of("tags", stored.stream().map(Tag::name).toList()));
            return tags.tagsOf(post);
        });
    }

    @Override
    public List<Tag> tagsOf(PostId post, Actor actor) {
        AccessiblePosts.load(posts, post, actor);
        return tags.tagsOf(post);
    }

    @Override
    public Page<Tag> list(PageRequest pageRequest) {
        return tags.findPage(pageRequest);
    }

    @Override
    public Tag merge(UUID source, UUID target, Actor actor) {
        requireManager(actor);
        if (source.equals(target)) {
            throw new ValidationException(List.of(new FieldError("into", "into.same-tag",
                    "A tag cannot be merged into itself.")));
        }
        return transactions.inTransaction(() -> {
            Tag from = tags.findTag(source).orElseThrow(() -> new TagNotFoundException(source.toString()));
            Tag into = tags.findTag(target).orElseThrow(() -> new TagNotFoundException(target.toString()));
            tags.merge(from.id(), into.id());
            audit.record(actor.id(), "tag.merged", "tag", from.id(), Map.of("name", from.name()),
                    Map.of("mergedInto", into.name()));
            return tags.findTag(target).orElseThrow();
        });
    }

    @Override
    public void delete(UUID tag, Actor actor) {
        requireManager(actor);
        transactions.inTransaction(() -> {
            Tag found = tags.findTag(tag).orElseThrow(() -> new TagNotFoundException(tag.toString()));
            tags.delete(found.id());
            audit.record(actor.id(), "tag.deleted", "tag", found.id(), Map.of("name", found.name()), null);
        });
    }

    /** The existing tag of that name (any case), or the new one stored with the first free slug. */
    private Tag existingOrNew(Tag candidate) {
        return tags.findByName(candidate.name()).orElseGet(() -> tags.addIfAbsent(new Tag(candidate.id(),
                candidate.name(), Slugs.firstFree(candidate.slug(), tags.slugsStartingWith(candidate.slug())), 0),
                clock.instant()));
    }

    private static List<String> validNames(List<String> names) {
        if (names == null || names.size() > MAX_TAGS_PER_POST) {
            throw new ValidationException(List.of(new FieldError("tags", "tags.invalid",
                    "tags is a list of at most " + MAX_TAGS_PER_POST + " names.")));
        }
        var unique = new LinkedHashMap<String, String>();
        for (String name : names) {
            try {
                String valid = Tag.normalisedName(name);
                unique.putIfAbsent(valid.toLowerCase(java.util.Locale.ROOT), valid);
            } catch (InvalidValueException e) {
                throw new ValidationException(List.of(new FieldError("tags", e.code(), e.getMessage())));
            }
        }
        return List.copyOf(unique.values());
    }

    /** Tags are shared by every post, so only those who manage all content may merge or delete them. */
    private static void requireManager(Actor actor) {
        if (!actor.managesAllContent()) {
            throw new NotAllowedException("Only editors and admins merge or delete tags.");
        }
    }
}
