package io.blogflow.blog.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.application.port.in.PostMediaReferencesUseCase;
import io.blogflow.images.domain.MediaId;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.blogflow.shared.bootstrap.StoredFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The blog's answer to the media library (PostgresPostMediaReferences behind its in-port) on the real database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PostgresPostMediaReferencesTest {

    @Inject
    PostMediaReferencesUseCase references;

    @Inject
    StoredFixtures fixtures;

    @Test
    void mediaAPostFeaturesIsReferencedAndOtherMediaIsNot() {
        MediaId featured = fixtures.media();
        MediaId unused = fixtures.media();

        fixtures.postFeaturing(featured);

        assertThat(references.referenced(featured.value())).isTrue();
        assertThat(references.referenced(unused.value())).isFalse();
    }
}
