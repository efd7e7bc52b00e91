using Azure.Data.Tables;

namespace FeedbackBot.Storage.TableStorage.Tests;

public sealed class ChunkedPayloadTests
{
    [Fact]
    public void Write_SurrogatePairAtAChunkBoundary_KeepsThePairInOneChunk()
    {
        var text = new string('x', ChunkedPayload.ChunkLength - 1) + "👍" + "tail";
        var entity = new TableEntity("p", "r");

        ChunkedPayload.Write(entity, text);

        Assert.Equal(new string('x', ChunkedPayload.ChunkLength - 1), entity.GetString("Payload0"));
        Assert.Equal("👍tail", entity.GetString("Payload1"));
        Assert.Equal(text, ChunkedPayload.Read(entity));
    }

    [Fact]
    public void Write_EmptyText_ReadsBackEmpty()
    {
        var entity = new TableEntity("p", "r");

        ChunkedPayload.Write(entity, string.Empty);

        Assert.Equal(0, entity.GetInt32("PayloadChunks"));
        Assert.Equal(string.Empty, ChunkedPayload.Read(entity));
    }

    [Fact]
    public void Write_EveryChunk_StaysUnderThePropertyLimit()
    {
        var entity = new TableEntity("p", "r");

        ChunkedPayload.Write(entity, new string('é', ChunkedPayload.MaxLength));

        Assert.Equal(ChunkedPayload.MaxChunks, entity.GetInt32("PayloadChunks"));
        Assert.All(Enumerable.Range(0, ChunkedPayload.MaxChunks), i => Assert.True(entity.GetString($"Payload{i}")!.Length * 2 <= 64 * 1024));
    }

    [Fact]
    public void Read_ChunkMissing_Throws()
    {
        var entity = new TableEntity("p", "r");
        ChunkedPayload.Write(entity, new string('x', ChunkedPayload.ChunkLength + 1));
        entity.Remove("Payload1");

        var read = () => ChunkedPayload.Read(entity);

        Assert.Throws<InvalidDataException>(read);
    }
}
