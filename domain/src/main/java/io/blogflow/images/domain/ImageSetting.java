package io.blogflow.images.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A named pairing of a style and a format ("Blog header, watercolour") with overrides of the format's extra settings,
 * so editors pick one name instead of two choices and their knobs.
 */
public record ImageSetting(ImageSettingId id, String name, ImageStyleId style, ImageFormatId format,
                           Map<String, Object> overrides, long version) {

    public ImageSetting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(format, "format");
        overrides = overrides == null ? Map.of() : overrides;
    }

    /** The format's extra settings with this setting's overrides on top. */
    public Map<String, Object> extraSettingsOver(ImageFormat format) {
        Map<String, Object> merged = new LinkedHashMap<>(format.extraSettings());
        merged.putAll(overrides);
        return merged;
    }
}
