using System.Collections.Frozen;

namespace BudgetHarvest.Core.Text;

/// <summary>
/// Maps Kangxi radicals (U+2F00–U+2FDF) and CJK radical supplement forms (U+2E80–U+2EFF) to the
/// unified ideographs they stand for. Some PDF producers (Chromium's Type 3 fonts among them)
/// map ordinary characters such as 支, 门, 人 to these radical code points in their ToUnicode
/// tables, which breaks every text comparison downstream. No other character is touched.
/// </summary>
public static class CjkRadicals
{
    private const char KangxiFirst = '\u2F00';
    private const char KangxiLast = '\u2FDF';
    private const char SupplementFirst = '\u2E80';
    private const char SupplementLast = '\u2EFF';

    // NFKC of U+2F00..U+2FD5 in code point order. Spelled out because string normalization is
    // unavailable under InvariantGlobalization, which the project runs with.
    private const string KangxiIdeographs =
        "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

    // The supplement block has no compatibility decompositions for the simplified forms, and NFKC
    // of a few Kangxi radicals yields the traditional form where disclosures print the simplified one.
    private static readonly FrozenDictionary<char, char> Overrides = new Dictionary<char, char>
    {
        ['\u2F3E'] = '户', ['\u2E84'] = '乙', ['\u2E8A'] = '卜', ['\u2E8B'] = '卩', ['\u2E8C'] = '小',
        ['\u2E8D'] = '小', ['\u2E97'] = '心', ['\u2E98'] = '扌', ['\u2E99'] = '攵', ['\u2E9B'] = '无',
        ['\u2E9D'] = '月', ['\u2E9F'] = '母', ['\u2EA0'] = '民', ['\u2EA1'] = '氵', ['\u2EA3'] = '灬',
        ['\u2EA4'] = '爫', ['\u2EA6'] = '丬', ['\u2EA8'] = '犭', ['\u2EAB'] = '罒', ['\u2EAC'] = '示',
        ['\u2EAD'] = '礻', ['\u2EAE'] = '竹', ['\u2EB2'] = '罒', ['\u2EB7'] = '羊', ['\u2EB9'] = '耂',
        ['\u2EBE'] = '艹', ['\u2EC4'] = '西', ['\u2EC5'] = '见', ['\u2EC6'] = '角', ['\u2EC8'] = '讠',
        ['\u2EC9'] = '贝', ['\u2ECA'] = '足', ['\u2ECB'] = '车', ['\u2ECC'] = '辶', ['\u2ECD'] = '辶',
        ['\u2ECF'] = '阝', ['\u2ED0'] = '钅', ['\u2ED1'] = '長', ['\u2ED3'] = '长', ['\u2ED4'] = '门',
        ['\u2ED6'] = '阝', ['\u2ED7'] = '雨', ['\u2ED8'] = '青', ['\u2EDA'] = '页', ['\u2EDB'] = '风',
        ['\u2EDC'] = '飞', ['\u2EDD'] = '食', ['\u2EDF'] = '饣', ['\u2EE0'] = '饣', ['\u2EE2'] = '马',
        ['\u2EE4'] = '鬼', ['\u2EE5'] = '鱼', ['\u2EE6'] = '鸟', ['\u2EE7'] = '卤', ['\u2EE8'] = '麦',
        ['\u2EE9'] = '黄', ['\u2EEA'] = '黾', ['\u2EEC'] = '齐', ['\u2EEE'] = '齿', ['\u2EF0'] = '龙',
        ['\u2EF3'] = '龟',
    }.ToFrozenDictionary();

    /// <summary>Whether the character lies in one of the two radical blocks.</summary>
    public static bool IsRadical(char c) => c is >= SupplementFirst and <= SupplementLast or >= KangxiFirst and <= KangxiLast;

    /// <summary>The unified ideograph for a radical code point; any other character unchanged.</summary>
    public static char ToIdeograph(char c)
    {
        if (!IsRadical(c))
        {
            return c;
        }

        if (Overrides.TryGetValue(c, out var mapped))
        {
            return mapped;
        }

        var index = c - KangxiFirst;
        return index >= 0 && index < KangxiIdeographs.Length ? KangxiIdeographs[index] : c;
    }

    /// <summary>The text with every radical code point replaced; the same instance when there is none.</summary>
    public static string Normalize(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange(SupplementFirst, KangxiLast);
        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            chars[i] = ToIdeograph(chars[i]);
        }

        return new string(chars);
    }
}
