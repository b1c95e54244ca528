-- The firm's shared database: what every workstation gives and takes.
--
-- Each shared thing is one row with its whole state as the workstation that sent it had it (record),
-- a version counted here, the change that made it (change_id, for repeated sends), and seq: the place
-- of its last change in the one order all workstations pull in. Writers take the changes lock for the
-- length of their transaction, so changes become visible in seq order and a puller never skips one.
--
-- Client files are private: a workstation's role sees and writes only the invoices of the client files
-- it is granted (row-level security, forced, on tables the role does not own). The supplier register,
-- masks and custom fields are the firm's, shared by all.

CREATE SEQUENCE changes;

-- Which database this is, so a workstation notices when it is pointed at another one.
CREATE TABLE about (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO about DEFAULT VALUES;

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'verifact_station') THEN
        CREATE ROLE verifact_station NOLOGIN;
    END IF;
END
$$;

-- Who may see which client file. A null client file grants them all, and the invoices not yet filed.
CREATE TABLE grants (
    role_name   name NOT NULL,
    dossier_gid uuid,
    UNIQUE NULLS NOT DISTINCT (role_name, dossier_gid)
);

-- Whoever prepares the database may see everything.
INSERT INTO grants (role_name, dossier_gid) VALUES (current_user, NULL);

ALTER TABLE grants ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_grants ON grants FOR SELECT USING (role_name = current_user);

-- The body is bound to these tables when the function is made (a standard SQL body, not a string read
-- at each call), so a temporary table a workstation names "grants" is never the one it reads.
CREATE FUNCTION granted(dossier uuid) RETURNS boolean
    LANGUAGE sql STABLE
    RETURN EXISTS (SELECT FROM public.grants g
                   WHERE g.role_name = current_user AND (g.dossier_gid IS NULL OR g.dossier_gid = dossier));

