package io.verifact.capture;

import java.math.BigDecimal;
import java.util.List;

/**
 * The table of invoice lines: a header row, one row a line, and on a page the table continues from
 * or on, the running total carried over.
 */
final class LinesTable {

    static final float HEADER = 20;
    static final float ROW = 17;

    private static final float TEXT = 9;

    private final List<Column> columns;
    private final TableStyle style;
    private final Wording wording;

    LinesTable(List<Column> columns, TableStyle style, Wording wording) {
        this.columns = List.copyOf(columns);
        this.style = style;
        this.wording = wording;
    }

    /**
     * @param carriedIn the running total brought from the page before, or null on the first page
     * @param carriedOut the running total taken to the next page, or null on the last
     * @return where the table ends
     */
    float draw(Canvas canvas, float top, List<Row> rows, BigDecimal carriedIn, BigDecimal carriedOut) {
        if (style.headerGrey() < 1) {
            canvas.fill(Canvas.LEFT, top, Canvas.RIGHT - Canvas.LEFT, HEADER, style.headerGrey());
        }
        for (Column column : columns) {
            cell(canvas, column, top + 13.5f, column.header(), true);
        }
        canvas.rule(Canvas.LEFT, Canvas.RIGHT, top, 0.8f);
        canvas.rule(Canvas.LEFT, Canvas.RIGHT, top + HEADER, 0.8f);
        float y = top + HEADER;
        if (carriedIn != null) {
            y = carried(canvas, y, carriedIn);
        }
        for (Row row : rows) {
            for (Column column : columns) {
                cell(canvas, column, y + 12, column.cell().apply(row), false);
            }
            y += ROW;
            if (style.rowRules()) {
                canvas.rule(Canvas.LEFT, Canvas.RIGHT, y, 0.3f);
            }
        }
        if (carriedOut != null) {
            y = carried(canvas, y, carriedOut);
        }
        canvas.rule(Canvas.LEFT, Canvas.RIGHT, y, 0.8f);
        if (style.dividers().length > 0) {
            canvas.upright(Canvas.LEFT, top, y, 0.8f);
            canvas.upright(Canvas.RIGHT, top, y, 0.8f);
            for (float x : style.dividers()) {
                canvas.upright(x, top, y, 0.5f);
            }
        }
        return y;
    }

    private float carried(Canvas canvas, float y, BigDecimal amount) {
        Column first = columns.getFirst();
        Column last = columns.getLast();
        canvas.text(first.x(), y + 12, canvas.fonts.italic(), TEXT, wording.carried());
        canvas.right(last.x(), y + 12, canvas.fonts.italic(), TEXT, wording.numbers().amount(amount));
        canvas.rule(Canvas.LEFT, Canvas.RIGHT, y + ROW, 0.3f);
        return y + ROW;
    }

    private static void cell(Canvas canvas, Column column, float baseline, String text, boolean header) {
        var font = header ? canvas.fonts.bold() : canvas.fonts.regular();
        float size = header ? TEXT - 0.5f : TEXT;
        if (column.right()) {
            canvas.right(column.x(), baseline, font, size, text);
        } else {
            canvas.text(column.x(), baseline, font, size, text);
        }
    }
}
