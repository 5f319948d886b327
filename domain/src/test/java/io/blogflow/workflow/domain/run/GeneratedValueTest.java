package io.blogflow.workflow.domain.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.workflow.domain.EditorialField;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedValueTest {

    @Test
    void aTextFieldTakesTheTrimmedAnswer() {
        assertThat(GeneratedValue.forField(EditorialField.BASIC_IDEA, "\n  Why sourdough fails \n"))
                .isEqualTo("Why sourdough fails");
    }

    @Test
    void aListFieldTakesOneItemPerLineWithoutBulletsOrNumbers() {
        String answer = """
                Here you go:
                - Starter health
                * Hydration
                • Proofing time
                1. Oven spring
                12) Scoring

                """;

        assertThat(GeneratedValue.forField(EditorialField.TOPICS_TO_COVER, answer)).isEqualTo(List.of(
                "Here you go:", "Starter health", "Hydration", "Proofing time", "Oven spring", "Scoring"));
    }

    @Test
    void aNumberThatIsPartOfTheTextStays() {
        assertThat(GeneratedValue.forField(EditorialField.INTERESTING_FACTS, "1984 was a leap year"))
                .isEqualTo(List.of("1984 was a leap year"));
    }

    @Test
    void listsAreShownToPromptsAsBullets() {
        assertThat(GeneratedValue.asPromptText(List.of("a", "b"))).isEqualTo("- a\n- b");
        assertThat(GeneratedValue.asPromptText(null)).isEmpty();
        assertThat(GeneratedValue.asPromptText("text")).isEqualTo("text");
    }
}
