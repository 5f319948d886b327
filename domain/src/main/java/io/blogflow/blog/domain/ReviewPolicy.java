package io.blogflow.blog.domain;

/**
 * The review gate's setting: whether AI-generated text needs an editor's approval before an author may publish or
 * schedule it ({@code blogflow.review.ai-generated-requires-approval}).
 */
public record ReviewPolicy(boolean aiGeneratedRequiresApproval) {

    public static final ReviewPolicy APPROVAL_REQUIRED = new ReviewPolicy(true);
    public static final ReviewPolicy NO_APPROVAL = new ReviewPolicy(false);
}
