package io.blogflow.workflow.domain.run;

/**
 * Why a run failed: a provider failure as the LLM log classified it ({@code rate-limited}, {@code timeout},
 * {@code authentication} …, with the HTTP status), or a refusal of the output ({@code conflict} when the field was
 * changed while generating, {@code output-invalid} when the answer does not fit the field).
 */
public record RunError(String type, String code, Integer httpStatus, String message) {

    public static final String CONFLICT = "conflict";
    public static final String OUTPUT_INVALID = "output-invalid";
    public static final String QUOTA_EXCEEDED = "quota-exceeded";
    public static final String ABANDONED = "abandoned";
    public static final String INTERNAL = "internal";
    public static final String REFUSED = "refused";

    public RunError {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("an error has a type");
        }
    }
}
