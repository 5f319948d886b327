package io.blogflow.images.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.images.domain.Watermark;
import io.blogflow.images.domain.WatermarkPosition;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.StaleVersionException;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WatermarkSettingsRepository} does. The settings are one row that other tests may use, so the
 * watermark stays disabled here and the test only moves its position and opacity.
 */
public abstract class WatermarkSettingsRepositoryContract extends RepositoryContract {

    protected abstract WatermarkSettingsRepository watermarks();

    @Test
    void anUpdateIsStoredWithTheNextVersionAndAStaleCopyIsRefused() {
        Watermark current = tx(() -> watermarks().current());
        Watermark changed = new Watermark(false, current.text(), current.imageId(), WatermarkPosition.TOP_LEFT, 0.25,
                0.5, current.version());

        Watermark stored = tx(() -> watermarks().update(changed));

        assertThat(stored).isEqualTo(new Watermark(false, current.text(), current.imageId(),
                WatermarkPosition.TOP_LEFT, 0.25, 0.5, current.version() + 1));
        assertThat(tx(() -> watermarks().current())).isEqualTo(stored);
        assertThatThrownBy(() -> tx(() -> watermarks().update(changed)))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).hasValue(current.version() + 1));
        tx(() -> watermarks().update(new Watermark(current.enabled(), current.text(), current.imageId(),
                current.position(), current.opacity(), current.scale(), stored.version())));
    }
}
