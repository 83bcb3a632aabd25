using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Organizations;
using static BudgetPerformance.Domain.Budgets.BudgetKind;
using static BudgetPerformance.Domain.Budgets.ProjectType;
using static BudgetPerformance.Domain.Budgets.SpecialCategory;

namespace BudgetPerformance.Infrastructure.DemoData;

/// <summary>
/// The departments of a county, their units and their typical projects, modelled on the seeds' counties
/// (56 first-level units, ~220 budget units, ~1,150 projects). Names are generic; "{县}" is replaced by the county name.
/// </summary>
public static class CountyCatalog
{
    /// <summary>Towns of the county; schools, clinics and stations are named after them.</summary>
    public static readonly string[] Towns =
        ["临河镇", "青山镇", "白沙镇", "双桥镇", "龙泉乡", "桃源乡", "石门镇", "柳林镇", "黄岗镇", "新集镇", "长岭乡", "枫树乡", "河口镇", "马集镇"];

    private static string[] InTowns(int count, params string[] suffixes) =>
        [.. Towns.Take(count).SelectMany(t => suffixes.Select(s => "{县}" + t + s))];

    private static ProjectTemplate P(string name, decimal wan, BudgetKind kind = GeneralPublic, SpecialCategory cat = None, ProjectType type = Recurring) =>
        new(name, wan, kind, cat, DebtBondType.None, type);

    private static ProjectTemplate Debt(string name, decimal wan, DebtBondType bond) =>
        new(name, wan, bond == DebtBondType.Special ? GovernmentFund : GeneralPublic, GovernmentDebt, bond, MultiYear);

    private static ProjectTemplate Buy(string name, decimal wan) => P(name, wan, cat: GovernmentProcurement, type: OneOff);

    private static ProjectTemplate Service(string name, decimal wan) => P(name, wan, cat: GovernmentPurchasedServices);

    private static readonly ProjectTemplate[] Office =
    [
        P("机关运行保障及综合业务经费", 120), P("信息化系统运行维护", 60), Service("政府购买服务岗位经费", 80),
        P("党建及精神文明建设工作经费", 30), Buy("办公设备更新购置", 40), P("档案数字化整理", 35, type: OneOff),
        P("业务培训及会议经费", 25), P("专项督查调研经费", 30),
    ];

