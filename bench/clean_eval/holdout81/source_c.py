"""holdout81, part C: yo-yo clubs, shops and makers (溜溜球). Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="company-xuanfeng-html-yoyo-recall",
        site="旋风玩具有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xuanfengtoys.example.com/news/notice/2025-0603.html",
        title="关于召回部分批次发光溜溜球的公告",
        record_title="关于召回部分批次发光溜溜球的公告 | 旋风玩具",
        date="2025-06-03",
        notes="company site: cookie banner, shop link, 400 sales line beside the document's own 召回专线; batch table",
        page="""
<html><head><meta charset="utf-8"><title>关于召回部分批次发光溜溜球的公告 | 旋风玩具</title><script src="/js/track.js"></script></head><body>
<div class="cookie">⟦d 本站使用Cookie以改善浏览体验，继续访问即表示您同意。　[知道了]⟧</div>
<header>⟦m 旋风玩具　让童年转起来⟧ <a>⟦a 官方商城⟧</a></header>
<nav>⟦l 首页 ｜ 产品中心 ｜ 新闻公告 ｜ 经销合作 ｜ 联系我们⟧</nav>
<h1>⟦t 关于召回部分批次发光溜溜球的公告⟧</h1>
<div class="time">⟦m 2025-06-03　来源：质量管理部⟧</div>
<article>
{BODY}
</article>
<footer><p>⟦m 全国招商热线：400-882-0616⟧</p><p>⟦m 粤ICP备18066021号⟧</p></footer>
</body></html>
""",
        body="""
我公司在质量抽检中发现，部分批次发光溜溜球的电池仓螺丝存在松脱风险，儿童可能误吞纽扣电池。
为保障儿童安全，公司决定主动召回以下批次产品：
产品型号　生产批号　数量
XF-L12　20250218　6400个
XF-L12　20250305　5200个
消费者可将产品寄回公司免费更换，召回专线：0757-2366 9018。
旋风玩具有限公司
2025年6月3日
""",
    ),
    dict(
        slug="training-xuanle-html-yoyo-summer-class",
        site="旋乐少儿特长培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="http://www.xuanle-px.example.cn/zsjz/2025/summer-yoyo.html",
        title="2025年暑期花式溜溜球班招生简章",
        record_title="【暑期班火热报名中】2025年暑期花式溜溜球班招生简章",
        date=None,
        notes="training school: float box with 400 line and discount, course table kept, the school's own 报名电话 kept; no date (a year only in the title)",
        page="""
<html><head><meta charset="utf-8"><title>【暑期班火热报名中】2025年暑期花式溜溜球班招生简章</title></head><body>
<div class="hd">⟦m 旋乐少儿特长培训学校　专注少儿特长十二年⟧</div>
<div class="nav">⟦l 学校首页　课程体系　师资团队　招生简章　在线报名⟧</div>
<h2>⟦t 2025年暑期花式溜溜球班招生简章⟧</h2>
<div class="con">
{BODY}
</div>
<div class="float">⟦w 免费试听　400-090-7715　现在报名立减200元⟧</div>
<div class="ft">⟦m 校址：沄城市文昌路88号二楼　沄城市教育局审批备案⟧</div>
</body></html>
""",
        body="""
花式溜溜球能锻炼孩子的手眼协调能力和专注力，深受小朋友喜爱。
一、招生对象：6至12岁少年儿童，零基础可报。
二、课程安排：
班次　上课时间　课时
启蒙班　周一至周五上午　20课时
提高班　周一至周五下午　24课时
三、报名方式：到校现场报名，或拨打报名电话0758-3321460。
""",
    ),
    dict(
        slug="fanwenapp-bixia-yoyo-club-summary",
        site="笔下范文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.bixia-app.example.com/share/doc?id=66102871",
        title="岑口小学溜溜球社团2024-2025学年活动总结",
        record_title="岑口小学溜溜球社团2024-2025学年活动总结（精选范本）",
        date="2025-06-27",
        notes="writing-app share: open-in-app fold inside the body, AI-rewrite prompt at the bottom; 成文日期 under the signature",
        page="""
