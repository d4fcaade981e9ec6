namespace BudgetExtract.Normalize.Kinds;

/// <summary>
/// The recognized table kinds: the <c>kind</c> member of a table record (DESIGN.md §5/§6). docs/normalize.md lists them
/// with the printed titles each one covers.
/// </summary>
public static class TableKind
{
    public const string IncomeExpenditureSummary = "income-expenditure-summary";       // 收支总表
    public const string IncomeSummary = "income-summary";                               // 收入总表
    public const string ExpenditureSummary = "expenditure-summary";                     // 支出总表
    public const string BasicExpenditureSummary = "basic-expenditure-summary";          // 基本支出总表
    public const string ProjectExpenditure = "project-expenditure";                     // 项目支出总表 / 项目支出表 / 项目支出情况表
    public const string FiscalGrantSummary = "fiscal-grant-summary";                    // 财政拨款收支总表 / 政府预算拨款收支总表
    public const string FiscalGrantExpenditure = "fiscal-grant-expenditure";            // 财政拨款支出表（功能科目）
    public const string GeneralBudgetByFunction = "general-budget-by-function";         // 一般公共预算支出表（按功能分类）
    public const string GeneralBudgetByEconomic = "general-budget-by-economic";         // 一般公共预算支出表（按经济分类）
    public const string GeneralBudgetProjectByEconomic = "general-budget-project-by-economic"; // 一般公共预算项目支出表（按经济分类）
    public const string GeneralBudgetBasicByEconomic = "general-budget-basic-by-economic"; // 一般公共预算基本支出表
    public const string ThreePublic = "three-public";                                   // 一般公共预算“三公”经费支出表
    public const string GovernmentFund = "government-fund";                             // 政府性基金预算支出表
    public const string StateCapital = "state-capital";                                 // 国有资本经营预算支出表
    public const string TransferPayment = "transfer-payment";                           // 上级专项转移支付支出表
    public const string Procurement = "procurement";                                    // 政府采购（项目）预算表
    public const string PerformanceProjects = "performance-projects";                   // 部门预算绩效管理项目情况表
    public const string PerformanceTargetsOverall = "performance-targets-overall";      // 部门/单位整体支出绩效目标表
    public const string PerformanceTargetsProject = "performance-targets-project";      // 项目支出绩效目标表
    public const string PerformanceSelfEvaluation = "performance-self-evaluation";      // 绩效自评表 / 绩效自我评价

    public static readonly IReadOnlyList<string> All =
    [
        IncomeExpenditureSummary, IncomeSummary, ExpenditureSummary, BasicExpenditureSummary, ProjectExpenditure,
        FiscalGrantSummary, FiscalGrantExpenditure, GeneralBudgetByFunction, GeneralBudgetByEconomic, GeneralBudgetBasicByEconomic, GeneralBudgetProjectByEconomic, ThreePublic,
        GovernmentFund, StateCapital, TransferPayment, Procurement, PerformanceProjects, PerformanceTargetsOverall,
        PerformanceTargetsProject, PerformanceSelfEvaluation,
    ];

    /// <summary>Kinds whose rows are performance indicators rather than amounts.</summary>
    public static bool IsIndicatorKind(string? kind) =>
        kind is PerformanceTargetsOverall or PerformanceTargetsProject or PerformanceSelfEvaluation;
}
