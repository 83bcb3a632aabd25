namespace BudgetPerformance.Infrastructure.DemoData;

/// <summary>Plausible Chinese personal and place names, drawn from a seeded random source.</summary>
public sealed class NameMaker(Random random)
{
    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "沈", "姚"];

    private static readonly string[] GivenChars =
        ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "华", "建", "国", "红", "文", "玲", "斌", "辉", "晨", "宇", "浩", "凯", "鹏", "婷", "雪", "琳", "颖", "海", "波", "志", "忠", "春", "梅", "翔", "瑞", "欣", "俊", "峰", "亮"];

    private static readonly string[] PlaceFirst =
        ["青", "白", "临", "安", "平", "丰", "宁", "和", "泰", "清", "长", "新", "东", "西", "南", "北", "龙", "凤", "石", "金", "玉", "云", "河", "桃", "柳", "松", "枫", "永", "兴", "嘉"];

    private static readonly string[] PlaceSecond =
        ["山", "河", "阳", "城", "林", "溪", "桥", "湖", "源", "川", "江", "谷", "岭", "泉", "州", "安", "宁", "丰", "水", "原"];

    public string Person() =>
        Surnames[random.Next(Surnames.Length)] + GivenChars[random.Next(GivenChars.Length)] +
        (random.Next(3) == 0 ? string.Empty : GivenChars[random.Next(GivenChars.Length)]);

    public string Place(ISet<string> used)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = PlaceFirst[random.Next(PlaceFirst.Length)] + PlaceSecond[random.Next(PlaceSecond.Length)];
            if (used.Add(name) || attempt > 50)
            {
                return name;
            }
        }
    }

    public string Phone() => "0" + random.Next(550, 580) + "-" + random.Next(3_000_000, 8_999_999);
}
