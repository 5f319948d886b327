package io.blogflow.shared.application.port.in;

/** Thrown by a {@link JobHandler} when retrying cannot help (the thing to work on is gone): the job dies at once. */
public class JobFailedPermanently extends RuntimeException {

    public JobFailedPermanently(String message) {
        super(message);
    }

    public JobFailedPermanently(String message, Throwable cause) {
        super(message, cause);
    }
}
