package io.blogflow.workflow.bootstrap;

import io.blogflow.llm.application.port.out.PromptVocabulary;
import io.blogflow.workflow.domain.EditorialField;

/** Prompt placeholders are the keys of the editorial field registry: what the workflow can fill in. */
final class EditorialPromptVocabulary implements PromptVocabulary {

    @Override
    public boolean knows(String placeholder) {
        return EditorialField.byKey(placeholder).isPresent();
    }
}
