package io.blogflow.images.application.service;

import static io.blogflow.images.domain.ImageCatalogRules.MAX_PROMPT;
import static io.blogflow.images.domain.ImageCatalogRules.MAX_TEXT;
import static io.blogflow.images.domain.ImageCatalogRules.MAX_TITLE;

import io.blogflow.images.application.port.in.ImageCatalogUseCase.FormatValues;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.PromptExampleValues;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.SettingValues;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.StyleValues;
import io.blogflow.images.application.port.out.CatalogRepository;
import io.blogflow.images.application.service.ImageCatalogService.CatalogKind;
import io.blogflow.images.domain.ImageCatalogRules;
import io.blogflow.images.domain.ImageFormat;
import io.blogflow.images.domain.ImageFormatId;
import io.blogflow.images.domain.ImageSetting;
import io.blogflow.images.domain.ImageSettingId;
import io.blogflow.images.domain.ImageStyle;
import io.blogflow.images.domain.ImageStyleId;
import io.blogflow.images.domain.PromptExample;
import io.blogflow.images.domain.PromptExampleId;
import io.blogflow.llm.domain.LlmModel;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Validation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The four kinds of the image catalogue: their fields' validation and what the audit keeps of them. */
public final class ImageCatalogKinds {

    private ImageCatalogKinds() {
    }

    public static CatalogKind<ImageStyle, StyleValues> styles() {
        return new CatalogKind<>() {
            public String name() {
                return "image-style";
            }

            public ImageStyle build(UUID id, StyleValues values, long version) {
                var validation = new Validation();
                String title = validation.field("title", () -> ImageCatalogRules.required("title", values.title(), MAX_TITLE));
                String description = validation.field("description",
                        () -> ImageCatalogRules.optional("description", values.description(), MAX_TEXT));
                validation.throwIfInvalid();
                return new ImageStyle(new ImageStyleId(id), title, description, version);
            }

            public long version(ImageStyle style) {
                return style.version();
            }

            public Map<String, Object> snapshot(ImageStyle style) {
                return snapshotOf("title", style.title(), "description", style.description());
            }
        };
    }

    public static CatalogKind<ImageFormat, FormatValues> formats() {
        return new CatalogKind<>() {
            public String name() {
                return "image-format";
            }

            public ImageFormat build(UUID id, FormatValues values, long version) {
                var validation = new Validation();
                String title = validation.field("title", () -> ImageCatalogRules.required("title", values.title(), MAX_TITLE));
                Integer width = validation.field("width", () -> ImageCatalogRules.side("width", values.width()));
                Integer height = validation.field("height", () -> ImageCatalogRules.side("height", values.height()));
                Integer steps = validation.field("steps", () -> ImageCatalogRules.steps(values.steps()));
                Double guidance = validation.field("guidanceScale",
                        () -> ImageCatalogRules.guidanceScale(values.guidanceScale()));
                Map<String, Object> extra = validation.field("extraSettings",
                        () -> LlmModel.params("extraSettings", values.extraSettings()));
                validation.throwIfInvalid();
                return new ImageFormat(new ImageFormatId(id), title, width, height, steps, guidance, extra, version);
            }

            public long version(ImageFormat format) {
                return format.version();
            }

            public Map<String, Object> snapshot(ImageFormat format) {
                return snapshotOf("title", format.title(), "width", format.width(), "height", format.height(),
                        "steps", format.steps(), "guidanceScale", format.guidanceScale(),
                        "extraSettings", format.extraSettings());
            }
        };
    }

    /** A setting's style and format must exist ({@code style-id.unknown}, {@code format-id.unknown}: 400). */
    public static CatalogKind<ImageSetting, SettingValues> settings(CatalogRepository<ImageStyle> styles,
                                                                    CatalogRepository<ImageFormat> formats) {
        return new CatalogKind<>() {
            public String name() {
                return "image-setting";
            }

            public ImageSetting build(UUID id, SettingValues values, long version) {
                var validation = new Validation();
                String name = validation.field("name", () -> ImageCatalogRules.required("name", values.name(), MAX_TITLE));
                UUID style = validation.field("styleId", () -> known("style-id", values.styleId(), styles, true));
                UUID format = validation.field("formatId", () -> known("format-id", values.formatId(), formats, true));
                Map<String, Object> overrides = validation.field("overrides",
                        () -> LlmModel.params("overrides", values.overrides()));
                validation.throwIfInvalid();
                return new ImageSetting(new ImageSettingId(id), name, new ImageStyleId(style), new ImageFormatId(format),
                        overrides, version);
            }

            public long version(ImageSetting setting) {
                return setting.version();
            }

            public Map<String, Object> snapshot(ImageSetting setting) {
                return snapshotOf("name", setting.name(), "styleId", setting.style().toString(),
                        "formatId", setting.format().toString(), "overrides", setting.overrides());
            }
        };
    }

    public static CatalogKind<PromptExample, PromptExampleValues> promptExamples(
            CatalogRepository<ImageStyle> styles, CatalogRepository<ImageFormat> formats,
            CatalogRepository<ImageSetting> settings, ImageProtocols protocols) {
        return new CatalogKind<>() {
            public String name() {
                return "image-prompt-example";
            }

            public PromptExample build(UUID id, PromptExampleValues values, long version) {
                var validation = new Validation();
                String prompt = validation.field("prompt",
                        () -> ImageCatalogRules.required("prompt", values.prompt(), MAX_PROMPT));
                UUID style = validation.field("styleId", () -> known("style-id", values.styleId(), styles, false));
                UUID format = validation.field("formatId", () -> known("format-id", values.formatId(), formats, false));
                UUID setting = validation.field("settingId",
                        () -> known("setting-id", values.settingId(), settings, false));
                String protocol = validation.field("providerType", () -> protocols.knownName(values.providerType()));
                validation.throwIfInvalid();
                return new PromptExample(new PromptExampleId(id), prompt, style == null ? null : new ImageStyleId(style),
                        format == null ? null : new ImageFormatId(format), protocol,
                        setting == null ? null : new ImageSettingId(setting), version);
            }

            public long version(PromptExample example) {
                return example.version();
            }

            public Map<String, Object> snapshot(PromptExample example) {
                return snapshotOf("prompt", example.prompt(), "styleId", text(example.style()),
                        "formatId", text(example.format()), "settingId", text(example.setting()),
                        "providerType", example.providerType());
            }
        };
    }

    private static UUID known(String field, UUID id, CatalogRepository<?> entries, boolean required) {
        if (id == null) {
            if (required) {
                throw new InvalidValueException(field + ".required", field + " is required.");
            }
            return null;
        }
        if (entries.find(id).isEmpty()) {
            throw new InvalidValueException(field + ".unknown", "No such " + field.replace("-id", "") + ": " + id);
        }
        return id;
    }

    private static String text(Object id) {
        return id == null ? null : id.toString();
    }

    private static Map<String, Object> snapshotOf(Object... namesAndValues) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            snapshot.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return snapshot;
    }
}
