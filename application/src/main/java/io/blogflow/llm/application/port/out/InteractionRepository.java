package io.blogflow.llm.application.port.out;

import io.blogflow.llm.domain.Interaction;
import io.blogflow.llm.domain.InteractionStatus;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ModelUsage;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The append-only log of provider calls. */
public interface InteractionRepository {

    void add(Interaction interaction);

    /** A trace's attempts, in order. */
    List<Interaction> ofTrace(UUID traceId);

    /** Logged calls in [from, to), newest first; null filters match everything. */
    Page<Interaction> find(Filter filter, PageRequest page);

    /** Usage per model over calls logged in [from, to), most expensive first. */
    List<ModelUsage> usage(Instant from, Instant to);

    record Filter(Instant from, Instant to, ModelId model, InteractionStatus status) {
    }
}
