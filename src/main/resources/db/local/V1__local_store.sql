-- The local store of one workstation or scanning station.
-- Amounts and rates are TEXT holding plain decimals, so no amount is ever rounded through a float.
-- Times are TEXT in UTC, ISO-8601 with milliseconds, so they sort as they are written.

-- A document is its bytes: one row per SHA-256, ever.
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    sha256        TEXT    NOT NULL UNIQUE,
    file_name     TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    status_reason TEXT,
    page_count    INTEGER,           -- null until the pages have been read
    captured_at   TEXT    NOT NULL
);

-- Kept apart from documents so that listing documents never drags the files through memory.
CREATE TABLE originals (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id),
    bytes       BLOB    NOT NULL
);

-- Every place a document was seen; a second origin makes it a duplicate.
CREATE TABLE captures (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    origin      TEXT    NOT NULL,
    file_name   TEXT    NOT NULL,
    captured_at TEXT    NOT NULL,
    UNIQUE (document_id, origin)
);

CREATE TABLE pages (
    document_id INTEGER NOT NULL REFERENCES documents (id),
    number      INTEGER NOT NULL,
    engine      TEXT    NOT NULL,
    width       REAL    NOT NULL,
    height      REAL    NOT NULL,
    PRIMARY KEY (document_id, number)
) WITHOUT ROWID;

CREATE TABLE words (
    document_id INTEGER NOT NULL,
    page_number INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    x0          REAL    NOT NULL,
    y0          REAL    NOT NULL,
    x1          REAL    NOT NULL,
    y1          REAL    NOT NULL,
    confidence  REAL    NOT NULL,
    line        INTEGER NOT NULL,
    block       INTEGER NOT NULL,
    PRIMARY KEY (document_id, page_number, position),
    FOREIGN KEY (document_id, page_number) REFERENCES pages (document_id, number) ON DELETE CASCADE
) WITHOUT ROWID;

-- The latest recognition of a document; its parts go with it when it is replaced.
CREATE TABLE recognitions (
    document_id   INTEGER PRIMARY KEY REFERENCES documents (id),
    recognized_at TEXT    NOT NULL,
    actor         TEXT    NOT NULL
);

CREATE TABLE fields (
    document_id  INTEGER NOT NULL REFERENCES recognitions (document_id) ON DELETE CASCADE,
    field_key    TEXT    NOT NULL,
    value        TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    confidence   REAL    NOT NULL,
    page         INTEGER NOT NULL,
    x0           REAL,               -- the box is null when the value stands on no page
    y0           REAL,
    x1           REAL,
    y1           REAL,
    alternatives TEXT    NOT NULL,   -- JSON array of candidates, best first
    PRIMARY KEY (document_id, field_key)
) WITHOUT ROWID;

CREATE TABLE vat_lines (
    document_id INTEGER NOT NULL REFERENCES recognitions (document_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    rate        TEXT,
    base        TEXT,
    tax         TEXT,
    PRIMARY KEY (document_id, position)
) WITHOUT ROWID;

CREATE TABLE line_items (
    document_id INTEGER NOT NULL REFERENCES recognitions (document_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    description TEXT,
    quantity    TEXT,
    unit_price  TEXT,
    amount      TEXT,
    vat_rate    TEXT,
    PRIMARY KEY (document_id, position)
) WITHOUT ROWID;

CREATE TABLE checks (
    document_id INTEGER NOT NULL REFERENCES recognitions (document_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    ok          INTEGER NOT NULL CHECK (ok IN (0, 1)),
    detail      TEXT,
    PRIMARY KEY (document_id, position)
) WITHOUT ROWID;

-- Who changed what, when. AUTOINCREMENT so an id is never reused and the trail keeps its order.
CREATE TABLE audit (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    document_id INTEGER REFERENCES documents (id),
    action      TEXT    NOT NULL,
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT
);

CREATE INDEX audit_by_document ON audit (document_id, id);
