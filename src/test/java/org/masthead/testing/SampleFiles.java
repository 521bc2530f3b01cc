package org.masthead.testing;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

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

    /**
     * A PNG whose header claims {@code width} × {@code height} pixels but which holds no image data: a few dozen bytes
     * that would cost gigabytes to decode (a "decompression bomb").
     */
    public static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer file = ByteBuffer.allocate(8 + 25 + 12);
        file.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(file, "IHDR", header.array());
        chunk(file, "IEND", new byte[0]);
        return file.array();
    }

    private static void chunk(ByteBuffer file, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        file.putInt(data.length).put(name).put(data).putInt((int) crc.getValue());
    }

    /** A minimal PDF (header, one object, trailer), {@code padding} bytes longer than the least. */
    public static byte[] pdf(int padding) {
        String body = "%PDF-1.4\n1 0 obj <<>> endobj\n" + "%".repeat(padding) + "\ntrailer <<>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }
}
