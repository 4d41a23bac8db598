"""Holdout10, part G: news, Party-building, WeChat, education and enterprise pages of new sites,
with longer texts — a county media centre's HTML news, a Party-building site's 主题党日 report, a
long WeChat speech, a WeChat half-year summary, an education bureau's HTML notice with 附件, a
college's minutes, a state enterprise's HTML news, a township's minutes with 时间/地点 lines, a long
文库 speech cut by ‖n‖ markers, a forum repost with junk and a 范文 page on one line. Written
blind; everything invented."""

CASES = [
    dict(
        slug="rongmei-daishan-news-html-photo-editor",
        site="黛山融媒 (invented county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.daishanrm.example.com/xw/bd/2025-04/09/content_60211.html",
        title="黛山县油茶低产林改造项目全面铺开",
        record_title="黛山县油茶低产林改造项目全面铺开_本地新闻_黛山融媒",
        date="2025-04-09",
        record_date="2025-04-09",
        notes="HTML county media page: record title _column_site; a channel bar, an 'A- A+' row, a photo caption between paragraphs, 责任编辑/审核 lines under the text and a 'recommended' list; a news lead that starts with the place and date",
        page="""
<html><head><meta charset="utf-8"><title>黛山县油茶低产林改造项目全面铺开_本地新闻_黛山融媒</title></head><body>
<div class="nav">⟦m 黛山融媒　首页　本地新闻　乡镇动态　视听黛山　专题⟧</div>
<h1>⟦t 黛山县油茶低产林改造项目全面铺开⟧</h1>
<div class="src">⟦m 2025-04-09 10:31　来源：黛山融媒　记者：宋晓林　通讯员：胡平⟧</div>
<div class="fz">⟦a A－　A＋⟧</div>
<div class="article">
{BODY}
</div>
<div class="ed"><p>⟦m 责任编辑：陶静⟧</p><p>⟦m 审核：易昌明⟧</p></div>
<div class="rec"><h4>⟦l 为你推荐⟧</h4><p>⟦l 我县春茶开采 茶农喜迎丰收⟧</p><p>⟦l 全县林长制工作会议召开⟧</p></div>
</body></html>
""",
        body="""
黛山融媒讯（记者 宋晓林 通讯员 胡平）连日来，在黛山县各乡镇的油茶林里，施工队伍正忙着清理杂灌、修枝整形、施肥垦复，今年的油茶低产林改造项目全面铺开。
据了解，今年全县计划完成油茶低产林改造1.5万亩，新造油茶林3000亩，项目资金由中央、省财政补助和县级配套共同承担。
⟦m 图为施工人员在石门乡开展油茶低产林垦复（宋晓林 摄）⟧
县林业局相关负责人介绍，改造后的油茶林亩产茶油可由原来的8公斤左右提高到20公斤以上。县里还组织技术人员深入项目乡镇，现场指导农户科学管护。
油茶产业是我县的传统特色产业，全县现有油茶林面积28万亩，带动四万余户农户增收。
""",
    ),
    dict(
        slug="dangjian-yanxi-party-day-report-wrapped",
        site="潆溪先锋网 (invented Party-building site)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yingxixf.example.gov.cn/dyjy/2025/0702/1887.html",
        title="县直机关开展“七一”主题党日活动",
        record_title="【基层动态】县直机关开展“七一”主题党日活动",
        date="2025-07-02",
        notes="a Party-building site: decorated record title; a slogan line, a 'study online' entrance and a 'vote for this' button between paragraphs; hard-wrapped at 68 columns; the oath text quoted in the news stays; the page's 发布时间 line is the date source",
        wrap=68,
        indent="\u3000\u3000",
        page="""
!m 潆溪先锋网　不忘初心　牢记使命
!a 【网上党校】　【党员e家】　【党费缴纳】
!m 首页 ＞ 基层动态
!t 【基层动态】县直机关开展“七一”主题党日活动
!m 发布时间：2025-07-02　来源：县直机关工委　点击：488
{BODY}
!l 【上一篇】城关镇举办“两新”组织党务工作者培训班
!l 【下一篇】县委组织部开展“书记项目”观摩评比
""",
        body="""
为庆祝中国共产党成立104周年，7月1日，县直机关工委组织各机关党组织开展了形式多样的“七一”主题党日活动。
各机关党组织通过重温入党誓词、讲专题党课、参观廉政教育基地等形式，引导党员干部坚定理想信念、践行初心使命。在县档案馆，全体党员面向党旗庄严宣誓：“我志愿加入中国共产党，拥护党的纲领，遵守党的章程……”铿锵有力的誓言回荡在会场。
⟦a 👍 为本文点赞⟧
各机关党组织还结合“我为群众办实事”实践活动，组织党员到联系社区开展志愿服务，为居民提供政策咨询、义诊、理发等服务，累计服务群众一千余人次。
大家纷纷表示，将以此次主题党日活动为契机，立足岗位、担当作为，以实际行动为全县经济社会发展贡献力量。
""",
    ),
    dict(
        slug="wechat-cenyang-long-speech-mirror-follow-card",
        site="岑阳发布 (invented WeChat account mirror)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wxmirror.example.org/cenyangfabu/2025/02/08/a1",
        title="在全县高质量发展大会上的讲话",
        record_title="重磅！在全县高质量发展大会上的讲话（全文）",
        date="2025-02-07",
        date_also=["2025-02-08"],
        notes="a WeChat mirror of a long speech: decorated record title (重磅！…（全文）); the account line with the next day's time (also accepted); a speaker line and a date line under the title (neutral); a 'follow us' card between paragraphs and a 'tap 在看' row glued after the last sentence; the speech's slogan in quotes stays",
        indent="\u3000\u3000",
        page="""
!m 岑阳发布　2025年02月08日 07:30
!t 在全县高质量发展大会上的讲话
县委书记　欧阳明
（2025年2月7日）
{BODY}
!m 来源：岑阳日报
!m 编辑：廖青　审核：向阳
!l ▼ 往期推荐 ▼
!l 岑阳县2025年十件民生实事公布
""",
        body="""
同志们：
春节刚过，县委、县政府召开全县高质量发展大会，目的是动员全县上下迅速收心归位、进入状态，以“开局就是决战、起步就是冲刺”的姿态，奋力推动全县高质量发展。
一、看清形势，坚定高质量发展的信心决心
过去一年，面对多重困难挑战，全县上下团结奋斗，经济社会发展取得了来之不易的成绩。全县地区生产总值增长6.3%，规模工业增加值增长8.1%，固定资产投资增长7.6%，主要指标增速位居全市前列。新签约亿元以上项目36个，新材料产业园成功创建省级特色产业园区。
同时也要清醒地看到，我县经济总量不大、产业层次不高、创新能力不强的问题仍然突出，县域经济发展不平衡、不充分，民生领域还有不少短板。我们必须增强忧患意识，以更大的力度推动高质量发展。
⟦a 👆 点击上方蓝字“岑阳发布”关注我们⟧
二、聚焦重点，全力以赴推动高质量发展
一要坚定不移抓产业。坚持工业强县不动摇，围绕新材料、食品加工、电子信息三大主导产业，全年力争新增规模工业企业20家以上。二要千方百计抓项目。实行重点项目县级领导联系制度，对重点项目实行“一项目一专班”，确保全年完成重点项目投资120亿元。三要持之以恒抓改革。深化“放管服”改革，推行企业投资项目“拿地即开工”，持续打造一流营商环境。四要用心用情抓民生。扎实办好十件民生实事，持续改善教育、医疗、养老等公共服务，让人民群众有更多获得感。
三、强化保障，营造高质量发展的浓厚氛围
各级领导干部要树牢“项目为王、实干为要”的鲜明导向，以上率下、真抓实干，在推动高质量发展中当先锋、打头阵。县委将把高质量发展实绩作为考察识别干部的重要依据，让能干事、会干事、干成事的干部有舞台、有位子。
同志们，奋斗成就梦想，实干创造未来。让我们在市委、市政府的坚强领导下，撸起袖子加油干，为建设现代化新岑阳而努力奋斗！⟦l 点个“在看”，为岑阳加油！⟧
""",
    ),
    dict(
        slug="wechat-lvwan-health-center-halfyear-summary-tags",
        site="渌湾镇卫生院 (invented WeChat account mirror)",
        style="公众号镜像",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wxmirror.example.org/lvwanwsy/2025/07/15/a2",
        title="渌湾镇卫生院2025年上半年工作总结",
        record_title="渌湾镇卫生院2025年上半年工作总结",
        date="2025-07-15",
        record_date="2025-07-15",
        notes="a WeChat mirror of a hospital's summary: an original-author mark, a 合集 label row, a 'scroll down' prompt glued to the first line and a share row between paragraphs; the summary's data table rows and a sentence telling residents to 关注 the account stay; a QR prompt under the text",
        page="""
!m 原创　渌湾镇卫生院　2025年07月15日 16:42　湖南
!l 收录于话题 #工作动态 8个
{BODY}
!a 长按下方二维码　关注我们获取更多健康资讯
!l 阅读原文　｜　阅读 621　｜　赞 44
""",
        body="""
⟦a ↓↓↓ 往下滑动查看全文 ↓↓↓⟧2025年上半年，我院在镇党委、政府和县卫健局的领导下，以提升群众就医获得感为目标，各项工作稳步推进。
一、主要业务指标
指标　2025年上半年　同比增长
门急诊人次　31260　6.8%
住院人次　1482　4.1%
家庭医生签约人数　9870　3.5%
二、重点工作
一是深化家庭医生签约服务，组建签约服务团队8个，为重点人群上门随访3200余人次。二是开展基本公共卫生服务，完成65岁以上老年人健康体检2460人。三是改善就医环境，中医馆和康复理疗室投入使用。
⟦l 分享　收藏　点赞　在看⟧
三、下半年打算
下半年，我院将继续加强人才队伍建设，推进县域医共体建设，提升基层首诊能力。欢迎居民朋友们关注“渌湾镇卫生院”公众号，及时了解义诊、体检等服务信息。
""",
    ),
    dict(
        slug="edu-huanshui-notice-html-attachments-docno",
        site="澴水县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.huanshui.example.gov.cn/tzgg/2025/0822/3307.html",
        title="关于做好2025年秋季学期开学工作的通知",
        record_title=None,
        date="2025-08-22",
        notes="HTML education-bureau page: no record title; a document number (neutral) above the body; a 'related attachments' box with file sizes outside the text while the notice's own 附件 list, 联系人/电话 and 抄送 stay; an index table (索引号, 发文日期) as chrome; signature date",
        page="""
<html><head><meta charset="utf-8"><title>澴水县教育局</title></head><body>
<div class="hd">⟦m 澴水县教育局　立德树人　办人民满意教育⟧</div>
<div class="crumb">⟦m 您当前的位置：首页 > 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：HS-JYJ-2025-0412⟧</td><td>⟦m 发文日期：2025-08-22⟧</td></tr></table>
<h1>⟦t 关于做好2025年秋季学期开学工作的通知⟧</h1>
<p class="wh">澴教发〔2025〕27号</p>
<div class="zw">
{BODY}
</div>
<div class="fj"><p>⟦l 相关附件：⟧</p><p>⟦l 开学工作检查表.doc（36KB）⟧</p><p>⟦l 开学安全提示.pdf（210KB）⟧</p></div>
<div class="ft">⟦m 澴水县教育局版权所有　鄂ICP备05001123号　网站标识码：4209220031⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校、幼儿园：
2025年秋季学期即将开学，为确保开学工作平稳有序，现就有关事项通知如下。
一、开学时间
全县中小学、幼儿园于9月1日正式开学，8月30日至31日学生报到注册。
二、重点工作
1．做好校园安全隐患排查。各学校要在开学前对校舍、消防设施、食堂、校车等开展全面排查，发现问题立即整改。
2．严格规范收费行为。各学校严格执行收费公示制度，严禁自立项目收费，严禁强制或变相强制学生订购教辅资料。
3．落实控辍保学责任。各学校要认真核查学生返校情况，对未按时报到的学生逐一了解原因，及时劝返。
三、工作要求
各学校要于9月5日前将开学工作情况报县教育局基础教育股。
附件：1．开学工作检查表
2．开学安全提示
联系人：冉丽　联系电话：0715-6620317
澴水县教育局
2025年8月22日
抄送：县人民政府办公室，县委教育工委
""",
    ),
    dict(
        slug="college-jiyang-vocational-minutes-meeting-lines",
        site="霁阳职业技术学院 (invented)",
        style="高校官网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.jyzy.example.edu.cn/xyxw/2025/0311/5520.htm",
        title="2025年第3次院长办公会会议纪要",
        record_title="2025年第3次院长办公会会议纪要-霁阳职业技术学院",
        date="2025-03-10",
        notes="a college page: record title with -site; a campus-portal header and a 'share to' row glued after a 。; the minutes' own 时间/地点/主持/出席/列席/记录 lines stay (the 时间 line is the date source); numbered decisions; a 'college news' box",
        page="""
!m 霁阳职业技术学院　|　信息门户　|　VPN　|　邮箱
!m 学院首页 ＞ 学院新闻 ＞ 会议纪要
{T}
!m 来源：党政办公室　作者：贺兰　点击量：327
{BODY}
!l 学院新闻：我院在全省职业院校技能大赛中获佳绩｜学院召开新学期工作部署会
!d 霁阳职业技术学院 版权所有　地址：霁阳市职教城学苑路8号
""",
        body="""
时间：2025年3月10日下午3:00
地点：行政楼第一会议室
主持：院长 申建国
出席：院领导班子成员
列席：党政办公室、教务处、财务处、学生处负责人
记录：贺兰
会议听取了教务处关于2025年专业设置调整的汇报，研究了有关事项。现纪要如下。
一、会议同意新增“智能网联汽车技术”“无人机应用技术”两个专业，停招“电子商务（跨境方向）”专业。由教务处按程序报省教育厅备案。
二、会议同意实训楼维修改造项目立项，项目预算三百二十万元，由资产处组织招标。⟦l 分享到：微信　QQ　微博⟧
三、会议要求学生处做好春季学期家庭经济困难学生认定工作，确保资助资金于4月底前发放到位。
四、会议决定，2025届毕业生就业工作推进会于3月下旬召开，由招生就业处负责筹备。
""",
    ),
    dict(
        slug="soe-liaozhou-power-news-html-party-building",
        site="蓼州供电有限公司 新闻中心 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lzpower.example.com.cn/xwzx/gsyw/2025/0520/3312.html",
        title="蓼州供电公司开展迎峰度夏设备集中消缺行动",
        record_title="蓼州供电公司开展迎峰度夏设备集中消缺行动",
        date="2025-05-20",
        record_date="2025-05-20",
        notes="HTML state-enterprise news page: a corporate header with slogans, a 'company news' column tree, a photo caption between paragraphs, a print/close row and a 'hot news' list; the news's own 95598 sentence stays",
        page="""
<html><head><meta charset="utf-8"><title>蓼州供电公司开展迎峰度夏设备集中消缺行动-新闻中心</title></head><body>
<div class="hd">⟦m 蓼州供电有限公司　人民电业为人民⟧</div>
<div class="tree">⟦m 新闻中心 ＞ 公司要闻⟧</div>
<h2>⟦t 蓼州供电公司开展迎峰度夏设备集中消缺行动⟧</h2>
<div class="meta">⟦m 日期：2025-05-20　来源：运维检修部　撰稿：石磊　摄影：罗霞⟧</div>
<div class="txt">
{BODY}
</div>
<div class="ops">⟦a 【打印】　【关闭】⟧</div>
<div class="hot"><h4>⟦l 热点新闻⟧</h4><p>⟦l 公司召开2025年安全生产月动员会⟧</p></div>
</body></html>
""",
        body="""
5月以来，蓼州供电公司组织开展迎峰度夏设备集中消缺行动，全力保障夏季用电高峰期间电网安全稳定运行。
此次行动重点针对主变压器、开关柜、配电线路等关键设备开展全面巡视和带电检测，对发现的缺陷隐患实行“发现一处、消除一处”的闭环管理。截至目前，已累计完成设备巡视1260余次，消除各类缺陷隐患342处。
⟦m 图为运维人员对110千伏城南变电站开展红外测温⟧
公司还组建了12支应急抢修队伍，备足抢修物资，实行24小时值班，确保故障发生后快速响应。客户如遇停电，可拨打95598供电服务热线报修。
""",
    ),
    dict(
        slug="township-zhelin-minutes-time-place-lines",
        site="柘林县石桥镇人民政府 (invented)",
        style="政府门户",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.zhelin.example.gov.cn/shiqiao/zwgk/2025/0416/201.html",
        title="石桥镇2025年第5次党政联席会议纪要",
        record_title="石桥镇2025年第5次党政联席会议纪要",
        date="2025-04-16",
        record_date="2025-04-16",
        notes="a township page: record title and date; a 政务公开 index line, a font-size row glued to a decision and a 'related' box; the minutes' own 时间/地点/主持/参加 lines and decisions with example dates stay",
        gap=True,
        page="""
!m 石桥镇人民政府 › 政务公开 › 会议纪要
!m 信息索引：ZLSQ-2025-00231　公开方式：主动公开
{T}
{BODY}
!l 相关信息：石桥镇2025年第4次党政联席会议纪要
!m 石桥镇党政综合办公室　电话：0762-3551002
""",
        body="""
时间：2025年4月15日上午9:00
地点：镇政府三楼会议室
主持：镇党委书记 卢振华
参加：镇党政班子成员，相关站所负责人
会议传达学习了县委农村工作会议精神，研究了春耕生产、森林防火和集镇环境整治等工作。现纪要如下。
一、关于春耕生产工作。会议要求农业综合服务中心抓好种子、化肥等农资供应，组织农技人员下村指导，确保4月底前完成早稻插秧。
二、关于森林防火工作。会议强调，清明节后仍处于森林防火关键期，各村要加强巡山护林，严防野外用火。⟦a 字号：[大] [中] [小]⟧
三、关于集镇环境整治。会议决定，自4月20日起开展为期一个月的集镇环境集中整治，重点整治占道经营、乱停乱放和垃圾乱倒问题，由城建办牵头负责。
""",
    ),
    dict(
        slug="wenku-yilan-speech-long-double-bar-markers",
        site="漪澜文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wk.yilanwenku.example.com/view/d8e0112a.html",
        title="在全市优化营商环境工作推进会上的讲话",
        record_title="在全市优化营商环境工作推进会上的讲话.docx",
        date=None,
        notes="a 文库 preview of a long speech: file-name record title; page markers '‖n‖' on lines of their own cutting sentences; a file-info line, a 'continue reading for free' button between paragraphs and a pay prompt at the end; no date",
        indent="\u3000\u3000",
        pages=dict(fmt="‖{n}‖", every=260, start=2),
        page="""
!t 在全市优化营商环境工作推进会上的讲话.docx
!m 漪澜文库　｜　12页　｜　6,830字　｜　上传于2025-05-07
{BODY}
!a 还剩8页未读，继续阅读需消耗下载券1张
!d 温馨提示：本文库所有文档均由用户上传，漪澜文库不对其内容负责
""",
        body="""
同志们：
今天召开全市优化营商环境工作推进会，主要任务是通报全市营商环境评价情况，查找存在的问题，安排部署下一阶段工作。刚才，市发展改革委通报了营商环境评价结果，三个县（市、区）和两个部门作了表态发言，讲得都很好，我都同意。下面，我再讲几点意见。
一、正视差距，切实增强优化营商环境的紧迫感
营商环境就是生产力，就是竞争力。去年以来，全市上下围绕打造一流营商环境，出台了一系列政策措施，企业开办时间压缩至1个工作日，工程建设项目审批时间压缩至60个工作日以内，市场主体总量突破28万户，营商环境持续改善。
但是，对照先进地区，我们还有不小的差距。在全省营商环境评价中，我市总体排名居中，获得用水用气、办理建筑许可、政府采购等指标排名靠后。一些部门服务意识不强，一些窗口工作人员办事拖沓，“门好进、脸好看，事难办”的现象仍然存在。
⟦a 点击免费阅读全文 ▼⟧
二、突出重点，全力打造市场化法治化国际化营商环境
一要提升政务服务效能。全面推行“一网通办”“一窗通办”，年内实现高频政务服务事项“掌上办”比例达到90%以上。二要规范涉企执法检查。推行“综合查一次”，严禁多头执法、重复检查，坚决杜绝乱收费、乱罚款、乱摊派。三要强化要素保障。加大融资支持力度，推动银行机构开展“首贷”“续贷”服务，降低企业融资成本。四要构建亲清政商关系。建立市级领导联系重点企业制度，定期召开政企恳谈会，及时帮助企业解决实际困难。
三、压实责任，确保各项工作落地见效
各县（市、区）、各部门主要负责同志要亲自抓、负总责，把优化营商环境工作列入重要议事日程。市优化办要加强统筹调度，每季度通报一次工作进展。市纪委监委要加强监督执纪问责，对损害营商环境的典型案例公开曝光。
同志们，优化营商环境只有进行时，没有完成时。希望大家以更大的决心、更实的举措，推动全市营商环境实现新的提升，为全市经济高质量发展提供有力保障。
""",
    ),
    dict(
        slug="cityforum-jiyang-repost-summary-junk",
        site="霁阳论坛 (invented city forum)",
        style="地方论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://bbs.jiyangbbs.example.com/thread-203118-1-1.html",
        title="霁阳市12345政务服务便民热线2024年工作情况",
        record_title="霁阳市12345政务服务便民热线2024年工作情况 - 市民之声 - 霁阳论坛",
        date="2025-01-20",
        notes="a city forum's repost of a hotline's summary: record title with - board - site; the poster line (发表于, the date source), a 'source link' line, anti-scraping junk as lines and glued; a reward and 'reply' row; the summary's own hotline numbers stay",
        junk=dict(lines=2, glued=2),
        page="""
!m 霁阳论坛 » 市民之声 » 热线快讯
!t 霁阳市12345政务服务便民热线2024年工作情况
!m 楼主：城事观察员　发表于 2025-01-20 15:03　电梯直达
!m 原文链接：https://www.jiyang.example.gov.cn/12345/2025/0120.html
{BODY}
!l 打赏　｜　收藏（12）　｜　回复　｜　举报
!l 楼层跳转：___ 楼　GO
""",
        body="""
2024年，霁阳市12345政务服务便民热线坚持“接诉即办、未诉先办”，全年共受理群众来电、网络留言等各类诉求82.6万件，同比增长11.3%，按时办结率99.2%，群众满意率95.8%。
从诉求内容看，排在前五位的分别是城乡建设、劳动社保、市场监管、交通运输和教育，占诉求总量的62%。其中，物业管理、欠薪、消费纠纷等问题较为集中。
全年热线推动解决了一批群众急难愁盼问题，如老旧小区电梯维修、学校周边交通拥堵、农贸市场环境脏乱等，得到了群众的好评。
2025年，热线将进一步优化工单流转机制，推进热线与110、119、120等紧急热线联动，让群众的诉求“一号响应、快速办理”。有诉求请拨打12345，或者通过“霁阳12345”网站留言。
""",
    ),
    dict(
        slug="fanwen-moyun-insight-oneline-writer-qq",
        site="墨云范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.moyunfw.example.com/xdth/202506/55319.html",
        title="学习《中国共产党纪律处分条例》心得体会",
        record_title="学习《中国共产党纪律处分条例》心得体会（优选4篇）",
        date=None,
        notes="a 范文 page with the whole body on one line, cut by '〘n〙' markers glued inside it; decorated record title; a writer's QQ prompt and a 'this page has 4 pieces' line at the top; a copy prompt and an upload notice at the bottom; no date",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt="〘{n}〙", every=150, start=2, glue=True),
        page="""
!m 墨云范文网 › 心得体会 › 学习心得
!t 学习《中国共产党纪律处分条例》心得体会（优选4篇）
!m 本页共收录4篇，以下为第1篇
!w 写作指导/修改润色 QQ 3390127745
{BODY}
!a 选中文字即可复制，完整版请下载
!d 文章来源于网络收集整理，版权归原作者所有
""",
        body="""
近期，我认真学习了《中国共产党纪律处分条例》，对党的纪律有了更加全面深刻的认识。
一、纪律是管党治党的“戒尺”。条例对政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律作出了明确规定，为党员干部划出了不可逾越的红线。
二、严守纪律要从日常做起。党员干部要把纪律要求融入日常工作生活，做到知敬畏、存戒惧、守底线。
三、要以纪律约束提升履职能力。学习条例不能只停留在纸面上，要对照条款查摆问题，做到学思践悟、知行合一。
今后，我将把遵规守纪作为立身之本，自觉做到心中有党、心中有戒。
""",
    ),
]
