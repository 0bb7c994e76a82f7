using System.Linq;
using System.Text;
using Huli.Glossary.Data;
using Huli.Glossary.Search;

namespace Huli.Glossary.Tests.Search;

/// <summary>The readings stored in glossary.json and the character table homophone search relies on.</summary>
public class PinyinReadingTests
{
    [Fact]
    public void Every_headword_and_every_alias_has_a_reading()
    {
        var missing = Glossary.Default.Entries
            .SelectMany(e => new[] { (e.Term, e.Pinyin) }.Concat(e.Aliases.Select(a => (Term: a.Text, a.Pinyin))))
            .Where(spelling => spelling.Pinyin is null)
            .Select(spelling => spelling.Term);

        missing.Should().BeEmpty();
    }

    [Theory]
    [InlineData(25, "六大主要工业行业", "liù dà zhǔ yào gōng yè háng yè")]
    [InlineData(27, "十大专项行动", "shí dà zhuān xiàng xíng dòng")]
    [InlineData(21, "5个重点领域", "5 gè zhòng diǎn lǐng yù")]
    [InlineData(16, "两个只增不减", "liǎng gè zhǐ zēng bù jiǎn")]
    [InlineData(32, "5个教师培养梯队", "5 gè jiào shī péi yǎng tī duì")]
    [InlineData(6, "整治与开发一体化", "zhěng zhì yǔ kāi fā yī tǐ huà")]
    [InlineData(10, "“2+2+N”企业服务体系", "2+2+N qǐ yè fú wù tǐ xì")]
    [InlineData(28, "“七办”联动", "qī bàn lián dòng")]
    public void Polyphones_digits_and_quotes_are_read_as_the_data_convention_says(int number, string spelling, string pinyin)
    {
        var entry = Glossary.Default[number];
        var reading = entry.Term == spelling ? entry.Pinyin : entry.Aliases.Single(a => a.Text == spelling).Pinyin;

        reading.Should().Be(pinyin);
    }

    [Theory]
    [InlineData('行', new[] { "hang", "heng", "xing" })]
    [InlineData('统', new[] { "tong" })]
    [InlineData('桶', new[] { "tong" })]
    [InlineData('绿', new[] { "lu", "lv" })]
    [InlineData('a', new string[0])]
    public void The_character_table_gives_every_toneless_reading(char character, string[] readings)
    {
        CharacterReadings.Of(character).Should().BeEquivalentTo(readings);
    }

    [Fact]
    public void The_character_table_reads_every_character_of_GB_2312()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb2312 = Encoding.GetEncoding(936);
        var unread = Enumerable.Range(0xB0, 0xF7 - 0xB0 + 1)
            .SelectMany(high => Enumerable.Range(0xA1, 0xFE - 0xA1 + 1).Select(low => gb2312.GetString(new[] { (byte)high, (byte)low })))
            .Where(text => text.Length == 1 && PinyinAlignment.IsHan(text[0]))
            .ToList();

        unread.Should().HaveCount(6763);
        unread.Where(text => CharacterReadings.Of(text[0]).Length == 0).Should().BeEmpty();
    }
}
