package io.blogflow.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.ValidationException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EditorialFieldRegistryTest {

    @Test
    void theRegistryListsThePlanningAndSectionFieldsByCamelCaseKey() {
        assertThat(EditorialField.inScope(EditorialField.Scope.POST)).extracting(EditorialField::key).containsExactly(
                "basicIdea", "ideaSeed", "scope", "topicsToCover", "interestingFacts", "sectionPlanning",
                "sectionHeadings", "provisionalTitle", "mainTitle", "subtitle", "introBlurb", "conclusion",
                "seoNotes", "reviewNotes", "schedulingNotes", "distributionNotes");
        assertThat(EditorialField.inScope(EditorialField.Scope.SECTION)).extracting(EditorialField::key).containsExactly(
                "heading", "description", "ideasToInclude", "factsToInclude", "firstDraft", "ukEnglishVersion",
                "highlighting", "imageConcepts", "imagePrompts", "captions", "imageAltTexts");
        assertThat(EditorialField.inScope(EditorialField.Scope.ARTICLE)).extracting(EditorialField::key)
                .containsExactly("title", "excerpt", "content", "metaTitle", "metaDescription");
        assertThat(Arrays.stream(EditorialField.values()).map(EditorialField::key).distinct()).hasSize(32);
    }

    @Test
    void everyFieldBelongsToAtLeastOneStageSlashSubStageKeyAndHasAPositiveMaxLength() {
        for (EditorialField field : EditorialField.values()) {
            assertThat(field.stages()).as(field.key()).isNotEmpty()
                    .allMatch(key -> key.matches("[a-z0-9-]+/[a-z0-9-]+"));
            assertThat(field.maxLength()).isPositive();
        }
    }

    @Test
    void lookingUpAKeyIsExactAndCaseSensitive() {
        assertThat(EditorialField.byKey("firstDraft")).contains(EditorialField.FIRST_DRAFT);
        assertThat(EditorialField.byKey("firstdraft")).isEmpty();
        assertThat(EditorialField.byKey("FIRST_DRAFT")).isEmpty();
        assertThat(EditorialField.byKey(null)).isEmpty();
    }

    @Test
    void aDocumentKeepsKnownFieldsOfItsScopeAndDropsNulls() {
        var values = new HashMap<String, Object>();
        values.put("basicIdea", "An idea");
        values.put("topicsToCover", List.of("a", "b"));
        values.put("scope", null);
        var document = new EditorialDocument(EditorialField.Scope.POST, values);
        assertThat(document.values()).containsOnlyKeys("basicIdea", "topicsToCover");
        assertThat(document.values().get("topicsToCover")).isEqualTo(List.of("a", "b"));
    }

    @Test
    void unknownFieldsAndFieldsOfTheOtherScopeAreRefusedByName() {
        assertThatThrownBy(() -> new EditorialDocument(EditorialField.Scope.POST,
                Map.of("basicIdea", "ok", "nope", "x", "firstDraft", "x")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("nope", "firstDraft"));
    }

    @Test
    void wrongTypesAndOverlongValuesAreRefused() {
        assertThat(errorCode(EditorialField.Scope.POST, "basicIdea", 3)).isEqualTo("field.not-text");
        assertThat(errorCode(EditorialField.Scope.POST, "basicIdea", List.of("a"))).isEqualTo("field.not-text");
        assertThat(errorCode(EditorialField.Scope.POST, "topicsToCover", "a")).isEqualTo("field.not-text-list");
        assertThat(errorCode(EditorialField.Scope.POST, "topicsToCover", List.of(1))).isEqualTo("field.not-text-list");
        assertThat(errorCode(EditorialField.Scope.POST, "mainTitle", "x".repeat(201))).isEqualTo("field.too-long");
        assertThat(errorCode(EditorialField.Scope.SECTION, "captions", List.of("x".repeat(501))))
                .isEqualTo("field.too-long");
        assertThat(errorCode(EditorialField.Scope.SECTION, "captions",
                Collections.nCopies(EditorialField.MAX_ITEMS + 1, "c"))).isEqualTo("field.too-many-items");
        assertThat(new EditorialDocument(EditorialField.Scope.POST, Map.of("mainTitle", "x".repeat(200))).values())
                .containsKey("mainTitle");
    }

    @Test
    void aNewSectionGoesLastByDefaultOrAtAPositionFromOneToCountPlusOne() {
        assertThat(SectionOrder.positionForNew(null, 3)).isEqualTo(4);
        assertThat(SectionOrder.positionForNew(1, 3)).isEqualTo(1);
        assertThat(SectionOrder.positionForNew(4, 3)).isEqualTo(4);
        assertThatThrownBy(() -> SectionOrder.positionForNew(5, 3)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> SectionOrder.positionForNew(0, 3)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aReorderMustNameExactlyTheCurrentSectionsOnce() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThat(SectionOrder.requireSameSections(List.of(b, a), List.of(a, b))).containsExactly(b, a);
        assertThat(code(() -> SectionOrder.requireSameSections(List.of(a), List.of(a, b)))).isEqualTo("ids.not-the-sections");
        assertThat(code(() -> SectionOrder.requireSameSections(List.of(a, a), List.of(a, b)))).isEqualTo("ids.duplicate");
        assertThat(code(() -> SectionOrder.requireSameSections(List.of(a, UUID.randomUUID()), List.of(a, b))))
                .isEqualTo("ids.not-the-sections");
        assertThat(code(() -> SectionOrder.requireSameSections(null, List.of(a)))).isEqualTo("ids.required");
    }

    private static String errorCode(EditorialField.Scope scope, String key, Object value) {
        try {
            new EditorialDocument(scope, Map.of(key, value));
            return null;
        } catch (ValidationException e) {
            return e.errors().get(0).code();
        }
    }

    private static String code(Runnable work) {
        try {
            work.run();
            return null;
        } catch (InvalidValueException e) {
            return e.code();
        }
    }
}
