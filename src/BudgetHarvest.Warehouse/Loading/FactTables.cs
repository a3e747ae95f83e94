using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Warehouse.Loading;

/// <summary>
/// The fact tables' columns as the bulk writers send them: defined once here so the PostgreSQL COPY
/// and the DuckDB appender cannot disagree. They match <c>Schema/Migrations/common/0002_facts.sql</c>.
/// </summary>
internal static class FactTables
{
    public static readonly FactTable<TableFact> DocumentTables = new("document_tables",
    [
        FactColumn<TableFact>.BigInt("document_id", t => t.DocumentId),
        FactColumn<TableFact>.SmallInt("table_ordinal", t => t.Ordinal),
        FactColumn<TableFact>.Integer("table_number", t => t.Table.Number),
        FactColumn<TableFact>.Text("title", t => t.Table.Title),
        FactColumn<TableFact>.Text("table_kind", t => FormatNames.Of(t.Table.Kind)),
        FactColumn<TableFact>.Text("measure", t => t.Table.Measure),
        FactColumn<TableFact>.Boolean("is_empty", t => t.Table.Empty),
        FactColumn<TableFact>.Text("empty_reason", t => t.Table.EmptyReason),
        FactColumn<TableFact>.IntegerArray("pages", t => t.Table.Pages),
        FactColumn<TableFact>.Integer("row_count", t => t.Table.Rows.Count),
        FactColumn<TableFact>.Text("funding", t => t.Table.Funding is { } f ? FormatNames.Of(f) : null),
        FactColumn<TableFact>.Text("spending", t => t.Table.Spending is { } s ? FormatNames.Of(s) : null),
        FactColumn<TableFact>.Text("row_key", t => t.Table.RowKey is { } k ? FormatNames.Of(k) : null),
        FactColumn<TableFact>.Boolean("corrected", t => t.Corrected),
    ]);

    public static readonly FactTable<BudgetLine> BudgetLines = new("budget_lines",
    [
        FactColumn<BudgetLine>.BigInt("document_id", l => l.Table.DocumentId),
        FactColumn<BudgetLine>.SmallInt("table_ordinal", l => l.Table.Ordinal),
        FactColumn<BudgetLine>.Integer("table_number", l => l.Table.Table.Number),
        FactColumn<BudgetLine>.Text("table_kind", l => FormatNames.Of(l.Table.Table.Kind)),
        FactColumn<BudgetLine>.Integer("row_number", l => l.RowNumber),
        FactColumn<BudgetLine>.Text("code", l => l.Labels.Code),
        FactColumn<BudgetLine>.Text("name", l => l.Labels.Name),
        FactColumn<BudgetLine>.Text("parent", l => l.Labels.Parent),
        FactColumn<BudgetLine>.Text("panel", l => l.Labels.Panel),
        FactColumn<BudgetLine>.Text("gov_code", l => l.Labels.GovCode),
        FactColumn<BudgetLine>.Text("gov_name", l => l.Labels.GovName),
        FactColumn<BudgetLine>.Text("label", l => l.Labels.Label),
        FactColumn<BudgetLine>.Text("description", l => l.Labels.Description),
        FactColumn<BudgetLine>.Text("column_key", l => l.ColumnKey),
        FactColumn<BudgetLine>.Decimal("amount_printed", l => l.AmountPrinted),
        FactColumn<BudgetLine>.Text("measure", l => l.Table.Table.Measure),
        FactColumn<BudgetLine>.Decimal("amount_yuan", l => l.AmountYuan),
        FactColumn<BudgetLine>.Text("extra_header", l => l.ExtraHeader),
        FactColumn<BudgetLine>.Boolean("corrected", l => l.Corrected),
    ]);

    public static readonly FactTable<SectionFact> Sections = new("sections",
    [
        FactColumn<SectionFact>.BigInt("document_id", s => s.DocumentId),
        FactColumn<SectionFact>.SmallInt("ordinal", s => s.Ordinal),
        FactColumn<SectionFact>.Text("label", s => FormatNames.Of(s.Section.Label)),
        FactColumn<SectionFact>.Text("heading", s => s.Section.Heading),
        FactColumn<SectionFact>.Text("content", s => s.Section.Text),
        FactColumn<SectionFact>.IntegerArray("pages", s => s.Section.Pages),
    ]);

