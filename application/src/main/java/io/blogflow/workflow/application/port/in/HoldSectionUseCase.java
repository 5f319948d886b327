package io.blogflow.workflow.application.port.in;

import java.util.UUID;

/**
 * Holds a post section while another context adds to what it shows (the images of a finished generation): the section
 * stays until the caller's transaction ends, and two holders take turns.
 */
public interface HoldSectionUseCase {

    /** Holds the section in the caller's transaction; false when it is gone (deleted with its post or on its own). */
    boolean hold(UUID sectionId);
}
