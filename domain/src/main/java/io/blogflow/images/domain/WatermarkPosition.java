package io.blogflow.images.domain;

/** Where a watermark sits on an image. */
public enum WatermarkPosition {
    TOP_LEFT, TOP, TOP_RIGHT, LEFT, CENTER, RIGHT, BOTTOM_LEFT, BOTTOM, BOTTOM_RIGHT
}
