using BudgetHarvest.Validation.Facts;

namespace BudgetHarvest.Validation.Tests;

public sealed class StaffingFactsReaderTests
{
    [Fact]
    public void Read_PostsAndPeopleWithRetirees_ReadsEveryFigure()
    {
        var facts = StaffingFactsReader.Read("截止上年底，本单位人员编制470人，其中行政编制111人、事业编制359人；实有人员430人，其中行政71人、事业359人。单位管理的离退休人员64人。");

        Assert.Equal(new StaffingFacts { Authorized = 470, AuthorizedAdministrative = 111, AuthorizedPublicService = 359, Actual = 430, ActualAdministrative = 71, ActualPublicService = 359, Retired = 64 }, facts);
    }

    [Fact]
    public void Read_PostCountInMing_ReadsPostsAndStaffInPost()
    {
        var facts = StaffingFactsReader.Read("2022年末，渭南市公路管理局编制总数116名（行政编制0名，事业编制116名），在职在编115人，退休人员18人。");

        Assert.Equal(new StaffingFacts { Authorized = 116, AuthorizedAdministrative = 0, AuthorizedPublicService = 116, Actual = 115, Retired = 18 }, facts);
    }

    [Fact]
    public void Read_StaffSplitInLaterSentence_ReadsIt()
    {
        var facts = StaffingFactsReader.Read("本单位核定编制116人，实有在职人员109人，离退休人员2人。\n在职人员中，行政人员109人，事业人员0人。");

        Assert.Equal(new StaffingFacts { Authorized = 116, Actual = 109, ActualAdministrative = 109, ActualPublicService = 0, Retired = 2 }, facts);
    }

    [Fact]
    public void Read_NoStaffFigures_IsEmpty()
    {
        Assert.True(StaffingFactsReader.Read("本单位内设办公室、养护科等5个内设机构。").IsEmpty);
    }
}
