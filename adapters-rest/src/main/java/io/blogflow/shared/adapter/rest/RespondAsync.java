package io.blogflow.shared.adapter.rest;

import java.util.Locale;

/**
 * The {@code Prefer: respond-async} preference (RFC 7240) of writes that may take long (LLM runs, image generations):
 * the server answers {@code 202 Accepted} with the resource's {@code Location} and does the work in the background.
 */
public final class RespondAsync {

    public static final String PREFER = "Prefer";
    public static final String APPLIED = "Preference-Applied";
    public static final String TOKEN = "respond-async";
    public static final String DOC = "Send respond-async to get 202 Accepted at once, with the resource's Location "
            + "(status running) and the work done by a background job; poll the resource (or watch your "
            + "notifications) for the outcome. Without it the request waits for the outcome.";

    private RespondAsync() {
    }

    /** Whether the {@code Prefer} header (one or more, comma-separated; parameters ignored) asks for it. */
    public static boolean requested(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            String name = preference.split("[;=]", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (TOKEN.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