!m 笔下范文 · 好材料随手写
!t 岑口小学溜溜球社团2024-2025学年活动总结（精选范本）
!m 收录于：社团总结　被收藏 219 次
{BODY}
!a AI一键改写，生成你的专属版本
!a 打开笔下范文APP，免费领取7天会员
""",
        body="""
本学年，溜溜球社团共有社员四十二名，每周二、周四下午开展活动，全年累计活动六十次。
社团按水平分为初级组和进阶组，由两名指导教师分组教学，学生逐步掌握了二十余种基础花式。
⟦a 剩余内容已折叠，打开APP查看全文⟧
今年五月，社团代表学校参加全区少儿花式溜溜球展示赛，获得团体二等奖。
下学年，社团将争取增加活动场地，并组织高年级学员担任小教练。
岑口小学溜溜球社团
2025年6月27日
""",
    ),
    dict(
        slug="gkforum-shangan-yoyo-essay-material",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="article",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-98213-1-1.html",
        title="小小溜溜球转出大产业——从一个玩具小镇看县域特色经济",
        record_title="[申论范文] 小小溜溜球转出大产业——从一个玩具小镇看县域特色经济（附点评） - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum: an essay with no date; relative post time; teacher's comment box after; junk glued",
        junk=dict(lines=1, glued=1),
        page="""
!m 上岸公考论坛 › 申论交流 › 范文精读
!t [申论范文] 小小溜溜球转出大产业——从一个玩具小镇看县域特色经济（附点评）
!m 楼主 备考小鹿 发表于 2小时前 | 只看楼主
{BODY}
!l 【老师点评】立意准确，材料使用得当，结尾可再升华。
!a 回复本帖可查看更多申论范文下载链接
""",
        body="""
一个小小的溜溜球，在邡阳县的一个小镇上转出了年产值十多亿元的大产业。
这个小镇的经验告诉我们，县域经济发展不一定要追求大而全，找准特色、做精做专同样大有可为。
一方面，要依托产业集群降低成本，让上下游企业在家门口就能完成配套；另一方面，要加大研发投入，从贴牌加工走向自主品牌。
特色产业是县域经济的根基，只有久久为功，才能让小产品释放大能量。
""",
    ),
    dict(
        slug="baike-wanzhi-yoyo-entry",
        site="万知百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="text",
        source="https://baike.wanzhi.example.com/item/溜溜球/20318",
        title="溜溜球",
        record_title="溜溜球_万知百科",
        date=None,
        notes="encyclopedia entry: edit links, infobox rows, a placeholder and an example year inside sentences; no date; 编辑次数 and 最近更新 stamp",
        page="""
!m 万知百科 ｜ 全球领先的中文百科
!a 编辑　｜　讨论　｜　上传视频
!t 溜溜球_万知百科
!m 本词条由“万知科普”编辑团队审核　编辑次数：37次　最近更新：2025-03-14
{BODY}
!l 词条标签：玩具　运动　休闲
!d 百科词条人人可编辑，内容仅供参考。
""",
        body="""
溜溜球，又称悠悠球，是一种由轴和两个圆盘组成、用绳子控制旋转的玩具。
中文名　溜溜球
外文名　yo-yo
类别　玩具、休闲运动
溜溜球的玩法分为单手、双手、离线等多种类型，花式动作有上千种。
20世纪90年代后，溜溜球在国内多次流行，各地陆续出现溜溜球俱乐部和比赛。
""",
    ),
    dict(
        slug="netdisk-xiaoyun-yoyo-league-rules",
        site="小云盘 (invented)",
        style="网盘分享",
        genre="规则",
        kind="rules",
        form="text",
        source="https://pan.xiaoyun.example.com/s/1kYoYo2025",
        title="棠溪市第三届青少年溜溜球联赛竞赛规程",
        record_title="棠溪市第三届青少年溜溜球联赛竞赛规程（定稿）.pdf",
        date="2025-04-08",
        notes="cloud-drive share: file-name title with （定稿）, save-to-drive prompt; a share expiry stamp is no date; 成文日期",
        indent="　　",
        page="""
