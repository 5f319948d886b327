package io.blogflow.images.application.port.in;

import io.blogflow.images.domain.Watermark;
import io.blogflow.shared.domain.UserId;

/** The site's watermark, edited by admins (enforced at the edge); changes are audited. */
public interface WatermarkSettingsUseCase {

    Watermark current();

    /** @throws io.blogflow.shared.domain.ValidationException with field errors, e.g. an imageId naming no media */
    Watermark update(UserId admin, long expectedVersion, WatermarkValues values);

    /** @param position null: bottom-right; opacity null: 0.5; scale null: 0.2 */
    record WatermarkValues(boolean enabled, String text, String imageId, String position, Double opacity,
                           Double scale) {
    }
}
