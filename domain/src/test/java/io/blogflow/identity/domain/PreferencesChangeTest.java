package io.blogflow.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class PreferencesChangeTest {

    private static final UserPreferences CURRENT = new UserPreferences("Europe/London", LocalTime.of(9, 30), "dry",
            true, true, false);

    @Test
    void aChangeOfOneNotificationLeavesTheOtherPreferencesAsTheyWere() {
        UserPreferences changed = new PreferencesChange(null, null, null, null, null, true).applyTo(CURRENT);

        assertThat(changed).isEqualTo(new UserPreferences("Europe/London", LocalTime.of(9, 30), "dry", true, true,
                true));
    }

    @Test
    void everyPreferenceGivenReplacesItsValue() {
        UserPreferences changed = new PreferencesChange("Europe/Paris", LocalTime.of(7, 0), "warm", false, false,
                true).applyTo(CURRENT);

        assertThat(changed).isEqualTo(new UserPreferences("Europe/Paris", LocalTime.of(7, 0), "warm", false, false,
                true));
    }

    @Test
    void anEmptyContentToneClearsIt() {
        assertThat(new PreferencesChange(null, null, "", null, null, null).applyTo(CURRENT).contentTone()).isNull();
    }

    @Test
    void theMergedPreferencesAreValidatedAsAnyAre() {
        assertThatThrownBy(() -> new PreferencesChange("Mars/Olympus", null, null, null, null, null).applyTo(CURRENT))
                .isInstanceOf(InvalidValueException.class);
    }
}
