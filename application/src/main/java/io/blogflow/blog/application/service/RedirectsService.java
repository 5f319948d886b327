package io.blogflow.blog.application.service;

import io.blogflow.blog.application.Site;
import io.blogflow.blog.application.port.in.RedirectsUseCase;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.application.port.out.RedirectRepository;
import io.blogflow.blog.domain.Redirect;
import io.blogflow.blog.domain.RedirectErrors;
import io.blogflow.blog.domain.RedirectId;
import io.blogflow.blog.domain.RedirectStatus;
import io.blogflow.blog.domain.RedirectTarget;
import io.blogflow.blog.domain.SitePath;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.NotAllowedException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Manual redirects. Every write keeps the set of redirects free of chains: a new target that is itself redirected is
 * replaced by where that leads, and redirects that led to the new source are re-pointed past it. Loops are refused.
 */
public final class RedirectsService implements RedirectsUseCase {

    private final RedirectRepository redirects;
    private final PostRepository posts;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditTrail audit;
    private final InternalLinks internal;

    public RedirectsService(RedirectRepository redirects, PostRepository posts, Transactions transactions,
                            IdGenerator ids, Clock clock, AuditTrail audit, Site site) {
        this.redirects = redirects;
        this.posts = posts;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.internal = new InternalLinks(site);
    }

    private record Valid(SitePath from, RedirectTarget to, RedirectStatus status) {
    }

    @Override
    public Redirect create(RedirectInput input, Actor actor) {
        requireEditor(actor);
        Valid valid = validate(input);
        RedirectId id = new RedirectId(ids.newId());
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            RedirectTarget target = placed(valid.from(), valid.to(), id);
            Redirect redirect = Redirect.create(id, valid.from(), target, valid.status(), now);
            repointRedirectsLeadingTo(valid.from(), target, id, actor, now);
            Redirect created = redirects.add(redirect);
            audit.record(actor.id(), "redirect.created", "redirect", id, null, snapshot(created));
            return created;
        });
    }

    @Override
    public Page<Redirect> list(PageRequest pageRequest, Actor actor) {
        requireEditor(actor);
        return redirects.findPage(pageRequest);
    }

    @Override
    public Redirect get(RedirectId id, Actor actor) {
        requireEditor(actor);
        return load(id);
    }

    @Override
    public Redirect update(RedirectId id, long expectedVersion, RedirectInput input, Actor actor) {
        requireEditor(actor);
        Valid valid = validate(input);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Redirect redirect = load(id);
            redirect.requireVersion(expectedVersion);
            var before = snapshot(redirect);
            RedirectTarget target = placed(valid.from(), valid.to(), id);
            repointRedirectsLeadingTo(valid.from(), target, id, actor, now);
            redirect.change(valid.from(), target, valid.status(), now);
            Redirect saved = redirects.update(redirect);
            audit.record(actor.id(), "redirect.updated", "redirect", id, before, snapshot(saved));
            return saved;
        });
    }

    @Override
    public void delete(RedirectId id, long expectedVersion, Actor actor) {
        requireEditor(actor);
        transactions.inTransaction(() -> {
            Redirect redirect = load(id);
            redirect.requireVersion(expectedVersion);
            redirects.remove(redirect);
            audit.record(actor.id(), "redirect.deleted", "redirect", id, snapshot(redirect), null);
        });
    }

    /** All field errors at once; an absolute URL to a page of this site is kept as that page's path. */
    private Valid validate(RedirectInput input) {
        var validation = new Validation();
        SitePath from = validation.field("fromPath", () -> new SitePath(input.fromPath()));
        RedirectTarget to = validation.field("to", () -> new RedirectTarget(input.to()));
        RedirectStatus status = validation.field("status", () -> RedirectStatus.of(input.status()));
        validation.throwIfInvalid();
        RedirectTarget onSite = internal.exactSitePath(to.value()).map(RedirectTarget::of).orElse(to);
        return new Valid(from, onSite, status);
    }

    /** Where the redirect from {@code from} (being {@code self}) may lead, after the source checks. */
    private RedirectTarget placed(SitePath from, RedirectTarget to, RedirectId self) {
        if (from.asSlug().flatMap(posts::findBySlug).filter(post -> !post.isTrashed()).isPresent()) {
            throw new RedirectErrors.ShadowsPost(from);
        }
        if (redirects.byFromPath(from).filter(other -> !other.id().equals(self)).isPresent()) {
            throw new RedirectErrors.PathTaken(from);
        }
        return Redirect.collapsedTarget(from, to,
                path -> redirects.byFromPath(path).filter(other -> !other.id().equals(self)).map(Redirect::to));
    }

    /** a → from becomes a → target, so no chain passes through {@code from}. */
    private void repointRedirectsLeadingTo(SitePath from, RedirectTarget target, RedirectId self, Actor actor,
                                           Instant now) {
        for (Redirect other : redirects.leadingTo(RedirectTarget.of(from))) {
            if (!other.id().equals(self)) {
                var before = snapshot(other);
                other.repoint(target, now);
                Redirect saved = redirects.update(other);
                audit.record(actor.id(), "redirect.repointed", "redirect", other.id(), before, snapshot(saved));
            }
        }
    }

    private Redirect load(RedirectId id) {
        return redirects.byId(id).orElseThrow(() -> new RedirectErrors.NotFound(id.toString()));
    }

    private static Map<String, Object> snapshot(Redirect redirect) {
        return Map.of("fromPath", redirect.from().value(), "to", redirect.to().value(),
                "status", redirect.status().code(), "version", redirect.version());
    }

    private static void requireEditor(Actor actor) {
        if (!actor.managesAllContent()) {
            throw new NotAllowedException("Only editors and admins manage redirects.");
        }
    }
}
