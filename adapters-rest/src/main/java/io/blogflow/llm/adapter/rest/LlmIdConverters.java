package io.blogflow.llm.adapter.rest;

import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.shared.adapter.rest.TypedIdConverters;
import io.blogflow.shared.domain.NotFoundException;
import jakarta.ws.rs.ext.Provider;

/** Provider and model ids in paths; a malformed one is {@code llm-provider-not-found} / {@code llm-model-not-found}. */
@Provider
public class LlmIdConverters extends TypedIdConverters {

    public LlmIdConverters() {
        super(new TypedId<>(ProviderId.class, ProviderId::new, ProviderId::value,
                        raw -> new NotFoundException("llm-provider", raw)),
                new TypedId<>(ModelId.class, ModelId::new, ModelId::value,
                        raw -> new NotFoundException("llm-model", raw)));
    }
}
