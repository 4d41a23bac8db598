"""holdout125, part E. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="rsks-zhangyuan-notice-bead-instructor-interview",
        site="璋原人才考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zyrcks.cn/gsgg/2024/0716/0092.html",
        title="璋原县2024年公开招聘手工技艺指导员面试公告",
        record_title="【考务公告】璋原县2024年公开招聘手工技艺指导员面试公告",
        date="2024-07-16",
        notes="exam site with floating consult box; interview timetable; 准考证 print sentence; exam office phone beside site line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【考务公告】璋原县2024年公开招聘手工技艺指导员面试公告</title></head><body>
<div class="hd">⟦m 璋原人才考试网⟧ ⟦m 璋原县人力资源和社会保障局主办⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 成绩查询⟧ ⟦m 报名入口⟧ ⟦m 政策法规⟧</div>
<div class="pos">⟦m 首页 ＞ 考试公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2024-07-16　访问量：2317⟧</div>
<div class="cont">
{BODY}
</div>
<div class="float">⟦m 报名系统技术咨询：0993-2019900⟧</div>
<div class="ft">⟦d 请考生以本网站发布的正式公告为准，谨防诈骗⟧ ⟦m 新ICP备15003306号⟧</div>
</body></html>
""",
        body="""
根据笔试成绩，现将璋原县2024年公开招聘手工技艺指导员面试有关事项公告如下：
一、面试形式：采取结构化面试加现场技能测试的方式，技能测试内容为规定时间内完成一件串珠或珠绣作品。
二、面试安排
日期　时间　岗位
7月27日　8:30　串珠技艺指导员
7月27日　14:30　珠绣技艺指导员
三、面试地点：璋原县职业技术学校实训楼。
四、请面试人员于7月24日起登录本网站打印面试通知书，技能测试所需工具由考场统一提供。
五、咨询电话：0993-2015536（县人社局事业单位人事管理股）
璋原县人力资源和社会保障局
2024年7月16日
""",
    ),
    dict(
        slug="tender-xinghe-notice-domino-purchase",
        site="珩溪县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.hengxi.gov.cn/cggg/2024/05/14/1006.html",
        title="珩溪县青少年活动中心科创器材采购项目竞争性磋商公告",
        record_title="珩溪县青少年活动中心科创器材采购项目竞争性磋商公告",
        date="2024-05-14",
        notes="tender lots table with domino sets; buyer and agency contacts beside the platform hotline",
        page="""
!m 珩溪县政府采购网　|　阳光采购　公平交易
!m 平台客服：400-650-1122（工作日）
!m 首页 > 采购公告 > 竞争性磋商
{T}
!m 【发布时间：2024-05-14 10:30】【浏览：206】
!a 【打印】【关闭】
{BODY}
!l 相关公告：县第三中学实验室设备采购项目结果公告
!m 珩溪县财政局主办　技术支持：政采云服务中心
""",
        body="""
项目编号：HXCG-2024-0319
预算金额：46.8万元
一、采购内容
包号　名称　数量　预算（万元）
1　标准多米诺骨牌套装（每套1万块）　30套　18.0
2　机械连锁装置教具　20套　16.5
3　科创活动室桌椅　1批　12.3
二、获取磋商文件时间：2024年5月15日至5月21日，每天9:00至17:00。
三、响应文件提交截止时间：2024年5月27日9:30。
四、联系方式
采购人：珩溪县青少年活动中心　联系人：马燕　电话：0993-4213056
代理机构：新疆华诚项目管理有限公司　联系人：冯涛　电话：0991-5538210
""",
    ),
    dict(
        slug="lawfirm-jinyu-article-bead-copyright",
        site="锦予律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="article",
        form="html",
        source="https://www.jinyulaw.cn/insights/2024/1011.html",
        title="串珠图样被抄袭怎么办？手作人的版权保护指南",
        record_title="律所观点｜串珠图样被抄袭怎么办？手作人的版权保护指南",
        date="2024-10-11",
        notes="law firm with consult hotline and WeChat box; numbered points",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>律所观点｜串珠图样被抄袭怎么办？手作人的版权保护指南 - 锦予律师事务所</title></head><body>
<div class="hd">⟦m 锦予律师事务所⟧ ⟦w 法律咨询热线：400-016-8899⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 关于锦予⟧ ⟦m 业务领域⟧ ⟦m 律所观点⟧ ⟦m 联系我们⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：锦予知识产权团队 方蕾律师　日期：2024-10-11⟧</div>
<div class="body">
{BODY}
</div>
<div class="wx">⟦w 添加律师微信 jinyu-ip 获取《手作人维权材料清单》⟧</div>
<div class="rel">⟦l 推荐阅读：网店图片被盗用如何维权⟧</div>
<div class="ft">⟦d 本文不构成法律意见，具体问题请咨询专业律师⟧ ⟦m ©2024 锦予律师事务所⟧</div>
</body></html>
""",
        body="""
不少串珠手作人把自己设计的图样发到网上，转眼就被别人拿去批量生产、低价销售。遇到这种情况，可以从以下几个方面维权。
第一，先确认权利。具有独创性的串珠图样和成品可以作为美术作品受著作权法保护，作品完成时即自动享有著作权。
第二，固定证据。保存设计草稿、制作过程的照片视频、首次发布的网页截图，必要时可以办理作品登记或进行公证。
第三，选择维权方式。可以先向电商平台投诉下架，也可以发律师函要求停止侵权；协商不成的，可以向人民法院起诉，要求赔偿损失。
第四，平时注意防范。发布图样时加上水印，重要的新作品先登记再发布。
""",
    ),
    dict(
        slug="community-hexiang-notice-aurora-lecture",
        site="鹤乡社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hexiangsq.cn/news/show-1207.html",
        title="“身边的星空”极光科普讲座邀请函",
        record_title="“身边的星空”极光科普讲座邀请函_鹤乡社区服务网",
        date="2024-12-02",
        notes="residents' site; own contact beside grid hotline; 扫码 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>“身边的星空”极光科普讲座邀请函_鹤乡社区服务网</title></head><body>
<div class="hd">⟦m 鹤乡社区服务网　邻里守望 温暖鹤乡⟧</div>
<div class="hot">⟦m 网格服务热线：0457-2690110⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 社区公告⟧ ⟦m 便民服务⟧ ⟦m 志愿活动⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布时间：2024-12-02　发布者：鹤乡社区⟧</div>
{BODY}
<div class="tools">⟦a 转发给家人⟧ ⟦a 收藏⟧</div>
<div class="ft">⟦m 鹤乡社区居委会　地址：琬坪县鹤乡路9号⟧</div>
</body></html>
""",
        body="""
亲爱的居民朋友们：
冬季是观赏极光的好时节。为帮助大家了解极光知识，社区特邀县气象局高级工程师宋卫国开展“身边的星空”极光科普讲座，欢迎大家带着孩子参加。
时间：2024年12月7日（星期六）下午3:00
地点：社区党群服务中心多功能厅
内容：极光是怎么形成的、如何查看极光预报、冬夜观测安全注意事项
报名：扫描社区公告栏上的二维码报名，限60人。
联系人：社区网格员 段佳　电话：15945708813
鹤乡社区居委会
2024年12月2日
""",
    ),
    dict(
        slug="assoc-jianguo-report-pistachio-industry",
        site="自治区坚果产业协会 (invented)",
        style="行业协会",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.xjjianguo.org.cn/hyyj/2024/03/27.html",
        title="2023年全区开心果产业发展报告（摘要）",
        record_title="[协会发布] 2023年全区开心果产业发展报告（摘要）",
        date="2024-03-27",
        notes="association page with member login; data table; decimal headings",
        page="""
!m 自治区坚果产业协会　|　会员登录　|　入会申请
!m 协会首页 → 行业研究
{T}
!m 发布：协会秘书处　　2024-03-27　　阅读 890
{BODY}
!a 完整版报告仅向会员单位提供，请登录会员中心下载
!l 往期报告：2022年全区核桃产业发展报告｜2023年巴旦木市场分析
!m 协会秘书处电话：0991-2812260　邮箱：xjjgxh@126.com
""",
        body="""
1　总体情况
2023年全区开心果种植面积约11.2万亩，挂果面积7.6万亩，干果产量约1.05万吨，比上年增长8.2%。
2　主要产区
产区　面积（万亩）　产量（吨）
瑶坪县　6.0　5600
瑭岭乡及周边　2.3　2180
其他县市　2.9　2720
3　存在问题
3.1 老果园比重大，部分果园亩产不足40公斤。
3.2 初加工能力不足，分级、烘干设施落后。
3.3 品牌影响力弱，产品以原料形式外销为主。
4　发展建议
加快低产园改造，扶持龙头企业建设精深加工线，打造区域公用品牌。
""",
    ),
    dict(
        slug="company-duomi-news-domino-export",
        site="多米乐玩具有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.duomile-toys.com/news/1205.html",
        title="多米乐彩色骨牌通过欧盟玩具安全认证",
        record_title="多米乐彩色骨牌通过欧盟玩具安全认证 - 多米乐玩具",
        date="2024-04-09",
        notes="company site with floating consult box and sales line; prev/next",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>多米乐彩色骨牌通过欧盟玩具安全认证 - 多米乐玩具</title></head><body>
<div class="hd">⟦m 多米乐玩具　让每一次倒下都精彩⟧ ⟦m 全国销售热线：400-633-7520⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 新闻动态⟧ ⟦m 工厂实力⟧ ⟦m 联系我们⟧</div>
<div class="crumb">⟦m 首页 / 新闻动态 / 企业新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2024-04-09　来源：本站　阅读：566⟧</div>
{BODY}
<div class="pn">⟦l 上一条：公司参加中国玩具展⟧ ⟦l 下一条：多米乐骨牌进校园公益活动启动⟧</div>
<div class="kefu">⟦w 在线客服　批发询价请留言⟧</div>
<div class="ft">⟦m Copyright 2024 多米乐玩具有限公司　浙ICP备19062210号⟧</div>
</body></html>
""",
        body="""
近日，公司生产的12色标准多米诺骨牌系列产品通过欧盟玩具安全认证，获得CE证书，为产品进入欧洲市场取得了“通行证”。
此次认证历时四个月，检测机构对骨牌的物理机械性能、燃烧性能和8种可迁移元素进行了全面检测，各项指标均符合要求。
公司总经理钱晓峰表示，认证通过后，公司计划今年出口骨牌产品200万套，并把检测标准推广到全部生产线。
""",
    ),
    dict(
        slug="training-jixing-course-aurora-photo",
        site="极星摄影培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.jixingsheying.com/course/aurora-2025.html",
        title="极光摄影冬季研学营招生简章",
        record_title="极光摄影冬季研学营招生简章（2025冬季班）",
        date=None,
        notes="training school with price tag, trial form and WeChat prompt; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>极光摄影冬季研学营招生简章（2025冬季班） - 极星摄影</title></head><body>
<div class="hd">⟦m 极星摄影培训学校⟧ ⟦m 咨询热线：0451-87700260⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 课程⟧ ⟦m 师资⟧ ⟦m 学员作品⟧ ⟦m 报名⟧</div>
<h1>{T}</h1>
<div class="price">⟦a 早鸟价 4980元/人　名额仅剩 7 个　立即报名⟧</div>
{BODY}
<form class="trial">⟦a 免费领取拍摄攻略：留下手机号 提交⟧</form>
<div class="wx">⟦w 扫码加班主任微信，进极光交流群⟧</div>
<div class="ft">⟦d 课程安排如遇天气变化可能调整，最终解释权归本校所有⟧</div>
</body></html>
""",
        body="""
一、营期安排：每期6天5晚，在珂原县北部观测点集中拍摄，夜间拍摄不少于4次。
二、课程内容
天数　内容
第1天　器材检查与低温保护
第2天　构图与前景选择
第3—5天　夜间实拍与现场指导
第6天　后期处理与作品点评
三、招生对象：有一定相机基础的摄影爱好者，年龄18至60周岁，身体健康。
四、费用说明：费用含住宿、餐饮、场地和保险，不含往返交通。
""",
    ),
    dict(
        slug="fwapp-wenxin-minutes-beaver-volunteers",
        site="文心写作App (invented)",
        style="范文APP",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://share.wenxinxiezuo.com/n/9022817",
        title="河狸守护志愿服务队季度工作会议纪要",
        record_title="【范本】河狸守护志愿服务队季度工作会议纪要｜文心写作",
        date="2024-04-02",
        notes="writing app with AI-rewrite and template buttons; minutes lines kept",
        page="""
!m 文心写作 · 文章分享
!a 在App内打开　　下载App领7天会员
{T}
!m 作者：志愿队小秘书　　阅读 312
{BODY}
!a ✎ 使用此模板　　✦ AI润色　　⤓ 导出Word（会员）
!l 更多范本：志愿服务队年度总结｜志愿者表彰决定
""",
        body="""
时间：2024年4月2日19:30
地点：县林草局三楼会议室
主持：队长 热合曼
参会：志愿服务队骨干队员14人
记录：王晓雪
一、通报一季度工作：全队开展河岸巡护9次，清理垃圾1.2吨，进校园宣讲3场。
二、讨论二季度安排：4月至6月河狸进入哺育期，巡护时不得靠近洞穴，每次巡护须有保护站工作人员带队。
三、会议决定：新招募队员20名，5月组织一次野外急救培训。
""",
    ),
    dict(
        slug="gkforum-xuanzhou-interview-pistachio",
        site="玹州公考圈 (invented)",
        style="公考论坛",
        genre="面试答案",
        kind="qa",
        form="html",
        source="https://www.xzgkq.com/forum/thread-80112.html",
        title="面试题：村里开心果丰收却卖不出去，你作为驻村干部怎么办？",
        record_title="[面试素材] 面试题：村里开心果丰收却卖不出去，你作为驻村干部怎么办？（附参考答案）",
        date=None,
        notes="exam forum with jammer fonts; relative post time; title partly decorated",
        page="""
<html><head><meta charset="utf-8"><title>[面试素材] 面试题：村里开心果丰收却卖不出去，你作为驻村干部怎么办？（附参考答案）- 玹州公考圈</title></head><body>
<div id="hd">⟦m 玹州公考圈　一起上岸⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 公考圈 › 面试交流 › 真题解析⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 楼主：上岸的阿力　发表于 5天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="attach">⟦a 附件：面试真题汇编.pdf（需回复后下载）⟧</div>
<div class="reply">⟦l 回复 考公人阿梅：思路很清晰，收藏了⟧</div>
<div id="ft">⟦m 玹州公考圈　新ICP备20004711号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
参考答案：
开心果丰收却卖不出去，关系到群众的切身利益，我会从以下几个方面着手解决。
第一，摸清情况。走访种植户和合作社，了解滞销数量、品质等级和群众的价格预期。
第二，拓宽渠道。联系县商务局和电商服务中心，组织直播带货；对接坚果加工企业，争取订单收购。
第三，解决当前困难。协调冷库和烘干点，帮助群众妥善储存，减少损失。
第四，建立长效机制。推动成立合作社统一分级、统一品牌，和企业签订长期购销协议。
""",
    ),
    dict(
        slug="baike-wenda-entry-beaver",
        site="问知百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="article",
        form="text",
        source="https://www.wenzhibaike.com/wiki/河狸",
        title="河狸",
        record_title="河狸_问知百科",
        date=None,
        notes="encyclopaedia entry with info lines; example years in sentences not dates",
        page="""
!m 问知百科　｜　全球中文知识库
!a 编辑词条　　收藏　　分享
{T}
!m 中文名：河狸　　拉丁学名：Castor fiber　　界：动物界　　保护级别：国家一级
{BODY}
!l 词条标签：动物　啮齿目　保护动物
!m 本词条由“问知百科”科学审核　浏览 41,226 次　最近更新：2天前
!d 问知百科内容由用户协作编辑，仅供参考
""",
        body="""
河狸是啮齿目河狸科的半水栖哺乳动物，体型肥壮，尾巴宽而扁平，后足有蹼，善于游泳。
形态特征
成年河狸体长约70至100厘米，体重可达20公斤以上。门齿锋利，能咬断较粗的树木。
生活习性
河狸多在夜间活动，以树皮、嫩枝和水生植物为食。它们用树枝、泥土在河道上筑坝，形成水塘，在塘边建造巢穴。
分布与保护
我国的河狸主要分布在新疆北部的乌伦古河流域，数量较少，属国家一级保护野生动物。据报道，1980年前后当地建立了专门的自然保护区。
""",
    ),
    dict(
        slug="netdisk-nas-summary-bead-workshop",
        site="家用NAS分享链接 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://nas.lin-home.cn:5000/sharing/Xk82mQ",
        title="巧手妈妈串珠工坊2024年上半年工作小结",
        record_title="巧手妈妈串珠工坊2024年上半年工作小结.docx",
        date="2024-07-05",
        notes="personal NAS share page; file-name title; upload stamp not a date; Chinese-numeral date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>巧手妈妈串珠工坊2024年上半年工作小结.docx - 文件分享</title></head><body>
<div class="bar">⟦m 家庭云盘 · 文件分享⟧ ⟦a 登录⟧</div>
<div class="file">⟦t 巧手妈妈串珠工坊2024年上半年工作小结.docx⟧</div>
<div class="finfo">⟦m 大小 24.6 KB　修改于 2024-07-08 22:10　分享者 linjia⟧</div>
<div class="btns">⟦a 下载⟧ ⟦a 保存到我的NAS⟧ ⟦a 复制链接⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 分享链接将于30天后失效⟧</div>
</body></html>
""",
        body="""
上半年，工坊共接订单14批，完成串珠挂件、手链等产品4.6万件，实现加工收入38.2万元，参与妇女人均收入6400元。
主要做法：一是建立质检小组，每批产品出货前抽检，返工率由8%降到3%；二是开展技能培训4期，新学员52人；三是与县电商中心合作，开通工坊网店。
存在问题：订单淡旺季明显，3月至4月活少；部分学员视力下降，长时间穿珠易疲劳。
下半年计划：争取一家稳定的长期订单，购置放大台灯20台，组织学员每周做一次眼保健操。
巧手妈妈串珠工坊
二〇二四年七月五日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-rules-domino-venue",
        site="快照 · 瑾水体育中心 (invented)",
        style="搜索快照",
        genre="制度",
        kind="rules",
        form="text",
        source="http://snapshot.kuaiso.cn/?u=www.jstyzx.cn/gg/2024/domino.html",
        title="瑾水体育中心多米诺训练馆使用须知",
        record_title=None,
        date=None,
        notes="text-only cache snapshot; title missing; snapshot date not the document date; no document date",
        page="""
!d 快搜快照：本页面为 www.jstyzx.cn/gg/2024/domino.html 于 2025年1月9日 的快照，仅供参考。
!d 网页内容以原站为准，快搜与该网页作者无关。
!m 瑾水体育中心 > 场馆公告
{T}
{BODY}
!m 瑾水体育中心　服务电话：0993-2218000
""",
        body="""
一、训练馆开放时间为每周二至周日9:00至21:00，周一闭馆维护。
二、进馆须换穿软底鞋，禁止携带食品饮料进入搭建区。
三、搭建区内禁止奔跑、打闹，非搭建人员须在黄线外观看。
四、团体包场须提前3天预约，每场最长4小时。
五、骨牌和配件使用后按颜色归位，损坏的请告知工作人员。
六、未成年人须在家长或教练陪同下入馆。
""",
    ),
    dict(
        slug="print-yanhu-notice-pistachio-price-check",
        site="琰湖县市场监管局 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://scjg.yanhu.gov.cn/printpage.aspx?id=55410",
        title="关于开展中秋国庆期间坚果炒货价格和计量专项检查的通知",
        record_title="〔打印稿〕关于开展中秋国庆期间坚果炒货价格和计量专项检查的通知",
        date="2024-09-06",
        notes="print view with print stamp and footer; 12315 as chrome beside the document's own contact",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕关于开展中秋国庆期间坚果炒货价格和计量专项检查的通知</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a [打印]　[返回]⟧</div>
<div>⟦m 琰湖县市场监督管理局　投诉举报：12315⟧</div>
<h3>{T}</h3>
<div>⟦m 打印日期：2024-09-30⟧</div>
{BODY}
<div>⟦p — 第1页 ∥ 共1页 —⟧</div>
</body></html>
""",
        body="""
各市场监管所：
为维护中秋、国庆期间坚果炒货市场秩序，局决定9月10日至10月8日开展坚果炒货价格和计量专项检查。有关要求通知如下：
一、检查重点：超市、农贸市场和炒货店销售的开心果、瓜子、核桃等坚果炒货，重点检查明码标价、计量器具和定量包装净含量。
二、工作要求：各所每周至少检查一次辖区重点商户，发现问题依法处理，检查情况于每周五报局价监竞争股。
联系人：蒋卫华　电话：0906-3127720
琰湖县市场监督管理局
2024年9月6日
""",
    ),
    dict(
        slug="mail-reply-request-aurora-road-lights",
        site="珂原县交通运输局邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:archive/2024-10/ky-jtj-request.eml",
        title="关于观测点专用道路夜间照明改造的请示",
        record_title="答复：Re: 关于观测点专用道路夜间照明改造的请示.docx",
        date="2024-10-15",
        date_also=["2024-10-18"],
        notes="mail reply chain; quoted mail headers; request with its own 附件; send date differs",
        page="""
!m 发件人：县交通运输局办公室 <jtjbgs@keyuan.gov.cn>
!m 时间：2024-10-18 16:02
!m 收件人：县政府办公室 <zfb@keyuan.gov.cn>
!m 主题：答复：Re: 关于观测点专用道路夜间照明改造的请示.docx
已按修改意见调整，请审阅。
!m > 在 2024-10-17 09:11，县政府办公室 写道：
!m > 请补充照明灯具色温说明后重新报送。
{T}
{BODY}
!d 本邮件及附件仅供指定收件人使用，如误收请删除
""",
        body="""
县人民政府：
珂原县极光观测点专用道路全长7.4公里，现有路灯为高色温白光，夜间光污染较重，影响游客观测极光，也存在部分路段照度不足的安全隐患。
为兼顾行车安全和观测需要，我局拟对该道路照明进行改造：更换低色温、全截光型路灯186盏，色温不超过2200K；观测点周边1公里范围内设置夜间分时照明，22时后降至30%亮度。
项目估算投资128万元，拟申请县财政安排资金解决。
妥否，请批示。
附件：专用道路照明改造工程估算表
珂原县交通运输局
2024年10月15日
""",
    ),
]
