-- Sharing with the firm's database: client files, and what every change must remember so that it
-- reaches the other workstations.
--
-- Every change to something shared queues its thing in the outbox, in the same transaction, by the
-- triggers below: no code path can change an invoice, a mask or a supplier and forget to share it.
-- One outbox row per thing, however often it changes before it is sent; change_id is new at every
-- change, so a send that crossed a newer change does not clear it. Changes that arrive from the
-- shared database are written with a row in sync_quiet, which silences the triggers.

-- The firm's clients. Every invoice may belong to one.
CREATE TABLE dossiers (
    id         TEXT PRIMARY KEY,              -- UUID, the same on every workstation
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

ALTER TABLE documents ADD COLUMN dossier_id TEXT REFERENCES dossiers (id);

-- Set when two workstations validated the invoice with different values: someone must decide.
ALTER TABLE documents ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1));

-- The other validations of an invoice in conflict, as the shared database keeps them.
CREATE TABLE conflict_versions (
    document_id INTEGER NOT NULL REFERENCES documents (id),
    change_id   TEXT    NOT NULL,
    station     TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    at          TEXT    NOT NULL,
    record      TEXT    NOT NULL,             -- JSON: the invoice as that workstation validated it
    PRIMARY KEY (document_id, change_id)
) WITHOUT ROWID;

-- Audit rows and mask versions are made on many workstations: each gets an id of its own.
ALTER TABLE audit ADD COLUMN gid TEXT;
UPDATE audit SET gid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX audit_by_gid ON audit (gid);

ALTER TABLE mask_versions ADD COLUMN gid TEXT;
UPDATE mask_versions SET gid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX mask_versions_by_gid ON mask_versions (gid);

CREATE TABLE outbox (
    kind        TEXT    NOT NULL,             -- invoice, supplier, mask, custom_field, dossier
    key         TEXT    NOT NULL,             -- the local key: a document id, a supplier id...
    change_id   TEXT    NOT NULL,
    queued_at   TEXT    NOT NULL,             -- when the first change not yet sent was made
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_try_at TEXT,                         -- null: at once
    last_error  TEXT,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

CREATE INDEX outbox_oldest_first ON outbox (queued_at);

-- The version the shared database holds of each thing, as this workstation last saw it.
CREATE TABLE sync_versions (
    kind      TEXT    NOT NULL,
    key       TEXT    NOT NULL,
    version   INTEGER NOT NULL,
    change_id TEXT    NOT NULL,               -- the change that made that version
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

CREATE TABLE sync_state (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    station TEXT    NOT NULL,                 -- this workstation's own id
    server  TEXT,                             -- the shared database the cursor counts in
    cursor  INTEGER NOT NULL DEFAULT 0        -- the last change pulled from it
);

INSERT INTO sync_state (id, station) VALUES (1, lower(hex(randomblob(16))));

CREATE TABLE sync_quiet (
    id INTEGER PRIMARY KEY CHECK (id = 1)
);

-- Invoices: the document and everything read on it.
CREATE TRIGGER share_documents_insert AFTER INSERT ON documents
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_documents_update AFTER UPDATE ON documents
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_captures_insert AFTER INSERT ON captures
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_captures_update AFTER UPDATE ON captures
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_captures_delete AFTER DELETE ON captures
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', OLD.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_pages_insert AFTER INSERT ON pages
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_pages_update AFTER UPDATE ON pages
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_pages_delete AFTER DELETE ON pages
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', OLD.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_recognitions_insert AFTER INSERT ON recognitions
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_recognitions_update AFTER UPDATE ON recognitions
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_recognitions_delete AFTER DELETE ON recognitions
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', OLD.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_fields_insert AFTER INSERT ON fields
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_fields_update AFTER UPDATE ON fields
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_fields_delete AFTER DELETE ON fields
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', OLD.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_vat_lines_insert AFTER INSERT ON vat_lines
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_vat_lines_update AFTER UPDATE ON vat_lines
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_vat_lines_delete AFTER DELETE ON vat_lines
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', OLD.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_line_items_insert AFTER INSERT ON line_items
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_line_items_update AFTER UPDATE ON line_items
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_line_items_delete AFTER DELETE ON line_items
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', OLD.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_checks_insert AFTER INSERT ON checks
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_checks_update AFTER UPDATE ON checks
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_checks_delete AFTER DELETE ON checks
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', OLD.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_custom_values_insert AFTER INSERT ON custom_values
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_custom_values_update AFTER UPDATE ON custom_values
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_custom_values_delete AFTER DELETE ON custom_values
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', OLD.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_audit_insert AFTER INSERT ON audit
WHEN NEW.document_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('invoice', NEW.document_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

-- The supplier register, masks, custom fields and client files.
CREATE TRIGGER share_suppliers_insert AFTER INSERT ON suppliers
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('supplier', NEW.id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_suppliers_update AFTER UPDATE ON suppliers
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('supplier', NEW.id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_supplier_identifiers_insert AFTER INSERT ON supplier_identifiers
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('supplier', NEW.supplier_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_supplier_identifiers_delete AFTER DELETE ON supplier_identifiers
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('supplier', OLD.supplier_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_masks_insert AFTER INSERT ON masks
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('mask', NEW.id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_masks_update AFTER UPDATE ON masks
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('mask', NEW.id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_mask_versions_insert AFTER INSERT ON mask_versions
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('mask', NEW.mask_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_custom_fields_insert AFTER INSERT ON custom_fields
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('custom_field', NEW.name || char(31) || ifnull(NEW.supplier_id, ''), lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_custom_fields_update AFTER UPDATE ON custom_fields
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('custom_field', NEW.name || char(31) || ifnull(NEW.supplier_id, ''), lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_custom_fields_delete AFTER DELETE ON custom_fields
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('custom_field', OLD.name || char(31) || ifnull(OLD.supplier_id, ''), lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_dossiers_insert AFTER INSERT ON dossiers
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('dossier', NEW.id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_dossiers_update AFTER UPDATE ON dossiers
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('dossier', NEW.id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

-- What this workstation holds already is shared once it first connects.
INSERT INTO outbox (kind, key, change_id, queued_at)
SELECT 'invoice', id, lower(hex(randomblob(16))), captured_at FROM documents;
INSERT INTO outbox (kind, key, change_id, queued_at)
SELECT 'supplier', id, lower(hex(randomblob(16))), created_at FROM suppliers;
INSERT INTO outbox (kind, key, change_id, queued_at)
SELECT 'mask', id, lower(hex(randomblob(16))), updated_at FROM masks;
INSERT INTO outbox (kind, key, change_id, queued_at)
SELECT 'custom_field', name || char(31) || ifnull(supplier_id, ''), lower(hex(randomblob(16))), created_at FROM custom_fields;
