using System.Text;
namespace BudgetExtract.Normalize.Tests;
public class DumpTests
{
    [Fact]
    public void Dump()
    {
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds")).Select(Path.GetFileName))
        {
            var input = SeedTables.Input(seed!);
            var result = new BudgetDocumentNormalizer().Normalize(input);
            var sb = new StringBuilder();
            sb.AppendLine(result.Document.ToString());
            for (var i = 0; i < input.Tables.Length; i++)
            {
                var t = input.Tables[i];
                var s = result.Summary.Tables.FirstOrDefault(x => x.Table == i);
                sb.AppendLine($"T{i} {t.Number} {t.Title} unit={t.Unit} kind={result.Kinds[i]} hdr={t.HeaderRowCount} rows={t.RowCount} cols={t.ColumnCount} pages={string.Join(",", t.Pages)} run={s.Run} failed={s.Failed}");
            }
            foreach (var c in result.Checks) sb.AppendLine(c.ToString());
            foreach (var l in result.Lines) sb.AppendLine($"L t{l.Table} {l.Side} {l.Classification} code={l.Code} name={l.Name} lv={l.Level} par={l.Parent} unit={l.Unit} col={l.Column} amt={l.Amount} text={l.Text} p={l.Page}");
            foreach (var x in result.Indicators) sb.AppendLine($"I t{x.Table} prj={x.Project} {x.Level1} | {x.Level2} | {x.Level3} | {x.Target} | act={x.Actual} w={x.Weight} s={x.Score} note={x.Note} p={x.Page}");
            File.WriteAllText("/tmp/norm-" + seed, sb.ToString());
        }
    }
}
