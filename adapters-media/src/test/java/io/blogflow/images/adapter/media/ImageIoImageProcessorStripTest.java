package io.blogflow.images.adapter.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import io.blogflow.images.domain.MediaType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;

class ImageIoImageProcessorStripTest {

    private final ImageIoImageProcessor processor = new ImageIoImageProcessor();

    @Test
    void aJpegLosesItsExifGpsAndXmpWhileItsPixelsStayExactlyTheSame() throws Exception {
        byte[] plain = TestImages.encode(TestImages.photo(64, 48), "jpeg");
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "SpyCam 3000");
        exif.setGpsInDegrees(2.2945, 48.8584);
        ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
        new JpegXmpRewriter().updateXmpXml(TestImages.withExif(plain, exif), withXmp,
                "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></x:xmpmeta>");
        byte[] tagged = withXmp.toByteArray();
        assertThat(directoriesOf(tagged)).contains("GPS", "Exif IFD0", "XMP");

        byte[] stripped = processor.stripMetadata(tagged, MediaType.JPEG);

        Metadata left = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stripped));
        assertThat(left.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(left.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        assertThat(left.getFirstDirectoryOfType(XmpDirectory.class)).isNull();
        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("SpyCam");
        assertSamePixels(TestImages.decode(stripped), TestImages.decode(plain));
    }

    @Test
    void aSidewaysJpegIsTurnedUprightSinceItsOrientationTagGoes() throws Exception {
        byte[] plain = TestImages.encode(TestImages.photo(40, 20), "jpeg");
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 6); // rotate 90° CW
        byte[] sideways = TestImages.withExif(plain, exif);

        byte[] stripped = processor.stripMetadata(sideways, MediaType.JPEG);

        BufferedImage upright = TestImages.decode(stripped);
        assertThat(upright.getWidth()).isEqualTo(20);
        assertThat(upright.getHeight()).isEqualTo(40);
        assertThat(directoriesOf(stripped)).doesNotContain("Exif IFD0");
    }

    @Test
    void aPngLosesItsTextChunksLosslessly() {
        byte[] plain = TestImages.encode(TestImages.photo(32, 16), "png");
        byte[] tagged = TestImages.withChunk(plain, "tEXt", "Author\0Jane Doe, 12 Secret Street".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new String(tagged, StandardCharsets.ISO_8859_1)).contains("tEXt");

        byte[] stripped = processor.stripMetadata(tagged, MediaType.PNG);

        String raw = new String(stripped, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("tEXt").doesNotContain("Secret Street");
        assertSamePixels(TestImages.decode(stripped), TestImages.decode(plain));
    }

    @Test
    void webpAndGifStayTheirFormatWithTheirSize() {
        for (String format : List.of("webp", "gif")) {
            MediaType type = MediaType.valueOf(format.toUpperCase());
            byte[] stripped = processor.stripMetadata(TestImages.encode(TestImages.photo(30, 20), format), type);

            assertThat(ImageFormats.sniff(stripped)).contains(type);
            BufferedImage decoded = TestImages.decode(stripped);
            assertThat(decoded.getWidth()).isEqualTo(30);
            assertThat(decoded.getHeight()).isEqualTo(20);
        }
    }

    private static List<String> directoriesOf(byte[] image) throws Exception {
        List<String> names = new ArrayList<>();
        for (Directory directory : ImageMetadataReader.readMetadata(new ByteArrayInputStream(image)).getDirectories()) {
            names.add(directory.getName());
        }
        return names;
    }

    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(actual.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y));
            }
        }
    }
}
