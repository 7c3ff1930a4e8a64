import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Fails (exit 1) on a screenshot that is missing, of the wrong width, or blank: fewer than 1 % of
 * its pixels differ from its most common colour, or fewer than 8 colours. Run by .ci/browser-check:
 * {@code java .ci/ScreenshotCheck.java shot.png WIDTH}.
 */
public class ScreenshotCheck {
    public static void main(String[] args) throws Exception {
        BufferedImage img = ImageIO.read(new File(args[0]));
        if (img == null) {
            fail(args[0] + ": not a readable image");
        }
        int width = Integer.parseInt(args[1]);
        if (img.getWidth() != width) {
            fail(args[0] + ": " + img.getWidth() + " px wide, expected " + width);
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                counts.merge(img.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        long total = (long) img.getWidth() * img.getHeight();
        int top = counts.values().stream().max(Integer::compare).orElse(0);
        double other = 1 - top / (double) total;
        System.out.printf("%s: %dx%d px, %d colours, %.1f %% not background%n", args[0], img.getWidth(),
                img.getHeight(), counts.size(), 100 * other);
        if (other < 0.01 || counts.size() < 8) {
            fail(args[0] + ": blank page");
        }
    }

    private static void fail(String message) {
        System.err.println("browser check: " + message);
        System.exit(1);
    }
}
