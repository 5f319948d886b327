package io.blogflow.images.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.images.application.port.in.GenerateImageUseCase.Command;
import io.blogflow.images.application.port.in.ImageCatalogUseCase;
import io.blogflow.images.domain.ImageFormat;
import io.blogflow.images.domain.ImageGeneration;
import io.blogflow.images.domain.ImageSetting;
import io.blogflow.images.domain.ImageStyle;
import io.blogflow.llm.application.port.in.ResolveModelUseCase.ModelTarget;
import io.blogflow.llm.application.port.in.ResolveModelUseCase;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.ValidationException;
import io.blogflow.workflow.application.port.in.EditorialWorkspaceUseCase;
import io.blogflow.workflow.domain.EditorialField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a generation request into what to ask for: checks the caller reaches the post (and section), finds the
 * prompt (given, or the section's first image prompt), the style and format (from a setting, or given), and the
 * model with its image-capable provider. Every problem with the request is reported at once.
 */
public final class ImageRequests {

    private final EditorialWorkspaceUseCase workspaces;
    private final ImageCatalogUseCase<ImageStyle, ?> styles;
    private final ImageCatalogUseCase<ImageFormat, ?> formats;
    private final ImageCatalogUseCase<ImageSetting, ?> settings;
    private final ResolveModelUseCase targets;
    private final ImageProtocols protocols;

    public ImageRequests(EditorialWorkspaceUseCase workspaces, ImageCatalogUseCase<ImageStyle, ?> styles,
                         ImageCatalogUseCase<ImageFormat, ?> formats, ImageCatalogUseCase<ImageSetting, ?> settings,
                         ResolveModelUseCase targets, ImageProtocols protocols) {
        this.workspaces = workspaces;
        this.styles = styles;
        this.formats = formats;
        this.settings = settings;
        this.targets = targets;
        this.protocols = protocols;
    }

    /** A request ready to send: the style applied to {@code prompt} happens at the call. */
    public record Resolved(String prompt, ImageStyle style, ImageFormat format, ImageSetting setting,
                           ModelTarget target) {

        public String styledPrompt() {
            return style == null ? prompt : style.applyTo(prompt);
        }

        public Map<String, Object> extraSettings() {
            return setting == null ? format.extraSettings() : setting.extraSettingsOver(format);
        }
    }

    public Resolved resolve(Command command) {
        String sectionPrompt = sectionPrompt(command);
        var errors = new ArrayList<FieldError>();
        String prompt = command.prompt() != null && !command.prompt().isBlank() ? command.prompt().strip()
                : sectionPrompt;
        if (prompt == null) {
            errors.add(new FieldError("prompt", "prompt.required", "Give a prompt, or generate for a section that "
                    + "has an image prompt."));
        } else if (prompt.length() > ImageGeneration.MAX_PROMPT) {
            errors.add(new FieldError("prompt", "prompt.too-long", "prompt must be at most "
                    + ImageGeneration.MAX_PROMPT + " characters."));
        }
        ImageSetting setting = command.settingId() == null ? null : settings.get(command.settingId());
        UUID formatId = setting != null ? setting.format().value() : command.formatId();
        UUID styleId = setting != null ? setting.style().value() : command.styleId();
        if (formatId == null) {
            errors.add(new FieldError("formatId", "format-id.required", "Choose a settingId, or a formatId."));
        }
        var target = command.modelId() == null ? java.util.Optional.<ModelTarget>empty()
                : targets.resolve(new ModelId(command.modelId()));
        if (target.isEmpty() || !protocols.generatesImages(target.get().provider().type())) {
            errors.add(new FieldError("modelId", "model-id.not-an-image-model", "modelId must name an enabled model "
                    + "of an enabled provider that generates images (" + String.join(" or ",
                    protocols.imageProviderTypes()) + ")."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Resolved(prompt, styleId == null ? null : styles.get(styleId), formats.get(formatId), setting,
                target.get());
    }

    /** Also the access check: the post (and section) must be reachable by the caller. */
    private String sectionPrompt(Command command) {
        if (command.sectionId() == null) {
            workspaces.workspace(command.postId(), command.actor());
            return null;
        }
        Object prompts = workspaces.section(command.postId(), command.sectionId(), command.actor())
                .fields().values().get(EditorialField.IMAGE_PROMPTS.key());
        return prompts instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0)) : null;
    }
}
