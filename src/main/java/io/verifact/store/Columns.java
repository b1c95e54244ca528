package io.verifact.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import io.verifact.model.Box;

/** How values that span or may miss a column are written to SQLite and read back. */
final class Columns {

    private Columns() {
    }

    /** Binds the box to four parameters from {@code first}: x0, y0, x1, y1; all null for no box. */
    static void setBox(PreparedStatement statement, int first, Box box) throws SQLException {
        double[] corners = box == null ? null : new double[] {box.x0(), box.y0(), box.x1(), box.y1()};
        for (int i = 0; i < 4; i++) {
            if (corners == null) {
                statement.setNull(first + i, Types.REAL);
            } else {
                statement.setDouble(first + i, corners[i]);
            }
        }
    }

    /** The box in four columns from {@code first}, or null when they are null. */
    static Box box(ResultSet row, int first) throws SQLException {
        double x0 = row.getDouble(first);
        if (row.wasNull()) {
            return null;
        }
        return new Box(x0, row.getDouble(first + 1), row.getDouble(first + 2), row.getDouble(first + 3));
    }

    // Plain text keeps the scale (1.50 stays 1.50) and never passes through a float.
    static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        statement.setString(index, value == null ? null : value.toPlainString());
    }

    static BigDecimal decimal(ResultSet row, int index) throws SQLException {
        String text = row.getString(index);
        return text == null ? null : new BigDecimal(text);
    }
}
