package io.blogflow.shared.domain.notice;

import java.util.List;

/** The notice types one context sends: each context contributes one catalogue bean; unknown types are refused. */
public interface NoticeCatalog {

    List<NoticeType> noticeTypes();
}
