package io.blogflow.shared.domain.notice;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of notification (e.g. {@code post.submitted}) and which of a person's email preferences decides whether it
 * is also emailed. Contexts declare their own types and contribute them in a {@link NoticeCatalog}.
 */
public record NoticeType(String code, EmailRule email) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public NoticeType {
        if (code == null || code.length() > 100 || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A notice type is <context>.<event> in lower case: " + code);
        }
        Objects.requireNonNull(email, "email");
    }
}
