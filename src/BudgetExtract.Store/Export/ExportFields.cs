namespace BudgetExtract.Store.Export;

/// <summary>A column of an export: its Frictionless type (string, integer, number) and what it means.</summary>
public sealed record ExportField(string Name, string Type, string Description);

/// <summary>The field schemas of the exported resources, shared by every export format.</summary>
public static class ExportFields
{
    private static readonly ExportField[] Common =
    [
        new("region", "string", "Region the document belongs to (as printed), e.g. 深圳市"),
        new("department", "string", "Department as printed in the document"),
        new("year", "integer", "Budget year"),
        new("kind", "string", "Document kind: 部门预算, 单位预算, 部门决算, 绩效目标表, 绩效自评"),
        new("file", "string", "File name of the source document"),
        new("sha256", "string", "SHA-256 of the source document's bytes (its identity in the store)"),
        new("table", "integer", "0-based index of the table in the document's extraction result"),
    ];

    public static readonly IReadOnlyList<ExportField> Lines =
    [
        .. Common,
        new("table_title", "string", "Title of the table the line comes from"),
        new("classification", "string", "function (支出功能分类) or economic (支出经济分类); empty when unknown"),
        new("code", "string", "Subject code (3, 5 or 7 digits); empty when printed without one"),
        new("name", "string", "Subject name"),
        new("level", "integer", "Subject level: 1 类, 2 款, 3 项"),
        new("parent", "string", "Parent subject code"),
        new("unit", "string", "Budget unit (预算单位) the row belongs to, when shown"),
        new("column", "string", "Amount column as printed (e.g. 基本支出)"),
        new("amount", "number", "Amount in yuan, exact decimal; empty for blank or '-'"),
        new("text", "string", "The amount cell's text as printed"),
        new("page", "integer", "1-based page of the cell"),
    ];

    public static readonly IReadOnlyList<ExportField> Indicators =
    [
        .. Common,
        new("project", "string", "Project the indicator belongs to; empty for whole-department targets"),
        new("level1", "string", "一级指标"),
        new("level2", "string", "二级指标"),
        new("level3", "string", "三级指标"),
        new("target", "string", "Target (指标值) as printed"),
        new("target_op", "string", "Comparator of the target: >=, <=, =, >, <"),
        new("target_value", "number", "Numeric value of the target, exact decimal"),
        new("target_unit", "string", "Unit of the target (%, 个, 万元, …)"),
        new("actual", "string", "Actual value (实际完成值) as printed, self-evaluations only"),
        new("weight", "number", "Weight (分值)"),
        new("score", "number", "Score (得分)"),
        new("note", "string", "Note or reason for deviation"),
        new("page", "integer", "1-based page of the indicator row"),
    ];
}
