package io.blogflow.llm.application.port.in;

import io.blogflow.llm.domain.Interaction;
import java.math.BigDecimal;
import java.util.List;

/**
 * How a generation ended: the attempts it took (each logged), and from the last one the text, tokens and cost on
 * success or the error on failure. Cost and tokens are the sums over all attempts (failed attempts may be billed).
 */
public record Generation(List<Interaction> attempts) {

    public Generation {
        if (attempts == null || attempts.isEmpty()) {
            throw new IllegalArgumentException("a generation made at least one attempt");
        }
        attempts = List.copyOf(attempts);
    }

    public Interaction last() {
        return attempts.get(attempts.size() - 1);
    }

    public boolean succeeded() {
        return last().succeeded();
    }

    public String text() {
        return last().output();
    }

    public int inputTokens() {
        return attempts.stream().mapToInt(a -> a.inputTokens() == null ? 0 : a.inputTokens()).sum();
    }

    public int outputTokens() {
        return attempts.stream().mapToInt(a -> a.outputTokens() == null ? 0 : a.outputTokens()).sum();
    }

    public BigDecimal cost() {
        return attempts.stream().map(Interaction::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