CREATE TABLE dossiers (
    gid        uuid        PRIMARY KEY,
    name       text        NOT NULL,
    record     jsonb       NOT NULL,
    version    integer     NOT NULL,
    change_id  text        NOT NULL,
    station    text        NOT NULL,
    seq        bigint      NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossiers_by_seq ON dossiers (seq);

CREATE TABLE invoices (
    sha256         text        PRIMARY KEY,
    dossier_gid    uuid,
    status         text        NOT NULL,
    file_name      text        NOT NULL,
    -- For people reading the database; the record is what workstations read.
    supplier       text,
    invoice_number text,
    invoice_date   text,
    gross          text,
    record         jsonb       NOT NULL,
    pages          bytea,                       -- the pages and their words, gzipped JSON
    version        integer     NOT NULL,
    change_id      text        NOT NULL,
    station        text        NOT NULL,
    actor          text,
    conflict       boolean     NOT NULL DEFAULT false,
    seq            bigint      NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invoices_by_seq ON invoices (seq);
CREATE INDEX invoices_by_dossier ON invoices (dossier_gid);

-- Validations of an invoice that differ from the one kept: nothing a workstation validated is lost.
CREATE TABLE invoice_conflicts (
    sha256     text        NOT NULL REFERENCES invoices (sha256),
    change_id  text        NOT NULL,
    station    text        NOT NULL,
    actor      text,
    at         timestamptz NOT NULL DEFAULT now(),
    record     jsonb       NOT NULL,
    decided_at timestamptz,
    PRIMARY KEY (sha256, change_id)
);

CREATE TABLE originals (
    sha256 text  PRIMARY KEY REFERENCES invoices (sha256),
    bytes  bytea NOT NULL
);

CREATE TABLE audit (
    gid       text PRIMARY KEY,
    position  bigint GENERATED ALWAYS AS IDENTITY,  -- the order entries arrived in, which is the order they were made
    sha256    text NOT NULL REFERENCES invoices (sha256),
    at        text NOT NULL,
    actor     text NOT NULL,
    action    text NOT NULL,
    field     text,
    old_value text,
    new_value text,
    station   text NOT NULL
);
CREATE INDEX audit_by_invoice ON audit (sha256, position);

-- An invoice being verified by one operator, until the claim expires or is let go.
CREATE TABLE claims (
    sha256     text        PRIMARY KEY REFERENCES invoices (sha256),
    holder     text        NOT NULL,
    station    text        NOT NULL,
    claimed_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);

CREATE TABLE suppliers (
    gid        uuid        PRIMARY KEY,
    name       text        NOT NULL,
    record     jsonb       NOT NULL,
    version    integer     NOT NULL,
    change_id  text        NOT NULL,
    station    text        NOT NULL,
    seq        bigint      NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX suppliers_by_seq ON suppliers (seq);

CREATE TABLE masks (
    gid          uuid        PRIMARY KEY,
    supplier_gid uuid        NOT NULL,
    record       jsonb       NOT NULL,
    version      integer     NOT NULL,
    change_id    text        NOT NULL,
    station      text        NOT NULL,
    seq          bigint      NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX masks_by_seq ON masks (seq);

-- Every version of every mask, from every workstation; the newest is the one in use.
CREATE TABLE mask_versions (
    gid      text  PRIMARY KEY,
    mask_gid uuid  NOT NULL REFERENCES masks (gid),
    at       text  NOT NULL,
    record   jsonb NOT NULL,
    station  text  NOT NULL
);
CREATE INDEX mask_versions_by_mask ON mask_versions (mask_gid, at);

CREATE TABLE custom_fields (
    gid        text        PRIMARY KEY,         -- name, unit separator, supplier id or nothing
    name       text        NOT NULL,
    record     jsonb       NOT NULL,
    version    integer     NOT NULL,
    change_id  text        NOT NULL,
    station    text        NOT NULL,
    seq        bigint      NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX custom_fields_by_seq ON custom_fields (seq);

-- A workstation pulls only what changed after the last change it saw. A grant makes older client files
-- and invoices visible to it: they are put at the end of the shared order (the changes lock taken, as
-- every writer does), so the workstation pulls them next; the others hold them already and skip them.
CREATE FUNCTION grant_made() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(6216465335319610196);
    UPDATE public.dossiers SET seq = nextval('public.changes')
        WHERE NEW.dossier_gid IS NULL OR gid = NEW.dossier_gid;
    UPDATE public.invoices SET seq = nextval('public.changes')
        WHERE NEW.dossier_gid IS NULL OR dossier_gid = NEW.dossier_gid;
    PERFORM pg_notify('verifact_changes', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER grant_made AFTER INSERT ON grants FOR EACH ROW EXECUTE FUNCTION grant_made();

-- Client files and their invoices are seen only where granted, by the tables' owner too.
ALTER TABLE dossiers ENABLE ROW LEVEL SECURITY;
ALTER TABLE dossiers FORCE ROW LEVEL SECURITY;
CREATE POLICY granted_dossiers ON dossiers USING (granted(gid)) WITH CHECK (granted(gid));

ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
ALTER TABLE invoices FORCE ROW LEVEL SECURITY;
CREATE POLICY granted_invoices ON invoices USING (granted(dossier_gid)) WITH CHECK (granted(dossier_gid));

-- What hangs on an invoice is seen where the invoice is: the invoice's own policy does the checking.
ALTER TABLE invoice_conflicts ENABLE ROW LEVEL SECURITY;
ALTER TABLE invoice_conflicts FORCE ROW LEVEL SECURITY;
CREATE POLICY granted_conflicts ON invoice_conflicts
    USING (EXISTS (SELECT FROM invoices i WHERE i.sha256 = invoice_conflicts.sha256))
    WITH CHECK (EXISTS (SELECT FROM invoices i WHERE i.sha256 = invoice_conflicts.sha256));

ALTER TABLE originals ENABLE ROW LEVEL SECURITY;
ALTER TABLE originals FORCE ROW LEVEL SECURITY;
CREATE POLICY granted_originals ON originals
    USING (EXISTS (SELECT FROM invoices i WHERE i.sha256 = originals.sha256))
    WITH CHECK (EXISTS (SELECT FROM invoices i WHERE i.sha256 = originals.sha256));

ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit FORCE ROW LEVEL SECURITY;
CREATE POLICY granted_audit ON audit
    USING (EXISTS (SELECT FROM invoices i WHERE i.sha256 = audit.sha256))
    WITH CHECK (EXISTS (SELECT FROM invoices i WHERE i.sha256 = audit.sha256));

ALTER TABLE claims ENABLE ROW LEVEL SECURITY;
ALTER TABLE claims FORCE ROW LEVEL SECURITY;
CREATE POLICY granted_claims ON claims
    USING (EXISTS (SELECT FROM invoices i WHERE i.sha256 = claims.sha256))
    WITH CHECK (EXISTS (SELECT FROM invoices i WHERE i.sha256 = claims.sha256));

-- Workstations read and write; they delete nothing but their own claims, and own nothing.
GRANT SELECT ON about, grants TO verifact_station;
GRANT EXECUTE ON FUNCTION granted(uuid) TO verifact_station;
GRANT SELECT, INSERT, UPDATE ON dossiers, invoices, invoice_conflicts, originals, audit,
    suppliers, masks, mask_versions, custom_fields TO verifact_station;
GRANT SELECT, INSERT, UPDATE, DELETE ON claims TO verifact_station;
GRANT USAGE, SELECT ON SEQUENCE changes TO verifact_station;
-- Workstations check the database's version before they use it.
GRANT SELECT ON flyway_schema_history TO verifact_station;
