package io.blogflow.billing.domain;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/** Arithmetic on amounts in whole minor units: exact, overflow-checked, never floating point. */
public final class Money {

    private Money() {
    }

    /** {@code amount × numerator / denominator}, rounded half up (away from zero) to a whole minor unit. */
    public static long share(long amount, long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        return new java.math.BigDecimal(BigInteger.valueOf(amount).multiply(BigInteger.valueOf(numerator)))
                .divide(new java.math.BigDecimal(denominator), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** "12.34 EUR" from 1234 minor units: for people (PDFs, notices), never parsed back. */
    public static String format(long minorUnits, CurrencyCode currency) {
        Objects.requireNonNull(currency, "currency");
        var major = java.math.BigDecimal.valueOf(minorUnits, currency.minorDigits());
        return major.toPlainString() + " " + currency.value();
    }
}
