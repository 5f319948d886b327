package io.blogflow.identity.application.port.in;

import io.blogflow.identity.domain.AuthorProfile;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.identity.domain.User;
import io.blogflow.identity.domain.PreferencesChange;
import io.blogflow.shared.domain.UserId;

/** A user's own account: read it, change name/profile/preferences, change password. */
public interface AccountUseCase {

    User get(UserId id);

    /**
     * {@code null} arguments leave that part unchanged; the profile is replaced whole, the preferences change one by
     * one (those the change leaves out keep their value). Role, status and counters are not changeable here.
     */
    User update(UserId id, String name, AuthorProfile profile, PreferencesChange preferences);

    /** Re-authentication for sensitive operations (erasing one's account): a wrong password is refused. */
    void confirmPassword(UserId id, String password);

    /** Changes the password and revokes every other session of the user. */
    void changePassword(UserId id, SessionId current, String currentPassword, String newPassword);
}
