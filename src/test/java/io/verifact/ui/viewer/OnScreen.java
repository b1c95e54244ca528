package io.verifact.ui.viewer;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * What a viewer shows, read the way JavaFX itself rendered it: through the image node's own
 * transforms and the scene's pixels, not through the viewer's arithmetic under test.
 */
final class OnScreen {

    private final PageViewer viewer;

    OnScreen(PageViewer viewer) {
        this.viewer = viewer;
    }

    /**
     * Shows a root in the test's window, sized afresh (an earlier test class may have left the window
     * another size or a minimum), under the Primer theme and the workstation's stylesheet, which gives
     * the viewer the theme's backdrop and focus colour.
     */
    static Scene show(Stage stage, Parent root, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(
                PageViewer.class.getResource("/io/verifact/ui/workstation.css")).toExternalForm());
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        return scene;
    }

    /** Runs on the JavaFX thread and returns what it gives. */
    static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page image's bounds in the scene, turned. */
    Bounds page() {
        return fx(() -> image().localToScene(image().getBoundsInLocal()));
    }

    /** The scene point where the page point at fractions (u, v) of the page as captured is drawn. */
    Point2D pagePoint(double u, double v) {
        return fx(() -> image().localToScene(u * image().getFitWidth(), v * image().getFitHeight()));
    }

    /** The fractions of the page as captured drawn at a scene point. */
    Point2D pageFractions(Point2D scenePoint) {
        return fx(() -> {
            Point2D local = image().sceneToLocal(scenePoint);
            return new Point2D(local.getX() / image().getFitWidth(), local.getY() / image().getFitHeight());
        });
    }

    /** The rectangle drawn for a field, in scene coordinates, its outline left out. */
    Bounds box(String id) {
        return fx(() -> {
            Rectangle shape = shape(id);
            return shape.localToScene(new BoundingBox(shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight()));
        });
    }

    Rectangle shape(String id) {
        return viewer.lookupAll("." + PageViewer.BOX_STYLE_CLASS).stream()
                .filter(node -> ((FieldBox) node.getUserData()).id().equals(id))
                .map(Rectangle.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no box drawn for " + id));
    }

    /** Where the scene shows magenta (the mark of {@link FakeInvoice#withMark}), or null where it shows none. */
    static Bounds magenta(Scene scene) {
        WritableImage shot = fx(() -> scene.snapshot(null));
        PixelReader pixels = shot.getPixelReader();
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < (int) shot.getHeight(); y++) {
            for (int x = 0; x < (int) shot.getWidth(); x++) {
                int argb = pixels.getArgb(x, y);
                int red = argb >> 16 & 0xFF;
                int green = argb >> 8 & 0xFF;
                int blue = argb & 0xFF;
                if (red > 150 && blue > 150 && green < 100) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new BoundingBox(minX, minY, maxX + 1 - minX, maxY + 1 - minY);
    }

    /** Whether the page is drawn from a copy made at the size shown rather than from the page itself. */
    boolean drawsACopy() {
        return fx(() -> image().getImage() != null && image().getImage() != viewer.getImage());
    }

    /** The image drawn for the page, the page itself or its copy at the size shown. */
    Image drawn() {
        return fx(() -> image().getImage());
    }

    private ImageView image() {
        Node image = viewer.lookup("." + PageViewer.IMAGE_STYLE_CLASS);
        return (ImageView) image;
    }
}
