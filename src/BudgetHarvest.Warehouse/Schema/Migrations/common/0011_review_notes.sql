-- The warehouse's notes to reviewers: unit_mismatch (the PDF prints another unit than its harvest
-- seed) and correction_not_applied (a reviewer's correction whose table or row a re-extraction lost).
-- They are not issue codes of budgetharvest/1, so they are kept out of the document (documents.body,
-- the JSON download, the exports) and out of issues; a table of their own, numbered after the
-- document's issues so a reviewer reads one list (issues_and_notes). A table, not a flag on issues:
-- DuckDB cannot replay from its WAL an ALTER of a table whose CHECKs it must bind again.
CREATE TABLE review_notes (
    document_id  bigint  NOT NULL,
    ordinal      integer NOT NULL,
    code         text    NOT NULL,
    severity     text    NOT NULL,
    table_number integer,
    message      text    NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);

-- Notes stored as issues before this version move here (their bodies are cleaned when read).
INSERT INTO review_notes (document_id, ordinal, code, severity, table_number, message)
SELECT document_id, ordinal, code, severity, table_number, message
FROM issues WHERE code IN ('unit_mismatch', 'correction_not_applied') AND severity <> 'error';

DELETE FROM issues WHERE code IN ('unit_mismatch', 'correction_not_applied') AND severity <> 'error';

-- A document's issues and review notes as its reviewer sees them, one list by ordinal.
CREATE VIEW issues_and_notes AS
SELECT document_id, ordinal, code, severity, table_number, message, false AS review_note FROM issues
UNION ALL
SELECT document_id, ordinal, code, severity, table_number, message, true AS review_note FROM review_notes;

-- The review notes of the latest documents, beside v_issues (which holds only the format's issues).
CREATE VIEW v_review_notes AS
SELECT d.document_id, d.sha256, d.unit_id, d.unit_name, d.region, d.year, d.document_kind,
       n.ordinal, n.code, n.severity, n.table_number, n.message
FROM review_notes n
JOIN v_documents d ON d.document_id = n.document_id;

INSERT INTO data_dictionary (object, column_name, term, meaning) VALUES
('v_review_notes', 'code', '复核提示', 'a note of the warehouse to reviewers, not an issue of the budgetharvest/1 document: unit_mismatch (the PDF prints another unit than its seed) or correction_not_applied (a correction a re-extraction no longer fits)'),
('v_review_notes', 'message', '说明', 'what the note says: the two unit names, or the correction and why it no longer applies');
