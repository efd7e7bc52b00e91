using System.Text;
using Microsoft.AspNetCore.Http;

namespace FeedbackBot.Channels.Http.Tests;

public sealed class BoundedRequestBodyTests
{
    private const int Limit = 16 * 1024;

    [Fact]
    public async Task ReadAsync_BodyAtTheLimit_ReturnsEveryByte()
    {
        var bytes = Body(Limit);

        var read = await BoundedRequestBody.ReadAsync(Request(bytes, declareLength: true), Limit, TestContext.Current.CancellationToken);

        Assert.Equal(bytes, read);
    }

    [Fact]
    public async Task ReadAsync_DeclaredLengthOverTheLimit_RefusesWithoutReading()
    {
        var request = Request(Body(10), declareLength: false);
        request.ContentLength = Limit + 1;

        var read = await BoundedRequestBody.ReadAsync(request, Limit, TestContext.Current.CancellationToken);

        Assert.Null(read);
        Assert.Equal(0, request.Body.Position);
    }

    [Fact]
    public async Task ReadAsync_UndeclaredBodyOneByteOverTheLimit_Refuses()
    {
        var read = await BoundedRequestBody.ReadAsync(Request(Body(Limit + 1), declareLength: false), Limit, TestContext.Current.CancellationToken);

        Assert.Null(read);
    }

    [Fact]
    public async Task ReadAsync_EmptyBody_ReturnsNoBytes()
    {
        var read = await BoundedRequestBody.ReadAsync(Request([], declareLength: false), Limit, TestContext.Current.CancellationToken);

        Assert.Empty(read!);
    }

    private static byte[] Body(int length) => Encoding.ASCII.GetBytes(new string('x', length));

    private static HttpRequest Request(byte[] body, bool declareLength)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = declareLength ? body.Length : null;
        return context.Request;
    }
}
