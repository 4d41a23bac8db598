"""holdout27, part F: Q&A and encyclopaedia pages and more of the older kinds (a Q&A on
road-chief briefings with a sample brief, a Q&A on applying for a lottery outlet with
a sample 请示, an encyclopaedia entry on weather modification, a 公文 wiki entry on
倡议书, an edible-fungi centre's notice, pumped-storage news, a geological-hazard
notice reposted on a hikers' forum, a multi-piece 范文 page, a paid preview of a
service-area summary, a check-up centre's account, a mail forwarding an instrument
factory's letter and an aquarium's booking notice). Everything invented."""

CASES = [
    dict(
        slug="qa-road-chief-brief-sample-placeholders",
        site="问问吧 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenwenba.example.com/q/77310925.html",
        title="乡镇路长制工作简报怎么写？有没有范文？",
        record_title="乡镇路长制工作简报怎么写？有没有范文？_问问吧",
        date=None,
        indent="",
        notes="a Q&A page: the question is the title; asker line with a relative time, the best-answer badge and answerer's line with a 回答于 relative time (no date); the answer quotes a sample brief with ×× placeholders and 20××年×月×日; other answers and a 'ask a question' button",
        page="""
!m 问问吧 > 社会民生 > 交通出行
!t 乡镇路长制工作简报怎么写？有没有范文？
!m 提问者：路过的小吴　|　浏览 1530 次　|　2天前
!m ★ 最佳答案
!m 笔耕不辍2019　回答于 1天前　|　采纳率 87%
{BODY}
!l 其他回答（2）
!l 热心网友：可以去县交通局网站看看他们发的简报
!a 我要提问　|　我来回答
!d 答案由网友提供，仅供参考
""",
        body="""
简报一般包括报头、正文和报尾三部分，正文要写清楚做了什么、效果怎么样，语言简洁，多用数据。给你一个样例：
路长制工作简报（第×期）
××镇路长制办公室　20××年×月×日
本月，我镇各级路长共巡路××次，发现并整改路面坑槽、边沟堵塞等问题××处，清理路域环境××公里。
下一步，我镇将继续落实路长巡查制度，确保辖区农村公路安全畅通。
报：县路长制办公室
送：镇党委、政府主要领导
按这个格式往里填内容就行，注意数据要真实准确。
""",
    ),
    dict(
        slug="qa-lottery-outlet-request-sample-html",
        site="知乎问答风格站「答疑堂」 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.dayitang.example.com/question/40127/answer/90213",
        title="想开一家体育彩票实体店，需要写什么申请材料？",
        record_title=None,
        date="2025-03-06",
        notes="a Q&A answer page: the question heading (no record title), answer author card, 'edited on' line (the answer's 发布于 date is the page's date), vote and comment bars, a sample 请示 with ×× placeholders inside the answer, a 'related questions' list",
        page="""
<html><head><meta charset="utf-8"><title>答疑堂</title></head><body>
<div class="hd">⟦m 答疑堂 · 有问题，就有答案⟧ ⟦a 登录 / 注册⟧</div>
<h1>想开一家体育彩票实体店，需要写什么申请材料？</h1>
<div class="qmeta">⟦m 关注者 48　被浏览 9,311⟧</div>
<div class="author">⟦m 彩站老板阿杰　已开店六年⟧ ⟦a ＋关注他⟧</div>
<div class="time">⟦m 发布于 2025-03-06 13:22⟧</div>
{BODY}
<div class="vote">⟦l ▲ 赞同 216　▼　💬 33 条评论　↗ 分享　☆ 收藏⟧</div>
<div class="related"><h4>⟦l 相关问题⟧</h4><p>⟦l 彩票店一年能赚多少钱？⟧</p><p>⟦l 开彩票店需要多少押金？⟧</p></div>
<div class="ft">⟦m © 2025 答疑堂　违法和不良信息举报：jubao@dayitang.example.com⟧</div>
</body></html>
""",
        body="""
谢邀。以我们市为例，申请开设体育彩票实体店主要准备三样东西：申请表、身份证明和场地证明，另外最好附一份简单的申请书。
我当时写的申请书大致是这样的：
关于申请设立体育彩票实体店的请示
市体育彩票管理中心：
本人××，现有位于××路××号的临街门面一间，面积××平方米，符合实体店设置条件，特申请设立体育彩票实体店。本人将严格遵守彩票管理规定，不向未成年人销售彩票。
妥否，请批示。
申请人：××
××××年××月××日
提交以后中心会派人实地查看，审核通过后签协议、交保证金、参加培训，就可以开业了。
""",
    ),
    dict(
        slug="wiki-weather-modification-entry-html",
        site="百知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="html",
        source="https://baike.baizhi.example.com/item/人工影响天气/30211",
        title="人工影响天气",
        record_title="人工影响天气_百知百科",
        date=None,
        notes="an encyclopaedia entry: an edit/collect/share toolbar, a 'this entry was reviewed by' box, a table of contents, reference list and a 'last edited' stamp (no date); an example date inside a sentence is no date",
        page="""
<html><head><meta charset="utf-8"><title>人工影响天气_百知百科</title></head><body>
<div class="hd">⟦m 百知百科⟧ ⟦a 进入词条　｜　帮助　｜　登录⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑　收藏　分享　讨论⟧</div>
<div class="review">⟦m 本词条由“气象科普专家组”参与编辑并审核⟧</div>
<div class="toc">⟦l 目录：1 基本概念　2 作业方式　3 安全管理⟧</div>
{BODY}
<div class="refs">⟦l 参考资料：1.《人工影响天气管理条例》　2. 气象科普读本⟧</div>
<div class="edit">⟦m 词条统计：浏览次数 52,118　编辑次数 17　最近更新：2025-08-09⟧</div>
<div class="ft">⟦d 百知百科内容由网友共同编辑，如有不准确之处请协助修改⟧</div>
</body></html>
""",
        body="""
人工影响天气，是指为避免或者减轻气象灾害，合理利用气候资源，在适当条件下通过科技手段对局部大气的物理、化学过程进行人工影响，实现增雨雪、防雹、消雨、消雾、防霜等目的的活动。
常用的作业方式有高炮作业、火箭作业和飞机作业。作业单位通常会提前发布公告，例如某县在2023年5月10日发布公告，告知群众作业时间和作业点位置。
人工影响天气作业须由具备资格的人员实施，作业点应当设置安全警示标志。发现未爆弹药的，群众不得自行处置，应当报告当地政府或者气象主管机构。
""",
    ),
    dict(
        slug="wiki-initiative-letter-entry-text",
        site="公文写作百科 (invented wiki)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="text",
        source="http://wiki.gongwenxiezuo.example.org/index.php?title=倡议书",
        title="倡议书",
        record_title="倡议书 - 公文写作百科",
        date=None,
        indent="",
        notes="a wiki entry: a 'from the free wiki' line, a 'jump to navigation' line, an edit-section link glued after a heading, categories and a licence footer; the entry's example with ××××年××月××日 placeholder; no date",
        page="""
!m 倡议书 - 公文写作百科
!m 出自公文写作百科，自由的写作知识库
!a 跳转到：导航、搜索
{BODY}
!l 分类：专用书信 | 宣传类文书
!m 本页面最后修订于2025年7月2日（星期三）21:18。
!d 内容采用知识共享署名-相同方式共享许可协议，除非另有声明。
""",
        body="""
倡议书是个人或集体为倡导某项活动或提出某种建议而向社会公开发出的一种专用书信。
结构⟦a [编辑]⟧
倡议书一般由标题、称呼、正文、结尾和落款五部分组成。
1.标题：可以只写“倡议书”，也可以写成“关于××的倡议书”。
2.正文：写明倡议的背景、目的和具体内容，具体内容通常分条列出。
3.落款：写明倡议者名称和日期，如“××协会　××××年××月××日”。
写作要求⟦a [编辑]⟧
倡议内容要切实可行，语言要有号召力，不宜使用命令性语气。
""",
    ),
    dict(
        slug="gov-yuanling-edible-fungi-subsidy-notice",
        site="沅岭县食用菌产业发展中心 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://syj.yuanling.example.gov.cn/tzgg/2025/0311/3390.html",
        title="关于申报2025年食用菌标准化生产基地建设补助的通知",
        record_title="关于申报2025年食用菌标准化生产基地建设补助的通知",
        date="2025-03-11",
        indent="\u3000\u3000",
        notes="a county centre's page: an accessibility/elderly-mode row, a 'views' line, a QR line for the portal's app between paragraphs, the centre's own 联系人/电话/邮箱 beside the portal's hotline, 附件 list, 抄送 line",
        page="""
!a 无障碍　|　关怀版　|　简体/繁體
!m 沅岭县食用菌产业发展中心
!m 您现在的位置：首页 > 通知公告
!t 关于申报2025年食用菌标准化生产基地建设补助的通知
!m 【发布日期：2025-03-11】【浏览次数：433】【字号：大 中 小】
{BODY}
!a 【打印正文】【关闭窗口】【返回顶部】
!m 网站联系电话：0744-5602000　沅岭县人民政府主办
""",
        body="""
各乡镇人民政府，各食用菌生产经营主体：
为推进食用菌产业标准化生产，经研究，现组织申报2025年食用菌标准化生产基地建设补助。有关事项通知如下：
一、补助对象为在本县注册、食用菌生产规模达到30万棒以上的合作社、家庭农场和企业。
二、补助标准为新建标准化出菇棚每平方米补助40元，单个主体补助不超过30万元。
⟦a 扫描下方二维码，下载“沅岭政务”APP⟧
三、申报主体请于4月10日前将申报材料报送所在乡镇，由乡镇审核汇总后报中心。
联系人：覃晓芸　电话：0744-5621183　邮箱：ylsyj@example.com
附件：1.食用菌标准化生产基地建设补助申报表
2.申报承诺书
沅岭县食用菌产业发展中心
2025年3月11日
抄送：县财政局，县农业农村局。
""",
    ),
    dict(
        slug="news-xuanjiang-pumped-storage-unit-online",
        site="瑄江新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xuanjiangnews.example.cn/2025/1230/gn/81209.shtml",
        title="瑄江抽水蓄能电站首台机组投产发电",
        record_title="瑄江抽水蓄能电站首台机组投产发电_瑄江新闻网",
        date="2025-12-30",
        record_date="2025-12-30",
        indent="\u3000\u3000",
        notes="news portal text page: a channel bar, a byline with 来源 and time (the page's date), a photo caption between paragraphs, a 'more coverage' special-topic box on its own line inside the body, an editor line glued after the last paragraph; a figures sentence",
        page="""
!m 瑄江新闻网　|　首页　时政　经济　民生　专题　视频
!t 瑄江抽水蓄能电站首台机组投产发电
!m 来源：瑄江日报　发布时间：2025-12-30 18:42　字号：T|T
{BODY}
!l 热点推荐：瑄江至珏口高速公路全线贯通
!l 热点推荐：全市冬季供暖运行平稳
!d 凡本网注明“来源：瑄江日报”的作品，版权均属瑄江日报社所有
""",
        body="""
12月30日，瑄江抽水蓄能电站首台机组顺利完成72小时试运行，正式投产发电。
瑄江抽水蓄能电站总装机容量120万千瓦，安装4台单机容量30万千瓦的可逆式水泵水轮发电机组。电站全部投产后，年发电量约20亿千瓦时。
⟦m 图为电站地下厂房。（通讯员　顾杨　摄）⟧
⟦l 【专题】聚焦重大项目建设⟧
据介绍，抽水蓄能电站在用电低谷时抽水蓄能、用电高峰时放水发电，对保障电网安全稳定运行、促进新能源消纳具有重要作用。其余三台机组计划于2026年内全部投产。⟦m （编辑：柯蔓）⟧
""",
    ),
    dict(
        slug="forum-hikers-geohazard-repost-junk",
        site="瑶坪驴友论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.ypluyou.example.com/viewthread.php?tid=19944",
        title="关于汛期暂停开放青溪峡谷徒步线路的通知",
        record_title="[重要] 关于汛期暂停开放青溪峡谷徒步线路的通知（转自镇政府）",
        date="2025-05-06",
        date_also=["2025-05-07"],
        junk=dict(lines=1, glued=2),
        notes="an old forum text page reposting a township notice with anti-scraping junk; the notice's own 值班电话 kept; the township's date expected, the post's date also accepted; a signature block, replies and a 'hide until reply' line",
        page="""
!m 瑶坪驴友论坛 » 户外资讯 » 线路公告
!t [重要] 关于汛期暂停开放青溪峡谷徒步线路的通知（转自镇政府）
!m 作者：山野老马　时间：2025-5-7 08:02　人气：882
!m 转自：青溪镇人民政府公众号
{BODY}
!m ……… 老马的签名：安全第一，带走垃圾，留下脚印 ………
!l 回复 #1 背包客阿飞：收到，五一那周差点就去了
!l 回复 #2 云朵朵：支持，安全最重要
!a 游客，如果您要查看本帖隐藏内容请回复
""",
        body="""
各位游客、户外爱好者：
青溪峡谷位于地质灾害隐患区域，汛期降雨集中，极易发生山洪、崩塌和泥石流。为保障群众生命安全，经镇政府研究决定，自2025年5月10日起至9月30日止，暂停开放青溪峡谷徒步线路。
暂停开放期间，请勿擅自进入峡谷徒步、露营和溯溪。对擅自进入的，镇政府将予以劝离。
如遇险情请立即拨打镇应急值班电话：0745-6310119。
青溪镇人民政府
2025年5月6日
""",
    ),
    dict(
        slug="fanwen-fire-operator-insight-multi",
        site="学习啦范文网风格站「范文屋」 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.fanwenwu.example.com/xinde/peixun/33018.html",
        title="消防设施操作员培训心得体会",
        record_title="消防设施操作员培训心得体会（精选4篇）-范文屋",
        date=None,
        indent="\u3000\u3000",
        notes="a multi-piece 范文 page: a '第1篇' label, a piece's title repeated, a writing-service contact between paragraphs, the next pieces' titles as a list; no date (an add stamp and 阅读 counts only)",
        page="""
!m 范文屋 — 您身边的写作帮手
!m 首页 > 心得体会 > 培训心得
!t 消防设施操作员培训心得体会（精选4篇）
!m 更新：2025-09-14　阅读：6318
!m 消防设施操作员培训心得体会 第1篇
{BODY}
!l 消防设施操作员培训心得体会 第2篇
!l 消防设施操作员培训心得体会 第3篇
!l 消防设施操作员培训心得体会 第4篇
!a 点击下载全部4篇（Word格式）
""",
        body="""
这次参加消防设施操作员培训，让我对消防工作有了全新的认识。过去我以为消防就是会用灭火器，通过学习才知道，火灾自动报警系统、自动喷水灭火系统的日常维护同样重要。
培训中，老师带我们在实训室反复练习消防控制室的值班操作，从识别火警信号到启动联动设备，每一步都有严格的规范。
⟦w 原创心得代写，三天交稿，QQ／微信：fww_8827⟧
我深刻体会到，消防设施平时管不好，关键时刻就会掉链子。今后我要把学到的知识用到工作中，认真做好设施巡查和记录，守护好单位的消防安全。
""",
    ),
    dict(
        slug="wenku-service-area-summary-vip-markers",
        site="道客文库 (invented, paid preview)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.daokewenku.example.com/doc/41830027.html",
        title="琚山高速公路服务区2024年度经营管理工作总结",
        record_title="琚山高速公路服务区2024年度经营管理工作总结",
        date="2025-01-08",
        indent="\u3000\u3000",
        pages=dict(fmt="✕{n}✕", every=120, start=2, glue=True),
        notes="paid 文库 preview: page markers ✕n✕ glued at line starts cut sentences; a VIP prompt glued after the signature date; a 'preview pages' line and a rating line at the top; a revenue table",
        page="""
!m 道客文库 - 专业文档分享平台
!m 预览 5 / 共 7 页　|　评分 4.6　|　1.2万次阅读
!t 琚山高速公路服务区2024年度经营管理工作总结
{BODY}
!l 本文档相关：高速公路服务区年度工作计划 / 服务区星级评定自评报告
!d 文档版权归上传者所有，如有侵权请联系平台
""",
        body="""
2024年，琚山服务区在公司的正确领导下，以“服务区提质升级”为抓手，经营管理水平不断提升。
一、经营收入稳步增长。全年实现营业收入6830万元，同比增长百分之九点四。
业态　营业收入（万元）　同比
加油站　4120　+7.1%
餐饮　1260　+12.6%
便利店　980　+13.8%
二、服务质量持续提升。新增充电桩16个、母婴室1间，开通“司机之家”24小时服务，全年收到表扬信47封。
三、安全管理平稳有序。开展安全检查52次，整改隐患113项，全年未发生安全责任事故。
琚山高速公路服务区
2025年1月8日⟦a 开通VIP会员，免费下载全文及更多文档⟧
""",
    ),
    dict(
        slug="wechat-checkup-centre-account-text",
        site="玳湖县人民医院公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.wxmirror.example.cn/dhxrmyy/2025-12-01-1",
        title="体检中心元旦假期工作安排",
        record_title="【温馨提示】体检中心元旦假期工作安排",
        date="2025-12-01",
        notes="a WeChat mirror as text: the account line with its date, a 'click the blue words to follow' line, a like/在看 row and a 'swipe to read more' box; the centre's own 预约电话 and a sentence telling readers to 扫码 book are body",
        page="""
!t 【温馨提示】体检中心元旦假期工作安排
!m 玳湖县人民医院　2025年12月01日 17:05　湖南
!a 点击蓝字，关注我们
{BODY}
!l 往期回顾 ▼
!l 冬季流感高发，这份防护指南请收好
!l 医院开设“一站式”便民服务中心
!l 分享　收藏　点赞　在看
""",
        body="""
元旦假期（2026年1月1日至1月3日）期间，体检中心工作安排如下：
1月1日：暂停体检服务。
1月2日、1月3日：正常开展个人体检，暂停团体体检。
1月4日起恢复正常工作。
需要体检的朋友可提前扫描医院服务号二维码，在“体检预约”栏目选择日期；也可拨打预约电话0736-7216620。
祝大家元旦快乐、身体健康！
""",
    ),
    dict(
        slug="mail-instrument-factory-letter-forward",
        site="琰城乐器厂 (invented, mail forward)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://export/yancheng-yqc/2025-10-21-fwd.eml",
        title="关于商请协助开展钢琴调律师技能培训的函",
        record_title="Fwd: 关于商请协助开展钢琴调律师技能培训的函",
        date="2025-10-20",
        date_also=["2025-10-21"],
        indent="\u3000\u3000",
        notes="a forwarded mail printed from a webmail client: a print header, mail headers, a forward note and the mail's own attachment line are chrome; the letter's 联系人/电话/邮箱 kept; 成文日期 expected, the send date also accepted; a mail-print footer",
        page="""
!m 迅邮企业邮箱 - 打印邮件
!m 发件人：厂办 宁若溪 <office@ycyqc.example.com>
!m 时间：2025年10月21日 10:15
!m 收件人：人事科 <hr@ycyqc.example.com>
!m 主题：Fwd: 关于商请协助开展钢琴调律师技能培训的函
!w 请人事科跟进，和学院对接培训时间。
!m -------- Forwarded Message --------
{BODY}
!m 附件（1）：培训需求表.xlsx
!m 第1页，共1页
""",
        body="""
琰城艺术职业学院：
我厂是以钢琴、提琴生产为主的乐器制造企业，现有调律、整音岗位职工62人。为提高职工技能水平，拟商请贵院协助开展钢琴调律师技能培训。具体事项如下：
一、培训对象为我厂调律、整音岗位职工，拟分两期，每期30人。
二、培训时间拟定于2025年11月至12月，每期15天，培训费用由我厂承担。
三、培训内容包括钢琴调律理论、音准训练和整音调整实操。
盼予支持为荷。
联系人：宁若溪　电话：0591-8823306　邮箱：office@ycyqc.example.com
琰城乐器厂
2025年10月20日
""",
    ),
    dict(
        slug="corp-yancheng-aquarium-booking-notice",
        site="琰城海洋水族馆 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.ycaquarium.example.com/notice/20250701.html",
        title="关于暑期实行分时段预约入馆的公告",
        record_title="关于暑期实行分时段预约入馆的公告-琰城海洋水族馆",
        date="2025-07-01",
        indent="\u3000\u3000",
        notes="a firm's text page: a ticket-buying button row, opening hours line, a sentence telling visitors to 扫码 book and 关注 the account is body; the aquarium's own 咨询电话 next to a footer's 投诉电话; time slots table",
        page="""
!m 琰城海洋水族馆 | 探索蔚蓝
!a 【立即购票】　【年卡办理】　【团体预约】
!m 开放时间：9:00—17:30（17:00停止入馆）
!t 关于暑期实行分时段预约入馆的公告
!m 发布：2025-07-01　运营部
{BODY}
!l 最新活动：海洋科普夏令营火热报名中
!m 投诉电话：0591-8790 1315　地址：琰城市滨江新区海韵路1号
""",
        body="""
尊敬的游客朋友：
为提升游览体验，自2025年7月5日起至8月31日，本馆实行分时段预约入馆。具体安排如下：
时段　入馆时间　每时段限额
上午一　9:00—10:30　2500人
上午二　10:30—12:00　2500人
下午一　12:00—14:30　3000人
下午二　14:30—17:00　3000人
游客请关注“琰城海洋水族馆”公众号，扫码选择入馆时段，凭预约码和门票入馆。
咨询电话：0591-8790 1200
琰城海洋水族馆
2025年7月1日
""",
    ),
]
