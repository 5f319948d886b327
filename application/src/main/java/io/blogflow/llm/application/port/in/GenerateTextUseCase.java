package io.blogflow.llm.application.port.in;

/**
 * Generates text with a model, reliably and on the record: reserves the usage it may need, calls the provider
 * (retrying what is worth retrying, honouring {@code Retry-After}, skipping providers whose circuit is open, then trying the fallback
 * model), and logs every attempt as an interaction of the request's trace. A provider failure is an outcome, not an
 * exception: the returned generation says what went wrong.
 *
 * @throws io.blogflow.shared.domain.QuotaExceededException when the usage meter refuses the call (nothing is sent)
 */
public interface GenerateTextUseCase {

    Generation generate(GenerationRequest request, GenerationListener listener);
}
