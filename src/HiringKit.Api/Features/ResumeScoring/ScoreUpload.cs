using FluentValidation;
using HiringKit.Api.Infrastructure;
using HiringKit.Documents;
using MediatR;
using Microsoft.Extensions.Options;

namespace HiringKit.Api.Features.ResumeScoring;

/// <summary>
/// A resume file scored as its text would be. What the file is comes from its bytes (an ATS sends
/// "attachment" as often as "resume.pdf"); .docx is read in-process by a streaming reader that cannot
/// recurse, PDF in a worker process under a watchdog, and both within the same limits.
/// </summary>
public static class ScoreUpload
{
    public sealed record Command(string? FileName, byte[]? Content, IReadOnlyList<string>? Terms, string? TargetLevel) : IRequest<ScoredResume>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<ScoringLimits> limits)
        {
            RuleFor(c => c.Content).NotNull().WithMessage("send the resume as a form field named file").OverridePropertyName("file");
            RuleFor(c => c.Content).Must(c => c is null || c.Length > 0).WithMessage("the file is empty").OverridePropertyName("file");
            RuleFor(c => c.Content).Must(c => c is null || c.Length <= limits.Value.MaxRequestBytes)
                .WithMessage($"the file is larger than {limits.Value.MaxRequestBytes} bytes").WithErrorCode(ProblemHandler.PayloadTooLargeCode)
                .OverridePropertyName("file");
        }
    }

    public sealed class Handler(IMediator mediator, PdfWorkers pdfs, IOptions<ScoringLimits> limits) : IRequestHandler<Command, ScoredResume>
    {
        public async Task<ScoredResume> Handle(Command command, CancellationToken ct)
        {
            var extracted = await ReadAsync(command.Content!, command.FileName, ct);
            // Scored as if the text had been sent as JSON: same validation (length limit), same scorer.
            var scored = await mediator.Send(new ScoreResume.Command(extracted.Text, command.Terms, command.TargetLevel), ct);
            return scored with { ExtractedText = extracted.Text, HiddenCharacters = extracted.HiddenCharacters };
        }

        async Task<ExtractedText> ReadAsync(byte[] content, string? fileName, CancellationToken ct)
        {
            var extraction = limits.Value.Extraction;
            switch (ResumeFiles.Detect(content, fileName))
            {
                case ResumeFileFormat.Pdf:
                    return await pdfs.ReadAsync(content, ct);
                case ResumeFileFormat.Docx:
                    using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct))
                    {
                        deadline.CancelAfter(TimeSpan.FromSeconds(limits.Value.DocxTimeoutSeconds));
                        try
                        {
                            return DocxReader.Read(content, extraction, deadline.Token);
                        }
                        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                        {
                            throw new UnreadableDocumentException(UnreadableReason.TimedOut,
                                $"reading the .docx took longer than the limit of {limits.Value.DocxTimeoutSeconds} seconds; send the resume as Word saved it, a PDF or the text");
                        }
                    }
                default:
                    return ResumeFiles.ReadText(content, extraction);
            }
        }
    }
}