    public static readonly DepartmentTemplate[] Departments =
    [
        new("中共{县}委办公室", Sector.GeneralAdministration, ["{县}委党史研究室", "{县}委机要保密局"], [.. Office, P("县委重大决策督查督办经费", 60)], 10),
        new("{县}人民政府办公室", Sector.GeneralAdministration, ["{县}政务服务中心", "{县}数据资源管理中心"], [.. Office, P("12345政务服务便民热线运行", 180), P("政务服务“一网通办”平台建设", 650, cat: GovernmentProcurement, type: MultiYear)], 16),
        new("{县}人大常委会办公室", Sector.GeneralAdministration, [], [.. Office, P("人大代表履职活动经费", 90)], 8),
        new("政协{县}委员会办公室", Sector.GeneralAdministration, [], [.. Office, P("政协委员履职及提案办理经费", 70)], 7),
        new("中共{县}纪律检查委员会", Sector.GeneralAdministration, ["{县}纪委监委案件审理中心"], [.. Office, P("办案留置点运行保障", 150)], 9),
        new("中共{县}委组织部", Sector.GeneralAdministration, ["{县}委老干部局"], [.. Office, P("村（社区）干部报酬及保险补助", 2400), P("干部教育培训经费", 200), P("离退休干部活动经费", 160)], 12),
        new("中共{县}委宣传部", Sector.CultureTourism, ["{县}融媒体中心"], [.. Office, P("新时代文明实践中心建设", 300), P("融媒体中心节目制作及传输", 420)], 12),
        new("中共{县}委统一战线工作部", Sector.GeneralAdministration, [], [.. Office, P("民族宗教工作经费", 80)], 7),
        new("中共{县}委政法委员会", Sector.PublicSecurity, ["{县}综治中心"], [.. Office, P("平安建设及综治网格化管理", 520), P("“雪亮工程”运维", 380)], 10),
        new("{县}发展和改革委员会", Sector.Commerce, ["{县}粮食和物资储备中心", "{县}价格认证中心"], [.. Office, P("县级储备粮油轮换及保管费用", 1600), P("重点项目前期工作经费", 900, type: MultiYear), P("以工代赈项目", 700, type: OneOff)], 14),
        new("{县}统计局", Sector.GeneralAdministration, ["{县}普查中心"], [.. Office, P("经济普查及专项调查经费", 260, type: OneOff)], 8),
        new("{县}教育体育局", Sector.Education,
            ["{县}第一中学", "{县}第二中学", "{县}实验中学", "{县}城关中学", "{县}实验小学", "{县}城北小学", "{县}城南小学", "{县}第一幼儿园", "{县}职业技术学校", "{县}特殊教育学校", "{县}教师发展中心", "{县}体育运动学校", .. InTowns(10, "中心学校", "初级中学", "中心幼儿园")],
            [
                P("义务教育阶段学生营养改善计划", 1800), P("学前教育保教费减免及幼儿资助", 900), P("义务教育公用经费保障", 3600),
                P("普通高中国家助学金", 700), P("中等职业教育免学费补助", 650), P("家庭经济困难学生生活补助", 800),
                P("校舍维修改造工程", 1500, type: OneOff), P("农村义务教育学校教师特设岗位计划", 1200), P("教师培训及继续教育", 300),
                Buy("智慧校园及教学装备购置", 1100), P("校园安保服务", 600, cat: GovernmentPurchasedServices), P("校车运营补贴", 450),
                P("全民健身设施建设", 500, GovernmentFund, type: OneOff), P("体育彩票公益金群众体育项目", 280, GovernmentFund),
                Debt("城区新建学校建设项目", 9000, DebtBondType.Special), Debt("农村寄宿制学校改扩建", 4200, DebtBondType.General),
                P("“双减”课后服务补助", 520), P("学校食堂提升改造", 600, type: OneOff), P("青少年校园足球推广", 120),
            ], 121),
        new("{县}卫生健康委员会", Sector.HealthCare,
            ["{县}人民医院", "{县}中医医院", "{县}疾病预防控制中心", "{县}妇幼保健计划生育服务中心", "{县}卫生健康综合监督执法大队", "{县}急救中心", "{县}城关镇卫生院", "{县}精神病防治医院", "{县}卫生学校", .. InTowns(10, "卫生院")],
            [
                P("基本公共卫生服务项目", 2600), P("基本药物制度补助", 700), P("计划生育家庭奖励扶助", 900),
                P("重大传染病防控", 480), P("医疗卫生机构能力建设", 1300, type: MultiYear), P("家庭医生签约服务", 520),
                P("公立医院综合改革补助", 1600), P("妇幼健康服务项目", 380), P("严重精神障碍患者管理", 160),
                Buy("医疗设备购置", 1800), Debt("县人民医院新院区建设项目", 12000, DebtBondType.Special), P("村卫生室标准化建设", 600, type: OneOff),
                P("爱国卫生运动及病媒生物防制", 220, cat: GovernmentPurchasedServices), P("卫生人才培养", 260),
            ], 92),
        new("{县}医疗保障局", Sector.HealthCare, ["{县}医疗保障基金管理中心"],
            [
                P("城乡居民基本医疗保险基金支出", 42000, SocialInsuranceFund), P("职工基本医疗保险基金支出", 23000, SocialInsuranceFund),
                P("城乡医疗救助", 1900), P("城乡居民医保财政补助", 9000), P("医保基金监管专项经费", 120),
            ], 12),
        new("{县}农业农村局", Sector.Agriculture,
            ["{县}农业技术推广中心", "{县}畜牧兽医水产服务中心", "{县}农村经营管理站", "{县}农机化服务中心", "{县}农产品质量安全检测站"],
            [
                P("耕地地力保护补贴", 4200), P("高标准农田建设", 6500, type: MultiYear), P("农业生产社会化服务", 900, cat: GovernmentPurchasedServices),
                P("动物疫病防控", 420), P("农作物病虫害统防统治", 360), P("农业保险保费补贴", 1800),
                P("农村人居环境整治", 1500), P("美丽乡村建设", 2400, type: MultiYear), P("农机购置与应用补贴", 1300),
                P("村级集体经济发展扶持", 1200), P("衔接推进乡村振兴补助资金", 5200), P("农村改厕及后续管护", 700),
                Debt("现代农业产业园基础设施", 6800, DebtBondType.Special), P("农业产业化龙头企业贴息", 600),
                P("土地出让收入用于农业农村支出", 3800, GovernmentFund), P("农产品质量安全监管", 180),
            ], 81),
        new("{县}林业局", Sector.Agriculture, ["{县}林业工作站", "{县}国有林场", "{县}青山国有林场", "{县}龙泉国有林场"], [P("森林防火及护林员补助", 700), P("国土绿化及植树造林", 1200, type: MultiYear), P("林业有害生物防治", 260), P("生态公益林补偿", 900), P("林长制工作经费", 90)], 16),
        new("{县}交通运输局", Sector.Transport, ["{县}公路管理中心", "{县}交通运输综合行政执法大队", "{县}港航服务中心", .. InTowns(4, "交通运输管理站")],
            [
                P("农村公路养护", 2200), P("农村公路提质改造工程", 4800, type: MultiYear), P("公交及农村客运运营补贴", 1500),
                P("危桥改造工程", 1800, type: OneOff), Debt("县道升级改造项目", 15000, DebtBondType.Special), Debt("城乡交通枢纽站建设", 7000, DebtBondType.General),
                P("道路运输安全监管", 160), P("城乡公交一体化PPP项目可用性付费", 4200, cat: Ppp, type: MultiYear),
                P("车辆购置税收入补助地方资金项目", 3000), P("港口航道疏浚", 900, type: OneOff),
            ], 50),
        new("{县}人力资源和社会保障局", Sector.SocialSecurity, ["{县}公共就业和人才服务中心", "{县}社会保险事业管理中心", "{县}劳动人事争议仲裁院", "{县}劳动保障监察大队", "{县}人事考试中心", "{县}技工学校"],
            [
                P("城乡居民基本养老保险基金支出", 38000, SocialInsuranceFund), P("机关事业单位基本养老保险基金支出", 26000, SocialInsuranceFund),
                P("失业保险基金支出", 2800, SocialInsuranceFund), P("工伤保险基金支出", 1900, SocialInsuranceFund),
                P("就业补助资金", 2600), P("职业技能提升行动", 900, cat: GovernmentPurchasedServices), P("城乡居民基础养老金县级配套", 3200),
                P("创业担保贷款贴息", 500), P("人才引进及安居补贴", 700), P("根治欠薪专项经费", 90),
            ], 37),
        new("{县}民政局", Sector.SocialSecurity, ["{县}社会福利中心", "{县}救助管理站", "{县}殡仪馆", "{县}婚姻登记处", .. InTowns(4, "敬老院")],
            [
                P("城乡最低生活保障", 9800), P("特困人员救助供养", 3800), P("临时救助", 800), P("孤儿基本生活保障", 260),
                P("困难残疾人生活补贴和重度残疾人护理补贴", 1400), P("养老服务体系建设", 1600, type: MultiYear), P("居家和社区养老服务", 600, cat: GovernmentPurchasedServices),
                P("福利彩票公益金社会福利项目", 500, GovernmentFund), P("惠民殡葬补贴", 300), P("社区治理能力建设", 400),
            ], 45),
        new("{县}退役军人事务局", Sector.SocialSecurity, ["{县}退役军人服务中心", "{县}光荣院"], [P("优抚对象抚恤补助", 2600), P("退役士兵安置", 1500), P("烈士纪念设施维护", 200, type: OneOff), P("退役军人就业创业扶持", 260), P("双拥工作经费", 120)], 18),
        new("{县}残疾人联合会", Sector.SocialSecurity, ["{县}残疾人康复中心"], [P("残疾人康复救助", 500), P("残疾人就业培训", 200, cat: GovernmentPurchasedServices), P("残疾人家庭无障碍改造", 180, type: OneOff), P("残疾人托养服务", 260)], 12),
        new("{县}住房和城乡建设局", Sector.HousingConstruction, ["{县}建设工程质量安全监督站", "{县}房产管理服务中心", "{县}人民防空办公室", "{县}住房保障中心"],
            [
                P("老旧小区改造", 5600, type: MultiYear), P("城镇保障性安居工程", 3800), P("棚户区改造", 7800, GovernmentFund, type: MultiYear),
                Debt("城市更新及基础设施配套", 16000, DebtBondType.Special), P("城市污水管网建设", 4200, type: MultiYear), P("农村危房改造", 1200),
                P("污水处理厂PPP项目运营服务费", 3600, cat: Ppp, type: MultiYear), P("建筑工程质量安全监管", 180), P("人防工程建设及维护", 700, GovernmentFund),
                P("燃气管道老化更新改造", 3200, type: MultiYear), P("城市排水防涝能力提升", 2600, GovernmentFund),
            ], 47),
        new("{县}城市管理局", Sector.UrbanManagement, ["{县}环境卫生管理所", "{县}园林绿化管理所", "{县}市政设施管理所", "{县}城市管理综合执法大队", "{县}垃圾处理场", "{县}城市照明管理所", "{县}停车管理中心"],
            [
                P("城区道路清扫保洁", 2800, cat: GovernmentPurchasedServices), P("城区园林绿化养护", 1800, cat: GovernmentPurchasedServices), P("市政设施维护", 1500),
                P("城市路灯照明运行及维护", 900), P("生活垃圾无害化处理", 2200, GovernmentFund), P("数字城管平台运维", 320),
                P("城乡环卫一体化PPP项目", 3800, cat: Ppp, type: MultiYear), P("公园及口袋公园建设", 1400, GovernmentFund, type: OneOff),
                Debt("城区道路及桥梁改造", 9000, DebtBondType.Special), P("城市管理执法装备购置", 200, cat: GovernmentProcurement, type: OneOff),
            ], 39),
        new("{县}文化和旅游局", Sector.CultureTourism, ["{县}图书馆", "{县}文化馆", "{县}文物管理所", "{县}博物馆", "{县}黄梅戏剧团", "{县}体育中心"],
            [
                P("公共文化服务体系建设", 700), P("送戏下乡及文化惠民工程", 260, cat: GovernmentPurchasedServices), P("文物保护修缮", 900, type: OneOff),
                P("全域旅游推广", 500), P("图书馆、文化馆免费开放", 200), P("非物质文化遗产保护传承", 150), P("A级景区创建提升", 1200, type: MultiYear),
                P("旅游发展基金项目", 800, GovernmentFund), P("农家书屋更新", 90),
            ], 31),
        new("{县}科学技术局", Sector.Science, ["{县}科技创新服务中心"], [P("科技创新专项资金", 2200), P("高新技术企业培育奖补", 900), P("科技特派员服务", 200, cat: GovernmentPurchasedServices), P("科普宣传及科技活动周", 80), P("产学研合作项目", 600, type: MultiYear)], 16),
        new("{县}经济和信息化局", Sector.Commerce, ["{县}中小企业服务中心"], [P("工业发展专项资金", 3200), P("制造业数字化转型奖补", 1500), P("中小企业融资担保风险补偿", 800), P("新型工业化产业引导基金出资", 5000, cat: GovernmentInvestmentFund, type: MultiYear), P("企业技术改造贴息", 1100)], 17),
        new("{县}公安局", Sector.PublicSecurity, ["{县}公安局交通警察大队", "{县}看守所", "{县}公安局刑事侦查大队", "{县}公安局特警大队", .. InTowns(5, "派出所")],
            [
                P("公安业务装备购置", 1600, cat: GovernmentProcurement, type: OneOff), P("辅警经费保障", 3800), P("智慧交通管理系统建设", 1400, cat: GovernmentProcurement, type: MultiYear),
                P("禁毒专项经费", 260), P("反电信网络诈骗专项", 200), P("监所运行保障", 600), P("道路交通安全设施建设", 900, type: OneOff), P("公安信息化运维", 700),
            ], 37),
        new("{县}司法局", Sector.PublicSecurity, ["{县}公证处", "{县}法律援助中心", .. InTowns(3, "司法所")], [P("法律援助经费", 260), P("社区矫正工作经费", 180), P("人民调解员以案定补", 160), P("“八五”普法宣传", 90), P("公共法律服务体系建设", 200, cat: GovernmentPurchasedServices)], 16),
        new("{县}人民法院", Sector.PublicSecurity, [], [P("办案业务经费", 900), P("智慧法院建设", 600, cat: GovernmentProcurement, type: MultiYear), P("司法救助资金", 120), P("聘用制书记员经费", 700)], 9),
        new("{县}人民检察院", Sector.PublicSecurity, [], [P("办案业务经费", 600), P("检察信息化建设", 400, cat: GovernmentProcurement, type: OneOff), P("国家司法救助", 80)], 8),
        new("{县}水利局", Sector.WaterResources, ["{县}水利工程管理站", "{县}防汛抗旱服务中心", "{县}水土保持站", "{县}河湖管理中心", "{县}东干渠灌区管理所", "{县}西干渠灌区管理所", "{县}南湖水库管理所"],
            [
                P("小型水库除险加固", 2400, type: OneOff), P("农村饮水安全巩固提升", 2800, type: MultiYear), P("中小河流治理", 4500, type: MultiYear),
                P("防汛抗旱物资储备及应急度汛", 600), P("河长制工作经费", 200), P("农田水利设施维修养护", 900), P("水土保持综合治理", 1200, type: MultiYear),
                Debt("城乡供水一体化工程", 18000, DebtBondType.Special), P("大中型水库移民后期扶持", 1500, GovernmentFund), P("山洪灾害防治", 500),
            ], 39),
        new("{县}自然资源和规划局", Sector.NaturalResources, ["{县}不动产登记中心", "{县}土地储备中心", "{县}自然资源执法大队"],
            [
                P("国有土地使用权出让前期开发", 21000, GovernmentFund, type: MultiYear), P("土地征收及拆迁补偿", 26000, GovernmentFund), P("国土空间规划编制", 800, type: OneOff),
                P("耕地保护及占补平衡", 1800, GovernmentFund), P("地质灾害防治", 500), P("不动产登记信息化", 300, cat: GovernmentProcurement, type: OneOff),
                P("矿山生态修复", 1300, GovernmentFund, type: MultiYear), P("自然资源卫片执法监测", 150),
            ], 34),
        new("{县}生态环境分局", Sector.Environment, ["{县}生态环境监测站", "{县}生态环境保护综合行政执法大队"],
            [
                P("大气污染防治", 1500), P("水污染防治及重点流域治理", 2200, type: MultiYear), P("土壤污染防治", 800), P("农村环境综合整治", 1200),
                P("生态环境监测能力建设", 500, cat: GovernmentProcurement, type: OneOff), P("中央生态环保督察问题整改", 900, type: OneOff), P("环境执法专项经费", 160),
            ], 24),
        new("{县}商务局", Sector.Commerce, ["{县}电子商务服务中心"], [P("电子商务进农村综合示范", 900, type: MultiYear), P("外贸稳增长奖补", 700), P("促消费活动补贴", 1200, type: OneOff), P("县域商业体系建设", 800), P("招商引资专项经费", 600)], 16),
        new("{县}市场监督管理局", Sector.Commerce, ["{县}食品药品检验检测中心", "{县}市场监管综合执法大队", "{县}计量测试所", .. InTowns(4, "市场监督管理所")],
            [P("食品安全抽检监测", 500, cat: GovernmentPurchasedServices), P("药品医疗器械监管", 200), P("特种设备安全监察", 180), P("知识产权及标准化奖补", 300), P("12315投诉举报平台运行", 90), P("检验检测设备购置", 400, cat: GovernmentProcurement, type: OneOff)], 24),
        new("{县}应急管理局", Sector.EmergencyManagement, ["{县}应急救援指挥中心", "{县}安全生产执法监察大队"],
            [P("安全生产监管及隐患排查", 300), P("应急物资储备", 500), P("防灾减灾救灾", 800), P("应急救援队伍建设", 600), P("自然灾害综合风险普查", 400, type: OneOff), P("应急指挥信息化", 600, cat: GovernmentProcurement, type: MultiYear)], 21),
        new("{县}消防救援大队", Sector.EmergencyManagement, [], [P("消防业务经费", 900), P("政府专职消防员经费", 1600), Buy("消防车辆及装备购置", 1300), P("乡镇消防站建设", 900, type: OneOff)], 10),
        new("{县}气象局", Sector.EmergencyManagement, [], [P("气象灾害监测预警", 300), P("人工影响天气作业", 200)], 5),
        new("{县}审计事务中心", Sector.GeneralAdministration, [], [.. Office, P("政府投资项目审计", 300, cat: GovernmentPurchasedServices)], 7),
        new("{县}供销合作社联合社", Sector.Agriculture, [], [P("农资保供及新网工程", 300), P("农产品冷链物流建设", 600, type: OneOff)], 5),
        new("{县}投资促进中心", Sector.Commerce, [], [P("招商推介活动经费", 400), P("重大招商项目奖补", 1500)], 7),
        new("{县}国有资产管理中心", Sector.Commerce, ["{县}城市建设投资集团有限公司（国有资本经营预算）"],
            [
                P("国有企业资本金注入", 6000, StateCapital, type: OneOff), P("国有企业退休人员社会化管理补助", 900, StateCapital),
                P("国有企业改革成本支出", 1200, StateCapital), P("国有资本经营预算调入一般公共预算", 1500, StateCapital),
                P("政府投资引导基金", 8000, cat: GovernmentInvestmentFund, type: MultiYear),
            ], 12),
        new("{县}乡村振兴局", Sector.Agriculture, ["{县}驻村帮扶工作服务中心"], [P("防返贫动态监测帮扶", 600), P("脱贫人口小额信贷贴息", 700), P("雨露计划职业教育补助", 300), P("驻村工作队经费", 400), P("光伏扶贫电站运维", 300)], 18),
        new("{县}总工会", Sector.GeneralAdministration, [], [P("困难职工帮扶", 200), P("职工服务中心运行", 120)], 5),
        new("共青团{县}委员会", Sector.GeneralAdministration, [], [P("青少年服务及志愿者活动", 80), P("希望工程助学", 60)], 4),
        new("{县}妇女联合会", Sector.GeneralAdministration, [], [P("妇女儿童权益保障", 80), P("“两癌”免费筛查补助", 150)], 4),
        new("{县}机关事务服务中心", Sector.GeneralAdministration, ["{县}公务用车服务中心"], [P("行政中心物业管理", 900, cat: GovernmentPurchasedServices), P("公务用车运行维护", 400), P("公共机构节能改造", 300, type: OneOff)], 9),
        new("{县}城东街道办事处", Sector.UrbanManagement, [], [P("社区运转及服务经费", 400), P("街道环境综合整治", 600), P("社区网格员补助", 500)], 10),
        new("{县}城西街道办事处", Sector.UrbanManagement, [], [P("社区运转及服务经费", 380), P("背街小巷改造", 700, type: OneOff), P("社区网格员补助", 450)], 9),
        new("{县}城南街道办事处", Sector.UrbanManagement, [], [P("社区运转及服务经费", 350), P("老旧片区微改造", 500, type: OneOff), P("社区网格员补助", 420)], 9),
        new("{县}临河镇人民政府", Sector.Agriculture, [], [P("村级组织运转保障", 500), P("镇村环境卫生保洁", 400, cat: GovernmentPurchasedServices), P("特色农业产业发展", 600), P("镇区道路维修", 500, type: OneOff)], 10),
        new("{县}青山镇人民政府", Sector.Agriculture, [], [P("村级组织运转保障", 480), P("茶产业发展扶持", 500), P("镇村环境卫生保洁", 380, cat: GovernmentPurchasedServices), P("山区道路安全防护", 400, type: OneOff)], 10),
        new("{县}白沙镇人民政府", Sector.Agriculture, [], [P("村级组织运转保障", 450), P("水产养殖转型升级", 400), P("镇村环境卫生保洁", 360, cat: GovernmentPurchasedServices)], 9),
        new("{县}双桥镇人民政府", Sector.Agriculture, [], [P("村级组织运转保障", 460), P("农村集中供水维护", 300), P("镇村环境卫生保洁", 370, cat: GovernmentPurchasedServices)], 9),
        new("{县}龙泉乡人民政府", Sector.Agriculture, [], [P("村级组织运转保障", 400), P("乡村旅游基础设施", 500, type: OneOff), P("村庄环境卫生保洁", 300, cat: GovernmentPurchasedServices)], 8),
        new("{县}桃源乡人民政府", Sector.Agriculture, [], [P("村级组织运转保障", 390), P("特色种植基地建设", 450), P("村庄环境卫生保洁", 290, cat: GovernmentPurchasedServices)], 8),
    ];
}
