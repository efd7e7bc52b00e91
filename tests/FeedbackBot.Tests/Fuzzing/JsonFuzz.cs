using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace FeedbackBot.Tests.Fuzzing;

/// <summary>
/// Generates request bodies by mutating a valid document: replace, remove or add members anywhere
/// in the tree (so the parser gets past the first field and meets the odd one deep inside), and
/// now and then damage the bytes themselves (truncation, stray bytes, invalid UTF-8, another
/// top-level type). Starting from a valid seed keeps most inputs close to what the endpoint
/// accepts, where the interesting bugs are.
/// </summary>
internal static class JsonFuzz
{
    private enum Edit
    {
        Replace,
        Remove,
        Add,
    }

    private sealed record TreeEdit(Edit Kind, int Target, string Key, JsonNode? Value);

    private static readonly Gen<TreeEdit> TreeEdits =
        Gen.Zip(Gen.Zip(Gen.Elements(Edit.Replace, Edit.Replace, Edit.Remove, Edit.Add), Gen.Choose(0, int.MaxValue)), Gen.Zip(FuzzValues.Key, FuzzValues.Any))
            .Select(t => new TreeEdit(t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2));

    /// <summary>Mutants of <paramref name="seed"/> as UTF-8 bytes; <paramref name="fixup"/> may restore what must stay valid (e.g. a conversation id the test owns).</summary>
    public static Gen<byte[]> Mutants(JsonNode seed, Action<JsonNode>? fixup = null)
    {
        var structural = Gen.Choose(1, 3).SelectMany(count => TreeEdits.ArrayOf(count)).Select(edits =>
        {
            var document = seed.DeepClone();
            foreach (var edit in edits)
            {
                Apply(document, edit);
            }

            fixup?.Invoke(document);
            return Encoding.UTF8.GetBytes(document.ToJsonString());
        });

        return Gen.Frequency((8, structural), (2, ByteDamage(Encoding.UTF8.GetBytes(seed.ToJsonString()))));
    }

    /// <summary>Damages bytes: truncates, inserts junk, flips a byte, or sends something that is not the document at all.</summary>
    public static Gen<byte[]> ByteDamage(byte[] valid) => Gen.Zip(Gen.Zip(Gen.Choose(0, 6), Gen.Choose(0, Math.Max(0, valid.Length - 1))), Gen.Choose(0, 255)).Select(t =>
    {
        var ((kind, position), value) = t;
        return kind switch
        {
            0 => valid[..position],
            1 => [.. valid[..position], (byte)value, .. valid[position..]],
            2 => Flip(valid, position, (byte)value),
            3 => [0xEF, 0xBB, 0xBF, .. valid],
            4 => [0xC3, 0x28, 0xA0, 0xA1, .. valid],
            5 => Encoding.UTF8.GetBytes("[" + Encoding.UTF8.GetString(valid) + "]"),
            _ => [],
        };
    });

    private static byte[] Flip(byte[] valid, int position, byte value)
    {
        var copy = (byte[])valid.Clone();
        if (copy.Length > 0)
        {
            copy[position] ^= value == 0 ? (byte)1 : value;
        }

        return copy;
    }

    private static void Apply(JsonNode document, TreeEdit edit)
    {
        var containers = new List<JsonNode>();
        Collect(document, containers);
        var target = containers[edit.Target % containers.Count];
        switch (target)
        {
            case JsonObject obj when obj.Count > 0 && edit.Kind != Edit.Add:
                var key = obj.ElementAt(edit.Target % obj.Count).Key;
                if (edit.Kind == Edit.Remove)
                {
                    obj.Remove(key);
                }
                else
                {
                    obj[key] = edit.Value?.DeepClone();
                }

                break;
            case JsonObject obj:
                obj[edit.Key] = edit.Value?.DeepClone();
                break;
            case JsonArray array when array.Count > 0 && edit.Kind == Edit.Replace:
                array[edit.Target % array.Count] = edit.Value?.DeepClone();
                break;
            case JsonArray array when array.Count > 0 && edit.Kind == Edit.Remove:
                array.RemoveAt(edit.Target % array.Count);
                break;
            case JsonArray array:
                array.Add(edit.Value?.DeepClone());
                break;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> containers)
    {
        switch (node)
        {
            case JsonObject obj:
                containers.Add(obj);
                foreach (var (_, child) in obj)
                {
                    Collect(child, containers);
                }

                break;
            case JsonArray array:
                containers.Add(array);
                foreach (var child in array)
                {
                    Collect(child, containers);
                }

                break;
        }
    }
}
