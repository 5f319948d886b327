package io.blogflow.blog.adapter.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaDiffUtilsTextDifferTest {

    private final JavaDiffUtilsTextDiffer differ = new JavaDiffUtilsTextDiffer();

    @Test
    void aChangedLineIsAUnifiedDiffHunk() {
        String diff = differ.unifiedDiff("revision 1", "# Title\none\ntwo\n", "revision 2", "# Title\none\nthree\n");

        assertThat(diff).isEqualTo("""
                --- revision 1
                +++ revision 2
                @@ -1,3 +1,3 @@
                 # Title
                 one
                -two
                +three
                """);
    }

    @Test
    void equalTextsHaveAnEmptyDiff() {
        assertThat(differ.unifiedDiff("a", "same\n", "b", "same\n")).isEmpty();
    }
}
