package io.blogflow.llm.application.port.out;

import java.time.Duration;

/** Waiting between retries: a real sleep in production, recorded (not slept) in tests. */
public interface Pauses {

    void pause(Duration duration);
}
