using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HiringKit.Api.Features.ResumeScoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace HiringKit.Tests.Features.ResumeScoring;

/// <summary>
/// The single-score body's own reader must never answer differently from System.Text.Json with the
/// API's options: for every body it reads, the serializer reads the same request; everything else it
/// leaves to the serializer. And it must actually read the bodies ATS integrations send.
/// </summary>
public sealed class ScoreRequestJsonTests
{
    static JsonSerializerOptions AppOptions => TestHost.App.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

    static readonly string Resume = File.ReadAllText(Path.Combine(TestHost.RepoRoot, "scripts", "load-resume.txt"));

    [Test]
    public void Reads_the_bodies_integrations_send_itself()
    {
        var request = new ScoreResume.Request(Resume + " Café – “quoted” 🙂 \\ / \t", ["therapeutic-alliance", "motivational-interviewing"], "senior");
        string[] bodies =
        [
            JsonSerializer.Serialize(request, AppOptions), // non-ASCII and HTML characters as \u escapes
            JsonSerializer.Serialize(request, new JsonSerializerOptions(AppOptions) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), // raw UTF-8
            JsonSerializer.Serialize(request, new JsonSerializerOptions(AppOptions) { WriteIndented = true }),
            JsonSerializer.Serialize(new ScoreResume.Request(Resume, null, null), AppOptions), // nulls written out
            JsonSerializer.Serialize(new ScoreResume.Request(Resume, null, null), AppOptions).Replace(",\"terms\":null,\"targetLevel\":null", ""),
            "{\"text\":null}",
            "{\"terms\":[],\"text\":\"x\\/y \\u00e9\\u00C9\\n \\ud83d\\ude42\"}",
            " \r\n{ } \t",
        ];
        foreach (var body in bodies)
        {
            Assert.That(ScoreRequestJson.TryRead(Encoding.UTF8.GetBytes(body), out var read), Is.True, body[..Math.Min(80, body.Length)]);
            AssertSame(read!, JsonSerializer.Deserialize<ScoreResume.Request>(body, AppOptions)!, body);
        }
    }

    [TestCase("{\"text\":\"a\",\"extra\":1}", TestName = "an unknown member")]
    [TestCase("{\"Text\":\"a\"}", TestName = "another casing")]
    [TestCase("{\"text\":nul}", TestName = "a misspelt null")]
    [TestCase("{\"text\":nullx}", TestName = "a null run on")]
    [TestCase("{\"text\":5}", TestName = "a number")]
    [TestCase("{\"text\":\"a\",\"text\":\"b\"}", TestName = "a duplicate member")]
    [TestCase("{\"text\":\"a\",}", TestName = "a trailing comma")]
    [TestCase("{\"text\":\"a\"} x", TestName = "text after the object")]
    [TestCase("{/* note */\"text\":\"a\"}", TestName = "a comment")]
    [TestCase("{\"text\":\"\\ud800\"}", TestName = "a lone surrogate escape")]
    [TestCase("{\"text\":\"\\ude42\\ud83d\"}", TestName = "a reversed surrogate pair")]
    [TestCase("{\"text\":\"\\ud83d\\n\"}", TestName = "a high surrogate before another escape")]
    [TestCase("{\"text\":\"a\\x\"}", TestName = "an unknown escape")]
    [TestCase("{\"text\":\"a\tb\"}", TestName = "a raw tab")]
    [TestCase("{\"text\":\"abc", TestName = "a truncated string")]
    [TestCase("{\"terms\":[\"a\",null]}", TestName = "a null term")]
    [TestCase("[\"text\"]", TestName = "an array")]
    public void Leaves_anything_else_to_System_Text_Json(string body) =>
        Assert.That(ScoreRequestJson.TryRead(Encoding.UTF8.GetBytes(body), out _), Is.False);

