package io.verifact.model;

/**
 * Which page of an invoice a zone stands on: the first, the last (where totals go when lines run
 * long), or a given number.
 *
 * @param number the page number for {@link Kind#NUMBER}, from 1; 0 otherwise
 */
public record PagePlace(Kind kind, int number) {

    public enum Kind { FIRST, LAST, NUMBER }

    public static final PagePlace FIRST = new PagePlace(Kind.FIRST, 0);
    public static final PagePlace LAST = new PagePlace(Kind.LAST, 0);

    public PagePlace {
        if ((kind == Kind.NUMBER) != (number > 0)) {
            throw new IllegalArgumentException("a page number goes with a numbered page only: " + kind + " " + number);
        }
    }

    public static PagePlace number(int number) {
        return new PagePlace(Kind.NUMBER, number);
    }

    /** The page this place means in a document of {@code pages} pages, from 1; 0 when it has no such page. */
    public int in(int pages) {
        return switch (kind) {
            case FIRST -> pages > 0 ? 1 : 0;
            case LAST -> pages;
            case NUMBER -> number <= pages ? number : 0;
        };
    }

    @Override
    public String toString() {
        return kind == Kind.NUMBER ? Integer.toString(number) : kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads what {@link #toString()} writes. */
    public static PagePlace parse(String text) {
        return switch (text) {
            case "first" -> FIRST;
            case "last" -> LAST;
            default -> number(Integer.parseInt(text));
        };
    }
}
