-- Every template, not only the seed's: a table is described by what it holds (kind and the facets
-- funding / spending / row_key), never by the number one province gives it; and no printed amount
-- is dropped: a column whose header maps to no key is stored with column_key 'extra' and its
-- printed header in extra_header. Columns are added last, so the bulk writers' column order holds.
ALTER TABLE document_tables ADD COLUMN funding text;
ALTER TABLE document_tables ADD COLUMN spending text;
ALTER TABLE document_tables ADD COLUMN row_key text;
ALTER TABLE budget_lines ADD COLUMN extra_header text;

-- The tables of the latest documents, whatever their number, by kind and facets.
CREATE VIEW v_tables AS
SELECT d.document_id, d.sha256, d.unit_id, d.unit_name, d.region, d.year, d.document_kind,
       t.table_ordinal, t.table_number, t.title, t.table_kind, t.funding, t.spending, t.row_key,
       t.measure, t.is_empty, t.empty_reason, t.pages, t.row_count
FROM document_tables t
JOIN v_documents d ON d.document_id = t.document_id;

-- Every printed amount of the latest documents with its table's kind and facets: "一般公共预算 basic
-- spending by economic class" is table_kind = 'economic_detail' AND funding = 'general_budget' AND
-- spending = 'basic', in every family's template.
CREATE VIEW v_facet_lines AS
SELECT d.document_id, d.sha256, d.unit_id, d.unit_name, d.region, d.year, d.document_kind,
       l.table_ordinal, l.table_number, t.title AS table_title, l.table_kind, t.funding, t.spending, t.row_key,
       l.row_number, l.code, l.name, l.parent, l.panel, l.label,
       l.column_key, l.extra_header, l.amount_yuan, l.amount_printed, l.measure
FROM budget_lines l
JOIN v_documents d ON d.document_id = l.document_id
JOIN document_tables t ON t.document_id = l.document_id AND t.table_ordinal = l.table_ordinal;
