package io.blogflow.llm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptRulesTest {

    @Test
    void placeholdersAreTheNamesInsideDoubleBracesWithOptionalSpacesInOrderOfFirstUse() {
        var template = new PromptTemplate("Write about {{basicIdea}} for {{ scope }}; again {{basicIdea}}.");
        assertThat(template.placeholders()).containsExactly("basicIdea", "scope");
    }

    @Test
    void renderingReplacesEveryPlaceholderVerbatimAndNullAsNothing() {
        var template = new PromptTemplate("A {{ x1 }} <b>{{y}}</b> {{z}}!");
        assertThat(template.render(Map.of("x1", "<tag> & {{raw}}", "y", "why")::get)).isEqualTo("A <tag> & {{raw}} <b>why</b> !");
    }

    @Test
    void malformedPlaceholdersAreRefused() {
        for (String bad : new String[]{"open {{name", "{{1abc}}", "{{a-b}}", "{{}}", "{{ a b }}", "x }} {{ y"}) {
            assertThatThrownBy(() -> new PromptTemplate(bad)).as(bad).isInstanceOf(InvalidValueException.class)
                    .extracting("code").isEqualTo("template.invalid-placeholder");
        }
        assertThat(new PromptTemplate("a } b }} c").placeholders()).isEmpty();
    }

    @Test
    void aTemplateIsNotBlankAndAtMostFiftyThousandCharacters() {
        assertThatThrownBy(() -> new PromptTemplate(" ")).extracting("code").isEqualTo("template.required");
        assertThatThrownBy(() -> new PromptTemplate("x".repeat(50_001))).extracting("code")
                .isEqualTo("template.too-long");
        assertThat(new PromptTemplate("x".repeat(50_000)).text()).hasSize(50_000);
    }

    @Test
    void aReferenceNamesALabelOrAVersionAndDefaultsToProduction() {
        assertThat(PromptReference.production("draft").label()).isEqualTo("production");
        assertThat(new PromptReference("draft", null, 3).label()).isNull();
        assertThat(new PromptReference("draft", "staging", null).version()).isNull();
        assertThatThrownBy(() -> new PromptReference("draft", "staging", 3)).extracting("code")
                .isEqualTo("prompt.label-or-version");
        assertThatThrownBy(() -> new PromptReference("draft", null, 0)).extracting("code")
                .isEqualTo("prompt.version-invalid");
        assertThatThrownBy(() -> new PromptReference("Draft", null, null)).extracting("code").isEqualTo("name.invalid");
    }

    @Test
    void namesAndLabelsFollowTheirPatternsAndBuiltInLabelsAreGuarded() {
        assertThat(Prompt.validName("section.first_draft-v2")).isEqualTo("section.first_draft-v2");
        assertThatThrownBy(() -> Prompt.validName("-x")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Prompt.validName("a".repeat(81))).isInstanceOf(InvalidValueException.class);
        assertThat(PromptLabels.settable("production")).isEqualTo("production");
        assertThatThrownBy(() -> PromptLabels.settable("latest")).extracting("code").isEqualTo("label.reserved");
        assertThatThrownBy(() -> PromptLabels.removable("production")).extracting("code").isEqualTo("label.reserved");
        assertThatThrownBy(() -> PromptLabels.valid("Staging")).extracting("code").isEqualTo("label.invalid");
        assertThat(PromptLabels.removable("staging")).isEqualTo("staging");
    }
}
