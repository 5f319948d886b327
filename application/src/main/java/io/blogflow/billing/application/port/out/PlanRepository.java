package io.blogflow.billing.application.port.out;

import io.blogflow.billing.domain.Plan;
import io.blogflow.billing.domain.PlanId;
import io.blogflow.shared.domain.ConflictException;
import java.util.List;
import java.util.Optional;

/** The plan catalogue: every version of every plan, the newest of each being current. */
public interface PlanRepository {

    /** Current versions, by price then name; only those offered when {@code activeOnly}. */
    List<Plan> current(boolean activeOnly);

    Optional<Plan> current(PlanId id);

    Optional<Plan> currentByCode(String code);

    Optional<Plan> version(PlanId id, int version);

    /** @throws ConflictException when the code is taken */
    Plan add(Plan plan);

    /**
     * Saves the next version, which becomes current.
     *
     * @throws io.blogflow.shared.domain.StaleVersionException when the current version is not {@code revised - 1}
     */
    Plan addVersion(Plan revised);
}
