using System.Globalization;
using System.Text;
using Azure.Data.Tables;

namespace FeedbackBot.Storage.TableStorage;

/// <summary>
/// Stores a long text over several string properties of one entity. A string property holds at
/// most 64 KiB (32K UTF-16 characters) and an entity 1 MiB
/// (https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#property-types),
/// so the text goes into <c>Payload0</c>, <c>Payload1</c>, … of at most <see cref="ChunkLength"/>
/// characters each, and <c>PayloadChunks</c> says how many there are.
/// </summary>
internal static class ChunkedPayload
{
    /// <summary>Characters per property: under the 32,768-character limit, with room to spare.</summary>
    public const int ChunkLength = 30_000;

    /// <summary>16 chunks (≈ 940 KiB of UTF-16) keep a row under the 1 MiB entity limit with its other properties.</summary>
    public const int MaxChunks = 16;

    /// <summary>The longest text that always fits (a chunk may end one character early to keep a surrogate pair whole).</summary>
    public const int MaxLength = (ChunkLength - 1) * MaxChunks;

    private const string CountProperty = "PayloadChunks";
    private const string ChunkPropertyPrefix = "Payload";

    /// <exception cref="ArgumentOutOfRangeException">The text does not fit one row.</exception>
    public static void Write(TableEntity entity, string text)
    {
        var chunks = Split(text);
        if (chunks.Count > MaxChunks)
        {
            throw new ArgumentOutOfRangeException(nameof(text), text.Length, $"A payload over {MaxLength} characters does not fit one table row.");
        }

        entity[CountProperty] = chunks.Count;
        for (var i = 0; i < chunks.Count; i++)
        {
            entity[ChunkName(i)] = chunks[i];
        }
    }

    public static string Read(TableEntity entity)
    {
        var count = entity.GetInt32(CountProperty)
            ?? throw new InvalidDataException($"Row {entity.PartitionKey}/{entity.RowKey} has no {CountProperty}.");
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(entity.GetString(ChunkName(i))
                ?? throw new InvalidDataException($"Row {entity.PartitionKey}/{entity.RowKey} lacks {ChunkName(i)}."));
        }

        return builder.ToString();
    }

    private static List<string> Split(string text)
    {
        var chunks = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var length = Math.Min(ChunkLength, text.Length - start);
            // Never cut a surrogate pair: each half alone is invalid UTF-16 and would not survive the wire.
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            chunks.Add(text.Substring(start, length));
            start += length;
        }

        return chunks;
    }

    private static string ChunkName(int index) => ChunkPropertyPrefix + index.ToString(CultureInfo.InvariantCulture);
}