    public static readonly FactTable<IssueFact> Issues = new("issues", IssueColumns());

    /// <summary>The warehouse's notes to reviewers (<see cref="IssueCodes.ReviewNotes"/>), numbered after the document's issues: <c>0011_review_notes.sql</c>.</summary>
    public static readonly FactTable<IssueFact> ReviewNotes = new("review_notes", IssueColumns());

    public static readonly FactTable<IndicatorFact> PerformanceIndicators = new("performance_indicators",
    [
        FactColumn<IndicatorFact>.BigInt("document_id", i => i.Table.DocumentId),
        FactColumn<IndicatorFact>.SmallInt("table_ordinal", i => i.Table.Ordinal),
        FactColumn<IndicatorFact>.Integer("table_number", i => i.Table.Table.Number),
        FactColumn<IndicatorFact>.Integer("row_number", i => i.RowNumber),
        FactColumn<IndicatorFact>.Text("level1", i => i.Row.Text(RowFields.Level1)),
        FactColumn<IndicatorFact>.Text("level2", i => i.Row.Text(RowFields.Level2)),
        FactColumn<IndicatorFact>.Text("name", i => i.Row.Text(RowFields.Name)),
        FactColumn<IndicatorFact>.Text("value", i => i.Row.Text(RowFields.Value)),
    ]);

    public static readonly FactTable<ProjectFact> PerformanceProjects = new("performance_projects",
    [
        FactColumn<ProjectFact>.BigInt("document_id", p => p.Table.DocumentId),
        FactColumn<ProjectFact>.SmallInt("table_ordinal", p => p.Table.Ordinal),
        FactColumn<ProjectFact>.Integer("table_number", p => p.Table.Table.Number),
        FactColumn<ProjectFact>.Text("project", p => p.Meta.Project),
        FactColumn<ProjectFact>.Text("department", p => p.Meta.Department),
        FactColumn<ProjectFact>.Decimal("funds_total_yuan", p => p.FundsTotalYuan),
        FactColumn<ProjectFact>.Decimal("funds_fiscal_yuan", p => p.FundsFiscalYuan),
        FactColumn<ProjectFact>.Decimal("funds_other_yuan", p => p.FundsOtherYuan),
        FactColumn<ProjectFact>.Text("goals", p => string.Join('\n', p.Meta.Goals)),
    ]);

    public static readonly FactTable<ProcurementFact> ProcurementItems = new("procurement_items",
    [
        FactColumn<ProcurementFact>.BigInt("document_id", p => p.Table.DocumentId),
        FactColumn<ProcurementFact>.SmallInt("table_ordinal", p => p.Table.Ordinal),
        FactColumn<ProcurementFact>.Integer("table_number", p => p.Table.Table.Number),
        FactColumn<ProcurementFact>.Integer("row_number", p => p.RowNumber),
        FactColumn<ProcurementFact>.Text("item", p => p.Row.Text(RowFields.Item)),
        FactColumn<ProcurementFact>.Text("catalog", p => p.Row.Text(RowFields.Catalog)),
        FactColumn<ProcurementFact>.Text("service", p => p.Row.Text(RowFields.Service)),
        FactColumn<ProcurementFact>.Decimal("quantity", p => p.Row.Amount(RowFields.Quantity)),
        FactColumn<ProcurementFact>.Decimal("amount_yuan", p => p.AmountYuan),
        FactColumn<ProcurementFact>.Text("schedule", p => p.Row.Text(RowFields.Schedule)),
    ]);

    private static FactColumn<IssueFact>[] IssueColumns() =>
    [
        FactColumn<IssueFact>.BigInt("document_id", i => i.DocumentId),
        FactColumn<IssueFact>.Integer("ordinal", i => i.Ordinal),
        FactColumn<IssueFact>.Text("code", i => i.Issue.Code),
        FactColumn<IssueFact>.Text("severity", i => FormatNames.Of(i.Issue.Severity)),
        FactColumn<IssueFact>.Integer("table_number", i => i.Issue.Table),
        FactColumn<IssueFact>.Text("message", i => i.Issue.Message),
    ];
}
