-- How many quarter turns clockwise made a page readable, where its reading found it scanned upside down or
-- sideways. Its words stay where they stand on the page as scanned; the fields are read with the page upright.
-- A column of pages: it is part of the reading, replaced with it and shared with it.
ALTER TABLE pages ADD COLUMN upright_turns INTEGER NOT NULL DEFAULT 0 CHECK (upright_turns BETWEEN 0 AND 3);
