package io.blogflow.workflow.domain.action;

import static io.blogflow.workflow.domain.EditorialField.BASIC_IDEA;
import static io.blogflow.workflow.domain.EditorialField.FIRST_DRAFT;
import static io.blogflow.workflow.domain.EditorialField.HEADING;
import static io.blogflow.workflow.domain.EditorialField.MAIN_TITLE;
import static io.blogflow.workflow.domain.EditorialField.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.PromptReference;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.EditorialField.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LlmActionRulesTest {

    private static LlmAction action(List<EditorialField> inputs, EditorialField output) {
        return new LlmAction(new ActionId(UUID.randomUUID()), " Draft  a section ", null,
                PromptReference.production("draft"), new ModelId(UUID.randomUUID()), null, 0.7, 4000, null, inputs,
                output, true, 0);
    }

    @Test
    void anActionWritingAPostFieldFromPostFieldsRunsOncePerPost() {
        LlmAction action = action(List.of(BASIC_IDEA, SCOPE, BASIC_IDEA), MAIN_TITLE);
        assertThat(action.scope()).isEqualTo(Scope.POST);
        assertThat(action.inputs()).containsExactly(BASIC_IDEA, SCOPE);
        assertThat(action.name()).isEqualTo("Draft a section");
        assertThat(action.timeout()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aSectionFieldAnywhereMakesItASectionActionThatMayAlsoReadPostFields() {
        LlmAction action = action(List.of(BASIC_IDEA, HEADING), FIRST_DRAFT);
        assertThat(action.scope()).isEqualTo(Scope.SECTION);
        assertThat(action(List.of(), FIRST_DRAFT).canRead(BASIC_IDEA)).isTrue();
        assertThat(action(List.of(), FIRST_DRAFT).canRead(HEADING)).isTrue();
    }

    @Test
    void thePostsOwnTextIsPostLevelAndReadableBySectionActionsToo() {
        LlmAction drafting = action(List.of(EditorialField.BASIC_IDEA, EditorialField.TITLE), EditorialField.CONTENT);
        assertThat(drafting.scope()).isEqualTo(EditorialField.Scope.POST);

        LlmAction perSection = action(List.of(EditorialField.TITLE), EditorialField.FIRST_DRAFT);
        assertThat(perSection.scope()).isEqualTo(EditorialField.Scope.SECTION);
        assertThat(perSection.canRead(EditorialField.CONTENT)).isTrue();
        assertThatThrownBy(() -> action(List.of(EditorialField.FIRST_DRAFT), EditorialField.EXCERPT))
                .isInstanceOf(InvalidValueException.class).extracting("code").isEqualTo("inputs.not-readable");
    }

    @Test
    void aPostActionCannotReadSectionFields() {
        assertThatThrownBy(() -> action(List.of(HEADING), MAIN_TITLE)).isInstanceOf(InvalidValueException.class)
                .extracting("code").isEqualTo("inputs.not-readable");
        assertThat(action(List.of(), MAIN_TITLE).canRead(HEADING)).isFalse();
    }

    @Test
    void promptPlaceholdersMustBeReadableAndAmongTheListedInputs() {
        assertThatCode(() -> action(List.of(), MAIN_TITLE).requireReadable(Set.of("basicIdea", "scope")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> action(List.of(), MAIN_TITLE).requireReadable(Set.of("heading")))
                .extracting("code").isEqualTo("prompt.field-not-readable");
        assertThatThrownBy(() -> action(List.of(BASIC_IDEA), MAIN_TITLE).requireReadable(Set.of("scope")))
                .extracting("code").isEqualTo("prompt.field-not-readable");
        assertThatThrownBy(() -> action(List.of(), MAIN_TITLE).requireReadable(Set.of("unknownThing")))
                .extracting("code").isEqualTo("prompt.field-not-readable");
        assertThatCode(() -> action(List.of(), FIRST_DRAFT).requireReadable(Set.of("heading", "basicIdea")))
                .doesNotThrowAnyException();
    }

    @Test
    void numericSettingsStayInTheirRanges() {
        assertThat(LlmAction.validTemperature(null)).isNull();
        assertThat(LlmAction.validTemperature(2.0)).isEqualTo(2.0);
        assertThatThrownBy(() -> LlmAction.validTemperature(2.01)).extracting("code")
                .isEqualTo("temperature.out-of-range");
        assertThatThrownBy(() -> LlmAction.validTemperature(-0.1)).isInstanceOf(InvalidValueException.class);
        assertThat(LlmAction.validMaxTokens(128_000)).isEqualTo(128_000);
        assertThatThrownBy(() -> LlmAction.validMaxTokens(0)).extracting("code").isEqualTo("max-tokens.out-of-range");
        assertThatThrownBy(() -> LlmAction.validMaxTokens(128_001)).isInstanceOf(InvalidValueException.class);
        assertThat(LlmAction.validTimeout(Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(10));
        assertThatThrownBy(() -> LlmAction.validTimeout(Duration.ofMillis(999))).extracting("code")
                .isEqualTo("timeout-millis.out-of-range");
        assertThatThrownBy(() -> LlmAction.validTimeout(Duration.ofMinutes(11))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anOutputAndANameAreRequired() {
        assertThatThrownBy(() -> action(List.of(), null)).extracting("code").isEqualTo("output.required");
        assertThatThrownBy(() -> LlmAction.validName(" ")).extracting("code").isEqualTo("name.invalid");
        assertThatThrownBy(() -> ActionButton.validLabel("x".repeat(81))).extracting("code").isEqualTo("label.invalid");
    }
}
