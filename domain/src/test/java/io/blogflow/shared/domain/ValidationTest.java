package io.blogflow.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void everyFailedFieldIsReportedTogether() {
        var validation = new Validation();

        validation.field("page", () -> new PageRequest(0, 10));
        validation.field("size", () -> new PageRequest(1, 0));

        assertThatThrownBy(validation::throwIfInvalid)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("page", "page.too-small"),
                                org.assertj.core.groups.Tuple.tuple("size", "size.too-small")));
    }

    @Test
    void validInputPassesAndReturnsTheBuiltValue() {
        var validation = new Validation();

        PageRequest page = validation.field("page", () -> new PageRequest(2, 10));

        validation.throwIfInvalid();
        assertThat(page.offset()).isEqualTo(10);
    }

    @Test
    void aPageSizeAboveTheCapIsCappedRatherThanRefused() {
        assertThat(new PageRequest(1, 10_000).size()).isEqualTo(PageRequest.MAX_SIZE);
    }

    @Test
    void totalPagesRoundsUp() {
        assertThat(new Page<>(java.util.List.of(), 1, 20, 41).totalPages()).isEqualTo(3);
        assertThat(new Page<>(java.util.List.of(), 1, 20, 0).totalPages()).isZero();
    }
}
