"""holdout227, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text (places, people, firms, sites, URLs, phones); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-xianbi-memoir-father-pouch-html",
        site="艒城闲笔 (invented, WordPress-like blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://xianbi.aocheng-blog.cn/2025/03/father-pouch/",
        title="父亲的牛皮纸文件袋",
        record_title="〔物件与人〕父亲的牛皮纸文件袋 ｜ 艒城闲笔",
        date=None,
        notes="WordPress-like blog: tag cloud, archive with month counts, comment form; 更新于 2 天前 is no date; a memoir without a date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>〔物件与人〕父亲的牛皮纸文件袋 ｜ 艒城闲笔</title>
<link rel="stylesheet" href="/wp-content/themes/xianbi/style.css?ver=2.4">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title"><a href="/">⟦m 艒城闲笔⟧</a></p><p class="site-description">⟦m 一个中年人的旧物与闲话⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 旧物⟧</a> <a>⟦m 读书⟧</a> <a>⟦m 关于⟧</a></nav></header>
<main><article class="post">
<div class="cat">⟦m 〔物件与人〕⟧</div>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 更新于 2 天前 · 阅读 356 · 7 条评论⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-footer">⟦l 本文标签：旧物 父亲 文件袋⟧</div>
<nav class="post-nav"><p>⟦l « 前一篇 外婆的樟木箱⟧</p><p>⟦l 后一篇 一把老式铁皮尺 »⟧</p></nav>
</article>
<section id="comments"><h3>⟦l 7 条评论⟧</h3>
<p>⟦l 林间小鹿：看哭了，我爸也有一个装户口本的袋子⟧</p>
<p>⟦l 老秋：线扣那一段写得真好⟧</p>
<form>⟦l 发表你的看法（邮箱不会公开）⟧ <button>⟦a 提交评论⟧</button></form></section></main>
<aside class="sidebar"><h4>⟦l 标签云⟧</h4><p>⟦l 旧物 父亲 母亲 老街 读书笔记 手艺⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年3月 (4)⟧</li><li>⟦l 2025年2月 (6)⟧</li><li>⟦l 2025年1月 (3)⟧</li></ul></aside>
<footer>⟦m © 艒城闲笔 · 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
父亲有一只牛皮纸文件袋，用了将近四十年，边角磨得起了毛，封口的白线也换过好几回。
袋子里装的都是要紧东西：他的招工表、我们兄妹的出生证、家里的房产证，还有一沓母亲住院时的收费单。每次要找什么证件，父亲总是先洗手，再把文件袋从大衣柜顶上取下来，一样一样摊在床上。
小时候我嫌他啰嗦，觉得一个旧袋子有什么好宝贝的。后来自己成了家，才明白那只袋子装的是一家人的来路和凭据。
去年父亲走后，我把文件袋带回了自己家。线扣一圈一圈绕上去的时候，好像还能听见他在耳边叮嘱“东西放好，别丢了”。
""",
    ),
    dict(
        slug="blog-kuguan-label-printers-wrapped-record-title",
        site="库管老周的流水账 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://laozhou-kuguan.blogcn.net/archives/318/",
        title="仓库换了热敏标签机以后",
        date="2025-05-20",
        notes="title given by the record as is; text hard-wrapped at 58 columns with blank lines between paragraphs; the byline's 发布于 is the page's date; tags, prev/next and comments",
        page="""
!m 库管老周的流水账
!m 记录仓库里的琐碎日子
!m 首页 | 归档 | 关于我 | 留言板
{T}
!m 发布于 2025-05-20 21:46 · 分类：仓库那些事 · 阅读(418) · 评论(6)
{BODY}
!l 标签：标签机 热敏标签 仓库管理
!l « 上一篇：盘点前一晚的仓库
!l 下一篇：叉车司机小吴 »
!l 评论（6）
!l 山木：我们厂也准备上标签机，请问是什么牌子的？
!l 库管老周 回复 山木：国产的就行，别图便宜买杂牌。
!m 库管老周的流水账 · 由 Typecho 驱动 · 主题 Kuguan
""",
        wrap=58,
        gap=True,
        body="""
我在一家建材批发公司管仓库，库里有三千多种货，过去全靠手写货位卡。字写得潦草，新来的同事常常认错，一年下来盘点差错能有上百处。
今年三月，公司给仓库配了两台热敏标签机。货品名称、规格、货位号录进电脑，一键就能打出带条码的标签，贴在货架上整整齐齐。
用了两个月，最明显的变化是出库快了。拣货员拿扫码枪一扫，货位和数量都清清楚楚，以前一上午发二十单，现在能发三十多单。
当然也有要注意的地方：热敏标签怕晒，靠窗的货架要用覆膜标签；标签机的打印头每周要清洁一次，不然条码会断线扫不出来。
""",
    ),
    dict(
        slug="wechat-bizhou-pledge-pouch-reuse-h1-missing",
        site="公号拾遗站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gonghaoshiyi.com/a/bzjgsw/20250606/1187.html",
        title="“一袋多用”节约办公耗材倡议书",
        record_title=None,
        date="2025-06-05",
        date_also=["2025-06-06"],
        notes="WeChat mirror: no title in the record (the <h1>); a follow prompt glued before the salutation; 关注/分享 as content; 原创 line with the account's date, the 倡议 date under the signature expected",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>“一袋多用”节约办公耗材倡议书 - 公号拾遗站</title>
<meta name="referrer" content="no-referrer">
<script>var biz = "MzkyNTE4MDQ3Ng==";</script>
</head><body>
<div class="gh-top"><a href="/">⟦m 公号拾遗站⟧</a> <span>⟦m 好文章不该只活七天⟧</span> <a href="/search">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　濞州机关事务　2025-06-06 08:30⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="js_tags">⟦l 收录于合集 #绿色机关 12个⟧</div>
<div class="rich_media_tool">⟦a 阅读原文　　阅读 2041　　❤ 在看 37⟧</div>
<div class="qr">⟦a 长按识别二维码，把“濞州机关事务”加进常读⟧</div>
</div>
<div class="gh-note">⟦d 拾遗站仅存档公众号已公开推送的文章，文字图片版权归原公众号；原作者要求删除请写信至 quchu@gonghaoshiyi.com⟧</div>
<div class="gh-more"><h4>⟦l 该公众号近期文章⟧</h4><p>⟦l 市级机关食堂“光盘行动”月度通报⟧</p><p>⟦l 机关办公用房清理腾退工作进展⟧</p></div>
<div class="gh-foot">⟦m 公号拾遗站 gonghaoshiyi.com　沪ICP备23015508号⟧</div>
</body></html>
""",
        p_html='<section style="margin-bottom:12px;"><span style="font-size:16px;">{}</span></section>',
        body="""
⟦a 点上方“濞州机关事务”蓝字，一键关注不迷路⟧全市各机关单位干部职工：
每年，全市机关要用掉各类文件袋近四十万个，其中相当一部分只用过一次就被丢弃。为践行绿色办公理念，市机关事务管理局向大家发出如下倡议：
一、能重复用的文件袋尽量重复用。内部传递文件时，在袋面粘贴流转单，用完后交回办公室统一回收。
二、能用电子文件的尽量不用纸质文件袋。一般性材料通过协同办公平台传阅，减少打印和装袋。
三、破损的文件袋分类投放到可回收物桶，不与其他垃圾混放。
欢迎大家关注“濞州机关事务”公众号，分享身边的节约小妙招。
濞州市机关事务管理局
2025年6月5日
""",
    ),
    dict(
        slug="wechat-xiyang-bank-counter-alarm-text",
        site="公号拾遗站 (invented WeChat mirror, text page)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="https://www.gonghaoshiyi.com/a/xyncb/20250814/3306.html",
        title="点钞机“嘀嘀”报警，可能是这几种情况",
        record_title="点钞机“嘀嘀”报警，可能是这几种情况 · 舾阳农商银行 - 公号拾遗站",
        date="2025-08-14",
        notes="mirror of a bank account's article: the account line's date is the page's date; a star prompt, a numbered list, 阅读原文/在看 row and back-issue links",
        page="""
!m 公号拾遗站 › 金融服务 › 舾阳农商银行
{T}
!m 舾阳农商银行　2025-08-14 17:05　发表于舾阳
!a 戳上方名片→右上角···→设为星标，推送不漏看
{BODY}
!a 阅读原文　　赞 19　　在看 8　　写留言
!l 往期回顾：残缺污损人民币如何兑换？
!l 往期回顾：老年人防范养老诈骗“六不要”
!d 拾遗站只做公开文章的存档备份，版权属于原公众号，如需撤下请来信告知。
!m 公号拾遗站 gonghaoshiyi.com
""",
        body="""
不少商户朋友问：收款时点钞机突然“嘀嘀”报警，是不是收到假币了？其实，报警不一定是假币，常见有以下几种情况。
1.钞票有折角、破损或粘有胶带，机器识别为“残缺”。
2.钞票太新或太旧，几张粘在一起，机器提示“连张”。
3.混入了不同面额、不同版别的钞票，机器提示“混点”。
4.鉴伪传感器沾了灰尘，误报“可疑”。
遇到报警，请先取出报警的那张钞票，看一看、摸一摸、听一听；仍有疑问的，可带到就近网点请柜员鉴别。如确认是假币，请不要再次使用，应及时上缴或报警。
""",
    ),
    dict(
        slug="docshare-wendangyi-contract-sealer-template-doc",
        site="文档驿 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.wendangyi.cn/p/8830417625.html",
        title="封口机买卖合同（范本）",
        record_title="封口机买卖合同（范本）.doc",
        date=None,
        notes="sharing reader with upload notice, points lock and a service WeChat; a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日, 第N条 articles; upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>封口机买卖合同（范本）.doc - 文档驿</title>
<script src="//cdn.wendangyi.cn/js/viewer.min.js"></script>
</head><body>
<div class="wdy-head"><a class="logo">⟦m 文档驿⟧</a> <span>⟦m 好文档，一站取⟧</span> <a>⟦a 上传赚驿币⟧</a> <a>⟦a 登录⟧</a></div>
<div class="wdy-title"><h1>{T}</h1>
<p>⟦m 分享达人：bz_pack_lin　上传时间：2025-03-28　格式：DOC　页数：2　评分：4.6⟧</p>
<p class="notice">⟦d 本文档由分享者自行上传，文档驿只提供存储与展示；若内容侵犯您的权利，请点“投诉”提交证明材料⟧</p></div>
<div class="wdy-page">
{BODY}
</div>
<div class="wdy-lock">⟦a 驿币不足？下载本文需 6 驿币，开通年卡畅下全站⟧ <a>⟦a 下载到电脑⟧</a></div>
<div class="wdy-kefu">⟦w 下载遇到问题找驿站客服，微信号 wdy_kefu07⟧</div>
<div class="wdy-rel"><h3>⟦l 相似合同⟧</h3><ul><li>⟦l 包装设备购销合同（简易版）.doc⟧</li><li>⟦l 小型机械设备采购协议范本.docx⟧</li></ul></div>
<div class="wdy-foot">⟦m 文档驿 wendangyi.cn · 苏ICP备21066307号-2⟧</div>
</body></html>
""",
        body="""
甲方（买方）：＿＿＿＿＿＿＿＿
乙方（卖方）：××包装机械有限公司
第一条　乙方向甲方出售＿＿型连续式封口机＿＿台，单价＿＿元，合计人民币＿＿元（大写：＿＿＿＿）。
第二条　乙方应于合同签订后＿＿日内将设备送至甲方指定地点，并负责安装调试和操作培训。
第三条　设备保修期为十二个月，自验收合格之日起计算。保修期内非人为损坏的，乙方免费维修或更换配件。
第四条　甲方验收合格后＿＿日内付清全部货款。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wendangyi-rules-sealer-glued-markers-wps",
        site="文档驿 (invented document-sharing site, text page)",
        style="文档分享",
        genre="规程",
        kind="rules",
        form="text",
        source="https://www.wendangyi.cn/p/2207715390.html",
        title="连续式封口机安全操作规程",
        record_title="连续式封口机安全操作规程.wps",
        date=None,
        notes="file-name title (.wps); page markers ⑆ pn ⑆ glued with a space to the continuation; 第N条 articles; an effective clause without a date",
        page="""
!m 文档驿 · 好文档，一站取
!t 连续式封口机安全操作规程.wps
!m 分享达人：shengchan_ke　|　格式：WPS　|　大小：36KB　|　页数：3
!d 说明：文档由分享者上传，文档驿不保证其内容准确完整，如有侵权请联系平台删除。
{BODY}
!a 下载本文需消耗 8 驿币　〔去充值〕
!l 同类文档推荐：真空包装机操作规程　封口机日常保养记录表
!m 文档驿 wendangyi.cn　苏ICP备21066307号-2
""",
        pages=dict(fmt="⑆ p{n} ⑆", every=110, start=2, glue=True, sep=" "),
        body="""
第一条　为规范连续式封口机的使用，防止烫伤、夹伤和触电事故，制定本规程。
第二条　操作人员须经培训合格后上岗，上岗时应穿戴工作服，长发须盘入帽内，不得佩戴手套操作传送部位。
第三条　开机前应检查电源线、接地线和急停按钮，确认加热块、传送带无异物后方可通电预热。
第四条　封口温度和传送速度应按包装袋材质设定，不得擅自调高温度。
第五条　运行中严禁用手触摸加热块和压轮，出现卡袋时应先按急停按钮，待加热块降温后再处理。
第六条　下班前应关闭电源，清理残留碎膜，并填写设备运行记录。
第七条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="edu-xiyang-notice-clock-data-attachment-link",
        site="舾阳县教育和体育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.xiyang.gov.cn/tzgg/2025-09-03/6618.html",
        title="关于做好中小学教职工考勤机数据报送工作的通知",
        record_title="关于做好中小学教职工考勤机数据报送工作的通知 - 局发文件 - 舾阳县教育和体育局",
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="education portal: 读屏/关怀 links, an attachment download link beside the 附件 line, the document's contact and mailbox beside the site's technical-support line; 请各校下载附件 as content; the portal's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于做好中小学教职工考勤机数据报送工作的通知 - 局发文件 - 舾阳县教育和体育局</title>
<script src="/static/js/jquery-3.6.min.js"></script>
</head><body>
<div class="jt-top">⟦m 舾阳县教育和体育局⟧ <a>⟦a 读屏专用通道⟧</a> <a>⟦a 银发关怀入口⟧</a> <a>⟦a 登录教育云⟧</a></div>
<ul class="jt-nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 局发文件⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 体育工作⟧</li></ul>
<div class="jt-crumb">⟦m 当前栏目：首页 ＞ 局发文件 ＞ 正文⟧</div>
<div class="jt-art"><h1>{T}</h1>
<div class="jt-info">⟦m 发布日期：2025-09-03　发布科室：人事股　浏览次数：927⟧</div>
<div class="jt-body">
{BODY}
</div>
<div class="jt-fj"><a href="/uploads/2025/09/kqhz.xlsx">⟦a ⇩ 附件下载：教职工月度考勤汇总表.xlsx（18KB）⟧</a></div>
<div class="jt-tool">⟦a 【打印】　【返回上一页】⟧</div>
</div>
<div class="jt-foot"><p>⟦m 舾阳县教育和体育局　地址：舾阳县城关镇学府路9号⟧</p>
<p>⟦m 网站技术支持：舾阳县教育信息中心　电话：0836-5120099⟧</p>
<p>⟦m 蜀ICP备13021187号-1⟧</p></div>
</body></html>
""",
        body="""
各中小学、幼儿园：
为掌握全县学校考勤管理情况，县教体局决定从本学期起，按月汇总各校教职工考勤机数据。现将有关事项通知如下：
1.各校每月5日前从考勤机导出上月考勤记录，按附件格式整理后报送。
2.请各校下载附件，由校长签字确认，扫描后发送至指定邮箱。
3.考勤数据涉及个人信息，报送人员不得外传，不得用于考核以外的用途。
联系人：人事股　钟素娥，电话：0836-5120318，邮箱：rsg_kq@xyjtj.net.cn
附件：教职工月度考勤汇总表
舾阳县教育和体育局
2025年9月2日
""",
    ),
    dict(
        slug="edu-mengchuan-school-plan-exam-pouches-decimal",
        site="艨川县第二中学 (invented school site, text page)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.mcez.edu.cn/jwc/202512/2291.html",
        title="期末考试试卷文件袋密封管理方案",
        record_title="〔考务工作〕期末考试试卷文件袋密封管理方案（教务处印发）_艨川二中",
        date="2025-12-29",
        notes="school site: decimal headings 1 / 1.1 / 2.1 …; 成文日期 under the department's signature; a notice line between paragraphs",
        page="""
!m 艨川县第二中学　厚德 笃学 致远
!m 网站首页 › 教务处 › 考务工作
!t 〔考务工作〕期末考试试卷文件袋密封管理方案（教务处印发）
!m 作者：教务处　点击数：264　更新时间：2025-12-30
{BODY}
!a 【打印此文】【关闭】
!l 上一篇：2025—2026学年第一学期期末考试安排
!l 下一篇：关于寒假期间校园安全的告家长书
!m 艨川二中版权所有　校办电话：0836-7730021　蜀ICP备09040265号
""",
        body="""
1 目的
1.1 确保期末考试试卷在印制、保管、分发、回收各环节安全保密。
2 试卷文件袋的使用
2.1 每个考场使用一个试卷文件袋，袋面填写科目、考场号和份数。
2.2 试卷印制完成后，由教务处两名工作人员当面清点、装袋，用密封条封口并签名。
⟦l 〔附图〕试卷文件袋袋面填写示例（点击查看大图）⟧
2.3 考试开始前，由两名监考教师当众检查文件袋密封情况后启封。
3 答题卡回收
3.1 考试结束后，监考教师按考号顺序整理答题卡，装入答题卡文件袋，密封后交回考务办公室。
3.2 文件袋密封不完整或签名缺失的，考务办公室应登记备查。
教务处
2025年12月29日
""",
    ),
    dict(
        slug="intranet-bizhou-bank-minutes-counters-oa",
        site="濞州农商银行协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.bzrcb.local/doc/view?id=20250314-0087",
        title="营业部现金机具管理专题会议纪要",
        record_title="［纪要归档］营业部现金机具管理专题会议纪要 - 濞州农商银行协同办公平台",
        date="2025-03-14",
        notes="OA document view: 流转记录 table, read count, a 我已阅知 button; the minutes' 时间/地点/主持/参会/记录 lines; the date from the 时间 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>［纪要归档］营业部现金机具管理专题会议纪要 - 濞州农商银行协同办公平台</title>
<script src="/oa/js/seal.js"></script>
</head><body>
<div class="oa-head">⟦m 濞州农商银行协同办公平台⟧ <span>⟦m 当前用户：营业部 葛欣⟧</span> <a>⟦a 待办(6)⟧</a> <a>⟦a 退出系统⟧</a></div>
<div class="oa-left"><ul><li>⟦m 公文处理⟧</li><li>⟦m 会议管理⟧</li><li>⟦m 纪要归档⟧</li><li>⟦m 通讯录⟧</li></ul></div>
<div class="oa-main">
<div class="oa-crumb">⟦m 会议管理 / 纪要归档 / 查看⟧</div>
<h2>{T}</h2>
<div class="oa-meta">⟦m 归档部门：办公室　密级：内部　阅读次数：58⟧</div>
<div class="oa-doc">
{BODY}
</div>
<table class="oa-flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 葛欣 起草 → 柯怀远 审核 → 办公室 归档⟧</td></tr>
<tr><td>⟦m 已阅：运营管理部 4人　营业部 11人　安全保卫部 3人⟧</td></tr></table>
<div class="oa-btn"><button>⟦a 我已阅知⟧</button> <button>⟦a 转给同事⟧</button> <button>⟦a 另存为PDF文件⟧</button></div>
</div>
<div class="oa-foot">⟦m 科技信息部运维电话：分机 6110　仅限内网访问⟧</div>
</body></html>
""",
        body="""
时间：2025年3月14日下午
地点：营业部三楼会议室
主持：副行长　柯怀远
参会：运营管理部、营业部、安全保卫部负责人及各柜组长
记录：葛欣
会议听取了营业部关于点钞机、清分机运行情况的汇报，研究了机具管理中存在的问题。纪要如下：
一、营业部现有点钞机24台，其中6台使用已满六年，鉴伪模块不能识别新版纸币，会议同意报废更换，由运营管理部提出采购申请。
二、各柜组每日营业前须对点钞机进行鉴伪测试，测试结果记入机具登记簿。
三、机具维修由专人联系厂家，维修期间启用备用机，不得影响对外营业。
""",
    ),
    dict(
        slug="intranet-jincheng-bulletin-label-misprint",
        site="锦程物流内部门户 (invented intranet, text page)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://portal.jincheng-wl.local/gw/2025/0912/47.html",
        title="关于物流中心标签机错打标签造成发货差错的通报",
        record_title="【公司发文】关于物流中心标签机错打标签造成发货差错的通报 - 锦程物流内部门户",
        date="2025-09-12",
        notes="intranet: 文号 line neutral; 抄送 line in the body; read/forward/export buttons, 流转记录 line and IT extension; 成文日期 under the signature",
        page="""
!m 锦程物流内部门户　|　欢迎您：仓储部 周蔓
!m 当前位置：公文管理 > 公司发文 > 查看
{T}
锦程物发〔2025〕47号
!m 拟稿：质量安全部　签发：万国栋　阅读次数：211
{BODY}
!a 【已读确认】　【转发同事】　【导出PDF】
!l 流转记录：质量安全部拟稿→办公室核稿→总经理签发→分发各部门
!m 内网技术支持：信息部　分机 8021
""",
        body="""
各部门、各仓库：
9月8日，物流中心二号仓在处理一批外省订单时，因操作员未核对标签机导入的地址数据，导致37件货品标签错打，货品被发往错误城市，直接损失运费及赔偿款4600余元。
经调查，事件的主要原因是：标签机导入模板被他人改动后未及时发现，当班操作员打印后也未按规定抽查。
为吸取教训，公司决定：对当班操作员曹某给予通报批评，扣发当月绩效奖金；二号仓主管负有管理责任，责令作出书面检查。
请各仓库对照检查标签机模板管理和打印抽查制度，确保类似问题不再发生。
舾阳锦程物流有限公司
2025年9月12日
抄送：公司领导班子成员
""",
    ),
]
