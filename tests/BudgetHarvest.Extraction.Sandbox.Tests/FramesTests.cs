using BudgetHarvest.Extraction.Isolation;

namespace BudgetHarvest.Extraction.Sandbox.Tests;

public sealed class FramesTests
{
    [Fact]
    public async Task ReadAsync_FramesWritten_ReadBackInOrderThenNullAtTheEnd()
    {
        using var pipe = new MemoryStream();
        await Frames.WriteAsync(pipe, "名称.pdf"u8.ToArray());
        await Frames.WriteAsync(pipe, Array.Empty<byte>());
        pipe.Position = 0;

        var name = await Frames.ReadAsync(pipe);
        var empty = await Frames.ReadAsync(pipe);

        Assert.Equal("名称.pdf", System.Text.Encoding.UTF8.GetString(name!));
        Assert.Empty(empty!);
        Assert.Null(await Frames.ReadAsync(pipe));
    }

    [Fact]
    public async Task ReadAsync_StreamEndsInsideAFrame_Throws()
    {
        using var pipe = new MemoryStream();
        await Frames.WriteAsync(pipe, new byte[100]);
        using var cut = new MemoryStream(pipe.ToArray()[..50]);

        await Assert.ThrowsAsync<EndOfStreamException>(() => Frames.ReadAsync(cut));
    }

    [Fact]
    public async Task ReadAsync_NegativeLength_IsNotTheProtocol()
    {
        using var pipe = new MemoryStream([0xFF, 0xFF, 0xFF, 0xFF]);

        await Assert.ThrowsAsync<InvalidDataException>(() => Frames.ReadAsync(pipe));
    }

    [Fact]
    public void WorkerSettings_RoundTripThroughTheSettingsFrame()
    {
        var settings = new WorkerSettings { DocumentTimeout = TimeSpan.FromSeconds(7), AllTables = true, Classifier = WorkerClassifier.ModelFile, ModelPath = "/m.zip" };

        Assert.Equal(settings, WorkerSettings.FromJson(settings.ToJson()));
    }
}
