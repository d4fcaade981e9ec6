namespace BudgetExtract.Pdf.Tests;

public sealed class PageSelectionTests
{
    [Theory]
    [InlineData("1-3", 10, new[] { 1, 2, 3 })]
    [InlineData("2,5,3", 10, new[] { 2, 3, 5 })]
    [InlineData("8-N", 10, new[] { 8, 9, 10 })]
    [InlineData("9-", 10, new[] { 9, 10 })]
    [InlineData("1-3,2-4", 10, new[] { 1, 2, 3, 4 })]
    [InlineData("12", 10, new int[0])]
    public void Resolves_ranges_against_the_page_count(string text, int count, int[] expected) =>
        Assert.Equal(expected, PageSelection.Parse(text).Resolve(count));

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("3-1")]
    [InlineData("a-b")]
    public void Rejects_malformed_selections(string text) =>
        Assert.Throws<FormatException>(() => PageSelection.Parse(text));
}
