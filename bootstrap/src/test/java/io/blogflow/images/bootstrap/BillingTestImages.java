package io.blogflow.images.bootstrap;

/** Test images for other contexts' tests (TestImages is the media tests' own). */
public final class BillingTestImages {

    private BillingTestImages() {
    }

    /** A PNG of noise, so it does not deduplicate with any other test's image. */
    public static byte[] png(int width, int height) {
        return TestImages.encode(TestImages.noise(width, height), "png");
    }
}
