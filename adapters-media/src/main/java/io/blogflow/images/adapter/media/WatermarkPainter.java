package io.blogflow.images.adapter.media;

import io.blogflow.images.application.port.out.WatermarkLayer;
import io.blogflow.images.domain.MediaErrors;
import io.blogflow.images.domain.MediaType;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws a watermark with Java2D: a text (white, anti-aliased, with a dark outline so it reads on light and dark
 * photos) or an image, as wide as {@code scale} × the picture's width, blended at {@code opacity}, placed at its
 * position with a margin of 3% of the picture's shorter side.
 */
final class WatermarkPainter {

    private static final Color OUTLINE = new Color(0, 0, 0, 160);

    private WatermarkPainter() {
    }

    /** Paints on {@code picture} itself (a fresh rendition, never a shared image). */
    static void paint(BufferedImage picture, WatermarkLayer layer) {
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) layer.opacity()));
            int markWidth = Math.max(1, (int) Math.round(picture.getWidth() * layer.scale()));
            if (layer.text() != null) {
                paintText(g, picture, layer, markWidth);
            } else {
                paintImage(g, picture, layer, markWidth);
            }
        } finally {
            g.dispose();
        }
    }

    private static void paintText(Graphics2D g, BufferedImage picture, WatermarkLayer layer, int markWidth) {
        // Measure at a reference size, then scale the font so the text spans markWidth.
        Font reference = new Font(Font.SANS_SERIF, Font.BOLD, 100);
        Rectangle2D measured = new TextLayout(layer.text(), reference, g.getFontRenderContext()).getBounds();
        float size = (float) Math.max(6, 100 * markWidth / Math.max(1, measured.getWidth()));
        TextLayout text = new TextLayout(layer.text(), reference.deriveFont(size), g.getFontRenderContext());
        Rectangle2D bounds = text.getBounds();
        int[] at = place(picture, layer, (int) Math.ceil(bounds.getWidth()), (int) Math.ceil(bounds.getHeight()));
        Shape outline = text.getOutline(AffineTransform.getTranslateInstance(at[0] - bounds.getX(), at[1] - bounds.getY()));
        g.setStroke(new BasicStroke(Math.max(1f, size / 16), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(OUTLINE);
        g.draw(outline);
        g.setColor(Color.WHITE);
        g.fill(outline);
    }

    private static void paintImage(Graphics2D g, BufferedImage picture, WatermarkLayer layer, int markWidth) {
        MediaType type = ImageFormats.sniff(layer.image())
                .orElseThrow(() -> new MediaErrors.UnsupportedType("The watermark is not a JPEG, PNG, WebP or GIF image."));
        BufferedImage mark = ImageDecoding.firstFrame(layer.image(), type);
        int markHeight = Math.max(1, (int) Math.round((double) mark.getHeight() * markWidth / mark.getWidth()));
        BufferedImage scaled = Scaling.toSize(mark, markWidth, markHeight);
        int[] at = place(picture, layer, scaled.getWidth(), scaled.getHeight());
        g.drawImage(scaled, at[0], at[1], null);
    }

    /** Top-left corner of a {@code width} × {@code height} mark at the layer's position. */
    private static int[] place(BufferedImage picture, WatermarkLayer layer, int width, int height) {
        int margin = Math.max(2, Math.min(picture.getWidth(), picture.getHeight()) * 3 / 100);
        int x = switch (layer.position()) {
            case TOP_LEFT, LEFT, BOTTOM_LEFT -> margin;
            case TOP_RIGHT, RIGHT, BOTTOM_RIGHT -> picture.getWidth() - width - margin;
            case TOP, CENTER, BOTTOM -> (picture.getWidth() - width) / 2;
        };
        int y = switch (layer.position()) {
            case TOP_LEFT, TOP, TOP_RIGHT -> margin;
            case BOTTOM_LEFT, BOTTOM, BOTTOM_RIGHT -> picture.getHeight() - height - margin;
            case LEFT, CENTER, RIGHT -> (picture.getHeight() - height) / 2;
        };
        return new int[] {x, y};
    }
}
