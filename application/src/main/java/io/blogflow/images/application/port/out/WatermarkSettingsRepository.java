package io.blogflow.images.application.port.out;

import io.blogflow.images.domain.Watermark;

/** The single row of watermark settings. {@code update} throws {@code StaleVersionException} on a concurrent change. */
public interface WatermarkSettingsRepository {

    Watermark current();

    Watermark update(Watermark watermark);
}
