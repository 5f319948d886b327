package io.blogflow.blog.adapter.persistence.archfixture;

/** Blog's persistence reading identity's tables for bylines: the boundary leak the table rule keeps out. */
public class BylinesFromIdentityTables {

    static final String BYLINE = """
            SELECT u.name, ap.avatar_url FROM users u
            LEFT JOIN author_profiles ap ON ap.user_id = u.id WHERE u.id = :id""";

    String byline() {
        return BYLINE;
    }
}
