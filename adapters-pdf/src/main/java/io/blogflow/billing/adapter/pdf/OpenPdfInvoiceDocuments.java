package io.blogflow.billing.adapter.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.blogflow.billing.application.port.out.InvoiceDocuments;
import io.blogflow.billing.domain.Invoice;
import io.blogflow.billing.domain.InvoiceLine;
import io.blogflow.billing.domain.Money;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An invoice as a one-document PDF: issuer, number, dates, the account, its lines and the total. */
public final class OpenPdfInvoiceDocuments implements InvoiceDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font STRONG = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    @Override
    public byte[] pdf(Invoice invoice, String issuer) {
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Invoice " + title(invoice));
            document.addCreator(issuer);
            document.open();
            document.add(new Paragraph(issuer, STRONG));
            document.add(new Paragraph("Invoice " + title(invoice), TITLE));
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Status: " + invoice.status().code(), TEXT));
            document.add(new Paragraph("Account: " + invoice.account(), TEXT));
            document.add(new Paragraph("Issued: " + date(invoice.finalizedAt() != null ? invoice.finalizedAt()
                    : invoice.createdAt()), TEXT));
            document.add(new Paragraph("Period: " + date(invoice.periodStart()) + " to " + date(invoice.periodEnd()),
                    TEXT));
            if (invoice.settledAt() != null) {
                document.add(new Paragraph(invoice.status().code().substring(0, 1).toUpperCase()
                        + invoice.status().code().substring(1) + ": " + date(invoice.settledAt()), TEXT));
            }
            document.add(new Paragraph(" "));
            document.add(lines(invoice));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render invoice " + invoice.id() + " as PDF", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable lines(Invoice invoice) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[]{6, 1.5f, 2.5f});
        table.setWidthPercentage(100);
        header(table, "Description", "Quantity", "Amount");
        for (InvoiceLine line : invoice.lines()) {
            table.addCell(cell(line.description(), TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(String.valueOf(line.quantity()), TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(Money.format(line.amount(), invoice.currency()), TEXT, Element.ALIGN_RIGHT));
        }
        table.addCell(cell("Total", STRONG, Element.ALIGN_LEFT));
        table.addCell(cell("", TEXT, Element.ALIGN_RIGHT));
        table.addCell(cell(Money.format(invoice.total(), invoice.currency()), STRONG, Element.ALIGN_RIGHT));
        return table;
    }

    private static void header(PdfPTable table, String... titles) {
        for (String title : titles) {
            table.addCell(cell(title, STRONG, title.equals(titles[0]) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
        }
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static String title(Invoice invoice) {
        return invoice.number() != null ? invoice.number() : "draft " + invoice.id();
    }

    private static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }
}
