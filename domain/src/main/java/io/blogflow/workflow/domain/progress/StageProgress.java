package io.blogflow.workflow.domain.progress;

import java.util.List;

/** A post's record for one stage with the records of that stage's sub-stages it has. */
public record StageProgress(ProgressRecord stage, List<ProgressRecord> subStages) {

    public StageProgress {
        subStages = List.copyOf(subStages);
    }
}
