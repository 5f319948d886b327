package io.blogflow.blog.adapter.rest;

import io.blogflow.blog.application.SitemapUrl;
import io.blogflow.blog.application.Site;
import io.blogflow.blog.application.port.in.SyndicationUseCase.SitemapPageRef;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Sitemaps in the sitemaps.org 0.9 format, streamed with StAX (which escapes every value it writes). */
final class SitemapXml {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private SitemapXml() {
    }

    /** A {@code <urlset>}: each post's permalink and last change. */
    static StreamingOutput urlSet(Site site, List<SitemapUrl> urls) {
        return out -> write(out, "urlset", xml -> {
            for (SitemapUrl url : urls) {
                xml.writeStartElement("url");
                element(xml, "loc", site.postUrl(url.slug()).toString());
                element(xml, "lastmod", w3cDateTime(url.lastModified()));
                xml.writeEndElement();
            }
        });
    }

    /** A {@code <sitemapindex>} of the pages {@code /sitemaps/posts-{n}.xml}. */
    static StreamingOutput index(Site site, List<SitemapPageRef> pages) {
        return out -> write(out, "sitemapindex", xml -> {
            for (SitemapPageRef page : pages) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", site.url() + SitemapResource.pagePath(page.number()));
                element(xml, "lastmod", w3cDateTime(page.lastModified()));
                xml.writeEndElement();
            }
        });
    }

    /** W3C Datetime (a profile of ISO 8601) in UTC; whole seconds are precise enough for crawlers. */
    static String w3cDateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(OutputStream out, String root, Body body) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NAMESPACE);
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the sitemap", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
