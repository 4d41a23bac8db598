"""holdout221, part B: blogs, WeChat mirrors, document-sharing pages, education portals and intranets.

Invented text (places, people, sites, URLs, phones); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-beilei-pen-shy-pupil-tagcloud",
        site="蓓蕾老师的博客 (invented, WordPress-like)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://beileilaoshi.example.blog/2025/04/12/dianduibi-duoduo/",
        title="一支点读笔和一个不开口的孩子",
        record_title="〖班主任札记〗一支点读笔和一个不开口的孩子｜蓓蕾老师的博客",
        date="2025-04-12",
        notes="teacher's blog: bracketed post time taken as the date, tag cloud, archive, comment form; a read/comment count glued after the last 。",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖班主任札记〗一支点读笔和一个不开口的孩子｜蓓蕾老师的博客</title>
<link rel="stylesheet" href="/wp-content/themes/chalk/style.css"></head><body>
<header><div class="site-title">⟦m 蓓蕾老师的博客⟧</div><div class="site-desc">⟦m 一个乡村英语老师的粉笔灰日常⟧</div></header>
<nav>⟦m 首页　班主任札记　英语课堂　读书　关于我⟧</nav>
<article>
<h2 class="entry-title">{T}</h2>
<div class="entry-meta">⟦m [2025-04-12 21:30]　分类：班主任札记⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-tags">⟦l 标签：留守儿童 / 英语早读 / 点读笔⟧</div>
<div class="post-nav">⟦l ← 较早文章：春游那天的意外⟧　⟦l 较新文章：给家长的一封回信 →⟧</div>
</article>
<section id="comments"><h3>⟦l 4 条留言⟧</h3>
<p>⟦l 山那边的风：看哭了，老师辛苦！⟧</p>
<form>⟦a 写下你的留言（邮箱不会公开）　提交留言⟧</form></section>
<aside>
<h4>⟦l 标签云⟧</h4><p>⟦l 家访 早读 绘本 点读笔 期中测试 留守儿童⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年四月 (3)⟧</li><li>⟦l 2025年三月 (5)⟧</li></ul>
</aside>
<footer>⟦d 本博文字为原创，转载请先留言告知⟧　⟦m 晋ICP备24005118号⟧</footer>
</body></html>
""",
        body="""
班上有个叫朵朵的女孩，开学两个月几乎不开口读英语，点到她，她就低着头把书角捏得皱皱的。
家访时我才知道，她的爸妈都在外地打工，奶奶带着她，家里没人能教她读。那天我把学校图书角的一支点读笔借给了她，教她点一下、听一遍、跟一遍。
两周后的早读课上，我听见角落里有个很小的声音在跟着录音读“Good morning”。我没有回头，怕吓着她。
期中口语测试，朵朵读完了整段课文，虽然声音还是小，但一个词也没漏。
一支点读笔不能代替老师和家长，可它给了一个害羞的孩子一次次不被打扰的练习机会。这大概就是工具的温度吧。⟦l 阅读(326)　留言(4)⟧
""",
    ),
    dict(
        slug="blog-laozhou-father-ereader-wrapped-64",
        site="老周的自留地 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://laozhou-zld.example.net/post/318.html",
        title="父亲的电子书阅读器",
        record_title="随笔 · 父亲的电子书阅读器 —— 老周的自留地",
        date=None,
        notes="personal blog essay hard-wrapped at 64 columns; no date in the essay, only a modification stamp and relative comment times",
        page="""
!m 老周的自留地
!m 写点家常，记点旧事
!t 随笔 · 父亲的电子书阅读器
!m 分类：家常　　最后修改于 2 个月前　　阅读 588
{BODY}
!l 分类：家常　|　标签：父亲 阅读 晚年
!l « 上一篇：陪母亲去复查　　下一篇：院子里的无花果 »
!l 留言（3）：东篱 —— 5 天前：看得我也想给老爸买一台了。
!a 发表留言需填写昵称和邮箱
!d 自留地里的文字均为老周原创，未经同意请勿转载
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
父亲退休后最大的爱好是看书，可这两年眼睛花得厉害，报纸上的小字要拿放大镜才看得清。
去年春节，我给他买了一台电子书阅读器。起初他很抗拒，说“书就得拿在手里翻”，放在抽屉里一放就是半个月。
后来有一天，我把字号调到最大，下载了他年轻时最爱的《三国演义》。他试着翻了几页，就再也没放下。
如今，阅读器成了他形影不离的老伙计。早上去公园遛弯，他揣在兜里；午睡前，他靠在藤椅上读上半个钟头。他说这东西不晃眼，比手机强多了。
前些天他打电话，让我再帮他找几本地方志。我忽然觉得，一台小小的阅读器，替我陪了他许多个我不在身边的下午。
""",
    ),
    dict(
        slug="wechat-yanzhou-eye-lamp-four-points-follow",
        site="檿二院眼科 (invented WeChat account, mirrored)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://wx.mirror-yuedu.example.com/s/Yz2Yk_eye_0221",
        title="给孩子选护眼台灯，先看这四个指标",
        record_title="给孩子选护眼台灯，先看这四个指标 | 檿二院眼科 · 推文备份",
        date="2025-02-21",
        notes="WeChat mirror: account line date; a follow prompt glued before the first words; 阅读原文/在看/赞 rows; mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>给孩子选护眼台灯，先看这四个指标 | 檿二院眼科 · 推文备份</title></head><body>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　蒲静怡　檿二院眼科　2025-02-21 08:00　福建⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按下方二维码，把护眼知识带回家⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦m 阅读 3.6万⟧　⟦a 赞 418⟧　⟦a 在看 96⟧</div>
<div class="tag">⟦l 收录于合集 #儿童眼健康 21个⟧</div>
<div class="mirror-note">⟦d 本页为公众号文章的存档副本，版权归原作者所有⟧</div>
</div>
</body></html>
""",
        p_html='<section><p><span style="font-size:16px;color:#333;">{}</span></p></section>',
        body="""
⟦a 点击上方蓝字“檿二院眼科”关注我们⟧寒假过后，不少家长来门诊咨询：家里的台灯到底要不要换？今天，眼科主治医师蒲静怡就来聊聊怎么挑。
一看照度等级。台灯底座或说明书上会标注照度等级，优先选AA级，桌面照度更充足、更均匀。
二看频闪。用手机摄像头对准灯光，屏幕上出现明显条纹的，说明频闪较重，不建议购买。
三看色温。色温在4000K左右的中性光比较合适，太黄看不清，太白容易疲劳。
四看显色指数。显色指数不低于90，书本上的颜色才更真实。
需要提醒的是，台灯只是辅助，每天户外活动两小时、读写四十分钟休息一次，才是预防近视的关键。
""",
    ),
    dict(
        slug="wechat-chunxi-police-helmet-pledge-scan",
        site="杶溪交警 (invented WeChat account, text mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.wxmirror.example.net/a/cxjj_20250509",
        title="戴好头盔，从我做起——致全县电动自行车骑行者的倡议书",
        record_title="平安出行 ◆ 戴好头盔，从我做起——致全县电动自行车骑行者的倡议书 ｜ 杶溪交警",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="WeChat text mirror: the account's posting date differs from the 成文日期; the pledge speaks of scanning a QR code at the end of the article (content); modification stamp no date",
        page="""
!t 平安出行 ◆ 戴好头盔，从我做起——致全县电动自行车骑行者的倡议书
!m 杶溪交警　2025-05-09 18:30　福建
!a ↑ 点蓝字关注，星标不迷路
{BODY}
!a 长按识别下方二维码，一起签下戴盔承诺
!a 阅读原文　　分享　　在看
!m 文章已于2025-05-10修改
!d 镜像站仅作存档，内容以原公众号为准
""",
        indent="",
        gap=True,
        body="""
全县广大电动自行车骑行者：
电动自行车是大家日常出行的好帮手，但不戴头盔骑行，一旦发生事故，头部受伤的风险会成倍增加。去年，全县涉及电动自行车的交通事故中，死亡人员八成以上为头部受伤。为此，我们向大家发出如下倡议：
一、骑车必戴头盔，乘车人同样佩戴，系好下巴带；
二、购买带有3C认证标志的合格头盔，不买无标、劣质产品；
三、家长做好表率，接送孩子时为孩子戴好儿童头盔；
四、扫描文末二维码参与“戴盔承诺”签名活动，争做文明骑行者。
戴上一顶盔，守护一家人。让我们从今天做起，从每一次出行做起！
杶溪县公安局交通管理大队
2025年5月8日
""",
    ),
    dict(
        slug="docshare-wendangyizhan-contract-shutter-docx",
        site="文档驿站 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.wdyizhan.com/doc/88102734.html",
        title="卷帘门采购及安装合同（范本）",
        record_title="卷帘门采购及安装合同（范本）.docx",
        date=None,
        notes="sharing page: file-name record title; a template with ×× placeholders, ＿＿ blanks, 第N条 and ＿＿＿＿年＿＿月＿＿日; upload stamp and upload notice are no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>卷帘门采购及安装合同（范本）.docx-文档驿站</title></head><body>
<div class="hd">⟦m 文档驿站 — 好文档，随手取⟧ <a>⟦a 上传我的文档⟧</a> <a>⟦a 会员中心⟧</a></div>
<div class="bread">⟦m 文档驿站 ▸ 合同协议 ▸ 买卖合同⟧</div>
<div class="docinfo"><h1>{T}</h1>
<p>⟦m 上传者：门窗老李　上传于 2024-11-03　格式：DOCX　共2页⟧</p>
<p>⟦m ★★★★☆ 4.2分（37人评）　下载 1206 次⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="dl">⟦a 下载此文档（需 2 驿站豆）⟧ ⟦a 放入我的文件夹⟧</div>
<div class="upnote">⟦d 驿站提示：本资料由用户自行上传分享，若涉及您的权益，可联系驿站客服下架处理。⟧</div>
<div class="rel"><h4>⟦l 同类文档⟧</h4><p>⟦l 防火卷帘门维保合同（范本）⟧</p><p>⟦l 门窗安装工程承包协议⟧</p></div>
<div class="ft">⟦m 文档驿站 wdyizhan.com　浙ICP备21044806号⟧</div>
</body></html>
""",
        body="""
甲方（采购方）：××××有限公司
乙方（供货安装方）：××门业有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就卷帘门采购及安装事宜订立本合同。
第一条　产品名称、规格、数量：电动卷帘门＿＿樘，洞口尺寸＿＿米×＿＿米，门片材质为＿＿。
第二条　合同总价为人民币＿＿＿＿元（大写：＿＿＿＿＿＿），含运输、安装及调试费用。
第三条　乙方应于合同签订后＿＿日内完成安装，并提供产品合格证及防坠装置检测报告。
第四条　质保期为验收合格之日起＿＿个月，质保期内非人为损坏由乙方免费维修。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-zhiwendang-pen-lending-summary-markers",
        site="知文档 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.zhiwendang.example.com/d/5a61c0f2.html",
        title="楙阳县实验小学2024年点读笔借阅工作总结",
        record_title="楙阳县实验小学2024年点读笔借阅工作总结（精编整理）- 知文档",
        date="2025-01-10",
        notes="sharing page in text: page markers ⍔第n页⍔ on lines of their own cut sentences; 成文日期 under the signature",
        page="""
!m 知文档 · 分享有用的文档
!t 楙阳县实验小学2024年点读笔借阅工作总结（精编整理）
!m 分享者：教导处小林　　上传日期：2025-02-17　　3页　　浏览 402
!a 在线预览 ｜ 下载到本地 ｜ 转存网盘
{BODY}
!a 已显示全部 3 页 · 点此下载原文件
!l 你可能还需要：小学英语课后服务工作总结　｜　图书角管理制度
!d 知文档只提供存储空间，内容由分享者负责
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⍔第{n}页⍔", every=100, start=2),
        body="""
2024年，我校把点读笔借阅作为英语学科“课后听读”的重要抓手，面向三至六年级学生开展借阅服务，现将全年工作总结如下。
一、基本情况。学校现有点读笔一百六十支，全年累计借出一千三百余人次，借阅学生覆盖率达到百分之七十二。
二、主要做法。一是建立班级借阅台账，由英语课代表登记领还；二是每月集中检查一次电量和音频，及时下载更新教材配套资源；三是对损坏笔头实行“以旧换新”，全年维修更换十九支。
三、存在问题。部分点读笔电池老化，续航不足两小时；个别学生借而不用，周转率不高。
四、下一步打算。2025年拟增购新款点读笔四十支，并把借阅时长与课外听读打卡结合起来。
楙阳县实验小学教导处
2025年1月10日
""",
    ),
    dict(
        slug="edu-maoyang-notice-lamp-purchase-attachment-link",
        site="楙阳县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.maoyang.gov.example.cn/tzgg/2025/0226/3307.html",
        title="关于做好2025年春季学期教室照明改造和护眼台灯采购配备工作的通知",
        record_title="关于做好2025年春季学期教室照明改造和护眼台灯采购配备工作的通知【附表下载】_楙阳教育信息网",
        date="2025-02-24",
        date_also=["2025-02-26"],
        notes="education portal: 适老版/读屏 links; the notice asks schools to download its attachment (content) beside the site's attachment download link; 联系人/电话/邮箱 beside a technical line; 发布时间 differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于做好2025年春季学期教室照明改造和护眼台灯采购配备工作的通知【附表下载】_楙阳教育信息网</title></head><body>
<div class="top">⟦m 楙阳教育信息网⟧ <a>⟦a 适老版⟧</a> <a>⟦a 读屏辅助⟧</a> <a>⟦a 站内检索⟧</a></div>
<div class="menu">⟦m 首页 | 教育要闻 | 通知公告 | 招生考试 | 政务公开⟧</div>
<div class="pos">⟦m 位置：首页 - 通知公告⟧</div>
<h2 class="t">{T}</h2>
<div class="sub">⟦m 发布时间：2025-02-26　发布单位：局办公室　点击数：1520⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj">⟦a 附件下载：教室照度自查登记表.xlsx　寄宿生护眼台灯需求统计表.xlsx⟧</div>
<div class="btn">⟦a [打印] [收藏] [关闭]⟧</div>
<div class="foot">⟦m 楙阳县教育体育局 版权所有　地址：楙阳县育才路12号⟧<br>⟦m 技术支持电话：0598-5320000⟧</div>
</body></html>
""",
        body="""
各中小学校：
为落实儿童青少年近视防控工作要求，改善学生读写照明条件，县教体局决定在今年春季学期继续实施教室照明改造，并为寄宿生统一采购配备护眼台灯。现将有关事项通知如下。
一、各校于3月10日前完成教室照度自查，照度低于300勒克斯的教室列入改造计划。
二、寄宿生护眼台灯由县局统一招标采购，各校请下载附件，如实填报需求数量。
三、台灯到货后，各校须组织验收，逐台核对3C标志和照度等级，并建立使用台账。
联系人：阮书宁，电话：0598-5326017，邮箱：zbk@myjtj.example.cn。
附件：1.教室照度自查登记表
2.寄宿生护眼台灯需求统计表
楙阳县教育体育局
2025年2月24日
""",
    ),
    dict(
        slug="edu-suiling-notice-no-pen-selling-record",
        site="檖岭教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.slxjy.example.cn/Article/ShowArticle.asp?ArticleID=6612",
        title="关于严禁向学生推销点读笔等电子学习产品的通知",
        date="2025-03-03",
        notes="record title as is; an education site's text page; a 举报电话 that belongs to the notice next to the site's own lines",
        page="""
!m 檖岭教育网　www.slxjy.example.cn
!a [ 设为首页 ] [ 收藏本站 ] [ 手机版 ]
!m 您的位置：网站首页 >> 教育公告 >> 正文
{T}
!m 作者：局基础教育股　来源：本站原创　点击数：877　更新时间：2025-3-3
!a 【文字：缩小 放大】
{BODY}
!l 上一篇文章：关于做好春季学期开学工作的通知
!l 下一篇文章：全县中小学校园足球联赛竞赛规程
!m 版权所有：檖岭县教育局　　站长信箱：zhanzhang@slxjy.example.cn
!m 网站访问量：1362207
""",
        indent="\u3000\u3000",
        body="""
各乡镇中心学校，县直各学校：
近期，有家长反映个别学校教师在课堂上推荐学生购买指定品牌点读笔，个别校外机构进校宣传推销。为规范学校教育收费和学习用品管理，现就有关事项通知如下。
一、任何学校和教师不得以任何形式向学生推销或变相推销点读笔、学习机等电子产品，不得为商家进校宣传提供便利。
二、学校确需使用点读资源的，应优先使用免费的数字教育资源，由家长自愿选择是否购买设备。
三、各校要公开举报电话，发现违规问题的，一律从严查处，并追究校长责任。
举报电话：0599-7412360。
檖岭县教育局
2025年3月3日
""",
    ),
    dict(
        slug="oa-hengqiao-minutes-shutter-complaints-flow",
        site="栵水县恒桥门业有限公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.hqmenye.example.local/doc/view?id=20250313007",
        title="一季度电动卷帘门客户投诉分析会会议纪要",
        record_title="【待阅·纪要】一季度电动卷帘门客户投诉分析会会议纪要—恒桥协同门户",
        date="2025-03-12",
        date_also=["2025-03-13"],
        notes="OA document view: the minutes' 时间 line gives the date (the flow record's drafting date also accepted); 时间/地点/主持/参会/记录 lines in the body; 流转记录, read count and a sign-off button",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【待阅·纪要】一季度电动卷帘门客户投诉分析会会议纪要—恒桥协同门户</title>
<script src="/oa/js/flow.js"></script></head><body>
<div class="oa-top">⟦m 恒桥协同门户⟧ ⟦m 当前用户：质检部 宋可⟧ <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　知识库　通讯录⟧</div>
<div class="oa-doc">
<div class="doc-title">{T}</div>
<div class="doc-attr">⟦m 文档类型：会议纪要　密级：内部　阅读次数：37⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-btn">⟦a 【阅毕签收】⟧ ⟦a 【转发同事】⟧ ⟦a 【导出PDF】⟧</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 拟稿：行政部 喻晴　2025-03-13 09:20⟧</p>
<p>⟦l 审核：副总经理 范承宇　2025-03-13 11:05⟧</p>
<p>⟦l 分发：生产部、质检部、技术部、售后服务部⟧</p></div>
</div>
<div class="oa-foot">⟦d 内部资料，严禁截屏外传⟧　⟦m 信息中心运维电话：8016⟧</div>
</body></html>
""",
        body="""
时间：2025年3月12日14:30
地点：公司二楼第一会议室
主持：副总经理 范承宇
参会：生产部、质检部、技术部、售后服务部负责人
记录：行政部 喻晴
会议听取了售后服务部关于一季度电动卷帘门客户投诉情况的汇报，研究了防坠和遇阻回弹问题的整改措施。纪要如下：
一、一季度共接到投诉41起，其中遇阻不回弹17起、电机异响11起，问题集中在2024年10月批次。
二、技术部牵头对该批次限位开关和遇阻回弹装置进行复核，3月31日前提交分析报告。
三、质检部自4月1日起对出厂门体逐樘做遇阻回弹测试，测试记录存档备查。
四、售后服务部对投诉客户逐户回访，4月15日前完成免费检修。
""",
    ),
    dict(
        slug="oa-antu-bulletin-helmet-foam-batches-cn-date",
        site="栵水县安途头盔制造有限公司内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.antu-helmet.example.local/gw/tb/2025-014",
        title="关于儿童头盔缓冲层厚度不达标问题的通报",
        record_title="〖品控通报〗关于儿童头盔缓冲层厚度不达标问题的通报（内部资料 注意保密）",
        date="2025-04-02",
        notes="intranet text view: a quality bulletin with a batch table, 成文日期 in Chinese numerals, 抄送 and 印发 lines; export stamp no date",
        page="""
!m 安途内网 · 公文中心
!m 公文中心 / 通报 / 品控类
!t 〖品控通报〗关于儿童头盔缓冲层厚度不达标问题的通报（内部资料 注意保密）
!m 发文部门：质量管理部　　导出时间：2025-06-30 17:02　　导出人：admin
安途质〔2025〕14号
{BODY}
!a 〔标为已读〕〔我有疑问〕〔返回列表〕
!d 本文仅限公司内部传阅，严禁外传
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
3月下旬，公司出口订单抽检中发现一批儿童电动车头盔缓冲层厚度不达标。经调查，系二车间发泡工序模具温度控制不当所致。现将有关情况通报如下。
问题批次　数量　缓冲层实测厚度　标准要求
KH-2503-07　1200顶　16毫米　不小于20毫米
KH-2503-09　860顶　17毫米　不小于20毫米
上述两批产品已全部隔离返工，未流入市场。公司决定对二车间主任和当班质检员予以通报批评，扣发当月绩效奖金。
各车间要举一反三，严格执行首件检验和工序巡检制度，杜绝类似问题再次发生。
栵水县安途头盔制造有限公司
二〇二五年四月二日
抄送：公司董事长、总经理。
公司办公室　2025年4月2日印发
""",
    ),
]
