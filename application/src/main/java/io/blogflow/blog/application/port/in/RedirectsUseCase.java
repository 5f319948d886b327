package io.blogflow.blog.application.port.in;

import io.blogflow.blog.domain.Redirect;
import io.blogflow.blog.domain.RedirectId;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

/** Editors manage redirects from site paths to other paths or URLs. */
public interface RedirectsUseCase {

    /** {@code status} is 301 or 302; absent is 301. */
    record RedirectInput(String fromPath, String to, Integer status) {
    }

    Redirect create(RedirectInput input, Actor actor);

    Page<Redirect> list(PageRequest pageRequest, Actor actor);

    Redirect get(RedirectId id, Actor actor);

    Redirect update(RedirectId id, long expectedVersion, RedirectInput input, Actor actor);

    void delete(RedirectId id, long expectedVersion, Actor actor);
}
