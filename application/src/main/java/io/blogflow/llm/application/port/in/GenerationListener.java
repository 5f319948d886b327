package io.blogflow.llm.application.port.in;

/** Follows a generation as it happens (a streaming client); every method is optional. */
public interface GenerationListener {

    GenerationListener NONE = new GenerationListener() {
    };

    /** An attempt starts: text streamed by an earlier attempt is void. */
    default void attemptStarted(int attempt, String modelName) {
    }

    /** A piece of the answer, as the provider sent it. */
    default void token(String text) {
    }
}
