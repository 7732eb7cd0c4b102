using System.Text;
using Styrmodell.Targets;

namespace Styrmodell.Kolada.Tests;

public class KoladaResponseReaderTests
{
    // Values as published in Kolada for Arboga (1984), shared/kolada v2 and v3 data files.
    [Theory]
    [InlineData("v2_data_N03702_N03703_arboga_1984.json", 20, 2012, "268.853441")]
    [InlineData("v3_data_N03702_N03703_arboga_1984.json", 24, 2012, "268.853441")]
    public void ReadData_RealShapes_BothVersions(string file, int count, int year, string value)
    {
        var records = KoladaSavedResponses.ReadData(Fixture.PathOf(file));

        Assert.Equal(count, records.Count);
        var first = records.First(r => r.Kpi == "N03702" && r.Year == year);
        Assert.Equal("1984", first.Area);
        Assert.False(first.IsOrganisationUnit);
        Assert.Equal(new KoladaValue(Gender.Total, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), "", 1), Assert.Single(first.Values));
    }

    [Fact]
    public void ReadData_V2AndV3_KeepEachVersionsRevision()
    {
        // Kolada revised N03702 for Arboga 2021: v2 (2024) published 318.297872, v3 publishes 315.602837.
        var v2 = KoladaSavedResponses.ReadData(Fixture.PathOf("v2_data_N03702_N03703_arboga_1984.json"));
        var v3 = KoladaSavedResponses.ReadData(Fixture.PathOf("v3_data_N03702_N03703_arboga_1984.json"));

        Assert.Equal(318.297872m, v2.Single(r => r.Kpi == "N03702" && r.Year == 2021).Values[0].Value);
        Assert.Equal(315.602837m, v3.Single(r => r.Kpi == "N03702" && r.Year == 2021).Values[0].Value);
    }

    [Fact]
    public void ReadKpis_V2AndV3Spellings_GiveTheSameFields()
    {
        var v2 = KoladaSavedResponses.ReadKpis(Fixture.PathOf("v2_kpi_goal_examples.json")).Single(k => k.Id == "N00090");
        var v3 = KoladaSavedResponses.ReadKpis(Fixture.PathOf("v3_kpi_goal_examples.json")).Single(k => k.Id == "N00090");

        Assert.Equal("E", v2.Auspice); // v2 "auspices"
        Assert.Equal("E", v3.Auspice); // v3 "auspice"
        Assert.True(v2.IsDividedByGender); // v2 1
        Assert.True(v3.IsDividedByGender); // v3 true
        Assert.Equal(v2.Title, v3.Title);
        Assert.Equal(KoladaUnit.Percent, v3.Unit); // "…, andel (%)"
    }

    [Theory]
    [InlineData("Nettokostnad för den kommunala verksamheten, kr/inv", KoladaUnit.Kronor)]
    [InlineData("Sjukfrånvaro totalt bland anställda, kommun, andel (%)", KoladaUnit.Percent)]
    [InlineData("Kostnad för äldreomsorg, tkr", KoladaUnit.ThousandKronor)]
    [InlineData("Invånare totalt, antal", KoladaUnit.Count)]
    [InlineData("Skatteintäkter och generella statsbidrag", KoladaUnit.Unknown)]
    public void Unit_IsReadFromTheTitlesLastPart(string title, KoladaUnit unit) =>
        Assert.Equal(unit, new KoladaKpi("N00001", title).Unit);

    [Fact]
    public void ReadMunicipalities_KeepsLeadingZeros()
    {
        var municipalities = KoladaSavedResponses.ReadMunicipalities(Fixture.PathOf("v3_municipality_selected.json"));

        Assert.Contains(new KoladaMunicipality("0486", "Strängnäs", "K"), municipalities);
        Assert.Contains(new KoladaMunicipality("0000", "Riket", "L"), municipalities);
    }

    [Theory]
    [InlineData(", \"is_deleted\": 1", true)] // v2
    [InlineData(", \"is_deleted\": 0", false)]
    [InlineData(", \"isdeleted\": true", true)] // v3
    [InlineData(", \"isdeleted\": false", false)]
    [InlineData("", false)]
    public void ReadData_DeletedFlag_BothSpellings(string extra, bool deleted)
    {
        var records = Read(Fixture.Page([Fixture.Record("N00090", "1984", 2022, "8.2", extra: extra)]));

        Assert.Equal(deleted, Assert.Single(records).IsDeleted);
    }

    [Fact]
    public void ReadData_NullValueAndStatus_AreKept()
    {
        var records = Read(Fixture.Page([Fixture.Record("N00090", "2021", 2022, "null", status: "Uppgift saknas")]));

        Assert.Equal(new KoladaValue(Gender.Total, null, "Uppgift saknas", 1), Assert.Single(Assert.Single(records).Values));
    }

    [Fact]
    public void ReadData_OrganisationUnitRecord_IsMarked()
    {
        var records = Read("{\"values\": [{\"kpi\": \"N15418\", \"ou\": \"V15E198400301\", \"period\": 2023, \"values\": [{\"gender\": \"K\", \"value\": 71.5}]}]}");

        var record = Assert.Single(records);
        Assert.True(record.IsOrganisationUnit);
        Assert.Equal("V15E198400301", record.Area);
        Assert.Equal(Gender.Women, record.Values[0].Gender);
    }

    [Theory]
    [InlineData("{\"values\": [{\"kpi\": \"N00090\", \"municipality\": \"1984\", \"period\": \"2022\", \"values\": []}]}", "$.values[0].period", "whole number")]
    [InlineData("{\"values\": [{\"kpi\": \"N00090\", \"municipality\": 1984, \"period\": 2022, \"values\": []}]}", "$.values[0].municipality", "municipality code as a string")]
    [InlineData("{\"values\": [{\"kpi\": \"N00090\", \"municipality\": \"1984\", \"period\": 2022, \"values\": [{\"gender\": \"X\", \"value\": 1}]}]}", "$.values[0].values[0].gender", "\"T\" (total)")]
    [InlineData("{\"values\": [{\"kpi\": \"N00090\", \"municipality\": \"1984\", \"period\": 2022, \"values\": [{\"gender\": \"T\", \"value\": \"7,3\"}]}]}", "$.values[0].values[0].value", "a number")]
    [InlineData("{\"values\": [{\"kpi\": \"N00090\", \"municipality\": \"1984\", \"period\": 2022, \"isdeleted\": \"yes\", \"values\": []}]}", "$.values[0].isdeleted", "true/false")]
    [InlineData("{\"values\": [{\"kpi\": \"N00090\", \"period\": 2022, \"values\": []}]}", "$.values[0]", "no \"municipality (or ou)\"")]
    [InlineData("{\"count\": 0}", "$", "no \"values\" array")]
    [InlineData("[]", "$", "expected an object")]
    public void ReadData_WrongShape_OneErrorWithSourceAndPath(string json, string path, string expected)
    {
        var e = Assert.Throws<KoladaResponseException>(() => Read(json));

        Assert.Equal("test.json", e.Origin);
        Assert.Equal(path, e.Path);
        Assert.Contains(expected, e.Problem, StringComparison.Ordinal);
        Assert.Contains("test.json", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"values\": [{\"kpi\": \"N00090\", \"municipality\": \"1984\", \"period\": 2022, \"values\": [{\"gender\": \"T\", \"val")]
    [InlineData("{\"values\": [{\"kpi\": \"N00090\",, }]}")]
    [InlineData("{\"values\": []} {}")]
    public void ReadData_TruncatedOrMalformed_IsAResponseError(string json)
    {
        var e = Assert.Throws<KoladaResponseException>(() => Read(json));

        Assert.StartsWith("$", e.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadData_BadRecordAfterGoodOnes_KeepsNothing()
    {
        var into = new List<KoladaDataRecord>();
        var json = Fixture.Page([Fixture.Record("N00090", "1984", 2021, "7.3"), "{\"kpi\": \"N00090\"}"]);

        Assert.Throws<KoladaResponseException>(() => KoladaResponseReader.ReadData(Encoding.UTF8.GetBytes(json), "test.json", into));
        Assert.Empty(into);
    }

    [Fact]
    public void ReadData_Folder_TakesDataFilesOnly()
    {
        var folder = Directory.CreateTempSubdirectory("kolada-saved-");
        try
        {
            File.Copy(Fixture.PathOf("v3_data_N03702_N03703_arboga_1984.json"), Path.Combine(folder.FullName, "a.json"));
            File.Copy(Fixture.PathOf("v3_kpi_goal_examples.json"), Path.Combine(folder.FullName, "b.json"));
            File.Copy(Fixture.PathOf("v3_municipality_selected.json"), Path.Combine(folder.FullName, "c.json"));

            Assert.Equal(24, KoladaSavedResponses.ReadData(folder.FullName).Count);
            Assert.Equal(14, KoladaSavedResponses.ReadKpis(folder.FullName).Count);
            Assert.Equal(5, KoladaSavedResponses.ReadMunicipalities(folder.FullName).Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static IReadOnlyList<KoladaDataRecord> Read(string json) => KoladaSavedResponses.ReadData(Encoding.UTF8.GetBytes(json), "test.json");
}
