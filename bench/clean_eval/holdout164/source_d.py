"""holdout164, part D: local forums, download stations, personnel-exam sites, tender
platforms, law firms. Every document, site, county, person and URL is invented."""

CASES = [
    dict(
        slug="localbbs-huaishui-notice-zinnia-html-jammer",
        site="槐水生活网论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.huaishui-life.example.com/thread-66120-1-1.html",
        title="关于百日草花海景区国庆期间交通管制的通告",
        record_title="[本地资讯] 关于百日草花海景区国庆期间交通管制的通告（请转发）",
        date="2025-09-28",
        notes="county forum with weather widget, jammer fonts, floor meta; a repost of a traffic notice with its own consult phone; 'reply to see' box",
        junk=dict(lines=0, glued=2),
        page="""
<html><head><meta charset="gbk"><title>[本地资讯] 关于百日草花海景区国庆期间交通管制的通告（请转发） - 槐水生活网论坛</title></head><body>
<div class="weather">⟦m 槐水　晴　18~27℃　空气质量：良⟧</div>
<div id="nv">⟦l 首页　本地资讯　二手市场　房产家居　招聘求职⟧</div>
<h1>⟦t 关于百日草花海景区国庆期间交通管制的通告⟧</h1>
<div class="pi">⟦m 槐水交警之友　|　发表于 2025-9-28 16:40　|　查看: 9821　|　回复: 64⟧</div>
<div class="t_fsz">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏内容需要回复才可以浏览⟧</div>
<div class="ft">⟦m 槐水生活网　www.huaishui-life.example.com⟧　⟦w 广告合作：0536-3301888⟧</div>
</body></html>
""",
        body="""
为保障国庆假期百日草花海景区周边道路交通安全畅通，县公安局交警大队决定于10月1日至7日对景区周边道路实行临时交通管制。
一、每日8时至18时，花海大道由南向北单向通行，禁止车辆在道路两侧停放。
二、自驾游客请将车辆停放在县体育中心和城东客运站停车场，换乘景区免费接驳车。
三、请广大驾驶人服从交警指挥，如遇紧急情况请拨打县交警大队值班电话0536-3306122。
槐水县公安局交通警察大队
2025年9月28日
""",
    ),
    dict(
        slug="localbbs-pingtang-post-petunia-text",
        site="平塘论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.pingtang-bbs.example.net/forum/t/44102",
        title="爱护街头矮牵牛花箱倡议书",
        record_title=None,
        date="2025-05-10",
        notes="no record title; post title in a line; forum junk lines and glued junk; signature line; 发表于 time in the post line equals the 成文日期",
        junk=dict(lines=2, glued=1),
        page="""
!m 平塘论坛 » 平塘杂谈 » 浏览帖子
{T}
!m 花街志愿者　发表于 2025-05-10 08:03　楼主
{BODY}
!m ——平塘花街志愿服务队，欢迎加入——
!l 顶　｜　回复　｜　分享到朋友圈
!l 最新回复：我家楼下的花箱也被踩坏了，支持！
""",
        body="""
亲爱的街坊邻居：
今年春天，城区主要街道新摆放了三百多个花箱，种满了红、紫、白各色矮牵牛，给我们的小城增添了不少色彩。
可是最近我们发现，有的花箱被当成了垃圾桶，有的花被连根拔走，还有小朋友在花箱上攀爬。
我们倡议：不摘花、不踩踏、不往花箱里扔垃圾；看到破坏花箱的行为，及时劝阻。
让花开满街，靠你我他。
平塘花街志愿服务队
2025年5月10日
""",
    ),
    dict(
        slug="download-xuehai-plan-pansy-html-oldtable",
        site="学海资料站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.xuehai-zl.example.com/soft/jiaoan/20251022/55713.html",
        title="幼儿园大班三色堇种植观察活动方案",
        record_title="幼儿园大班三色堇种植观察活动方案 免费下载",
        date=None,
        notes="old table layout download station: file-info table, three download links, dead-link report, unzip password; a lesson plan with no date; an upload time is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>幼儿园大班三色堇种植观察活动方案 免费下载 - 学海资料站</title></head><body>
<table width="980"><tr><td>⟦m 学海资料站 - 教案课件免费下载⟧</td><td>⟦a 会员登录⟧ ⟦a 免费注册⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：首页 → 教案下载 → 幼儿园教案⟧</td></tr></table>
<table class="info" width="980">
<tr><td>⟦m 资料名称：⟧</td><td>⟦t 幼儿园大班三色堇种植观察活动方案⟧</td></tr>
<tr><td>⟦m 资料大小：26 KB⟧</td><td>⟦m 更新时间：2025-10-22 19:41⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 下载次数：1307⟧</td></tr></table>
<table width="980"><tr><td>
{BODY}
</td></tr></table>
<table width="980"><tr><td>⟦a 下载地址1：电信高速下载⟧　⟦a 下载地址2：联通高速下载⟧　⟦a 下载地址3：本地下载⟧</td></tr>
<tr><td>⟦a 解压密码：www.xuehai-zl.example.com⟧　⟦a 下载链接失效？点此报错⟧</td></tr></table>
<table width="980"><tr><td>⟦d 本站资源均来自网络收集，仅供学习研究，请于下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
活动名称：三色堇的秘密
活动目标：1.观察三色堇的花瓣颜色和形状，知道三色堇一朵花有三种以上颜色。2.学习给花浇水、松土，体验照料植物的乐趣。
活动准备：三色堇幼苗每组一盆，放大镜、小水壶、观察记录表。
活动过程：
一、教师出示三色堇，请幼儿说一说花像什么，引出“猫脸花”的别称。
二、幼儿分组用放大镜观察花瓣，并在记录表上画出看到的颜色。
三、教师示范浇水方法，提醒幼儿水要浇在根部，不要浇在花朵上。
活动延伸：将三色堇摆放在自然角，每天由值日生照料并记录变化。
""",
    ),
    dict(
        slug="download-zhuoyun-rules-violet-text",
        site="卓云下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="text",
        source="https://down.zhuoyun.example.net/doc/zhidu/8812.html",
        title="紫罗兰香精香料车间防火安全管理制度",
        record_title="紫罗兰香精香料车间防火安全管理制度.doc下载",
        date=None,
        notes="download station text page: file-info lines, 第N条 articles, an article that speaks of 打印 and 张贴 (kept), an effective date in an article and an update stamp (no date), download buttons and unzip tip at the end",
        page="""
!m 卓云下载站 ｜ 管理制度 ｜ 安全生产
!t 紫罗兰香精香料车间防火安全管理制度.doc下载
!m 文件大小：41KB　｜　授权：免费　｜　更新：2025/3/14
{BODY}
!a 【立即下载】　【网盘下载】　【复制下载链接】
!a 提示：下载后请用WPS或Office打开，如提示密码请输入本站网址
!d 本站仅提供资料下载服务，所有资料版权归原作者所有。
""",
        body="""
第一条　为加强紫罗兰香精香料车间防火安全管理，预防火灾事故，制定本制度。
第二条　车间内严禁吸烟和携带火种，动火作业须办理动火审批手续，并有专人监护。
第三条　易燃香料原料应存放在专用防爆库房，库存量不得超过一昼夜的用量。
第四条　车间安全员应将本制度打印后张贴在车间入口和配料间醒目位置，并每班检查消防器材完好情况。
第五条　本制度自2025年1月6日起执行。
""",
    ),
    dict(
        slug="rsks-lanhe-notice-cosmos-html-exam",
        site="澜禾市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lanherskw.example.gov.cn/ksap/2025/0612/4410.html",
        title="关于打印2025年澜禾市事业单位公开招聘笔试准考证的通知",
        record_title="【考务公告】关于打印2025年澜禾市事业单位公开招聘笔试准考证的通知",
        date="2025-06-12",
        notes="personnel-exam site: system technical line beside the bureau's own 咨询电话 (kept); a notice that tells candidates to download and print the 准考证 (kept); exam timetable table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于打印2025年澜禾市事业单位公开招聘笔试准考证的通知-澜禾市人事考试网</title></head><body>
<div class="hd">⟦m 澜禾市人事考试网⟧　⟦a 考生登录⟧　⟦a 报名入口⟧</div>
<div class="nav">⟦l 首页　考试公告　考务通知　成绩查询　政策法规⟧</div>
<h1>⟦t 关于打印2025年澜禾市事业单位公开招聘笔试准考证的通知⟧</h1>
<div class="meta">⟦m 发布时间：2025-06-12　来源：考务科⟧</div>
{BODY}
<div class="help">⟦w 报名系统技术支持：0796-8210077（仅解答系统操作问题）⟧</div>
<div class="ft">⟦m 澜禾市人事考试中心　版权所有⟧　⟦m 赣ICP备09003312号⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年澜禾市事业单位公开招聘笔试将于6月21日举行。请考生于6月17日9:00至6月20日17:00登录报名系统下载并打印准考证。
笔试时间安排如下：
日期　时间　科目
6月21日上午　9:00—10:30　职业能力倾向测验
6月21日下午　14:00—16:00　综合应用能力
考生须携带准考证和有效居民身份证参加考试，证件不全者不得入场。
咨询电话：0796-8210036（市人事考试中心）。
澜禾市人事考试中心
2025年6月12日
""",
    ),
    dict(
        slug="rsks-quyang-announce-pumice-text",
        site="渠洋县人力资源和社会保障局 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsj.quyang.example.gov.cn/ksxx/2025/0904/221.html",
        title="渠洋县浮石地质公园管理处2025年公开招聘工作人员拟聘用人员公示",
        record_title="渠洋县浮石地质公园管理处2025年公开招聘工作人员拟聘用人员公示_渠洋县人力资源和社会保障局",
        date="2025-09-04",
        notes="public notice with a list table of candidates, the notice's own supervision phone and 12345 in a footer; accessibility and font links at the top",
        page="""
!a 无障碍　｜　关怀模式　｜　字号 A+ A-
!m 渠洋县人力资源和社会保障局 · 考试录用
{T}
!m 时间：2025-09-04 11:20　点击：1930
{BODY}
!m 政务服务便民热线：12345
!m 渠洋县人力资源和社会保障局主办　网站标识码：6525260018
""",
        body="""
根据《渠洋县浮石地质公园管理处2025年公开招聘工作人员公告》，经笔试、面试、体检和考察，现将拟聘用人员名单公示如下：
岗位名称　姓名　性别　准考证号
讲解员　艾米拉　女　2025080113
地质保护员　吴承泽　男　2025080207
公示期为2025年9月4日至9月10日。公示期间，如有异议，请向县人社局事业单位人事管理股反映。
监督电话：0906-6623518。
渠洋县人力资源和社会保障局
2025年9月4日
""",
    ),
    dict(
        slug="tender-haiyan-notice-mother-of-pearl-html",
        site="海砚市公共资源交易平台 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.haiyan.example.gov.cn/jyxx/zfcg/20251105/0031.html",
        title="海砚市博物馆螺钿漆器藏品修复服务项目招标公告",
        record_title="【采购公告】海砚市博物馆螺钿漆器藏品修复服务项目招标公告",
        date="2025-11-05",
        notes="tender platform: countdown box, CA hotline beside purchaser and agency contacts (kept), lots table, 附件 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>海砚市博物馆螺钿漆器藏品修复服务项目招标公告</title></head><body>
<div class="top">⟦m 海砚市公共资源交易平台⟧　⟦a 主体登录⟧　⟦a CA办理⟧</div>
<div class="crumb">⟦m 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h2>⟦t 海砚市博物馆螺钿漆器藏品修复服务项目招标公告⟧</h2>
<div class="meta">⟦m 【信息时间：2025-11-05】　【阅读次数：612】⟧</div>
<div class="countdown">⟦a 距投标截止还有：20天 13时 42分⟧</div>
{BODY}
<div class="ca">⟦w CA数字证书服务热线：400-881-2366⟧</div>
<div class="foot">⟦m 主办：海砚市公共资源交易中心⟧　⟦d 本平台信息仅供参考，以原件为准⟧</div>
</body></html>
""",
        body="""
项目编号：HYCG-2025-0871
一、项目概况。海砚市博物馆拟对馆藏清代螺钿漆器十四件进行保护修复，采用公开招标方式确定服务单位。
二、采购需求。
包号　内容　预算金额（万元）
1　螺钿嵌件加固与补配　46.0
2　漆层清洗与回贴　28.5
三、投标人资格。具有可移动文物修复资质，近三年承担过同类修复项目。
四、投标截止时间：2025年11月26日9时30分。
五、联系方式。采购人：海砚市博物馆，联系人：邹文博，电话：0577-66128802；代理机构：海砚正信招标代理有限公司，联系人：阮晴，电话：0577-66390517。
附件：招标文件（电子版）
""",
    ),
    dict(
        slug="tender-shiqiao-result-epitaph-text",
        site="石桥区采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cg.shiqiao.example.gov.cn/zbgg/2025/0730/1180.html",
        title="石桥区墓志碑刻拓片数字化采集项目中标结果公告",
        record_title="石桥区墓志碑刻拓片数字化采集项目中标结果公告",
        date="2025-07-30",
        notes="bid result with a result table, the purchaser's own contact, a platform service line; 发布时间 equals 公告日期",
        page="""
!m 石桥区采购网　｜　采购公告　→　中标（成交）结果
{T}
!m 发布时间：2025年07月30日　浏览次数：388
{BODY}
!w 平台操作咨询：0351-2288616（工作日）
!l 相关公告：石桥区墓志碑刻拓片数字化采集项目招标公告
!m 石桥区财政局政府采购办公室　主办
""",
        body="""
一、项目编号：SQCG2025-042
二、项目名称：石桥区墓志碑刻拓片数字化采集项目
三、中标信息
供应商名称　中标金额（元）　服务期限
晋阳墨拓文化科技有限公司　386000　180日历天
四、主要服务内容：对区文物管理所收藏的墓志碑刻拓片一千二百余件进行高清扫描、编目和数据库建设。
五、公告期限：自本公告发布之日起一个工作日。
六、采购人联系方式：石桥区文物管理所，联系人：温雅，电话：0351-2290413。
""",
    ),
    dict(
        slug="lawfirm-zhengyuan-letter-bristle-html",
        site="正源律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="html",
        source="https://www.zhengyuan-law.example.com/cases/letter/2025-08.html",
        title="关于猪鬃制品商标侵权事宜的律师函",
        record_title="律师范本丨关于猪鬃制品商标侵权事宜的律师函",
        date=None,
        notes="law firm: consult card, hotline, disclaimer 'not legal advice'; a 律师函 template with ××× and 20××年×月×日 placeholders (no date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>律师范本丨关于猪鬃制品商标侵权事宜的律师函 - 正源律师事务所</title></head><body>
<div class="hd">⟦m 正源律师事务所　ZHENGYUAN LAW FIRM⟧　⟦w 免费咨询热线：400-650-8812⟧</div>
<div class="nav">⟦l 首页　律所简介　专业领域　律师团队　文书范本　联系我们⟧</div>
<h1>⟦t 关于猪鬃制品商标侵权事宜的律师函⟧</h1>
<div class="meta">⟦m 栏目：文书范本　浏览：2215⟧</div>
{BODY}
<div class="card">⟦w 遇到知识产权纠纷？填写表单，律师24小时内回电⟧<button>⟦a 提交咨询⟧</button></div>
<div class="disclaimer">⟦d 本范本仅供参考，不构成法律意见，具体问题请咨询执业律师。⟧</div>
<div class="ft">⟦m 地址：宁江市金融街9号汇通大厦21层⟧</div>
</body></html>
""",
        body="""
×××有限公司：
正源律师事务所接受××刷业有限公司（以下简称“委托人”）的委托，指派本所律师就贵司生产、销售的猪鬃刷制品使用与委托人注册商标近似标识一事，致函如下。
委托人系第××××××号注册商标的权利人，该商标核定使用于猪鬃刷、油漆刷等商品。
经调查，贵司在其产品包装上使用了与上述商标高度近似的标识，容易导致消费者混淆，已涉嫌侵犯委托人的注册商标专用权。
请贵司自收到本函之日起七日内停止上述行为，并与本所律师联系。
正源律师事务所
律师：×××
20××年×月×日
""",
    ),
    dict(
        slug="lawfirm-huiming-answer-sago-text",
        site="慧明律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.huiming-lawyer.example.cn/fl/qa/3318.html",
        title="网购西米露原料遇到过期产品可以要求十倍赔偿吗",
        record_title="律师说法丨网购西米露原料遇到过期产品可以要求十倍赔偿吗",
        date="2025-02-14",
        notes="a law firm's answer page: lawyer card, the firm's hotline and WeChat, an answer with a 回答于 date (the page's date); numbered legal points",
        page="""
!m 慧明律师事务所 > 律师说法 > 消费维权
!t 律师说法丨网购西米露原料遇到过期产品可以要求十倍赔偿吗
!m 解答律师：顾晓岚　执业证号：14401201910××××　回答于 2025-02-14
{BODY}
!w 在线咨询请添加律师微信：huiming_gxl
!w 律所电话：020-38611907
!d 以上解答基于提问者提供的信息，仅供参考。
""",
        body="""
您好，根据您描述的情况，可以主张。
1.《食品安全法》规定，经营明知是不符合食品安全标准的食品，消费者除要求赔偿损失外，还可以要求支付价款十倍的赔偿金；增加赔偿的金额不足一千元的，为一千元。
2.销售超过保质期的食品，属于经营不符合食品安全标准的食品。
3.建议您保留购物订单、商品照片和生产日期标签，先与商家协商，协商不成可以向市场监管部门投诉或向法院起诉。
""",
    ),
]
