package io.blogflow.llm.application.port.in;

import io.blogflow.llm.domain.LlmModel;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.shared.domain.UserId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The models each provider serves. Admins only (enforced at the edge); every change is audited. */
public interface LlmModelsUseCase {

    List<LlmModel> list(ProviderId provider);

    LlmModel get(ProviderId provider, ModelId id);

    LlmModel create(UserId admin, ProviderId provider, ModelValues values);

    LlmModel update(UserId admin, ProviderId provider, ModelId id, long expectedVersion, ModelValues values);

    void delete(UserId admin, ProviderId provider, ModelId id, long expectedVersion);

    /** Absent prices are 0 (free, e.g. a local model); absent {@code enabled} is true. */
    record ModelValues(String name, String description, String strengths, String weaknesses,
                       Map<String, Object> defaultParams, BigDecimal inputPricePerMillion,
                       BigDecimal outputPricePerMillion, Boolean enabled) {
    }
}
