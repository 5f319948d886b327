package io.blogflow.llm.application.port.in;

import io.blogflow.llm.application.port.out.InteractionRepository.Filter;
import io.blogflow.llm.domain.Interaction;
import io.blogflow.llm.domain.ModelUsage;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads the log of provider calls: by trace, filtered, and summed up per model. */
public interface InteractionLogUseCase {

    /** The attempts logged under a trace (an action run), in order. */
    List<Interaction> trace(UUID traceId);

    /** @throws io.blogflow.shared.domain.InvalidValueException when {@code from} is not before {@code to} */
    Page<Interaction> find(Filter filter, PageRequest page);

    /**
     * Spend per model in [from, to): absent bounds mean the last 30 days up to now.
     *
     * @throws io.blogflow.shared.domain.InvalidValueException when {@code from} is not before {@code to}
     */
    UsageReport usage(Instant from, Instant to);

    /** The period actually reported on, and the usage per model in it. */
    record UsageReport(Instant from, Instant to, List<ModelUsage> models) {
    }
}
