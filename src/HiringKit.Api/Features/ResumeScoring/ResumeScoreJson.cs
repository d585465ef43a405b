using System.Text.Json;
using System.Text.Json.Serialization;
using HiringKit.Scoring;

namespace HiringKit.Api.Features.ResumeScoring;

/// <summary>
/// Writes a <see cref="ResumeScore"/> field by field. ATS integrations score all day, and the
/// serializer's reflection-driven walk over a score's matches was the largest cost of a scoring
/// request after the engine itself. The output is byte for byte what the serializer writes for the
/// record (tests compare the two over the labelled corpus), so the contract is still the record's.
/// Source generation writes as fast (issue 19, README's design decisions) but cannot write these fields
/// flat beside a batch item's id or an upload's text, which <see cref="ScoredResumeConverter"/> needs.
/// </summary>
public sealed class ResumeScoreJson : JsonConverter<ResumeScore>
{
    static readonly JsonEncodedText ScorerVersion = JsonEncodedText.Encode("scorerVersion");
    static readonly JsonEncodedText InputHash = JsonEncodedText.Encode("inputHash");
    static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");
    static readonly JsonEncodedText Band = JsonEncodedText.Encode("band");
    static readonly JsonEncodedText InsufficientText = JsonEncodedText.Encode("insufficientText");
    static readonly JsonEncodedText Matches = JsonEncodedText.Encode("matches");
    static readonly JsonEncodedText Term = JsonEncodedText.Encode("term");
    static readonly JsonEncodedText Phrase = JsonEncodedText.Encode("phrase");
    static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    static readonly JsonEncodedText Assertion = JsonEncodedText.Encode("assertion");
    static readonly JsonEncodedText Section = JsonEncodedText.Encode("section");
    static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    static readonly JsonEncodedText Length = JsonEncodedText.Encode("length");
    static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    static readonly JsonEncodedText Terms = JsonEncodedText.Encode("terms");
    static readonly JsonEncodedText Slug = JsonEncodedText.Encode("slug");
    static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    static readonly JsonEncodedText MatchedPhrases = JsonEncodedText.Encode("matchedPhrases");
    static readonly JsonEncodedText MissingComponents = JsonEncodedText.Encode("missingComponents");
    static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
    static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
    static readonly JsonEncodedText YearsOfExperience = JsonEncodedText.Encode("yearsOfExperience");
    static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
    static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    static readonly JsonEncodedText JobTitles = JsonEncodedText.Encode("jobTitles");
    static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");

    public override ResumeScore Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A resume score is written, not read.");

    public override void Write(Utf8JsonWriter writer, ResumeScore value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteProperties(writer, value);
        writer.WriteEndObject();
    }

    /// <summary>The score's fields without the enclosing braces, for responses that add their own beside them.</summary>
    public static void WriteProperties(Utf8JsonWriter writer, ResumeScore value)
    {
        writer.WriteString(ScorerVersion, value.ScorerVersion);
        writer.WriteString(InputHash, value.InputHash);
        writer.WriteNumber(Score, value.Score);
        writer.WriteString(Band, value.Band);
        writer.WriteBoolean(InsufficientText, value.InsufficientText);

        writer.WriteStartArray(Matches);
        foreach (var m in value.Matches)
        {
            writer.WriteStartObject();
            writer.WriteString(Term, m.Term);
            writer.WriteString(Phrase, m.Phrase);
            writer.WriteString(Kind, m.Kind);
            writer.WriteString(Assertion, m.Assertion);
            writer.WriteNumber(Start, m.Start);
            writer.WriteNumber(Length, m.Length);
            writer.WriteString(Text, m.Text);
            writer.WriteString(Section, m.Section);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray(Terms);
        foreach (var t in value.Terms)
        {
            writer.WriteStartObject();
            writer.WriteString(Slug, t.Slug);
            writer.WriteString(Name, t.Name);
            writer.WriteNumber(Score, t.Score);
            WriteStrings(writer, MatchedPhrases, t.MatchedPhrases);
            WriteStrings(writer, MissingComponents, t.MissingComponents);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WritePropertyName(Level);
        writer.WriteStartObject();
        writer.WriteString(Level, value.Level.Level);
        writer.WriteNumber(Confidence, value.Level.Confidence);
        if (value.Level.YearsOfExperience is double years) writer.WriteNumber(YearsOfExperience, years);
        else writer.WriteNull(YearsOfExperience);
        writer.WriteStartArray(Evidence);
        foreach (var e in value.Level.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString(Text, e.Text);
            writer.WriteNumber(Start, e.Start);
            writer.WriteNumber(Length, e.Length);
            writer.WriteString(Reason, e.Reason);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteStartArray(JobTitles);
        foreach (var j in value.JobTitles)
        {
            writer.WriteStartObject();
            writer.WriteString(Title, j.Title);
            writer.WriteNumber(Start, j.Start);
            writer.WriteNumber(Length, j.Length);
            writer.WriteString(Text, j.Text);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values) writer.WriteStringValue(v);
        writer.WriteEndArray();
    }
}
