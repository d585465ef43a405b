using System.Globalization;
using System.Text;

namespace HiringKit.Scoring.Tests;

public sealed class CharClassTests
{
    [Test]
    public void Accented_latin_letters_fold_to_their_unicode_base_letter()
    {
        int checkedLetters = 0;
        for (char c = '\u00C0'; c <= '\u017F'; c++)
        {
            string decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            char baseLetter = char.ToLowerInvariant(decomposed[0]);
            if (decomposed.Length < 2 || !char.IsAsciiLetterLower(baseLetter)) continue;

            Assert.That(CharClass.FoldedChar(CharClass.Of(c)), Is.EqualTo(baseLetter), $"U+{(int)c:X4} {c}");
            checkedLetters++;
        }
        Assert.That(checkedLetters, Is.GreaterThan(150));
    }

    [TestCase('\u00A0')]
    [TestCase('\u2013')]
    [TestCase('\u2014')]
    [TestCase('\u2011')]
    [TestCase('\t')]
    [TestCase('\r')]
    [TestCase('\n')]
    [TestCase('_')]
    [TestCase('\u3000')]
    public void Spaces_hyphens_and_dashes_are_separators(char c) =>
        Assert.That(CharClass.Of(c), Is.EqualTo(CharClass.Separator));

    [TestCase('\'')]
    [TestCase('\u2019')]
    [TestCase('\u2018')]
    public void Straight_and_curly_apostrophes_fold_together(char c) =>
        Assert.That(CharClass.Of(c), Is.EqualTo(CharClass.Apostrophe));

    [Test]
    public void Folding_does_not_depend_on_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            var matches = Resumes.MatchesOf("MOTIVATIONAL INTERVIEWING and CRISIS INTERVENTION").ToList();
            Assert.That(matches, Has.Count.EqualTo(2));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
