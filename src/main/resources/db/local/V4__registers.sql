-- The registers as a firm keeps them: suppliers with their contact details, keyword rules and
-- accounts; client files with their identifiers, address, account rule and account mappings; and on
-- every invoice, the supplier it was identified as, with the steps that led there.

ALTER TABLE suppliers ADD COLUMN ref      TEXT;                     -- the firm's own id for it, from its register
ALTER TABLE suppliers ADD COLUMN email    TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN street   TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN city     TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN country  TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN currency TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN vat_rate TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN blocked  INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1));

CREATE UNIQUE INDEX suppliers_by_ref ON suppliers (ref) WHERE ref IS NOT NULL;

-- "If the page contains this, the supplier is this one": an operator's rule, stronger than any identifier.
CREATE TABLE supplier_keywords (
    supplier_id TEXT NOT NULL REFERENCES suppliers (id),
    keyword     TEXT NOT NULL,
    PRIMARY KEY (supplier_id, keyword)
) WITHOUT ROWID;

-- The supplier's account in the books of a client file; dossier_id '' is its account in every file.
CREATE TABLE supplier_accounts (
    supplier_id TEXT NOT NULL REFERENCES suppliers (id),
    dossier_id  TEXT NOT NULL,
    account     TEXT NOT NULL,
    PRIMARY KEY (supplier_id, dossier_id)
) WITHOUT ROWID;

ALTER TABLE dossiers ADD COLUMN ref            TEXT;
ALTER TABLE dossiers ADD COLUMN street         TEXT    NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN postcode       TEXT    NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN city           TEXT    NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN country        TEXT    NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN account_prefix TEXT    NOT NULL DEFAULT '401';
ALTER TABLE dossiers ADD COLUMN account_length INTEGER NOT NULL DEFAULT 0 CHECK (account_length BETWEEN 0 AND 40);
ALTER TABLE dossiers ADD COLUMN firm           INTEGER NOT NULL DEFAULT 0 CHECK (firm IN (0, 1));

CREATE UNIQUE INDEX dossiers_by_ref ON dossiers (ref) WHERE ref IS NOT NULL;

-- The client's own VAT number, SIREN, SIRET...: on an invoice they name the client file, never the supplier.
CREATE TABLE dossier_identifiers (
    dossier_id TEXT NOT NULL REFERENCES dossiers (id),
    kind       TEXT NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (dossier_id, kind, value)
) WITHOUT ROWID;

CREATE INDEX dossier_identifiers_by_value ON dossier_identifiers (kind, value);

-- Concordances: in this client file, a supplier booked on from_account is booked on to_account.
CREATE TABLE account_mappings (
    dossier_id   TEXT NOT NULL REFERENCES dossiers (id),
    from_account TEXT NOT NULL,
    to_account   TEXT NOT NULL,
    PRIMARY KEY (dossier_id, from_account)
) WITHOUT ROWID;

-- The supplier each invoice was identified as, and how: JSON with matched_by, candidates, account, log.
ALTER TABLE documents ADD COLUMN supplier_id TEXT REFERENCES suppliers (id);
ALTER TABLE documents ADD COLUMN identification TEXT;

CREATE INDEX documents_by_supplier ON documents (supplier_id);

CREATE TRIGGER share_supplier_keywords_insert AFTER INSERT ON supplier_keywords
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('supplier', NEW.supplier_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_supplier_keywords_delete AFTER DELETE ON supplier_keywords
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('supplier', OLD.supplier_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_supplier_accounts_insert AFTER INSERT ON supplier_accounts
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('supplier', NEW.supplier_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_supplier_accounts_update AFTER UPDATE ON supplier_accounts
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('supplier', NEW.supplier_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_supplier_accounts_delete AFTER DELETE ON supplier_accounts
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('supplier', OLD.supplier_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_dossier_identifiers_insert AFTER INSERT ON dossier_identifiers
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('dossier', NEW.dossier_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_dossier_identifiers_delete AFTER DELETE ON dossier_identifiers
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('dossier', OLD.dossier_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_account_mappings_insert AFTER INSERT ON account_mappings
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('dossier', NEW.dossier_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_account_mappings_update AFTER UPDATE ON account_mappings
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('dossier', NEW.dossier_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;

CREATE TRIGGER share_account_mappings_delete AFTER DELETE ON account_mappings
WHEN NOT EXISTS (SELECT 1 FROM sync_quiet)
BEGIN
    INSERT INTO outbox (kind, key, change_id, queued_at)
    VALUES ('dossier', OLD.dossier_id, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET change_id = excluded.change_id, attempts = 0, next_try_at = NULL;
END;
