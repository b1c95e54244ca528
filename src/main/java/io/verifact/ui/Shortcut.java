package io.verifact.ui;

import javafx.scene.input.KeyCombination;

import java.util.List;

/**
 * The workstation's one keymap: every shortcut, the keys that make it and the words that explain it
 * (F1 lists them). Nothing needs the mouse to verify an invoice.
 */
public enum Shortcut {
    CONFIRM_FIELD("key.enter", "Enter"),
    NEXT_FIELD("key.tab", "Tab"),
    LEAVE_FIELD("key.escape", "Esc"),
    CANDIDATES("key.candidates", "F4"),
    VALIDATE("key.validate", "Shortcut+Enter"),
    REJECT("key.reject", "Shortcut+Delete"),
    NEXT_INVOICE("key.next", "Alt+Down"),
    PREVIOUS_INVOICE("key.previous", "Alt+Up"),
    UNDO("key.undo", "Shortcut+Z"),
    REDO("key.redo", "Shortcut+Shift+Z", "Shortcut+Y"),
    SEARCH("key.search", "Shortcut+F"),
    OPEN("key.open", "Shortcut+O"),
    OPEN_FOLDER("key.open.folder", "Shortcut+Shift+O"),
    ZOOM("key.zoom", "Shortcut+Plus", "Shortcut+Minus", "Shortcut+Equals"),
    FIT_WIDTH("key.fit.width", "Shortcut+2"),
    FIT_PAGE("key.fit.page", "Shortcut+0"),
    ROTATE("key.rotate", "Shortcut+R"),
    DRAW_ZONE("key.draw.zone", "Shortcut+D"),
    MASKS("key.masks", "Shortcut+M"),
    REGISTERS("key.registers", "Shortcut+Shift+S"),
    GO_TO_PAGE("key.viewer", "F6"),
    GO_TO_FIELDS("key.fields", "F7"),
    SETTINGS("key.settings", "Shortcut+Comma"),
    HELP("key.help", "F1");

    private final String description;
    private final List<String> keys;

    Shortcut(String description, String... keys) {
        this.description = description;
        this.keys = List.of(keys);
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
        return String.join(" / ", combinations().stream().map(KeyCombination::getDisplayText).toList());
    }
}
