package org.coproduce.publishing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A photo for who's who, redrawn from its pixels alone: whatever else the file carried, such as where it was taken
 * (phones store the place in the photo), is left behind. The way the phone was held is kept by turning the pixels, and
 * large photos are made smaller, as the page shows them small.
 */
record Portrait(String contentType, byte[] content) {

    static final int LARGEST_SIDE = 600;
    /** A file can claim any size and still be small; decoding it would take this many pixels' memory, at most. */
    static final long MOST_PIXELS = 50_000_000L;

    /** The photo redrawn as a JPEG, or empty when its pixels cannot be read or it claims to be enormous. */
    static Optional<Portrait> of(byte[] uploaded) {
        BufferedImage image = decode(uploaded).orElse(null);
        if (image == null) {
            return Optional.empty();
        }
        BufferedImage upright = upright(image, Orientation.of(uploaded));
        double scale = Math.min(1.0, (double) LARGEST_SIDE / Math.max(upright.getWidth(), upright.getHeight()));
        int width = Math.max(1, (int) Math.round(upright.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(upright.getHeight() * scale));
        BufferedImage redrawn = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = redrawn.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(upright, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(redrawn, "jpg", out);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new Portrait("image/jpeg", out.toByteArray()));
    }

    /** Reads the size the file claims before reading its pixels, so that a small file cannot take all the memory. */
    private static Optional<BufferedImage> decode(byte[] uploaded) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(uploaded))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels < 1 || pixels > MOST_PIXELS) {
                    return Optional.empty();
                }
                return Optional.ofNullable(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Turns the pixels the way the camera said it was held (EXIF orientations 1 to 8). */
    private static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = orientation >= 5;
        AffineTransform turn = new AffineTransform();
        switch (orientation) {
            case 2 -> turn.setTransform(-1, 0, 0, 1, w, 0);
            case 3 -> turn.setTransform(-1, 0, 0, -1, w, h);
            case 4 -> turn.setTransform(1, 0, 0, -1, 0, h);
            case 5 -> turn.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> turn.setTransform(0, 1, -1, 0, h, 0);
            case 7 -> turn.setTransform(0, -1, -1, 0, h, w);
            default -> turn.setTransform(0, -1, 1, 0, 0, w);
        }
        BufferedImage turned = new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = turned.createGraphics();
        try {
            graphics.drawImage(image, turn, null);
        } finally {
            graphics.dispose();
        }
        return turned;
    }

    /** The orientation a JPEG's EXIF block records, read by hand: it is the one thing kept from it. */
    static final class Orientation {

        private Orientation() {
        }

        /** 1 (as stored) when the file says nothing, or is not a JPEG. */
        static int of(byte[] b) {
            if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
                return 1;
            }
            int at = 2;
            while (at + 4 <= b.length && (b[at] & 0xFF) == 0xFF) {
                int marker = b[at + 1] & 0xFF;
                int length = ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
                if (marker == 0xDA || length < 2) {
                    return 1;
                }
                if (marker == 0xE1 && at + 10 <= b.length && new String(b, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("Exif")) {
                    return fromTiff(b, at + 10, Math.min(b.length, at + 2 + length));
                }
                at += 2 + length;
            }
            return 1;
        }

        private static int fromTiff(byte[] b, int tiff, int end) {
            if (tiff + 8 > end) {
                return 1;
            }
            boolean little = b[tiff] == 'I';
            int ifd = tiff + (int) read(b, tiff + 4, 4, little);
            if (ifd + 2 > end || ifd < tiff) {
                return 1;
            }
            int entries = (int) read(b, ifd, 2, little);
            for (int i = 0; i < entries; i++) {
                int entry = ifd + 2 + i * 12;
                if (entry + 12 > end) {
                    return 1;
                }
                if (read(b, entry, 2, little) == 0x0112) {
                    return (int) read(b, entry + 8, 2, little);
                }
            }
            return 1;
        }

        private static long read(byte[] b, int at, int bytes, boolean little) {
            long value = 0;
            for (int i = 0; i < bytes; i++) {
                int octet = b[at + (little ? bytes - 1 - i : i)] & 0xFF;
                value = (value << 8) | octet;
            }
            return value;
        }
    }
}
