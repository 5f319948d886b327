package io.blogflow.billing.application.service;

import io.blogflow.billing.application.port.out.BillingNotices;
import io.blogflow.billing.domain.Metric;
import io.blogflow.shared.application.port.out.Notices;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.notice.Audience;
import io.blogflow.shared.domain.notice.EmailRule;
import io.blogflow.shared.domain.notice.Notice;
import io.blogflow.shared.domain.notice.NoticeCatalog;
import io.blogflow.shared.domain.notice.NoticeType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Billing's notices to the account, through the notifications context (in the app, and by email): 80 % and 100 % of a
 * limit used, and the usage report of each closed period. Sent in the caller's transaction, so a notice exists exactly
 * when the threshold mark or the period close it reports was committed.
 */
public final class AccountNotices implements BillingNotices, NoticeCatalog {

    public static final NoticeType QUOTA_NEARLY_USED = new NoticeType("billing.quota-nearly-used", EmailRule.ALWAYS);
    public static final NoticeType QUOTA_USED_UP = new NoticeType("billing.quota-used-up", EmailRule.ALWAYS);
    public static final NoticeType USAGE_REPORT = new NoticeType("billing.usage-report", EmailRule.ALWAYS);

    private final Notices notices;
    private final String upgradeUrl;

    public AccountNotices(Notices notices, String upgradeUrl) {
        this.notices = notices;
        this.upgradeUrl = upgradeUrl;
    }

    @Override
    public List<NoticeType> noticeTypes() {
        return List.of(QUOTA_NEARLY_USED, QUOTA_USED_UP, USAGE_REPORT);
    }

    @Override
    public void quotaReached(UserId account, Metric metric, int percent, long used, long limit, Instant periodEnd) {
        boolean full = percent >= 100;
        String until = metric.resetsEachPeriod() && periodEnd != null ? " until " + periodEnd : "";
        String title = full ? "Your plan's " + metric.code() + " limit is used up"
                : percent + " % of your plan's " + metric.code() + " limit is used";
        String body = "Used " + used + " of " + limit + until + ". "
                + (full ? "What needs more is refused; upgrade the plan to go on: " : "Upgrade the plan for more: ")
                + upgradeUrl;
        Map<String, String> data = new LinkedHashMap<>();
        data.put("metric", metric.code());
        data.put("percent", Integer.toString(percent));
        data.put("used", Long.toString(used));
        data.put("limit", Long.toString(limit));
        if (periodEnd != null && metric.resetsEachPeriod()) {
            data.put("resetsAt", periodEnd.toString());
        }
        notices.send(Notice.of(full ? QUOTA_USED_UP : QUOTA_NEARLY_USED, Audience.person(account), null, title,
                body, "/api/v1/me/usage", data));
    }

    @Override
    public void periodClosed(UserId account, Instant periodStart, Instant periodEnd, Map<Metric, Long> used,
                             String invoice) {
        String lines = used.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey().code() + ": " + entry.getValue())
                .collect(Collectors.joining("\n"));
        String body = "Usage from " + periodStart + " to " + periodEnd + ":\n" + (lines.isEmpty() ? "nothing" : lines)
                + "\n" + (invoice == null ? "Nothing is owed for it." : "Invoice " + invoice + " was drawn up.");
        Map<String, String> data = new LinkedHashMap<>();
        data.put("periodStart", periodStart.toString());
        data.put("periodEnd", periodEnd.toString());
        if (invoice != null) {
            data.put("invoice", invoice);
        }
        used.forEach((metric, quantity) -> data.put(metric.code(), Long.toString(quantity)));
        notices.send(Notice.of(USAGE_REPORT, Audience.person(account), null, "Your usage report", body,
                "/api/v1/me/usage", data));
    }
}
