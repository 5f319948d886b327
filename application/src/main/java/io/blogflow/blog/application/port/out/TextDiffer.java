package io.blogflow.blog.application.port.out;

/** Line-based differences between two texts. */
public interface TextDiffer {

    /** A unified diff (as {@code diff -u} prints it) from {@code before} to {@code after}; empty when equal. */
    String unifiedDiff(String beforeName, String before, String afterName, String after);
}
