using BudgetHarvest.Warehouse.Sql;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>The gate before the store: one statement that reads, told apart from semicolons in literals and comments.</summary>
public sealed class ReadStatementTests
{
    [Theory]
    [InlineData("SELECT 1", "SELECT 1")]
    [InlineData("  select 'a;b' AS x ;  -- done", "select 'a;b' AS x")]
    [InlineData("WITH t AS (SELECT 1) SELECT * FROM t;", "WITH t AS (SELECT 1) SELECT * FROM t")]
    [InlineData("(SELECT 1) UNION ALL (SELECT 2)", "(SELECT 1) UNION ALL (SELECT 2)")]
    [InlineData("SELECT \"a;b\" FROM t /* ; DROP TABLE t */", "SELECT \"a;b\" FROM t /* ; DROP TABLE t */")]
    [InlineData("SELECT $$;DROP$$, E'\\';DROP'", "SELECT $$;DROP$$, E'\\';DROP'")]
    [InlineData("-- a comment first\nFROM documents", "-- a comment first\nFROM documents")]
    public void Check_OneReadingStatement_ReturnsItWithoutTheSemicolon(string sql, string expected) =>
        Assert.Equal(expected, ReadStatement.Check(sql));

    [Theory]
    [InlineData("DELETE FROM documents; COMMIT", "one statement per call")]
    [InlineData("DELETE FROM documents", "\"DELETE …\" is refused")]
    [InlineData("COMMIT; DROP TABLE procurement_items CASCADE", "one statement per call")]
    [InlineData("DROP TABLE procurement_items CASCADE", "DROP")]
    [InlineData("SELECT 1; DROP TABLE documents", "one statement per call")]
    [InlineData("SELECT 'x'; /* */ COMMIT", "one statement per call")]
    [InlineData("COPY documents TO '/tmp/x.csv'", "COPY")]
    [InlineData("ATTACH '/tmp/x.duckdb' AS x", "ATTACH")]
    [InlineData("INSTALL httpfs FROM 'http://example.org'", "INSTALL")]
    [InlineData("EXPORT DATABASE '/tmp/x'", "EXPORT")]
    [InlineData("RESET ROLE", "RESET")]
    [InlineData("SELECT pg_catalog.set_config('role', 'postgres', true)", "set_config")]
    [InlineData("SELECT query_to_xml('DELETE FROM t', true, true, '')", "query_to_xml")]
    [InlineData("   ;  ", "empty")]
    [InlineData("", "empty")]
    public void Check_WritingOrEscapingSql_IsRefusedNamingWhy(string sql, string reason)
    {
        var error = Assert.Throws<QueryRefusedException>(() => ReadStatement.Check(sql));

        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
