package io.verifact.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The workstation's user-facing text in one language. */
public final class Messages {

    static final String BUNDLE = "io.verifact.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The text for a locale; a language without its own bundle gets English. The JVM's default
     * locale is deliberately not consulted, so asking for English on a French machine gives English.
     */
    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    /** The language of the text, for dates and times written beside it. */
    public Locale locale() {
        return locale;
    }

    /** The text for a key, with its {@code {0}}-style arguments filled in for this language. */
    public String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
