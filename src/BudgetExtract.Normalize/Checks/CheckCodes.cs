namespace BudgetExtract.Normalize.Checks;

/// <summary>The <c>code</c> of a check record.</summary>
public static class CheckCodes
{
    /// <summary>A parent subject (类/款, 一、/（一）) differs from the sum of its children in a column.</summary>
    public const string SumMismatch = "sum-mismatch";

    /// <summary>A 小计 column differs from the sum of the columns beside it under the same header (基本支出/小计 = 人员经费 + 公用经费).</summary>
    public const string ColumnSumMismatch = "column-sum-mismatch";

    /// <summary>A 合计/总计 row, or a budget unit's row, differs from the sum of its top-level rows.</summary>
    public const string TotalMismatch = "total-mismatch";

    /// <summary>收入总计 differs from 支出总计.</summary>
    public const string BalanceMismatch = "balance-mismatch";

    /// <summary>Two tables print different figures for the same total.</summary>
    public const string CrossTableMismatch = "cross-table-mismatch";
}
