package io.verifact.ui;

import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.List;

/**
 * The workstation's one keymap: every shortcut, the keys that make it and the words that explain it
 * (F1 lists them). Nothing needs the mouse to verify an invoice.
 */
public enum Shortcut {
    CONFIRM_FIELD(Scope.FIELD, "key.enter", "Enter"),
    NEXT_FIELD(Scope.FIELD, "key.tab", "Tab"),
    LEAVE_FIELD(Scope.FIELD, "key.escape", "Esc"),
    CANDIDATES(Scope.FIELD, "key.candidates", "F4"),
    VALIDATE(Scope.WINDOW, "key.validate", "Shortcut+Enter"),
    REJECT(Scope.WINDOW, "key.reject", "Shortcut+Delete"),
    NEXT_INVOICE(Scope.WINDOW, "key.next", "Alt+Down"),
    PREVIOUS_INVOICE(Scope.WINDOW, "key.previous", "Alt+Up"),
    UNDO(Scope.WINDOW, "key.undo", "Shortcut+Z"),
    REDO(Scope.WINDOW, "key.redo", "Shortcut+Shift+Z", "Shortcut+Y"),
    SEARCH(Scope.WINDOW, "key.search", "Shortcut+F"),
    QUEUE_TAB(Scope.WINDOW, "key.queue.tab", "Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5"),
    OPEN(Scope.WINDOW, "key.open", "Shortcut+O"),
    OPEN_FOLDER(Scope.WINDOW, "key.open.folder", "Shortcut+Shift+O"),
    ZOOM_IN(Scope.WINDOW, "key.zoom.in", "Shortcut+Plus", "Shortcut+Equals", "Shortcut+Add"),
    ZOOM_OUT(Scope.WINDOW, "key.zoom.out", "Shortcut+Minus", "Shortcut+Subtract"),
    FIT_WIDTH(Scope.WINDOW, "key.fit.width", "Shortcut+2"),
    FIT_PAGE(Scope.WINDOW, "key.fit.page", "Shortcut+0"),
    ROTATE(Scope.WINDOW, "key.rotate", "Shortcut+R"),
    NEXT_PAGE(Scope.WINDOW, "key.next.page", "Shortcut+Page Down"),
    PREVIOUS_PAGE(Scope.WINDOW, "key.previous.page", "Shortcut+Page Up"),
    DRAW_ZONE(Scope.WINDOW, "key.draw.zone", "Shortcut+D"),
    MASKS(Scope.WINDOW, "key.masks", "Shortcut+M"),
    REGISTERS(Scope.WINDOW, "key.registers", "Shortcut+Shift+S"),
    GO_TO_PAGE(Scope.WINDOW, "key.viewer", "F6"),
    GO_TO_FIELDS(Scope.WINDOW, "key.fields", "F7"),
    SETTINGS(Scope.WINDOW, "key.settings", "Shortcut+Comma"),
    HELP(Scope.WINDOW, "key.help", "F1"),
    PAGE_PAN(Scope.PAGE, "key.page.pan", "Left", "Right", "Up", "Down"),
    PAGE_SCREENFUL(Scope.PAGE, "key.page.screenful", "Page Up", "Page Down"),
    PAGE_ENDS(Scope.PAGE, "key.page.ends", "Home", "End"),
    PAGE_ZOOM(Scope.PAGE, "key.page.zoom", "Plus", "Equals", "Minus"),
    PAGE_ACTUAL_SIZE(Scope.PAGE, "key.page.actual", "1"),
    PAGE_FIT_WIDTH(Scope.PAGE, "key.fit.width", "W"),
    PAGE_FIT_PAGE(Scope.PAGE, "key.fit.page", "0"),
    PAGE_DROP_ZONE(Scope.PAGE, "key.page.drop.zone", "Esc"),
    ZONE_KEEP(Scope.ZONE, "key.zone.keep", "Enter"),
    ZONE_CLOSE(Scope.ZONE, "key.zone.close", "Esc"),
    REGISTERS_SAVE(Scope.REGISTERS, "key.registers.save", "Shortcut+S"),
    REGISTERS_NEW(Scope.REGISTERS, "key.registers.new", "Shortcut+N"),
    REGISTERS_SEARCH(Scope.REGISTERS, "key.registers.search", "Shortcut+F");

    /**
     * Where a shortcut works: anywhere in the main window, in the field being verified, on the page
     * once it has the keyboard (F6), in the panel of a zone just drawn, in the registers' window.
     */
    public enum Scope {
        WINDOW, FIELD, PAGE, ZONE, REGISTERS;

        /** The message key of its heading in the list F1 shows. */
        public String heading() {
            return "key.scope." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Scope scope;
    private final String description;
    private final List<String> keys;

    Shortcut(Scope scope, String description, String... keys) {
        this.scope = scope;
        this.description = description;
        this.keys = List.of(keys);
    }

    public Scope scope() {
        return scope;
    }

    /** Whether the key event makes this shortcut. */
    public boolean matches(KeyEvent event) {
        return combinations().stream().anyMatch(c -> c.match(event));
    }

    /** The message key of what it does. */
    public String description() {
        return description;
    }

    /** The key combinations that trigger it; the first is the one shown. */
    public List<KeyCombination> combinations() {
        return keys.stream().map(KeyCombination::valueOf).toList();
    }

    /** The keys as the operator reads them on this system (Ctrl or ⌘). */
    public String displayText() {
        // The keypad's plus and minus read as the main keyboard's: each text once.
        return String.join(" / ", combinations().stream().map(KeyCombination::getDisplayText).distinct().toList());
    }
}
