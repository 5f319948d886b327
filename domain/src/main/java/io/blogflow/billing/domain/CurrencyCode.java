package io.blogflow.billing.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Currency;

/** An ISO 4217 currency; amounts in it are whole minor units (cents for EUR/USD, yen for JPY). */
public record CurrencyCode(String value) {

    public CurrencyCode {
        if (value == null || !value.matches("[A-Z]{3}")) {
            throw new InvalidValueException("currency.invalid", "currency must be an ISO 4217 code such as EUR or USD.");
        }
        try {
            Currency.getInstance(value);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException("currency.invalid", "Unknown currency '" + value + "'.");
        }
    }

    /** Digits after the decimal point of one major unit (2 for EUR, 0 for JPY). */
    public int minorDigits() {
        return Math.max(0, Currency.getInstance(value).getDefaultFractionDigits());
    }

    @Override
    public String toString() {
        return value;
    }
}
