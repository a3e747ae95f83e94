using BudgetHarvest.Core.Narrative;

namespace BudgetHarvest.Core.Tests.Narrative;

public sealed class HeadingTextTests
{
    [Theory]
    [InlineData("第三部分 其他情况", EnumeratorStyle.Part, 3)]
    [InlineData("十二、国有资产占用情况", EnumeratorStyle.CjkComma, 12)]
    [InlineData("（四）政府性基金预算收支情况", EnumeratorStyle.CjkParen, 4)]
    [InlineData("(二) 财政拨款收支情况", EnumeratorStyle.CjkParen, 2)]
    [InlineData("2、内设机构如下：", EnumeratorStyle.DigitComma, 2)]
    [InlineData("3.负责自然资源资产有偿使用工作", EnumeratorStyle.DigitDot, 3)]
    [InlineData("（10）公务员医疗补助", EnumeratorStyle.DigitParen, 10)]
    [InlineData("⑼完成市委、市政府交办的其他任务。", EnumeratorStyle.Circled, 9)]
    public void Marker_Enumerator_ReturnsStyleAndNumber(string text, EnumeratorStyle style, int number)
    {
        var marker = HeadingText.Marker(text);

        Assert.NotNull(marker);
        Assert.Equal(style, marker.Style);
        Assert.Equal(number, marker.Number);
    }

    [Theory]
    [InlineData("1.5万元用于设备购置")]
    [InlineData("本单位主要职责是：")]
    [InlineData("2023年本单位收入预算1641.48万元")]
    public void Marker_TextWithoutEnumerator_ReturnsNull(string text) => Assert.Null(HeadingText.Marker(text));

    [Theory]
    [InlineData("三、人员情况说明：2022年末，铜川市教育局编制总数62名。", "三、人员情况说明", "2022年末，铜川市教育局编制总数62名。")]
    [InlineData("八、政府性基金预算情况。本单位无政府性基金预算收支，并已公开空表。", "八、政府性基金预算情况", "本单位无政府性基金预算收支，并已公开空表。")]
    [InlineData("1、职能职责：根据职能配置，渭南市信息中心主要承担以下职责：", "1、职能职责", "根据职能配置，渭南市信息中心主要承担以下职责：")]
    [InlineData("人员情况说明：截止上年底，本单位人员编制30人。", "人员情况说明", "截止上年底，本单位人员编制30人。")]
    public void TrySplitRunIn_HeadingRunIntoParagraph_SplitsLeadInFromBody(string text, string heading, string body)
    {
        Assert.True(HeadingText.TrySplitRunIn(text, out var foundHeading, out var foundBody));
        Assert.Equal(heading, foundHeading);
        Assert.Equal(body, foundBody);
    }

    [Theory]
    [InlineData("1. 机关运行经费：指各单位的公用经费，包括办公及印刷费。")]
    [InlineData("本单位主要职责是：1.负责传染病的监测、预防和控制工作；")]
    [InlineData("(1) 行政运行(2050101)772.96 万元，较上年增加 134.49 万元；原因是社保缴费基数调整。")]
    [InlineData("1、主要职责是：")]
    public void TrySplitRunIn_DefinitionSentenceOrHeadingAlone_ReturnsFalse(string text) =>
        Assert.False(HeadingText.TrySplitRunIn(text, out _, out _));

    [Theory]
    [InlineData("1、主要职责是：", true)]
    [InlineData("（一）加力加速建设秦创原，全面提升资源统筹能力", true)]
    [InlineData("专业名词解释", true)]
    [InlineData("内设机构如下：", false)]
    [InlineData("（三）全面规范提升电子政务外网管理水平；", false)]
    [InlineData("（2）2022年本部门当年一般公共预算支出57398.06万元，其中：", false)]
    [InlineData("序号 会议/培训名称 时间 人数 金额 备注", false)]
    public void IsHeadingLine_Text_TellsTitlesFromSentences(string text, bool expected) =>
        Assert.Equal(expected, HeadingText.IsHeadingLine(text));
}
