package io.blogflow.llm.application.port.out;

import io.blogflow.llm.domain.Interaction;
import java.util.List;
import java.util.UUID;

/** The append-only log of provider calls. */
public interface InteractionRepository {

    void add(Interaction interaction);

    /** A trace's attempts, in order. */
    List<Interaction> ofTrace(UUID traceId);
}
