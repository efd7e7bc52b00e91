using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace FeedbackBot.Tests.Fuzzing;

/// <summary>
/// Generates form-encoded bodies (Slack slash commands) by mutating a valid one: values replaced
/// with hostile text, fields dropped or repeated, stray encodings, or damaged bytes.
/// </summary>
internal static class FormFuzz
{
    public static Gen<byte[]> Mutants(string validForm)
    {
        var fields = validForm.Split('&').Select(pair => pair.Split('=', 2)).Select(kv => (Key: kv[0], Value: kv.Length > 1 ? kv[1] : "")).ToArray();
        var edit = Gen.Zip(Gen.Zip(Gen.Choose(0, 4), Gen.Choose(0, fields.Length - 1)), Gen.Zip(FuzzValues.Key, FuzzValues.Text));
        var structural = Gen.Choose(1, 3).SelectMany(count => edit.ArrayOf(count)).Select(edits =>
        {
            var result = fields.ToList();
            foreach (var ((kind, index), (key, text)) in edits)
            {
                var at = Math.Min(index, Math.Max(0, result.Count - 1));
                switch (kind)
                {
                    case 0 when result.Count > 0:
                        result[at] = (result[at].Key, Uri.EscapeDataString(text));
                        break;
                    case 1 when result.Count > 0:
                        result.RemoveAt(at);
                        break;
                    case 2:
                        result.Add((key, Uri.EscapeDataString(text)));
                        break;
                    case 3 when result.Count > 0:
                        result.Add(result[at]);
                        break;
                    default:
                        // Percent signs that are not escapes, pluses, and a pair without '='.
                        result.Add(("%zz%", "a+b%2" + text.Length));
                        break;
                }
            }

            return Encoding.UTF8.GetBytes(string.Join('&', result.Select(f => f.Key + "=" + f.Value)));
        });

        return Gen.Frequency((8, structural), (2, JsonFuzz.ByteDamage(Encoding.UTF8.GetBytes(validForm))));
    }
}
