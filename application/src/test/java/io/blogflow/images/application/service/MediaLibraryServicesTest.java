package io.blogflow.images.application.service;

import static io.blogflow.images.application.service.MediaFakes.image;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.images.application.port.in.UpdateMediaUseCase.UpdateMediaCommand;
import io.blogflow.images.application.port.in.UploadMediaUseCase.StoredMedia;
import io.blogflow.images.application.port.in.UploadMediaUseCase.UploadMediaCommand;
import io.blogflow.images.application.port.in.WatermarkSettingsUseCase.WatermarkValues;
import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaErrors;
import io.blogflow.images.domain.MediaType;
import io.blogflow.images.domain.VariantName;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.NotAllowedException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MediaLibraryServicesTest {

    private final UserId author = new UserId(UUID.randomUUID());
    private final Actor authorActor = new Actor(author, false, false);
    private final Actor editor = new Actor(new UserId(UUID.randomUUID()), true, true);
    private final List<AuditEntry> audit = new ArrayList<>();
    private final MediaFakes.Processor processor = new MediaFakes.Processor();
    private final MediaFakes.Storage storage = new MediaFakes.Storage();
    private final MediaFakes.Repository media = new MediaFakes.Repository();
    private final MediaFakes.Variants variants = new MediaFakes.Variants();
    private final MediaFakes.WatermarkSettings watermark = new MediaFakes.WatermarkSettings();
    private final MediaFakes.Quota quota = new MediaFakes.Quota();
    private final MediaIntakeService intake = new MediaIntakeService(media, storage, quota, processor,
            MediaFakes.settings(1000, 1_000_000), MediaFakes.transactions(), UUID::randomUUID, MediaFakes.CLOCK,
            MediaFakes.audit(audit));
    private final MediaVariantsService renditions = new MediaVariantsService(media, variants, watermark, storage,
            processor, MediaFakes.transactions());
    private final WatermarkSettingsService watermarks = new WatermarkSettingsService(watermark, media,
            MediaFakes.transactions(), MediaFakes.audit(audit));
    private final DeleteMediaService deleting = new DeleteMediaService(media, variants,
            id -> watermark.current().uses(id), storage, quota, MediaFakes.transactions(), MediaFakes.audit(audit));
    private final UpdateMediaService updating = new UpdateMediaService(media, MediaFakes.transactions(),
            MediaFakes.audit(audit));

    private StoredMedia upload(byte[] bytes) {
        return intake.upload(new UploadMediaCommand(author, bytes, "photo.svg", "image/svg+xml", " A cat ", null));
    }

    @Test
    void anUploadTakesItsBytesFromTheOwnersStorageAndADeletionGivesThemBack() {
        StoredMedia stored = upload(image(MediaType.PNG, 80, 60, "cat", null));
        assertThat(quota.held).containsEntry(author, stored.media().sizeBytes());

        deleting.delete(editor, stored.media().id(), stored.media().version());

        assertThat(quota.held).containsEntry(author, 0L);
    }

    @Test
    void anUploadBeyondThePlansStorageIsRefusedBeforeAnyByteIsStored() {
        quota.limit = 5;

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> upload(image(MediaType.PNG, 80, 60, "cat", null)))
                .isInstanceOf(io.blogflow.shared.domain.QuotaExceededException.class);
        assertThat(storage.objects).isEmpty();
        assertThat(media.rows).isEmpty();
    }

    @Test
    void anUploadIsStoredWithoutItsMetadataUnderTheChecksumOfWhatIsStored() {
        StoredMedia stored = upload(image(MediaType.JPEG, 800, 600, "cat", "GPS 48.1,11.5"));

        Media saved = stored.media();
        assertThat(stored.duplicate()).isFalse();
        assertThat(saved.type()).isEqualTo(MediaType.JPEG); // from the bytes, not the .svg name or declared type
        assertThat(saved.altText()).isEqualTo("A cat");
        byte[] kept = storage.get(saved.storageKey()).orElseThrow();
        assertThat(new String(kept, StandardCharsets.UTF_8)).doesNotContain("GPS");
        assertThat(saved.checksum()).isEqualTo(Checksums.sha256(kept));
        assertThat(saved.storageKey()).isEqualTo(saved.checksum() + ".jpg");
        assertThat(saved.sizeBytes()).isEqualTo(kept.length);
        assertThat(audit).extracting(AuditEntry::action).containsExactly("media.uploaded");
    }

    @Test
    void theSameImageUploadedAgainIsADuplicateEvenWithOtherMetadata() {
        Media first = upload(image(MediaType.PNG, 10, 10, "dog", "camera A")).media();

        StoredMedia again = upload(image(MediaType.PNG, 10, 10, "dog", "camera B"));

        assertThat(again.duplicate()).isTrue();
        assertThat(again.media().id()).isEqualTo(first.id());
        assertThat(media.rows).hasSize(1);
    }

    @Test
    void tooLargeUnsupportedAndTooManyPixelsAreRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> upload(new byte[1001])).isInstanceOf(MediaErrors.TooLarge.class);
        assertThatThrownBy(() -> upload("<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MediaErrors.UnsupportedType.class);
        assertThatThrownBy(() -> upload(image(MediaType.PNG, 2000, 2000, "x", null)))
                .isInstanceOf(MediaErrors.TooManyPixels.class);
        assertThat(storage.objects).isEmpty();
        assertThat(media.rows).isEmpty();
    }

    @Test
    void anAltTextOver300CharactersIsAFieldError() {
        assertThatThrownBy(() -> intake.upload(new UploadMediaCommand(author, image(MediaType.PNG, 1, 1, "x", null),
                "x.png", "image/png", "a".repeat(301), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field()).containsExactly("altText"));
    }

    @Test
    void generatedImagesKeepTheirPromptAndMetadata() {
        Media generated = intake.storeGenerated(author, image(MediaType.PNG, 512, 512, "robot", null),
                "a robot reading", Map.of("model", "gpt-image-1", "seed", 42), "A robot");

        assertThat(generated.generationPrompt()).isEqualTo("a robot reading");
        assertThat(generated.generationMetadata()).containsEntry("seed", 42);
        assertThat(audit).extracting(AuditEntry::action).containsExactly("media.generated");
        assertThatThrownBy(() -> intake.storeGenerated(author, image(MediaType.PNG, 5, 5, "y", null), " ", Map.of(),
                null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aVariantIsRenderedOnceInWebpWhenAcceptedAndInTheOriginalFormatOtherwise() {
        Media photo = upload(image(MediaType.JPEG, 800, 600, "cat", null)).media();

        var webp = renditions.variant(photo.id(), VariantName.ofWidth(320), true);
        var again = renditions.variant(photo.id(), VariantName.ofWidth(320), true);
        var jpeg = renditions.variant(photo.id(), VariantName.ofWidth(320), false);

        assertThat(webp.mime()).isEqualTo("image/webp");
        assertThat(webp.key()).isEqualTo(photo.checksum() + "-w320.webp");
        assertThat(again.bytes()).isEqualTo(webp.bytes());
        assertThat(jpeg.mime()).isEqualTo("image/jpeg");
        assertThat(processor.renders).hasSize(2);
        assertThat(variants.variantsOf(photo.id())).extracting(v -> v.width() + "x" + v.height())
                .containsOnly("320x240");
    }

    @Test
    void gifsStayGifAndTheOriginalIsTheStoredBytes() {
        Media gif = upload(image(MediaType.GIF, 100, 50, "anim", "x")).media();

        assertThat(renditions.variant(gif.id(), VariantName.ofWidth(640), true).mime()).isEqualTo("image/gif");
        var original = renditions.variant(gif.id(), VariantName.original(), true);
        assertThat(original.bytes()).isEqualTo(storage.get(gif.storageKey()).orElseThrow());
        assertThat(original.key()).isEqualTo(gif.storageKey());
        assertThat(variants.variantsOf(gif.id()).get(0).width()).isEqualTo(100); // never scaled up
    }

    @Test
    void theWatermarkIsDrawnOnVariantsOnlyAndAChangeGivesNewKeys() {
        Media photo = upload(image(MediaType.PNG, 800, 600, "cat", null)).media();
        var plain = renditions.variant(photo.id(), VariantName.ofWidth(640), false);

        watermarks.update(editor.id(), 0, new WatermarkValues(true, "© blogflow", null, "bottom-right", 0.5, 0.2));
        var marked = renditions.variant(photo.id(), VariantName.ofWidth(640), false);

        assertThat(marked.key()).isNotEqualTo(plain.key()).endsWith("-w640-wm1.png");
        assertThat(new String(marked.bytes(), StandardCharsets.UTF_8)).contains("wm:© blogflow");
        assertThat(new String(renditions.variant(photo.id(), VariantName.original(), false).bytes(),
                StandardCharsets.UTF_8)).doesNotContain("wm:");
    }

    @Test
    void theWatermarkImageCannotBeDeletedAndIsNotWatermarkedItself() {
        Media logo = upload(image(MediaType.PNG, 100, 100, "logo", null)).media();
        watermarks.update(editor.id(), 0, new WatermarkValues(true, null, logo.id().toString(), null, null, null));

        assertThat(renditions.variant(logo.id(), VariantName.ofWidth(320), false).key()).doesNotContain("-wm");
        assertThatThrownBy(() -> deleting.delete(editor, logo.id(), 0))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code())
                        .isEqualTo("media.in-use"));
    }

    @Test
    void aWatermarkNamingNoMediaOrBothTextAndImageIsRefused() {
        assertThatThrownBy(() -> watermarks.update(editor.id(), 0, new WatermarkValues(true, null,
                UUID.randomUUID().toString(), null, null, null))).isInstanceOf(ValidationException.class);
        Media logo = upload(image(MediaType.PNG, 100, 100, "logo", null)).media();
        assertThatThrownBy(() -> watermarks.update(editor.id(), 0, new WatermarkValues(true, "text",
                logo.id().toString(), null, null, null))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> watermarks.update(editor.id(), 3, new WatermarkValues(false, null, null, null, null,
                null))).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void deletingRemovesTheRecordTheOriginalAndEveryVariant() {
        Media photo = upload(image(MediaType.JPEG, 800, 600, "cat", null)).media();
        renditions.variant(photo.id(), VariantName.ofWidth(320), true);
        renditions.variant(photo.id(), VariantName.ofWidth(640), false);

        deleting.delete(authorActor, photo.id(), 0);

        assertThat(media.rows).isEmpty();
        assertThat(storage.objects).isEmpty();
        assertThatThrownBy(() -> renditions.variant(photo.id(), VariantName.original(), false))
                .isInstanceOf(MediaErrors.NotFound.class);
    }

    @Test
    void onlyTheUploaderOrAnEditorChangesMediaAndOnlyAtItsCurrentVersion() {
        Media photo = upload(image(MediaType.JPEG, 80, 60, "cat", null)).media();
        Actor someoneElse = new Actor(new UserId(UUID.randomUUID()), false, false);

        assertThatThrownBy(() -> updating.update(new UpdateMediaCommand(someoneElse, photo.id(), 0, "x", null, null,
                null))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> updating.update(new UpdateMediaCommand(authorActor, photo.id(), 7, "x", null, null,
                null))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> updating.update(new UpdateMediaCommand(authorActor, photo.id(), 0, "x", null,
                "http://cdn.example.com/a.jpg", null))).isInstanceOf(ValidationException.class);

        Media changed = updating.update(new UpdateMediaCommand(editor, photo.id(), 0, "A grey cat", "On a sofa",
                "https://cdn.example.com/a.jpg", false));
        assertThat(changed.altText()).isEqualTo("A grey cat");
        assertThat(changed.watermarked()).isFalse();
        assertThat(changed.version()).isEqualTo(1);
    }
}
