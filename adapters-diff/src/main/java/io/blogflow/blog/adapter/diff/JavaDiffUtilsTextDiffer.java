package io.blogflow.blog.adapter.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.blogflow.blog.application.port.out.TextDiffer;
import java.util.List;

/** Unified diffs with three lines of context, computed by java-diff-utils (Myers). */
public class JavaDiffUtilsTextDiffer implements TextDiffer {

    private static final int CONTEXT_LINES = 3;

    @Override
    public String unifiedDiff(String beforeName, String before, String afterName, String after) {
        List<String> original = before.lines().toList();
        List<String> revised = after.lines().toList();
        var patch = DiffUtils.diff(original, revised);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        return String.join("\n",
                UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, original, patch, CONTEXT_LINES)) + "\n";
    }
}
