package io.blogflow.notifications.application.service;

import io.blogflow.shared.domain.notice.NoticeCatalog;
import io.blogflow.shared.domain.notice.NoticeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Every notice type the contexts declared (from their catalogues); a notice of an undeclared type is a bug. */
public final class NoticeTypes {

    private final Supplier<? extends Collection<? extends NoticeCatalog>> catalogues;
    private volatile Map<String, NoticeType> byCode;

    /** Catalogues are read on first use: a context's catalogue may itself send notices. */
    public NoticeTypes(Supplier<? extends Collection<? extends NoticeCatalog>> catalogues) {
        this.catalogues = catalogues;
    }

    private Map<String, NoticeType> byCode() {
        Map<String, NoticeType> known = byCode;
        if (known == null) {
            known = collect(catalogues.get());
            byCode = known;
        }
        return known;
    }

    private static Map<String, NoticeType> collect(Collection<? extends NoticeCatalog> catalogues) {
        Map<String, NoticeType> byCode = new TreeMap<>();
        for (NoticeCatalog catalogue : catalogues) {
            for (NoticeType type : catalogue.noticeTypes()) {
                NoticeType earlier = byCode.put(type.code(), type);
                if (earlier != null && !earlier.equals(type)) {
                    throw new IllegalStateException("Notice type " + type.code() + " is declared twice, differently");
                }
            }
        }
        return byCode;
    }

    NoticeType require(String code) {
        NoticeType type = byCode().get(code);
        if (type == null) {
            throw new IllegalArgumentException("Undeclared notice type " + code + ": add it to a NoticeCatalog bean");
        }
        return type;
    }

    public List<NoticeType> all() {
        return List.copyOf(byCode().values());
    }
}
