package io.blogflow.billing.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** An invoice's life: a draft can still change; an open invoice is owed; the other three are final (Stripe's states). */
public enum InvoiceStatus {
    DRAFT, OPEN, PAID, VOID, UNCOLLECTIBLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InvoiceStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public Set<InvoiceStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, VOID);
            case OPEN -> EnumSet.of(PAID, VOID, UNCOLLECTIBLE);
            // written off, then paid after all (or cancelled)
            case UNCOLLECTIBLE -> EnumSet.of(PAID, VOID);
            case PAID, VOID -> EnumSet.noneOf(InvoiceStatus.class);
        };
    }
}
