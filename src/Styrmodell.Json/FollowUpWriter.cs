using Styrmodell.Collections;
using Styrmodell.FollowUp;
using Styrmodell.Json.Dto;

namespace Styrmodell.Json;

/// <summary>Maps <see cref="FollowUpData"/> onto the document's <c>followUp</c> section, in the data's own order, leaving out what is empty.</summary>
internal static class FollowUpWriter
{
    public static FollowUpDto? ToDto(FollowUpData data) => data.IsEmpty ? null : new()
    {
        SpecialAssignments = List(data.SpecialAssignments, a => new SpecialAssignmentDto
        {
            Id = a.Id, Title = a.Title, Description = a.Description, Issuer = a.IssuerId, Owners = [.. a.OwnerIds],
            DecisionDate = JsonValues.Iso(a.DecisionDate), DecisionReference = a.DecisionReference,
            FirstYear = a.FirstYear, LastYear = a.LastYear,
            Funding = new() { Kind = Names.Of(a.Funding.Kind), Amount = a.Funding.Amount },
            Goals = List(a.GoalIds, g => g), Reports = Reports(a.Reports),
        }),
    };

    private static List<ReportDto>? Reports(EquatableArray<ProgressReport> reports) => List(reports, r => new ReportDto
    {
        Period = r.Period.Id, Date = JsonValues.Iso(r.Date), Status = Names.Of(r.Status), Completion = r.Completion, Text = r.Text, Author = r.Author,
    });

    private static List<TDto>? List<T, TDto>(EquatableArray<T> items, Func<T, TDto> map) => items.IsEmpty ? null : [.. items.Select(map)];
}
