-- How far the operator turned a page to read it upright (a page scanned sideways or upside down), so
-- that it is shown turned again when the invoice is opened later.
--
-- A table of its own rather than a column of pages: the rows of pages are replaced when the pages are
-- read again or a colleague's copy of the invoice arrives, and travel whole to the shared database.
-- A turn is how this workstation looks at the page, not part of the invoice: no trigger shares it.
CREATE TABLE page_turns (
    document_id   INTEGER NOT NULL REFERENCES documents (id),
    page_number   INTEGER NOT NULL,
    quarter_turns INTEGER NOT NULL CHECK (quarter_turns BETWEEN 1 AND 3),  -- clockwise; upright pages have no row
    PRIMARY KEY (document_id, page_number)
) WITHOUT ROWID;
