-- The supplier register and the masks taught on suppliers' invoices.
-- Ids are UUIDs so that suppliers and masks made on different workstations never collide.

CREATE TABLE suppliers (
    id         TEXT    PRIMARY KEY,
    position   INTEGER NOT NULL UNIQUE,  -- the register's order: the first of two sharing an identifier wins
    name       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    created_by TEXT    NOT NULL
);

CREATE TABLE supplier_identifiers (
    supplier_id TEXT NOT NULL REFERENCES suppliers (id),
    kind        TEXT NOT NULL,           -- vat, siret, siren, iban
    value       TEXT NOT NULL,
    PRIMARY KEY (supplier_id, kind, value)
) WITHOUT ROWID;

CREATE INDEX supplier_identifiers_by_value ON supplier_identifiers (kind, value);

-- A mask's current version; its history is in mask_versions, each row a whole copy of the zones,
-- so that any version can be looked at or restored on its own.
CREATE TABLE masks (
    id          TEXT    PRIMARY KEY,
    supplier_id TEXT    NOT NULL REFERENCES suppliers (id),
    version     INTEGER NOT NULL,
    print       TEXT    NOT NULL,        -- JSON: the layout's words and where they stand
    zones       TEXT    NOT NULL,        -- JSON: one zone per field
    taught_on   TEXT,                    -- SHA-256 of the invoice last taught on
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    updated_at  TEXT    NOT NULL
);

CREATE INDEX masks_by_supplier ON masks (supplier_id);

CREATE TABLE mask_versions (
    mask_id TEXT    NOT NULL REFERENCES masks (id),
    version INTEGER NOT NULL,
    at      TEXT    NOT NULL,
    actor   TEXT    NOT NULL,
    action  TEXT    NOT NULL,            -- teach, remove zone, restore, delete
    field   TEXT,
    invoice TEXT,                        -- SHA-256 of the invoice the change was made on
    zones   TEXT    NOT NULL,
    print   TEXT    NOT NULL,
    PRIMARY KEY (mask_id, version)
) WITHOUT ROWID;

-- Fields an operator adds beyond the standard ones, for one supplier or (supplier_id null) for all.
CREATE TABLE custom_fields (
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('text', 'amount', 'date')),
    supplier_id TEXT REFERENCES suppliers (id),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);

CREATE UNIQUE INDEX custom_fields_by_name ON custom_fields (name, ifnull(supplier_id, ''));

CREATE TABLE custom_values (
    document_id INTEGER NOT NULL REFERENCES recognitions (document_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    value       TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    confidence  REAL    NOT NULL,
    page        INTEGER NOT NULL,
    x0 REAL, y0 REAL, x1 REAL, y1 REAL,
    PRIMARY KEY (document_id, position),
    UNIQUE (document_id, name)
) WITHOUT ROWID;
