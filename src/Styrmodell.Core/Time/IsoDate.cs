using NodaTime;
using NodaTime.Text;

namespace Styrmodell.Time;

/// <summary>The one way the library writes a date in text: ISO 8601, <c>2024-06-17</c>, whatever the current culture.</summary>
internal static class IsoDate
{
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
