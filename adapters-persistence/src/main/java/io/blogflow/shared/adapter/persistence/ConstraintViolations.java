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
            // PostgreSQL 18 words a RESTRICT refusal in a way Hibernate's name extractor does not parse
            if (t instanceof java.sql.SQLException sql && sql.getMessage() != null
                    && sql.getMessage().contains("constraint \"" + constraintName + "\"")) {
                return true;
            }
        }
        return false;
    }
}
