package io.blogflow.images.adapter.persistence;

import io.blogflow.images.domain.ImageFormat;
import io.blogflow.images.domain.ImageFormatId;
import io.blogflow.images.domain.ImageSetting;
import io.blogflow.images.domain.ImageSettingId;
import io.blogflow.images.domain.ImageStyle;
import io.blogflow.images.domain.ImageStyleId;
import io.blogflow.images.domain.PromptExample;
import io.blogflow.images.domain.PromptExampleId;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

/** The four catalogue repositories: each only maps its row (singletons: the shared base has no no-args constructor to proxy). */
final class JpaImageCatalog {

    private JpaImageCatalog() {
    }

    @Singleton
    static class Styles extends JpaCatalogRepository<ImageStyleJpaEntity, ImageStyle> {
        Styles(EntityManager em) {
            super(em, ImageStyleJpaEntity.class, "image-style", "lower(title), id", "uq_image_styles_title",
                    List.of("fk_image_settings_style"));
        }

        ImageStyleJpaEntity newRow(UUID id) {
            var row = new ImageStyleJpaEntity();
            row.id = id;
            return row;
        }

        void copy(ImageStyle style, ImageStyleJpaEntity row) {
            row.title = style.title();
            row.description = style.description();
        }

        ImageStyle toDomain(ImageStyleJpaEntity row) {
            return new ImageStyle(new ImageStyleId(row.id), row.title, row.description, row.version);
        }

        UUID idOf(ImageStyle style) {
            return style.id().value();
        }

        long versionOf(ImageStyle style) {
            return style.version();
        }

        long versionOfRow(ImageStyleJpaEntity row) {
            return row.version;
        }
    }

    @Singleton
    static class Formats extends JpaCatalogRepository<ImageFormatJpaEntity, ImageFormat> {
        Formats(EntityManager em) {
            super(em, ImageFormatJpaEntity.class, "image-format", "lower(title), id", "uq_image_formats_title",
                    List.of("fk_image_settings_format"));
        }

        ImageFormatJpaEntity newRow(UUID id) {
            var row = new ImageFormatJpaEntity();
            row.id = id;
            return row;
        }

        void copy(ImageFormat format, ImageFormatJpaEntity row) {
            row.title = format.title();
            row.width = format.width();
            row.height = format.height();
            row.steps = format.steps();
            row.guidanceScale = format.guidanceScale();
            row.extraSettings = new LinkedHashMap<>(format.extraSettings());
        }

        ImageFormat toDomain(ImageFormatJpaEntity row) {
            return new ImageFormat(new ImageFormatId(row.id), row.title, row.width, row.height, row.steps,
                    row.guidanceScale, row.extraSettings, row.version);
        }

        UUID idOf(ImageFormat format) {
            return format.id().value();
        }

        long versionOf(ImageFormat format) {
            return format.version();
        }

        long versionOfRow(ImageFormatJpaEntity row) {
            return row.version;
        }
    }

    @Singleton
    static class Settings extends JpaCatalogRepository<ImageSettingJpaEntity, ImageSetting> {
        Settings(EntityManager em) {
            super(em, ImageSettingJpaEntity.class, "image-setting", "lower(name), id", "uq_image_settings_name",
                    List.of());
        }

        ImageSettingJpaEntity newRow(UUID id) {
            var row = new ImageSettingJpaEntity();
            row.id = id;
            return row;
        }

        void copy(ImageSetting setting, ImageSettingJpaEntity row) {
            row.name = setting.name();
            row.styleId = setting.style().value();
            row.formatId = setting.format().value();
            row.overrides = new LinkedHashMap<>(setting.overrides());
        }

        ImageSetting toDomain(ImageSettingJpaEntity row) {
            return new ImageSetting(new ImageSettingId(row.id), row.name, new ImageStyleId(row.styleId),
                    new ImageFormatId(row.formatId), row.overrides, row.version);
        }

        UUID idOf(ImageSetting setting) {
            return setting.id().value();
        }

        long versionOf(ImageSetting setting) {
            return setting.version();
        }

        long versionOfRow(ImageSettingJpaEntity row) {
            return row.version;
        }
    }

    @Singleton
    static class PromptExamples extends JpaCatalogRepository<ImagePromptExampleJpaEntity, PromptExample> {
        PromptExamples(EntityManager em) {
            super(em, ImagePromptExampleJpaEntity.class, "image-prompt-example", "prompt, id", "-", List.of());
        }

        ImagePromptExampleJpaEntity newRow(UUID id) {
            var row = new ImagePromptExampleJpaEntity();
            row.id = id;
            return row;
        }

        void copy(PromptExample example, ImagePromptExampleJpaEntity row) {
            row.prompt = example.prompt();
            row.styleId = example.style() == null ? null : example.style().value();
            row.formatId = example.format() == null ? null : example.format().value();
            row.providerType = example.providerType();
            row.settingId = example.setting() == null ? null : example.setting().value();
        }

        PromptExample toDomain(ImagePromptExampleJpaEntity row) {
            return new PromptExample(new PromptExampleId(row.id), row.prompt,
                    row.styleId == null ? null : new ImageStyleId(row.styleId),
                    row.formatId == null ? null : new ImageFormatId(row.formatId),
                    row.providerType,
                    row.settingId == null ? null : new ImageSettingId(row.settingId), row.version);
        }

        UUID idOf(PromptExample example) {
            return example.id().value();
        }

        long versionOf(PromptExample example) {
            return example.version();
        }

        long versionOfRow(ImagePromptExampleJpaEntity row) {
            return row.version;
        }
    }
}
