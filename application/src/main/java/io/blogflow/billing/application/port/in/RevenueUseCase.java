package io.blogflow.billing.application.port.in;

import java.time.YearMonth;
import java.util.List;

/** Revenue per month: monthly recurring revenue from base prices (a yearly price spread over its twelve months) and
 * what was collected. */
public interface RevenueUseCase {

    List<MonthRevenue> revenue(YearMonth from, YearMonth to);

    record MonthRevenue(YearMonth month, String currency, long mrr, long collected) {
    }
}
