package io.blogflow.engagement.application.service;

import io.blogflow.engagement.application.port.in.SubscriberAdministrationUseCase;
import io.blogflow.engagement.application.port.out.Fingerprints;
import io.blogflow.engagement.application.port.out.SubscriberRepository;
import io.blogflow.engagement.domain.Consent;
import io.blogflow.engagement.domain.Subscriber;
import io.blogflow.engagement.domain.SubscriberEmail;
import io.blogflow.engagement.domain.SubscriberId;
import io.blogflow.engagement.domain.SubscriberState;
import io.blogflow.engagement.domain.Topics;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

public final class SubscriberAdministrationService implements SubscriberAdministrationUseCase {

    /** Rows one import may carry (one transaction). */
    public static final int MAX_IMPORT_ROWS = 10_000;
    private static final int EXPORT_BATCH = 500;

    private final SubscriberRepository subscribers;
    private final Fingerprints fingerprints;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditTrail audit;

    public SubscriberAdministrationService(SubscriberRepository subscribers, Fingerprints fingerprints,
                                           Transactions transactions, IdGenerator ids, Clock clock,
                                           AuditTrail audit) {
        this.subscribers = subscribers;
        this.fingerprints = fingerprints;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public Page<Subscriber> list(String state, String email, PageRequest page) {
        var validation = new io.blogflow.shared.domain.Validation();
        Optional<SubscriberState> wanted = state == null || state.isBlank() ? Optional.empty()
                : Optional.ofNullable(validation.field("state", () -> SubscriberState.ofCode(state.strip())));
        Optional<SubscriberEmail> address = email == null || email.isBlank() ? Optional.empty()
                : Optional.ofNullable(validation.field("email", () -> new SubscriberEmail(email)));
        validation.throwIfInvalid();
        return transactions.inTransaction(() -> subscribers.list(wanted, address.map(fingerprints::of), page));
    }

    @Override
    public Map<SubscriberState, Long> counts() {
        return transactions.inTransaction(subscribers::countByState);
    }

    @Override
    public void exportCsv(Consumer<String> lines) {
        lines.accept(SubscriberCsv.header());
        Optional<SubscriberId> after = Optional.empty();
        while (true) {
            Optional<SubscriberId> from = after;
            List<Subscriber> batch = transactions.inTransaction(() -> subscribers.batchAfter(from, EXPORT_BATCH));
            batch.forEach(subscriber -> lines.accept(SubscriberCsv.row(subscriber)));
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
            after = Optional.of(batch.get(batch.size() - 1).id());
        }
    }

    @Override
    public ImportResult importCsv(String csv, UserId admin) {
        List<List<String>> records;
        try {
            records = SubscriberCsv.parse(csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            throw invalid("csv", "csv.malformed", e.getMessage());
        }
        if (records.isEmpty()) {
            throw invalid("csv", "csv.empty", "The CSV has no header row.");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<String> missing = SubscriberCsv.IMPORT_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw invalid("csv", "csv.missing-columns", "The header lacks " + missing + "; it needs "
                    + SubscriberCsv.IMPORT_COLUMNS + ".");
        }
        if (records.size() - 1 > MAX_IMPORT_ROWS) {
            throw invalid("csv", "csv.too-many-rows", "At most " + MAX_IMPORT_ROWS + " rows per import.");
        }
        List<Subscriber> valid = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < records.size(); i++) {
            int line = i + 1;
            List<String> record = records.get(i);
            if (record.size() != header.size()) {
                errors.add(new FieldError("line[" + line + "]", "csv.wrong-field-count", "The row has "
                        + record.size() + " fields; the header has " + header.size() + "."));
                continue;
            }
            Subscriber subscriber = row(header, record, line, errors);
            if (subscriber != null && !seen.add(subscriber.email().value())) {
                errors.add(new FieldError("line[" + line + "].email", "csv.duplicate", "The address appears on an "
                        + "earlier line."));
            } else if (subscriber != null) {
                valid.add(subscriber);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return transactions.inTransaction(() -> {
            int imported = subscribers.addAll(valid);
            audit.record(admin, "newsletter.subscribers-imported", "newsletter", "subscribers", Map.of(),
                    Map.of("imported", imported, "skipped", valid.size() - imported));
            return new ImportResult(imported, valid.size() - imported);
        });
    }

    @Override
    public Subscriber changeState(String id, String state, UserId admin) {
        SubscriberId subscriber = SubscriberId.parse(id)
                .orElseThrow(() -> new NotFoundException("subscriber", String.valueOf(id)));
        SubscriberState next = SubscriberState.ofCode(state == null ? "" : state.strip());
        if (next == SubscriberState.PENDING || next == SubscriberState.ACTIVE) {
            throw invalid("state", "subscriber-state.not-settable", "Only bounced, complained or unsubscribed can "
                    + "be set; a subscription becomes active by its confirmation.");
        }
        return transactions.inTransaction(() -> {
            Subscriber current = subscribers.find(subscriber)
                    .orElseThrow(() -> new NotFoundException("subscriber", subscriber.toString()));
            Subscriber changed = current.moveTo(next, clock.instant());
            if (changed != current) {
                subscribers.update(changed);
                audit.record(admin, "newsletter.subscriber-state-changed", "newsletter-subscriber",
                        subscriber.value(), Map.of("state", current.state().code()),
                        Map.of("state", next.code()));
            }
            return changed;
        });
    }

    private Subscriber row(List<String> header, List<String> record, int line, List<FieldError> errors) {
        Map<String, String> v = new java.util.HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            v.put(header.get(c), record.get(c).strip());
        }
        var validation = new io.blogflow.shared.domain.Validation();
        String at = "line[" + line + "].";
        SubscriberEmail email = validation.field(at + "email", () -> new SubscriberEmail(v.get("email")));
        String name = validation.field(at + "name", () -> Subscriber.validName(v.get("name")));
        Topics topics = validation.field(at + "topics", () -> Topics.of(v.get("topics").isBlank() ? List.of()
                : Arrays.asList(v.get("topics").split("[\\s;]+"))));
        Consent consent = validation.field(at + "consent_at", () -> new Consent(instant(v.get("consent_at")),
                v.get("consent_source"), v.get("consent_text_version")));
        try {
            validation.throwIfInvalid();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
        if (consent.at().isAfter(clock.instant())) {
            errors.add(new FieldError(at + "consent_at", "consent.in-future", "Consent cannot lie in the future."));
            return null;
        }
        return Subscriber.imported(new SubscriberId(ids.newId()), email, name, topics, consent, clock.instant());
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidValueException("consent.at-invalid", "consent_at is an ISO-8601 instant, e.g. "
                    + "2026-01-31T12:00:00Z.");
        }
    }

    private static ValidationException invalid(String field, String code, String message) {
        return new ValidationException(List.of(new FieldError(field, code, message)));
    }
}
