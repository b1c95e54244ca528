package io.verifact.capture;

import io.verifact.model.Box;

/**
 * Where a demo invoice prints one of its fields: the rectangle an operator would draw around the
 * value to teach a mask.
 *
 * @param text the value as the page prints it, such as {@code 1 234,56 €} or {@code FR76 1450 8000 ...}
 * @param page from 1
 * @param box around the value's glyphs, from the font's ascender to its descender, as fractions of the
 *        page, origin top-left
 */
public record PrintedValue(String text, int page, Box box) {
}
