package io.blogflow.images.adapter.rest;

import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.VariantName;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The public addresses of a media item's renditions, ready for {@code <img srcset>}. Each width is listed with the
 * width it really has (variants are never scaled up), once. The same URLs serve WebP to clients whose Accept header
 * names image/webp and the original format to the others ({@code Vary: Accept}), so one srcset is the WebP srcset
 * and the fallback at once; no {@code <picture>} with separate sources is needed.
 */
@Schema(name = "MediaUrls")
public record MediaUrls(String original, Map<String, String> variants, String srcset, String sizes) {

    /** @param base the public base (…/media), without a trailing slash */
    public static MediaUrls of(Media media, URI base, List<Integer> widths) {
        String root = base + "/" + media.id() + "/";
        Map<String, String> variants = new LinkedHashMap<>();
        Map<Integer, String> byRealWidth = new TreeMap<>();
        for (int width : widths) {
            String url = root + VariantName.ofWidth(width);
            variants.put(VariantName.ofWidth(width).value(), url);
            byRealWidth.putIfAbsent(Math.min(width, media.width()), url);
        }
        String srcset = byRealWidth.entrySet().stream().map(e -> e.getValue() + " " + e.getKey() + "w")
                .collect(Collectors.joining(", "));
        return new MediaUrls(root + VariantName.ORIGINAL, variants, srcset, "(max-width: " + media.width()
                + "px) 100vw, " + media.width() + "px");
    }
}
