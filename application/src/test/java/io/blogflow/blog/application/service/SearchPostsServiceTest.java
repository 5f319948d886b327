package io.blogflow.blog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.application.port.out.PostSearch;
import io.blogflow.shared.domain.DependencyUnavailableException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SearchPostsServiceTest {

    @Test
    void oneSearchMoreThanAllowedIsRefusedAtOnceAndTheSlotComesBack() {
        AtomicReference<SearchPostsService> service = new AtomicReference<>();
        AtomicReference<Throwable> inner = new AtomicReference<>();
        PostSearch search = (q, language, request) -> {
            if (q.equals("outer")) { // a second search while this one runs
                try {
                    service.get().search("inner", null, request);
                } catch (RuntimeException e) {
                    inner.set(e);
                }
            }
            return Page.empty(request);
        };
        service.set(new SearchPostsService(search, 1));

        service.get().search("outer", null, new PageRequest(1, 20));

        assertThat(inner.get()).isInstanceOf(DependencyUnavailableException.class)
                .extracting(e -> ((DependencyUnavailableException) e).retryAfterSeconds()).isEqualTo(1L);
        assertThat(service.get().search("again", null, new PageRequest(1, 20)).total()).isZero();
    }

    @Test
    void theRefusalWhileFullIsFoundWithoutTakingAPlaceAndOnlyForValidSearches() {
        AtomicReference<SearchPostsService> service = new AtomicReference<>();
        AtomicReference<Optional<DependencyUnavailableException>> whileRunning = new AtomicReference<>();
        AtomicReference<Optional<DependencyUnavailableException>> invalidWhileRunning = new AtomicReference<>();
        PageRequest page = new PageRequest(1, 20);
        service.set(new SearchPostsService((q, language, request) -> {
            whileRunning.set(service.get().refusalWhileFull("other", null, request));
            invalidWhileRunning.set(service.get().refusalWhileFull(" ", null, request));
            return Page.empty(request);
        }, 1));

        assertThat(service.get().refusalWhileFull("tea", null, page)).isEmpty();
        service.get().search("tea", null, page);

        DependencyUnavailableException refusal = whileRunning.get().orElseThrow();
        assertThat(refusal.code()).isEqualTo("search-busy");
        assertThat(refusal.retryAfterSeconds()).isEqualTo(1L);
        assertThat(invalidWhileRunning.get()).isEmpty();
        // asking took no place: the next search runs
        assertThat(service.get().search("again", null, page).total()).isZero();
    }

    @Test
    void pagesPastTheRankedCandidatesAreRefused() {
        var service = new SearchPostsService((q, language, request) -> Page.empty(request));
        int lastPage = PostSearch.CANDIDATES / 20;

        assertThat(service.search("tea", null, new PageRequest(lastPage, 20)).items()).isEmpty();
        assertThatThrownBy(() -> service.search("tea", null, new PageRequest(lastPage + 1, 20)))
                .isInstanceOf(io.blogflow.shared.domain.ValidationException.class);
    }

    @Test
    void byDefaultSearchesKeepAtMostHalfTheCoresBusyOneAtLeastFourAtMost() {
        assertThat(SearchPostsService.defaultMaxConcurrent(1)).isEqualTo(1);
        assertThat(SearchPostsService.defaultMaxConcurrent(2)).isEqualTo(1);
        assertThat(SearchPostsService.defaultMaxConcurrent(4)).isEqualTo(2);
        assertThat(SearchPostsService.defaultMaxConcurrent(8)).isEqualTo(4);
        assertThat(SearchPostsService.defaultMaxConcurrent(64)).isEqualTo(4);
    }
}
