package io.blogflow.shared.application.port.in;

import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.UserId;
import java.util.UUID;

/** Who started accepted work, as a job payload carries it (plain values that serialise as JSON). */
public record ActorRef(UUID id, boolean managesAllContent, boolean publishes) {

    public static ActorRef of(Actor actor) {
        return new ActorRef(actor.id().value(), actor.managesAllContent(), actor.publishes());
    }

    public Actor actor() {
        return new Actor(new UserId(id), managesAllContent, publishes);
    }
}
