package io.verifact.ui.viewer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Objects;

/**
 * A strip of the document's pages, one small picture above its page number each, to go from page to
 * page. It hides itself when the document has a single page.
 *
 * <p>{@link #selectedPageProperty()} is the page the viewer shows, from 1, or 0 when there are no
 * pages: the window binds the two. Pages are given as images of any size and shown
 * {@value #THUMBNAIL_WIDTH} pixels wide; small renders (some 20 to 40 dpi) spare memory on long documents.
 */
public final class PageThumbnails extends Region {

    public static final double THUMBNAIL_WIDTH = 96;
    /** The cell's padding and the scroll bar beside the pictures. */
    private static final double LIST_ROOM = 44;

    static final String STYLE_CLASS = "page-thumbnails";

    private static final String STYLESHEET = Objects.requireNonNull(
            PageThumbnails.class.getResource("viewer.css"), "viewer.css is missing from the build").toExternalForm();

    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final IntegerProperty selectedPage = new SimpleIntegerProperty(this, "selectedPage") {
        @Override
        public void set(int page) {
            super.set(pages.isEmpty() ? 0 : Math.clamp(page, 1, pages.size()));
        }
    };
    private final ListView<Image> list = new ListView<>(pages);

    public PageThumbnails() {
        getStyleClass().add(STYLE_CLASS);
        list.setCellFactory(view -> new Thumbnail());
        list.setPrefWidth(THUMBNAIL_WIDTH + LIST_ROOM);
        getChildren().add(list);

        visibleProperty().bind(Bindings.size(pages).greaterThan(1));
        managedProperty().bind(visibleProperty());

        list.getSelectionModel().selectedIndexProperty().addListener((property, before, now) -> {
            if (now.intValue() >= 0) {
                selectedPage.set(now.intValue() + 1);
            }
        });
        selectedPage.addListener((property, before, now) -> select(now.intValue()));
        pages.addListener((ListChangeListener<Image>) change -> pagesChanged());
    }

    /** The document's pages, in order. */
    public ObservableList<Image> getPages() {
        return pages;
    }

    /** The page shown, from 1; 0 when there are no pages. A page set out of range is brought back within. */
    public IntegerProperty selectedPageProperty() {
        return selectedPage;
    }

    public int getSelectedPage() {
        return selectedPage.get();
    }

    public void setSelectedPage(int page) {
        selectedPage.set(page);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        list.resizeRelocate(x, y, getWidth() - x - snappedRightInset(), getHeight() - y - snappedBottomInset());
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + list.prefWidth(-1) + snappedRightInset();
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    private void pagesChanged() {
        if (!selectedPage.isBound()) {
            int page = selectedPage.get();
            selectedPage.set(page < 1 || page > pages.size() ? 1 : page);
        }
        select(selectedPage.get());
    }

    private void select(int page) {
        if (page >= 1 && page <= pages.size() && list.getSelectionModel().getSelectedIndex() != page - 1) {
            list.getSelectionModel().select(page - 1);
            list.scrollTo(page - 1);
        }
    }

    /** One page: its picture on a white sheet, and its number below. */
    private static final class Thumbnail extends ListCell<Image> {

        private final ImageView picture = new ImageView();
        private final Label number = new Label();
        private final VBox content;

        Thumbnail() {
            picture.setFitWidth(THUMBNAIL_WIDTH);
            picture.setPreserveRatio(true);
            picture.setSmooth(true);
            StackPane sheet = new StackPane(picture);
            sheet.getStyleClass().add("thumbnail");
            sheet.setMaxWidth(StackPane.USE_PREF_SIZE);
            number.getStyleClass().add("page-number");
            content = new VBox(4, sheet, number);
            content.setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Image page, boolean empty) {
            super.updateItem(page, empty);
            if (empty || page == null) {
                picture.setImage(null);
                setGraphic(null);
                setText(null);
                return;
            }
            picture.setImage(page);
            number.setText(Integer.toString(getIndex() + 1));
            setGraphic(content);
            setText(null);
        }
    }
}
