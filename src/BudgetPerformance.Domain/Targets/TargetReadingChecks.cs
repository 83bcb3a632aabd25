using BudgetPerformance.Domain.Indicators.Reading;

namespace BudgetPerformance.Domain.Targets;

/// <summary>
/// The R.. and F01 rows of <see cref="TargetReview.Rules"/>: how each cell was read, recorded when the row was read,
/// shown as findings on the indicator it concerns.
/// </summary>
internal static class TargetReadingChecks
{
    public static void Notes(ReviewCheck c, string code)
    {
        foreach (var i in c.Input.Indicators)
        {
            foreach (var note in i.ReadNotes.Where(n => n.Code == code))
            {
                c.Add(note.Text, i.Name);
            }
        }
    }
}