!m 小云盘 | 分享文件
!t 棠溪市第三届青少年溜溜球联赛竞赛规程（定稿）.pdf
!m 分享者：棠溪体协小王　有效期：7天　大小：412KB
!a 保存到我的小云盘　普通下载　超级会员极速下载
{BODY}
!d 请勿分享违法违规内容，一经发现将取消分享。
""",
        body="""
一、主办单位：棠溪市体育总会，承办单位：棠溪市溜溜球运动协会。
二、比赛时间和地点：2025年5月17日至18日，在市全民健身中心举行。
三、竞赛项目：单手悬停组、双手悬停组、离线组，各组按小学、初中两个年龄段分别进行。
四、报名办法：各参赛队于5月5日前将报名表发送至协会邮箱tx_yoyo@example.com。
棠溪市体育总会
2025年4月8日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-html-yoyo-injury-warning",
        site="快照搜索 缓存页 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.kuaizhao.example.com/c?u=http%3A%2F%2Fscjg.meigang.example.gov.cn%2F2025%2F0422%2F77.html",
        title="关于提醒家长注意儿童玩溜溜球安全的消费提示",
        record_title=None,
        date="2025-04-22",
        notes="snapshot frame: the cache banner with a crawl time (no date), the original page inside; no record title; 发布时间 line inside",
        page="""
<html><head><meta charset="utf-8"><title>快照搜索 - 网页快照</title></head><body>
<div class="banner">⟦d 这是 http://scjg.meigang.example.gov.cn/2025/0422/77.html 的快照，抓取于 2025年5月9日 03:12，页面可能已变化。⟧</div>
<div class="kw">⟦m 您的搜索关键词已高亮：溜溜球　安全⟧</div>
<div class="orig">
<div>⟦m 湄岗县市场监督管理局⟧</div>
<h2>⟦t 关于提醒家长注意儿童玩溜溜球安全的消费提示⟧</h2>
<div>⟦m 发布时间：2025-04-22　信息来源：消费者权益保护股⟧</div>
{BODY}
<div>⟦a 【打印】【关闭】⟧</div>
</div>
</body></html>
""",
        body="""
近期，县消保委接到多起儿童玩溜溜球时被绳子勒伤手指、被球体砸伤眼部的投诉。
为此提醒广大家长：一是选购带有3C标志、适龄标注清楚的产品；二是不要让孩子在人多的地方甩玩。
三是发光溜溜球的电池仓要拧紧，防止幼儿误吞纽扣电池。
如发现质量问题，请拨打12315投诉举报。
""",
    ),
    dict(
        slug="print-dayin-yoyo-purchase-contract",
        site="溜溜球运动协会 打印页 (invented)",
        style="打印页",
        genre="合同",
        kind="contract",
        form="text",
        source="http://www.yoyo-assoc.example.org/print.asp?id=341",
        title="比赛器材采购合同",
        record_title="打印预览 - 比赛器材采购合同",
        date=None,
        notes="a print view of a contract template: placeholders (____年__月__日) kept, no date; a print time and a page footer",
        page="""
!a 【打印本页】　【返回】
!t 打印预览 - 比赛器材采购合同
!m 打印时间：2025/05/02 14:38
{BODY}
!m 第1页 / 共1页
""",
        body="""
甲方（采购方）：__________
乙方（供货方）：__________
一、甲方向乙方采购比赛用溜溜球及备用绳，具体品名、数量、单价见附表。
二、乙方应于合同签订后十日内将货物送至甲方指定地点，甲方验收合格后付款。
三、本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方签字：________　乙方签字：________
签订日期：____年__月__日
""",
    ),
    dict(
        slug="mail-fwd-yoyo-venue-request",
        site="沄城体育局 邮件转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:tyj-bgs@yuncheng.example.gov.cn#msg-20250311",
        title="关于借用市体育馆举办少儿溜溜球展示赛的请示",
        record_title="Fw: 关于借用市体育馆举办少儿溜溜球展示赛的请示",
        date="2025-03-10",
        date_also=["2025-03-11"],
        notes="forwarded mail: headers and the forwarder's note; document's own 联系人 and a mail signature; the 成文日期 differs from the send date (both accepted)",
        page="""
!m 发件人：沄城市溜溜球运动协会 <yc_yoyo@example.com>
!m 发送时间：2025年3月11日(星期二) 上午9:06
!m 收件人：市体育局办公室
!t Fw: 关于借用市体育馆举办少儿溜溜球展示赛的请示
!m 附件：展示赛方案.docx（48KB）
{BODY}
!m ——
!m 本邮件由沄城政务邮箱系统转发，请勿直接回复。
""",
        body="""
市体育局：
为推广溜溜球运动，丰富少年儿童课余生活，我会拟于2025年4月12日举办全市少儿溜溜球展示赛，预计参赛选手一百五十人。
因比赛需要室内场地，特申请借用市体育馆副馆一天，场地使用期间的安全管理由我会负责。
妥否，请批示。
联系人：韩宇，电话：13675802133。
沄城市溜溜球运动协会
2025年3月10日
""",
    ),
    dict(
        slug="fanwen-wenlai-yoyo-teacher-speech",
        site="文来范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.wenlai-fw.example.com/jianghua/2025/33712.html",
        title="在溜溜球社团成立仪式上的讲话",
        record_title="在溜溜球社团成立仪式上的讲话（通用3篇）_文来范文网",
        date=None,
        notes="old ASP 范文 layout with a 【字号】 row and hot list; a speech with no date; a VIP prompt between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>在溜溜球社团成立仪式上的讲话（通用3篇）_文来范文网</title></head><body>
<table><tr><td>⟦m 文来范文网 www.wenlai-fw.example.com⟧</td><td>⟦a 设为首页 | 加入收藏⟧</td></tr></table>
<table><tr><td>⟦m 当前位置：文来范文网 &gt; 讲话稿 &gt; 校园讲话⟧</td></tr>
<tr><td><h1>⟦t 在溜溜球社团成立仪式上的讲话（通用3篇）⟧</h1></td></tr>
<tr><td>⟦a 【字号：大 中 小】　【复制全文】⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table><tr><td>⟦l 热门范文：开学典礼校长讲话　|　家长会班主任发言　|　少先队入队仪式讲话⟧</td></tr></table>
<div>⟦d 本站范文来源于网络，仅供参考，请勿直接照搬使用。⟧</div>
</body></html>
""",
        body="""
亲爱的同学们：
今天，我们学校的溜溜球社团正式成立了，我代表学校向社团的成立表示热烈的祝贺。
⟦a 开通VIP会员，本站所有范文无限复制⟧
溜溜球看起来简单，想要玩好却需要耐心和毅力，一个花式动作往往要练习上百次才能成功。
希望同学们在社团里学会坚持，学会合作，把这份快乐带给更多的小伙伴。
""",
    ),
    dict(
        slug="wenku-youyou-yoyo-club-plan-markers",
        site="悠悠文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.youyouwenku.example.com/p-5520918.html",
        title="翠陂街道“快乐悠悠”溜溜球进社区活动方案",
        record_title="翠陂街道“快乐悠悠”溜溜球进社区活动方案",
        date="2025-02-20",
        notes="页码N markers cut sentences; a preview-end prompt; 成文日期 under the signature",
        indent="　",
        pages=dict(fmt="页码{n}", every=100, start=2),
        page="""
!m 悠悠文库 > 社区活动 > 方案
{T}
!m 贡献者：lin_***　下载券：2　已有 31 人下载
{BODY}
!a 试读结束，剩余内容需下载后阅读
!l 猜你喜欢：社区亲子活动方案　暑期社区托管方案　社区体育节策划书
""",
        body="""
为丰富辖区青少年课余生活，营造健康向上的社区文化氛围，街道决定开展“快乐悠悠”溜溜球进社区活动。
一、活动时间：2025年3月至6月，每月第二个周六下午。
二、活动内容：邀请市溜溜球运动协会教练到各社区开展教学，每期结束时组织一次小型展示。
三、工作要求：各社区要做好场地安排和安全保障，及时报送活动照片和信息。
翠陂街道办事处
2025年2月20日
""",
    ),
]
