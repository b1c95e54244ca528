package io.verifact.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the workstation remembers for its operator between starts: language, theme, OCR languages,
 * where the local store lives, the shared database (without its password), the window's size and layout, and the files opened lately. Kept in the
 * system's per-user preferences (the registry on Windows, a plist on macOS, ~/.java on Linux).
 */
public final class WorkstationPreferences {

    /** The OCR languages when none were chosen: French, English, German and Dutch. */
    public static final String DEFAULT_OCR_LANGUAGES = "fra+eng+deu+nld";
    private static final int RECENT = 10;

    private final Preferences node;

    public WorkstationPreferences(Preferences node) {
        this.node = node;
    }

    /** The operator's own preferences on this machine. */
    public static WorkstationPreferences forUser() {
        return new WorkstationPreferences(Preferences.userRoot().node("io/verifact/workstation"));
    }

    /** The language chosen, or the system's when none was. */
    public Locale locale() {
        String tag = node.get("language", "");
        return tag.isEmpty() ? Locale.getDefault() : Locale.forLanguageTag(tag);
    }

    /** The language chosen, empty for the system's. */
    public String language() {
        return node.get("language", "");
    }

    public void setLanguage(String tag) {
        node.put("language", tag == null ? "" : tag);
    }

    public WorkstationApp.Theme theme() {
        try {
            return WorkstationApp.Theme.valueOf(node.get("theme", WorkstationApp.Theme.SYSTEM.name()));
        } catch (IllegalArgumentException e) {
            return WorkstationApp.Theme.SYSTEM;
        }
    }

    public void setTheme(WorkstationApp.Theme theme) {
        node.put("theme", theme.name());
    }

    public String ocrLanguages() {
        return node.get("ocr.languages", DEFAULT_OCR_LANGUAGES);
    }

    public void setOcrLanguages(String languages) {
        node.put("ocr.languages", languages == null || languages.isBlank() ? DEFAULT_OCR_LANGUAGES : languages.strip());
    }

    /** The local store file the operator chose, if any. */
    public Optional<Path> storeFile() {
        String file = node.get("store", "");
        return file.isEmpty() ? Optional.empty() : Optional.of(Path.of(file));
    }

    public void setStoreFile(Path file) {
        node.put("store", file == null ? "" : file.toString());
    }

    /** The firm's shared database as a JDBC URL, empty when this workstation works on its own. */
    public String sharedUrl() {
        return node.get("shared.url", "");
    }

    /** The database role of this workstation, empty for the one the URL or the system gives. */
    public String sharedUser() {
        return node.get("shared.user", "");
    }

    /** The shared database; its password is never kept here, but in the system keyring or {@code ~/.pgpass}. */
    public void setShared(String url, String user) {
        node.put("shared.url", url == null ? "" : url.strip());
        node.put("shared.user", user == null ? "" : user.strip());
    }

    /**
     * The window's place and size as last left un-maximised, when it was ever closed: a window closed
     * maximised keeps the size it had before, to go back to when the operator un-maximises it.
     */
    public Optional<Place> window() {
        double width = node.getDouble("window.width", 0);
        double height = node.getDouble("window.height", 0);
        if (width <= 0 || height <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Place(node.getDouble("window.x", 0), node.getDouble("window.y", 0), width, height));
    }

    /** A window's place on the screen and its size. */
    public record Place(double x, double y, double width, double height) {
    }

    /** Whether the window was maximised when it was closed. */
    public boolean maximized() {
        return node.getBoolean("window.maximized", false);
    }

    /** Keeps the window's un-maximised place and size. */
    public void setWindow(Place normal) {
        node.putDouble("window.x", normal.x());
        node.putDouble("window.y", normal.y());
        node.putDouble("window.width", normal.width());
        node.putDouble("window.height", normal.height());
    }

    public void setMaximized(boolean maximized) {
        node.putBoolean("window.maximized", maximized);
    }

    /** Where the dividers between queue, page and fields were left. */
    SplitLayout layout() {
        return new SplitLayout(node.getDouble("divider.0", SplitLayout.FIRST.queue()), node.getDouble("divider.1", SplitLayout.FIRST.fields()),
                node.getDouble("divider.width", SplitLayout.FIRST.width()));
    }

    void setLayout(SplitLayout layout) {
        node.putDouble("divider.0", layout.queue());
        node.putDouble("divider.1", layout.fields());
        node.putDouble("divider.width", layout.width());
    }

    /** The files and folders opened lately, newest first. */
    public List<Path> recent() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String file = node.get("recent." + i, "");
            if (!file.isEmpty()) {
                recent.add(Path.of(file));
            }
        }
        return recent;
    }

    /**
     * Remembers a batch the operator opened as one entry, so that a folder of many invoices does not push
     * every other place out of the list: the file when one file was opened, the folder when a folder or
     * several files of one folder were.
     */
    public void opened(List<Path> batch) {
        rememberedAs(batch).ifPresent(this::remember);
    }

    /**
     * The one place a batch is remembered as, if any. Files taken from several folders have none: their
     * common ancestor could be the home folder, and opening it again would read far more than was opened.
     */
    static Optional<Path> rememberedAs(List<Path> batch) {
        List<Path> places = batch.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
        if (places.size() == 1) {
            return Optional.of(places.getFirst());
        }
        List<Path> folders = places.stream().map(Path::getParent).distinct().toList();
        return folders.size() == 1 && folders.getFirst() != null ? Optional.of(folders.getFirst()) : Optional.empty();
    }

    private void remember(Path place) {
        List<Path> recent = new ArrayList<>(List.of(place));
        recent().stream().filter(p -> !recent.contains(p)).forEach(recent::add);
        for (int i = 0; i < RECENT; i++) {
            node.put("recent." + i, i < recent.size() ? recent.get(i).toString() : "");
        }
    }

    /** Writes what changed to the system's store now, rather than at some later moment. */
    public void save() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a comfort: a machine that cannot keep them still verifies invoices.
        }
    }
}
