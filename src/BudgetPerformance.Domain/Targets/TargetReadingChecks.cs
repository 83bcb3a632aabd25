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
        if (!c.Input.HasReadingNotes)
        {
            return;
        }

        foreach (var i in c.Input.Indicators)
        {
            if (i.Notes is not { Count: > 0 } notes)
            {
                continue;
            }

            foreach (var note in notes)
            {
                if (note.Code == code)
                {
                    c.Add(note.Text, i.Name);
                }
            }
        }
    }
}
