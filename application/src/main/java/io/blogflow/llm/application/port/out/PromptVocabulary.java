package io.blogflow.llm.application.port.out;

/**
 * The placeholder names a prompt template may use. The llm context does not know what they mean; whoever fills the
 * placeholders (the editorial workflow, through its field registry) answers this port.
 */
public interface PromptVocabulary {

    boolean knows(String placeholder);
}
