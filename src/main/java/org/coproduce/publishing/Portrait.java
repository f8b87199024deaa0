package org.coproduce.publishing;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A photo for who's who, redrawn from its pixels alone: whatever else the file carried, such as where it was taken
 * (phones store the place in the photo), is left behind. Large photos are made smaller, as the page shows them small.
 */
record Portrait(String contentType, byte[] content) {

    static final int LARGEST_SIDE = 600;

    /** The photo redrawn as a JPEG, or empty when its pixels cannot be read. */
    static Optional<Portrait> of(byte[] uploaded) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(uploaded));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            return Optional.empty();
        }
        double scale = Math.min(1.0, (double) LARGEST_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage redrawn = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = redrawn.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(image, 0, 0, width, height, null);
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
}
