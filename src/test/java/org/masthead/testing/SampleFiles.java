package org.masthead.testing;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Real files to upload: PNGs drawn on the spot, and the smallest PDF the upload check accepts. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A white picture with a blue square in its top left quarter. */
    public static byte[] png(int width, int height) {
        return png(width, height, Color.WHITE, Color.BLUE);
    }

    /** A picture of one colour. */
    public static byte[] png(int width, int height, Color color) {
        return png(width, height, color, color);
    }

    private static byte[] png(int width, int height, Color background, Color corner) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics graphics = image.getGraphics();
        graphics.setColor(background);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(corner);
        graphics.fillRect(0, 0, Math.max(1, width / 2), Math.max(1, height / 2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A minimal PDF (header, one object, trailer), {@code padding} bytes longer than the least. */
    public static byte[] pdf(int padding) {
        String body = "%PDF-1.4\n1 0 obj <<>> endobj\n" + "%".repeat(padding) + "\ntrailer <<>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }
}
