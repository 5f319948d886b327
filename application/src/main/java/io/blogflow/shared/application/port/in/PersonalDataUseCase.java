package io.blogflow.shared.application.port.in;

import io.blogflow.shared.domain.UserId;
import java.util.Map;

/** GDPR requests: export everything about a person; erase a person (by themselves or by an admin). */
public interface PersonalDataUseCase {

    Map<String, Object> export(UserId subject);

    void erase(UserId actor, UserId subject);
}
