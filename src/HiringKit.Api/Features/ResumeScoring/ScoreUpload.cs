using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using FluentValidation;
using FluentValidation.Results;
using HiringKit.Api.Infrastructure;
using MediatR;
using Microsoft.Extensions.Options;

namespace HiringKit.Api.Features.ResumeScoring;

public static class ScoreUpload
{
    public sealed record Command(string? FileName, byte[]? Content, IReadOnlyList<string>? Terms, string? TargetLevel) : IRequest<ScoredResume>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<ScoringLimits> limits)
        {
            RuleFor(c => c.Content).NotNull().WithMessage("send the resume as a form field named file").OverridePropertyName("file");
            RuleFor(c => c.FileName).Must(n => n is not null && (n.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)))
                .When(c => c.Content is not null).WithMessage("the file must be a .txt or a .docx").OverridePropertyName("file");
            RuleFor(c => c.Content).Must(c => c is null || c.Length <= limits.Value.MaxRequestBytes)
                .WithMessage($"the file is larger than {limits.Value.MaxRequestBytes} bytes").WithErrorCode(ProblemHandler.PayloadTooLargeCode)
                .OverridePropertyName("file");
        }
    }

    public sealed class Handler(IMediator mediator, IOptions<ScoringLimits> limits) : IRequestHandler<Command, ScoredResume>
    {
        public async Task<ScoredResume> Handle(Command command, CancellationToken ct)
        {
            var text = command.FileName!.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? FromDocx(command.Content!, limits.Value.MaxTextLength) : FromText(command.Content!);
            // Scored as if the text had been sent as JSON: same validation (length limit), same scorer.
            var score = await mediator.Send(new ScoreResume.Command(text, command.Terms, command.TargetLevel), ct);
            return new ScoredResume(null, score, ExtractedText: text);
        }

        static string FromText(byte[] content)
        {
            using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        // One line per paragraph (tables included), which keeps "2016 - Present" and titles on their own lines.
        static string FromDocx(byte[] content, int maxTextLength)
        {
            try
            {
                // A few MB of zip can unpack to gigabytes of XML: cap what a part may hold, markup included.
                var settings = new OpenSettings { MaxCharactersInPart = maxTextLength * 20L };
                using var document = WordprocessingDocument.Open(new MemoryStream(content), isEditable: false, settings);
                var body = document.MainDocumentPart?.Document?.Body;
                if (body is null) return "";
                return string.Join("\n", body.Descendants<Paragraph>().Select(ParagraphText));
            }
            catch (Exception e) when (OverPartLimit(e))
            {
                throw new ValidationException([new ValidationFailure("file", $"the document holds more than the limit of {maxTextLength} characters of text")
                    { ErrorCode = ProblemHandler.PayloadTooLargeCode }]);
            }
            catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException
                                          or System.Xml.XmlException or InvalidOperationException)
            {
                throw new ValidationException([new ValidationFailure("file", "the file is not a readable .docx document")]);
            }
        }

        /// <summary>
        /// The paragraph as Word shows it. InnerText would glue "therapeutic" and "alliance" together across
        /// a line break or tab, and add deleted tracked changes and field codes nobody sees.
        /// </summary>
        static string ParagraphText(Paragraph paragraph)
        {
            var text = new StringBuilder();
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t: text.Append(t.Text); break;
                    case TabChar: text.Append('\t'); break;
                    case Break or CarriageReturn: text.Append('\n'); break;
                    case NoBreakHyphen: text.Append('-'); break;
                }
            }
            return text.ToString();
        }

        /// <summary>The reader's cap on a part's characters (see OpenSettings) was hit: too much text, not a broken file.</summary>
        static bool OverPartLimit(Exception e)
        {
            for (Exception? inner = e; inner is not null; inner = inner.InnerException)
                if (inner is System.Xml.XmlException && inner.Message.Contains("MaxCharactersIn", StringComparison.Ordinal)) return true;
            return false;
        }
    }
}
