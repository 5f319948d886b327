package io.blogflow.images.bootstrap;

import io.blogflow.images.application.port.out.CatalogRepository;
import io.blogflow.images.domain.PromptExample;
import io.blogflow.images.domain.PromptExampleId;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class JpaImagePromptExampleRepositoryTest extends ImageCatalogContractSupport<PromptExample> {

    @Inject
    CatalogRepository<PromptExample> examples;

    @Override
    protected CatalogRepository<PromptExample> catalog() {
        return examples;
    }

    @Override
    protected String kind() {
        return "image-prompt-example";
    }

    @Override
    protected boolean titlesAreUnique() {
        return false;
    }

    @Override
    protected PromptExample newEntry(String prompt) {
        return new PromptExample(new PromptExampleId(UUID.randomUUID()), prompt, aStyle(), aFormat(),
                "automatic1111", null, 0);
    }

    @Override
    protected PromptExample retitled(PromptExample e, String prompt, long version) {
        return new PromptExample(e.id(), prompt, null, null, "openai-images", null, version);
    }

    @Override
    protected UUID idOf(PromptExample example) {
        return example.id().value();
    }

    @Override
    protected long versionOf(PromptExample example) {
        return example.version();
    }
}
