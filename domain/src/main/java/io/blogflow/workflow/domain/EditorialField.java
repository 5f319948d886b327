package io.blogflow.workflow.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The field registry: every editorial field an action may read or write, and nothing else. A field belongs to the
 * post's workspace ({@link Scope#POST}, the planning fields), to each of its sections ({@link Scope#SECTION}) or to
 * the post's own text ({@link Scope#ARTICLE}); it
 * holds text or a list of texts; its max length bounds the text (for a list, each item, with at most
 * {@link #MAX_ITEMS} items); its stages name the sub-stages of the default workflow ({@code stage/sub-stage} keys)
 * whose work reads or writes it. Keys are the camelCase names used on the wire and in prompt placeholders
 * ({@code {{basicIdea}}}).
 */
public enum EditorialField {

    // ---- planning fields of the post's workspace
    BASIC_IDEA("basicIdea", Scope.POST, Kind.TEXT, 2_000, "planning/idea"),
    IDEA_SEED("ideaSeed", Scope.POST, Kind.TEXT, 2_000, "planning/idea"),
    SCOPE("scope", Scope.POST, Kind.TEXT, 4_000, "planning/idea", "planning/research"),
    TOPICS_TO_COVER("topicsToCover", Scope.POST, Kind.TEXT_LIST, 500, "planning/research"),
    INTERESTING_FACTS("interestingFacts", Scope.POST, Kind.TEXT_LIST, 1_000, "planning/research"),
    SECTION_PLANNING("sectionPlanning", Scope.POST, Kind.TEXT, 10_000, "planning/structure"),
    SECTION_HEADINGS("sectionHeadings", Scope.POST, Kind.TEXT_LIST, 200, "planning/structure"),
    PROVISIONAL_TITLE("provisionalTitle", Scope.POST, Kind.TEXT, 200, "planning/idea", "structuring/titles"),
    MAIN_TITLE("mainTitle", Scope.POST, Kind.TEXT, 200, "structuring/titles"),
    SUBTITLE("subtitle", Scope.POST, Kind.TEXT, 300, "structuring/titles"),
    INTRO_BLURB("introBlurb", Scope.POST, Kind.TEXT, 4_000, "structuring/intro-conclusion"),
    CONCLUSION("conclusion", Scope.POST, Kind.TEXT, 10_000, "structuring/intro-conclusion"),
    SEO_NOTES("seoNotes", Scope.POST, Kind.TEXT, 4_000, "structuring/metadata", "publishing/seo"),
    REVIEW_NOTES("reviewNotes", Scope.POST, Kind.TEXT, 10_000,
            "publishing/self-review", "publishing/peer-review", "publishing/final-check"),
    SCHEDULING_NOTES("schedulingNotes", Scope.POST, Kind.TEXT, 2_000, "publishing/scheduling"),
    DISTRIBUTION_NOTES("distributionNotes", Scope.POST, Kind.TEXT, 4_000, "publishing/distribution"),

    // ---- fields of each section
    HEADING("heading", Scope.SECTION, Kind.TEXT, 200, "planning/structure"),
    DESCRIPTION("description", Scope.SECTION, Kind.TEXT, 2_000, "planning/structure"),
    IDEAS_TO_INCLUDE("ideasToInclude", Scope.SECTION, Kind.TEXT_LIST, 1_000, "planning/structure"),
    FACTS_TO_INCLUDE("factsToInclude", Scope.SECTION, Kind.TEXT_LIST, 1_000, "planning/research", "planning/structure"),
    FIRST_DRAFT("firstDraft", Scope.SECTION, Kind.TEXT, 100_000, "writing/content"),
    UK_ENGLISH_VERSION("ukEnglishVersion", Scope.SECTION, Kind.TEXT, 100_000, "writing/uk-english"),
    HIGHLIGHTING("highlighting", Scope.SECTION, Kind.TEXT, 100_000, "writing/highlighting"),
    IMAGE_CONCEPTS("imageConcepts", Scope.SECTION, Kind.TEXT_LIST, 2_000, "images/concepts"),
    IMAGE_PROMPTS("imagePrompts", Scope.SECTION, Kind.TEXT_LIST, 4_000, "images/prompts"),
    CAPTIONS("captions", Scope.SECTION, Kind.TEXT_LIST, 500, "images/captions"),
    /** Alt-text suggestions for the section's images (an action fills them; an editor applies one to the media). */
    IMAGE_ALT_TEXTS("imageAltTexts", Scope.SECTION, Kind.TEXT_LIST, 300, "images/captions"),

    // ---- the post's own text, as readers see it (read from and written through the blog context)
    TITLE("title", Scope.ARTICLE, Kind.TEXT, 200, "structuring/titles"),
    EXCERPT("excerpt", Scope.ARTICLE, Kind.TEXT, 300, "structuring/intro-conclusion"),
    CONTENT("content", Scope.ARTICLE, Kind.TEXT, 500_000, "writing/content"),
    META_TITLE("metaTitle", Scope.ARTICLE, Kind.TEXT, 300, "structuring/metadata", "publishing/seo"),
    META_DESCRIPTION("metaDescription", Scope.ARTICLE, Kind.TEXT, 500, "structuring/metadata", "publishing/seo");

    /**
     * Where a field lives: the post's workspace (planning), each of its sections, or the post itself (its title,
     * Markdown and meta text, kept by the blog context: writing one makes a revision).
     */
    public enum Scope {
        POST, SECTION, ARTICLE;

        public String label() {
            return name().toLowerCase();
        }
    }

    /** What a field holds: a text, or a list of texts. */
    public enum Kind {
        TEXT("text"), TEXT_LIST("text-list");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The most items a list field holds. */
    public static final int MAX_ITEMS = 100;

    private static final Map<String, EditorialField> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EditorialField::key, Function.identity()));

    private final String key;
    private final Scope scope;
    private final Kind kind;
    private final int maxLength;
    private final List<String> stages;

    EditorialField(String key, Scope scope, Kind kind, int maxLength, String... stages) {
        this.key = key;
        this.scope = scope;
        this.kind = kind;
        this.maxLength = maxLength;
        this.stages = List.of(stages);
    }

    /** The field with this wire key (case-sensitive), if the registry knows it. */
    public static Optional<EditorialField> byKey(String key) {
        return Optional.ofNullable(key == null ? null : BY_KEY.get(key));
    }

    /** The fields of one scope, in registry order. */
    public static List<EditorialField> inScope(Scope scope) {
        return Arrays.stream(values()).filter(field -> field.scope == scope).toList();
    }

    /** Whether the field belongs to the post as a whole (its workspace or its own text), not to a section. */
    public boolean postLevel() {
        return scope != Scope.SECTION;
    }

    public String key() {
        return key;
    }

    public Scope scope() {
        return scope;
    }

    public Kind kind() {
        return kind;
    }

    public int maxLength() {
        return maxLength;
    }

    /** {@code stage/sub-stage} keys of the default workflow this field belongs to. */
    public List<String> stages() {
        return stages;
    }
}
