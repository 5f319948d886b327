package io.blogflow.analytics.application.port.out;

import io.blogflow.shared.domain.Actor;
import java.util.UUID;

/** Whether someone may see a post (owners see their own, content managers all), asked of the blog. */
public interface PostAccess {

    boolean mayView(UUID post, Actor actor);
}
