package io.blogflow.shared.adapter.persistence;

import org.hibernate.exception.ConstraintViolationException;

/** Recognises which database constraint refused a write, so adapters can turn it into a domain error. */
public final class ConstraintViolations {

    private ConstraintViolations() {
    }

    public static boolean isViolationOf(Throwable failure, String constraintName) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && constraintName.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
