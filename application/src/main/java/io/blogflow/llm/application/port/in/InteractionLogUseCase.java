package io.blogflow.llm.application.port.in;

import io.blogflow.llm.domain.Interaction;
import java.util.List;
import java.util.UUID;

/** Reads the log of provider calls. */
public interface InteractionLogUseCase {

    /** The attempts logged under a trace (an action run), in order. */
    List<Interaction> trace(UUID traceId);
}
