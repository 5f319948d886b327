package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.Redirect;
import io.blogflow.blog.domain.RedirectId;
import io.blogflow.blog.domain.RedirectTarget;
import io.blogflow.blog.domain.SitePath;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * Manual redirects. Writes take effect at once in the transaction (so the database's one-hop rule sees them in
 * order); {@code update} and {@code remove} refuse a redirect changed since it was loaded (stale version), and
 * {@code add}/{@code update} report a taken source path as {@code RedirectErrors.PathTaken}.
 */
public interface RedirectRepository {

    Redirect add(Redirect redirect);

    Redirect update(Redirect redirect);

    void remove(Redirect redirect);

    Optional<Redirect> byId(RedirectId id);

    Optional<Redirect> byFromPath(SitePath from);

    /** Redirects whose target is exactly {@code target}. */
    List<Redirect> leadingTo(RedirectTarget target);

    /** Sorted by source path. */
    Page<Redirect> findPage(PageRequest pageRequest);
}
