package io.blogflow.comments.application.service;

import io.blogflow.comments.application.port.in.CommentBlocklistUseCase;
import io.blogflow.comments.application.port.out.BlocklistRepository;
import io.blogflow.comments.domain.Blocklist;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import java.util.Map;
import java.util.Set;

/** Reads and replaces the spam blocklist; a replacement is audited with the sizes before and after. */
public final class CommentBlocklistService implements CommentBlocklistUseCase {

    private final BlocklistRepository blocklist;
    private final AuditTrail audit;
    private final Transactions transactions;

    public CommentBlocklistService(BlocklistRepository blocklist, AuditTrail audit, Transactions transactions) {
        this.blocklist = blocklist;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public Blocklist get() {
        return transactions.inTransaction(blocklist::load);
    }

    @Override
    public Blocklist replace(UserId admin, Set<String> words, Set<String> domains, Set<String> addresses) {
        var v = new Validation();
        v.field("words", () -> new Blocklist(words, Set.of(), Set.of()));
        v.field("domains", () -> new Blocklist(Set.of(), domains, Set.of()));
        v.field("addresses", () -> new Blocklist(Set.of(), Set.of(), addresses));
        v.throwIfInvalid();
        Blocklist replacement = new Blocklist(words, domains, addresses);
        return transactions.inTransaction(() -> {
            Blocklist before = blocklist.load();
            blocklist.replace(replacement);
            audit.record(admin, "comment-blocklist.replace", "comment-blocklist", "blocklist", sizes(before),
                    sizes(replacement));
            return replacement;
        });
    }

    private static Map<String, Object> sizes(Blocklist list) {
        return Map.of("words", list.words().size(), "domains", list.domains().size(),
                "addresses", list.addresses().size());
    }
}
