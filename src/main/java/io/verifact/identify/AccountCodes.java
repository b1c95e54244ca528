package io.verifact.identify;

import io.verifact.model.Dossier;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/**
 * Supplier accounts as a client file builds them: its prefix ({@code 401}), then the supplier's name
 * in capitals without accents, spaces, punctuation or legal form, padded with zeros or cut to the
 * file's account length. A code another supplier already has gets a number at its end.
 */
public final class AccountCodes {

    /** The longest account when the client file sets no length. */
    static final int NATURAL_LIMIT = 20;

    private AccountCodes() {
    }

    public static String of(String name, Dossier dossier, Collection<String> taken) {
        String prefix = dossier == null ? Dossier.DEFAULT_PREFIX : dossier.accountPrefix();
        int length = dossier == null ? 0 : dossier.accountLength();
        String core = Names.core(name);
        String letters = Normalizer.normalize(core.isEmpty() ? name : core, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        String code = shaped(prefix + letters, prefix, length);
        for (int n = 1; taken.contains(code) && n < 1000; n++) {
            String suffix = Integer.toString(n);
            String base = prefix + letters;
            int room = (length > 0 ? length : Math.min(base.length() + suffix.length(), NATURAL_LIMIT)) - suffix.length();
            code = shaped(base.substring(0, Math.max(prefix.length(), Math.min(base.length(), room))), prefix, room) + suffix;
        }
        return code;
    }

    private static String shaped(String code, String prefix, int length) {
        if (length <= 0) {
            return code.length() > NATURAL_LIMIT ? code.substring(0, Math.max(prefix.length(), NATURAL_LIMIT)) : code;
        }
        if (code.length() >= length) {
            return code.substring(0, length);
        }
        return code + "0".repeat(length - code.length());
    }
}
