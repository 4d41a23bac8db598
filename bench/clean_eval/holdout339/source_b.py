"""holdout339, part B: blogs, WeChat mirrors, document-sharing pages, education portals and intranets.

Invented pages, places, people, firms, numbers and URLs (see ../README.md); markup as in ../build.py.
"""

CASES = [
    dict(
        slug="blog-zhou-repair-handfan-battery-wp",
        site="周师傅的修理铺 (invented WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://zhoushifu-xiuli.cn/2025/07/20/handfan-battery/",
        title="给女儿的手持风扇换了一块电池",
        record_title="给女儿的手持风扇换了一块电池 – 周师傅的修理铺",
        record_date="2025-07-20",
        date="2025-07-20",
        notes="blog: calendar widget, tag cloud, archive, comment form; a further-reading link glued after a sentence; "
        "numbered steps; record date equals the 发布于 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>给女儿的手持风扇换了一块电池 – 周师傅的修理铺</title>
<link rel="stylesheet" id="twentyfive-style-css" href="/wp-content/themes/xiuli/style.css" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</head>
<body class="post-template-default single">
<header class="site-header">
<p class="site-title"><a href="/">⟦m 周师傅的修理铺⟧</a></p>
<p class="site-description">⟦m 螺丝刀、烙铁和一点耐心⟧</p>
<nav>⟦m 首页　家电小修　工具控　关于周师傅⟧</nav>
</header>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 2025年7月20日　作者 周师傅　分类 家电小修⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：手持风扇 · 锂电池 · 焊接⟧</footer>
</article>
<nav class="post-navigation">⟦l ← 前一篇 电饭锅不跳闸的三个原因⟧ ⟦l 后一篇 老式台灯换LED灯珠 →⟧</nav>
<div id="comments">
<h3>⟦l 4 条评论⟧</h3>
<ol><li>⟦l 小河边：我家那个也是这个毛病，照着换好了，谢谢师傅⟧</li></ol>
<form id="commentform"><p>⟦l 发表评论（邮箱不会公开，必填项已标 *）⟧</p><textarea></textarea><button>⟦a 提交评论⟧</button></form>
</div>
</main>
<aside class="widget-area">
<section><h2>⟦l 2025年7月⟧</h2><table class="calendar"><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section><h2>⟦l 标签云⟧</h2><p>⟦l 电饭锅 洗衣机 万用表 烙铁 风扇 电池⟧</p></section>
<section><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年7月 (3)⟧</li><li>⟦l 2025年6月 (5)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦m 自豪地采用 WordPress · 周师傅的修理铺 © 2025⟧</footer>
</body>
</html>
""",
        body="""
女儿的手持风扇用了两个夏天，最近充满电只能转十来分钟，拆开一看，是电池老化了。新的一台几十块，换块电池不到十块，就自己动手了。
1. 拆壳。手柄底部有两颗小螺丝，拧下后沿缝隙用塑料撬片撬开，别用螺丝刀硬撬，容易崩卡扣。
2. 量尺寸。原电池是18650规格，标着1200毫安时。⟦l （延伸阅读：旧充电宝里的电芯别随手扔）⟧买新电池一定要带保护板，容量大一点没关系，但尺寸要一样。
3. 焊接。先焊红线再焊黑线，烙铁别在电池上停太久。焊完用热缩管包好，装回去试机。
换好以后连续转了三个多小时。提醒一句：电池鼓包的风扇不要再充电，也不要扔进普通垃圾桶，送到小区的有害垃圾回收点。
""",
    ),
    dict(
        slug="blog-baiyi-nurse-tape-wrapped",
        site="白衣小记 (invented nurse's blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://baiyixiaoji.blog.example-net.cn/p/3318",
        title="写给新来的护士：胶布怎么贴才牢",
        record_title="【护理随笔】写给新来的护士：胶布怎么贴才牢 | 白衣小记",
        date=None,
        notes="blog text hard-wrapped at 56 columns; a nurse's advice with numbered points; only an 'updated 2 days ago' stamp (no date); "
        "tag line, previous/next, comment count",
        page="""
!m 白衣小记 —— 一个病房护士的下班碎碎念
!m 首页 | 护理随笔 | 读书 | 留言板
!t 【护理随笔】写给新来的护士：胶布怎么贴才牢
!m 更新于 2 天前 · 阅读 964 · 评论 12
{BODY}
!l 标签：#新护士 #胶布固定 #病房日常
!l 上一篇：夜班的第一杯咖啡　｜　下一篇：给患者家属的几句话
!l 评论区（12）：写下你的想法……
!d 本博客文字为作者原创，转载请留言告知并注明出处。
""",
        wrap=56,
        body="""
科里每年都会来几个新同事，问得最多的一件事，居然是胶布怎么贴。看着简单，贴不好的话，留置针一天要重新固定好几次，患者也遭罪。说几点我自己的体会。
一、皮肤要干。贴之前让酒精完全挥发，出汗多的患者先擦干，不然再好的胶布也粘不住。
二、不要拉紧了贴。胶布先放在皮肤上，再从中间往两边抹平。拉着贴会把皮肤扯出张力，几个小时后就起水疱。
三、撕的时候顺着毛发方向，一只手按住皮肤，胶布贴着皮肤面往回折着撕，别往上提。
四、老人和小孩皮肤薄，尽量用低敏的纸胶布，交班时看一看有没有发红。
这些都是老师傅手把手教我的，现在写下来，传给你们。
""",
    ),
    dict(
        slug="wechat-weiyue-derm-sleeves-h1-follow-glued",
        site="微阅镜像站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://weiyuejx.com/a/shuoyang-rmyy-pfk/20250630-01.html",
        title="防晒袖套怎么选？皮肤科医生说了三点",
        record_title=None,
        date="2025-06-30",
        notes="no record title: the article's <h1>; WeChat mirror with 原创 tag, account line as the page's date, a follow prompt glued "
        "before the first words, 阅读原文/在看/赞赏 rows, QR line, the mirror's archive note",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>微阅镜像站 - 公众号文章存档</title>
<meta name="referrer" content="no-referrer">
</head>
<body>
<div class="wy-bar">⟦m 微阅镜像站 · 好文章不怕删⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="orig">⟦m 原创⟧</span> ⟦m 槊阳县人民医院 2025年6月30日 07:30 槊阳⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 3217⟧　⟦a 点赞 86⟧　⟦a 在看 41⟧</div>
<div class="reward">⟦a 喜欢作者就打个赏吧⟧</div>
<div class="qr">⟦a 长按下方二维码，挂号、问诊一键直达⟧</div>
</div>
<div class="wy-note">⟦d 本页由微阅镜像站自动存档自公开文章，版权归原公众号所有；如需删除请发邮件至 takedown@weiyuejx.com⟧</div>
<div class="wy-more"><h4>⟦l 该公众号的其他文章⟧</h4><ul><li>⟦l 中暑了别急着喝冰水⟧</li><li>⟦l 晒伤后的48小时怎么护理⟧</li></ul></div>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“槊阳县人民医院”关注我们⟧入夏以来，皮肤科门诊晒伤、日光性皮炎的患者明显增多。很多人问：防晒袖套到底有没有用？怎么选？我们请皮肤科主治医师骆倩来回答。
第一，看标签上的防晒指数。选择标注UPF50+的袖套，这类面料能阻挡绝大部分紫外线；只写“冰丝”“凉感”而没有防晒指数的，防晒效果难以保证。
第二，颜色深一些、织得密一些更好。对着光看，透光越少，防晒越好。浅色袖套凉快，但要选厚一点的。
第三，洗了会变差。袖套反复拉伸、洗涤后防晒性能会下降，一般一两个夏天就该换新。
骆医生提醒，袖套只护住手臂，脸和脖子仍然要涂防晒霜、戴帽子。晒后出现红斑、水疱，请及时到皮肤科就诊。
""",
    ),
    dict(
        slug="wechat-haowai-fire-handfan-follow-content",
        site="号外文摘 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://haowaiwenzhai.com/mp/biaochuan119/2507160815.html",
        title="手持风扇充电，这几件事千万别做",
        record_title="手持风扇充电，这几件事千万别做 | 飑川消防 - 号外文摘",
        date="2025-07-16",
        notes="mirror text: account line as the page's date; a sentence that asks readers to follow the account is body; "
        "a different follow prompt, a like row and the mirror's footer are chrome",
        page="""
!m 号外文摘 | 每天一点有用的公众号文章
{T}
!m 飑川消防　2025-07-16 08:15　原创
!m 听全文 03:42
{BODY}
!a ▲ 扫码关注，119 知识天天学
!a 赞　　在看　　转发给家人
!m 阅读 1.2万
!d 号外文摘仅转存公开文章供读者检索，文章观点及版权属于原作者。
!l 更多：电动车进楼入户有多危险？｜夏季用电安全十问
""",
        body="""
入夏以来，手持风扇几乎人手一台。消防部门提醒：小风扇里装的是锂电池，充电不当同样会起火。
一、不要用快充头给它充电。大多数手持风扇只支持小电流充电，用大功率快充头，电池容易过热。
二、不要边充电边使用，更不要把它放在枕头、被子上充电。
三、不要长时间暴晒。夏天把风扇留在车内仪表台上，车内温度可达六七十度，电池可能鼓包。
四、不要购买“三无”产品。选购时查看是否有3C认证标志和厂名厂址。
如发现电池鼓包、外壳变形、充电时发出异味，请立即停止使用。关注“飑川消防”公众号，可在菜单栏查看更多家庭防火知识。
""",
    ),
    dict(
        slug="docshare-qiben-tape-contract-template",
        site="契本共享网 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.qibengx.com/doc/38920417.html",
        title="医用胶布购销合同（范本）",
        record_title="【合同范本·可下载改写】医用胶布购销合同（范本） - 契本共享网",
        date=None,
        notes="sharing page: upload notice, a points lock, a service WeChat line; a contract template with ＿＿ blanks, "
        "×× placeholders, 第N条 articles and ＿＿＿＿年＿＿月＿＿日; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【合同范本·可下载改写】医用胶布购销合同（范本） - 契本共享网</title>
<link rel="stylesheet" href="/static/qb/doc.css">
</head>
<body>
<div class="qb-head">⟦m 契本共享网⟧ ⟦m 合同、协议、文书一站搜齐⟧ <a href="/user">⟦a 个人中心⟧</a></div>
<div class="qb-path">⟦m 首页 ＞ 合同协议 ＞ 购销合同 ＞ 医疗器械类⟧</div>
<div class="qb-doc">
<h1>⟦t 【合同范本·可下载改写】医用胶布购销合同（范本）⟧</h1>
<div class="qb-info">⟦m 分享人：契友7716　｜　3 页　｜　收录于 2025-05-28　｜　下载 318⟧</div>
<div class="qb-upload">⟦d 本文档由契友上传分享，契本共享网只作存储，条款是否适用请咨询专业律师⟧</div>
<div class="qb-body">
{BODY}
</div>
<div class="qb-lock">⟦a 余下内容已折叠，花 5 积分即可展开并下载⟧</div>
<div class="qb-btns"><a>⟦a 立即下载⟧</a> <a>⟦a 放进我的文件夹⟧</a> <a>⟦a 举报⟧</a></div>
</div>
<div class="qb-service">⟦w 找不到合适的合同？专属顾问微信 qiben_kefu07⟧</div>
<div class="qb-rel"><h3>⟦l 相似合同⟧</h3><ul><li>⟦l 医用口罩采购合同模板⟧</li><li>⟦l 医疗耗材年度供货协议（通用）⟧</li></ul></div>
<div class="qb-foot">⟦m 契本共享网 qibengx.com　苏ICP备20041577号-1⟧</div>
</body>
</html>
""",
        body="""
甲方（需方）：××医院
乙方（供方）：＿＿＿＿＿＿＿＿
第一条　产品名称、规格及数量：医用胶布（规格＿＿＿＿），数量＿＿＿＿卷，单价＿＿＿＿元。
第二条　质量要求：乙方所供产品应具有医疗器械注册证或备案凭证，每批次附出厂检验合格报告。
第三条　交货地点为甲方××库房，乙方应在合同签订后＿＿日内交货。
第四条　验收：甲方收货后五个工作日内按批次验收，发现粘性不足、包装破损的，乙方负责无条件调换。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-shuqian-duty-report-neckfan-oneline-wps",
        site="书签文档分享 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://shuqianwd.com/s/7f3e21a9",
        title="2025年上半年质检部经理述职报告",
        record_title="2025年上半年质检部经理述职报告.wps",
        date="2025-07-05",
        notes="file-name record title; the whole document on one line (paragraphs apart only by their indent); "
        "date at the end; share stamps and a points prompt around it",
        page="""
!m 书签文档分享 · 把好文档夹进书签
!t 2025年上半年质检部经理述职报告.wps
!m 分享于 2025-07-07 · 大小 41KB · 已被收藏 27 次
!a 在线预览｜下载（2积分）｜收藏到书签
{BODY}
!a 预览仅显示部分格式，下载后排版更完整
!l 同类文档：质量经理年度述职报告 ▪ 品控主管试用期转正述职
!d 文档版权归上传者所有，如有侵权请联系下架。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
今年上半年，我在公司领导的支持下，带领质检部围绕挂脖风扇等夏季产品的出货质量开展工作，现将履职情况报告如下。
一是把住来料关。对电池、电机、扇叶等关键物料实行批批抽检，退回不合格来料11批次，其中电池容量不足4批次。
二是把住出货关。上半年挂脖风扇出货38万台，出厂检验合格率99.6%，客户退货率由去年的1.8%降到0.9%。
三是推动问题整改。针对6月出现的电池鼓包投诉，牵头组织质量分析，更换了电芯供应商，并增加老化测试环节。
不足之处是检验数据分析还不够及时。下半年，我将推动检验记录电子化，努力把质量问题消灭在出厂之前。
述职人：凉宜电器有限公司质检部　符建业
2025年7月5日
""",
    ),
    dict(
        slug="edu-shuoyang-exam-fans-attachments",
        site="槊阳县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.shuoyang.gov.cn/tzgg/2025-06-11/3307.html",
        title="关于做好2025年中考考点防暑降温工作的通知",
        record_title="【中考专栏】关于做好2025年中考考点防暑降温工作的通知_槊阳教育网",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="education portal: screen-reader row, a scan-to-read line, an attachment download link beside the notice's own 附件 list; "
        "sentences telling units to download and print; the notice's 联系人/电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【中考专栏】关于做好2025年中考考点防暑降温工作的通知_槊阳教育网</title>
<script src="/js/edu-assist.js"></script>
</head>
<body>
<div class="edu-top">⟦m 槊阳教育网　槊阳县教育局主办⟧ <span>⟦a 读屏专用通道 ｜ 老年大字版⟧</span></div>
<div class="edu-nav">⟦m 首页　教育要闻　通知公告　招生考试　教师之窗　办事指南⟧</div>
<div class="edu-pos">⟦m 你在这里：首页 - 通知公告 - 正文⟧</div>
<div class="edu-art">
<h2>⟦t 【中考专栏】关于做好2025年中考考点防暑降温工作的通知⟧</h2>
<p class="edu-info">⟦m 发布日期：2025-06-11　来源：基础教育股　阅读：1806⟧</p>
<div class="edu-text">
{BODY}
</div>
<div class="edu-attach"><a href="/uploads/2025/0611/fj.zip">⟦a 点击下载附件压缩包（2个文件，86KB）⟧</a></div>
<p class="edu-qr">⟦a 手机扫一扫，随时在掌上看本条通知⟧</p>
</div>
<div class="edu-prev">⟦l 上一条：关于2025年初中学业水平考试报名信息确认的通知⟧</div>
<div class="edu-foot">
<p>⟦m 槊阳县教育局　地址：槊阳县学府路9号⟧</p>
<p>⟦m 网站技术保障：0745-6670021⟧　⟦m 湘ICP备12016680号⟧</p>
</div>
</body>
</html>
""",
        body="""
各中考考点学校：
为保障2025年中考期间考生身体健康，现就考点防暑降温工作通知如下。
一、各考点要检查考场风扇和空调，确保考试前全部正常运转，候考区配备饮用水和防暑药品。
二、考生不得携带手持风扇、挂脖风扇等电子产品进入考场，可在候考区使用；考点应在入口处设置物品寄存处。
三、各考点要安排校医全程值守，发现考生中暑立即处置。
请各考点下载附件2，打印后张贴在考点入口醒目位置。
附件：1.考点防暑降温物资清单
2.考生入场须知
联系人：隗敏，联系电话：0745-6671305。
槊阳县教育局
2025年6月10日
""",
    ),
    dict(
        slug="edu-kanshan-school-sleeves-scan-content",
        site="龛山教育网 · 龛山县实验小学 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.kanshanedu.cn/school/syxx/notice/2025/0625-112.html",
        title="关于做好夏季学生户外活动防晒工作的通知",
        record_title="关于做好夏季学生户外活动防晒工作的通知_校园通知_龛山县实验小学",
        date="2025-06-24",
        notes="school page text: a sentence asking parents to scan a code is body; the school's own 联系电话 beside the platform's "
        "technical support line; date under the signature",
        page="""
!m 龛山教育网　>　学校频道　>　龛山县实验小学
!m 学校首页　学校概况　校园通知　德育之窗　家校共育
!t 关于做好夏季学生户外活动防晒工作的通知
!m 发布者：学校办公室　　2025-06-25　　点击：733
{BODY}
!a 【收藏本页】　【打印】　【返回列表】
!l 相关通知：暑假安全致家长的一封信　　期末放假时间安排
!m 龛山教育网平台技术支持：0743-2280600
!m 版权所有：龛山县教育局　湘ICP备14009922号
""",
        indent="\u3000\u3000",
        body="""
各位家长：
进入六月以来，我县日最高气温多次超过35℃。为减少学生在课间操、体育课和放学路上被晒伤，学校决定从6月26日起调整部分安排，现通知如下。
一、体育课和大课间活动改在上午九点前和室内进行，午间不组织户外活动。
二、建议家长为孩子准备遮阳帽和防晒袖套，袖套请选择宽松透气、有防晒标识的，写上孩子的班级和姓名。
三、请家长扫描班级群内的二维码，填写孩子是否有日光过敏等情况，以便班主任掌握。
如有疑问，请联系学校德育处，电话0743-2291187。
龛山县实验小学
2025年6月24日
""",
    ),
    dict(
        slug="intranet-liangyi-minutes-neckfan-battery",
        site="凉宜电器协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.liangyi-dq.local/doc/view?id=20250709-0412",
        title="关于挂脖风扇电池鼓包问题的质量分析会纪要",
        record_title="〖质量周会〗关于挂脖风扇电池鼓包问题的质量分析会纪要 - 凉宜协同",
        date="2025-07-08",
        date_also=["2025-07-09"],
        notes="OA document view: 流转记录, read count, a mark-as-read button, an IT desk line; the minutes' 时间/地点/主持/参会/记录 "
        "lines stay in the body and the 时间 line gives the date; the OA's release date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖质量周会〗关于挂脖风扇电池鼓包问题的质量分析会纪要 - 凉宜协同</title>
<link rel="stylesheet" href="/oa/theme/blue.css">
</head>
<body>
<div class="oa-head">⟦m 凉宜电器协同办公平台⟧ <span>⟦m 当前用户：生产二部 · 汤可⟧</span> <a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办　已办　公文　会议　知识库　通讯录⟧</div>
<div class="oa-doc">
<div class="oa-doc-title">⟦t 〖质量周会〗关于挂脖风扇电池鼓包问题的质量分析会纪要⟧</div>
<div class="oa-doc-info">⟦m 发布部门：质检部　发布时间：2025-07-09 17:20　密级：内部⟧</div>
<div class="oa-doc-body">
{BODY}
</div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2025-07-09 15:02 质检部 符建业 拟稿⟧</p>
<p>⟦l 2025-07-09 16:48 副总经理 祁远 审核通过⟧</p>
<p>⟦l 2025-07-09 17:20 办公室 分发至各部门⟧</p></div>
<div class="oa-read">⟦m 已阅 46 人 / 未阅 9 人⟧ <button>⟦a 我已看完，标记已阅⟧</button></div>
</div>
<div class="oa-foot">⟦m 系统问题请联系信息部 IT 服务台 分机 8000⟧</div>
</body>
</html>
""",
        body="""
时间：2025年7月8日下午3时
地点：公司三楼质量会议室
主持：祁远（副总经理）
参会：质检部、生产二部、采购部、售后服务部负责人
记录：汤可
会议通报了6月以来挂脖风扇电池鼓包投诉情况，共收到投诉17起，涉及两个电芯批次。经拆机分析，主要原因是电芯来料一致性差，部分产品充电截止电压偏高。会议议定如下事项：
一、采购部即日起暂停该电芯供应商供货，7月15日前完成替代供应商送样。
二、生产二部对库存成品逐台复测充电截止电压，不合格的返工。
三、售后服务部对投诉用户一律免费换新，并做好回访记录。
四、质检部增加48小时老化测试，每周汇报一次进展。
""",
    ),
    dict(
        slug="intranet-bailu-tape-workshop-summary",
        site="白鹭医用材料有限公司内网 (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://intra.bailu-med.local/news/2025/07/0704-tape.html",
        title="胶布车间2025年上半年工作总结",
        date="2025-07-04",
        notes="record title as is; intranet text: the workshop's own extension beside the IT desk's extension; a data table "
        "one row a paragraph; date under the signature; read count and department menu as chrome",
        page="""
!m 白鹭医用材料有限公司 · 内部信息网（仅限公司内网访问）
!m 首页 ＞ 部门动态 ＞ 胶布车间
{T}
!m 发布部门：胶布车间　　录入：韦秋　　浏览：212
{BODY}
!a 导出为PDF　　发送给同事
!l 本部门其他动态：车间开展夏季消防演练 ｜ 6S现场评比结果
!m 内网使用问题请拨信息中心服务台 分机 8000
""",
        indent="\u3000\u3000",
        body="""
上半年，胶布车间围绕“提产量、稳质量、保安全”的目标，较好地完成了各项任务。
一、生产完成情况
品种　计划（万卷）　完成（万卷）
医用压敏胶布　420　436
低敏纸胶布　180　191
防水透明胶布　60　58
二、质量情况
全车间产品一次交验合格率99.2%，比去年同期提高0.6个百分点。3月份出现一次涂胶厚度不均的问题，已通过调整涂布机刮刀间隙解决。
三、下半年打算
防水透明胶布未完成计划，主要是新设备调试时间较长。下半年将抓紧培训操作人员，争取全年各品种都完成计划。
车间联系人：韦秋，分机8207。
胶布车间
2025年7月4日
""",
    ),
]
