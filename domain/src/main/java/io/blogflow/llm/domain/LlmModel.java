package io.blogflow.llm.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A model a provider serves, as the editors know it: the provider's own model name (unique per provider), what it is
 * good and bad at, the parameters its calls start from, and its price per million input and output tokens (for cost
 * tracking). {@code version} guards concurrent edits.
 */
public record LlmModel(ModelId id, ProviderId provider, String name, String description, String strengths,
                       String weaknesses, Map<String, Object> defaultParams, BigDecimal inputPricePerMillion,
                       BigDecimal outputPricePerMillion, boolean enabled, long version) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_PARAMS = 50;
    /** As stored: numeric(12,6), so at most 999999.999999 per million tokens. */
    public static final int PRICE_SCALE = 6;
    public static final int COST_SCALE = 8;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal PRICE_LIMIT = new BigDecimal("1000000");
    /** The provider's model name: printable, no whitespace ({@code gpt-4o-mini}, {@code llama3.1:8b}, {@code org/model}). */
    private static final Pattern NAME = Pattern.compile("\\S{1," + MAX_NAME_LENGTH + "}");

    public LlmModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        name = validName(name);
        description = text("description", description);
        strengths = text("strengths", strengths);
        weaknesses = text("weaknesses", weaknesses);
        defaultParams = params(defaultParams);
        inputPricePerMillion = price("inputPricePerMillion", inputPricePerMillion);
        outputPricePerMillion = price("outputPricePerMillion", outputPricePerMillion);
    }

    /**
     * What a call cost at this model's prices: tokens times price per million, kept to 8 decimals (a single token
     * of a cheap model costs less than a cent's millionth). Counts the provider did not report count as 0.
     */
    public BigDecimal cost(Integer inputTokens, Integer outputTokens) {
        BigDecimal in = inputPricePerMillion.multiply(BigDecimal.valueOf(inputTokens == null ? 0 : inputTokens));
        BigDecimal out = outputPricePerMillion.multiply(BigDecimal.valueOf(outputTokens == null ? 0 : outputTokens));
        return in.add(out).divide(MILLION, COST_SCALE, RoundingMode.HALF_UP);
    }

    public static String validName(String name) {
        if (name == null || !NAME.matcher(name.strip()).matches()) {
            throw new InvalidValueException("name.invalid",
                    "name must be the provider's model name: 1 to " + MAX_NAME_LENGTH + " characters, no spaces.");
        }
        return name.strip();
    }

    /** Optional free text: stripped, blank is unset, at most 2000 characters. */
    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT_LENGTH) {
            throw new InvalidValueException(kebab(field) + ".too-long",
                    field + " must be at most " + MAX_TEXT_LENGTH + " characters.");
        }
        return value.strip();
    }

    /** The model's own {@code temperature}, for calls where neither the action nor the prompt sets one. */
    public Double defaultTemperature() {
        return defaultParams.get("temperature") instanceof Number number ? number.doubleValue() : null;
    }

    /** The model's own {@code maxTokens}, for calls where neither the action nor the prompt sets one. */
    public Integer defaultMaxTokens() {
        return defaultParams.get("maxTokens") instanceof Number number ? number.intValue() : null;
    }

    /** A JSON object's members (absent: none), at most 50, with non-blank names. */
    public static Map<String, Object> params(Map<String, Object> params) {
        return params("defaultParams", params);
    }

    /** As {@link #params(Map)}, for a JSON-object field named {@code field}. */
    public static Map<String, Object> params(String field, Map<String, Object> params) {
        if (params == null) {
            return Map.of();
        }
        if (params.size() > MAX_PARAMS || params.keySet().stream().anyMatch(key -> key == null || key.isBlank())) {
            throw new InvalidValueException(kebab(field) + ".invalid",
                    field + " must be a JSON object of at most " + MAX_PARAMS + " named members.");
        }
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** Absent is free; otherwise at least 0, below a million, at most 6 decimals (never rounded silently). */
    public static BigDecimal price(String field, BigDecimal price) {
        if (price == null) {
            return BigDecimal.ZERO.setScale(PRICE_SCALE);
        }
        if (price.signum() < 0 || price.compareTo(PRICE_LIMIT) >= 0 || price.stripTrailingZeros().scale() > PRICE_SCALE) {
            throw new InvalidValueException(kebab(field) + ".invalid", field
                    + " must be a price per million tokens from 0 to 999999.999999, with at most 6 decimals.");
        }
        return price.setScale(PRICE_SCALE, RoundingMode.UNNECESSARY);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
