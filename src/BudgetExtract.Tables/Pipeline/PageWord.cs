using BudgetExtract.Layout.Text;

namespace BudgetExtract.Tables.Pipeline;

/// <summary>A word with the index of the text line it came from (lines keep reading order).</summary>
internal readonly record struct PageWord(Word Word, int Line);