    [Test]
    public void Leaves_invalid_UTF8_to_System_Text_Json()
    {
        byte[] body = [.. "{\"text\":\"a"u8, 0xC3, .. "\"}"u8];
        Assert.That(ScoreRequestJson.TryRead(body, out _), Is.False);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ScoreResume.Request>(body, AppOptions));
    }

    [Test]
    public void Agrees_with_System_Text_Json_on_generated_bodies()
    {
        var random = new Random(20261122);
        int readHere = 0;
        for (int n = 0; n < 3000; n++)
        {
            var terms = random.Next(3) == 0 ? null : Enumerable.Range(0, random.Next(4)).Select(_ => RandomText(random, 12)).ToList();
            var request = new ScoreResume.Request(RandomText(random, 400), terms, random.Next(2) == 0 ? null : RandomText(random, 8));
            var options = new JsonSerializerOptions(AppOptions)
            {
                Encoder = random.Next(2) == 0 ? JavaScriptEncoder.Default : JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                WriteIndented = random.Next(2) == 0,
            };
            var body = JsonSerializer.SerializeToUtf8Bytes(request, options);
            if (ScoreRequestJson.TryRead(body, out var read))
            {
                readHere++;
                AssertSame(read, JsonSerializer.Deserialize<ScoreResume.Request>(body, AppOptions)!, Encoding.UTF8.GetString(body));
            }
        }
        // Lone surrogates go to the serializer; most bodies have none.
        Assert.That(readHere, Is.GreaterThan(2000));
    }

    [Test]
    public void Accepts_no_damaged_body_that_System_Text_Json_refuses_or_reads_differently()
    {
        var random = new Random(7);
        var seeds = new[]
        {
            JsonSerializer.SerializeToUtf8Bytes(new ScoreResume.Request("Built a \"strong\" alliance;\n\tno experience with DBT – café", ["a", "b"], "mid"), AppOptions),
            Encoding.UTF8.GetBytes("{ \"text\" : \"x\\\\y\\u0041\\n\" , \"terms\" : [ \"t\" ] , \"targetLevel\" : \"senior\" }"),
        };
        int accepted = 0;
        for (int n = 0; n < 20000; n++)
        {
            var body = seeds[n % seeds.Length].ToList();
            for (int damage = random.Next(1, 4); damage > 0; damage--)
            {
                int at = random.Next(body.Count);
                byte b = (byte)"\"\\{}[],: \tnu0aA/\u00e9"[random.Next(17)];
                switch (random.Next(3))
                {
                    case 0: body[at] = b; break;
                    case 1: body.Insert(at, random.Next(4) == 0 ? (byte)random.Next(256) : b); break;
                    default: body.RemoveAt(at); break;
                }
            }
            var bytes = body.ToArray();
            if (!ScoreRequestJson.TryRead(bytes, out var read)) continue;
            accepted++;
            ScoreResume.Request? expected = null;
            Assert.DoesNotThrow(() => expected = JsonSerializer.Deserialize<ScoreResume.Request>(bytes, AppOptions), Encoding.UTF8.GetString(bytes));
            AssertSame(read, expected!, Encoding.UTF8.GetString(bytes));
        }
        Assert.That(accepted, Is.GreaterThan(1000), "enough damaged bodies stay valid JSON to compare");
    }

    static string RandomText(Random random, int maxLength)
    {
        const string pool = "abcXYZ 09\n\r\t\"\\/<>&'+\u0000\u0001\u001f\u007f\u00e9\u2013\u201c\u00a0\uffff";
        var text = new StringBuilder();
        for (int length = random.Next(maxLength); text.Length < length;)
        {
            switch (random.Next(400))
            {
                case < 20: text.Append("🙂"); break; // a surrogate pair
                case 20: text.Append(random.Next(2) == 0 ? '\ud800' : '\udc00'); break; // a lone half
                default: text.Append(pool[random.Next(pool.Length)]); break;
            }
        }
        return text.ToString();
    }

    static void AssertSame(ScoreResume.Request read, ScoreResume.Request expected, string body)
    {
        Assert.That(read.Text, Is.EqualTo(expected.Text), body);
        Assert.That(read.TargetLevel, Is.EqualTo(expected.TargetLevel), body);
        Assert.That(read.Terms, expected.Terms is null ? Is.Null : Is.EqualTo(expected.Terms), body);
    }
}
