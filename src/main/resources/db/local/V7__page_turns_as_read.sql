-- A page its reading found turned opens as it was read (pages.upright_turns) without a row here; a row
-- says how the operator turned it instead, and may now say 0: a page read turned that the operator set
-- back as it was scanned. The table is made again, as SQLite changes no check in place.
CREATE TABLE page_turns_kept (
    document_id   INTEGER NOT NULL REFERENCES documents (id),
    page_number   INTEGER NOT NULL,
    quarter_turns INTEGER NOT NULL CHECK (quarter_turns BETWEEN 0 AND 3),  -- clockwise
    PRIMARY KEY (document_id, page_number)
) WITHOUT ROWID;
INSERT INTO page_turns_kept (document_id, page_number, quarter_turns)
    SELECT document_id, page_number, quarter_turns FROM page_turns;
DROP TABLE page_turns;
ALTER TABLE page_turns_kept RENAME TO page_turns;
