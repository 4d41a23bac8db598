"""holdout334, part F: encyclopaedias, cloud drives, search snapshots, print views, forwarded mails.

Invented text (places, people, sites, URLs, phones and ids are made up); see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="zhiwu-wiki-door-chain-entry-h1",
        site="知物百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.example.cn/item/门链/30771",
        title="门链",
        record_title=None,
        date=None,
        notes="encyclopaedia entry: no record title, the h1 holds the one-word entry name (also in the body, "
        "matched as head); edit/discuss/history tabs, an infobox, a contents box, an 'edit section' link glued "
        "to a heading, reference markers; no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>知物百科 - 认识身边的每一件东西</title></head>
<body>
<div class="wiki-top">⟦m 知物百科⟧ <form><input placeholder="搜词条"><button>⟦a 进入词条⟧</button></form> <a>⟦a 登录后参与编辑⟧</a></div>
<div class="tabs">⟦a 编辑词条⟧ ⟦a 讨论区⟧ ⟦a 修订记录⟧</div>
<div class="entry">
<h1>{T}</h1>
<p class="alias">⟦m 又名：防盗链、门扣链　所属分类：五金 › 门锁配件⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名：门链⟧</td></tr>
<tr><td>⟦m 材质：不锈钢、锌合金、铜⟧</td></tr>
<tr><td>⟦m 安装位置：入户门内侧⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 结构　2 使用方法　3 安装注意⟧</div>
<div class="entry-body">
{BODY}
</div>
<div class="refs">⟦l 参考资料　[1] 五金门锁配件选购常识⟧</div>
<p class="stat">⟦m 本词条浏览 8,214 次，最近更新 2 个月前⟧</p>
</div>
<div class="ft">⟦d 知物百科内容由网友共同编辑，如有错误欢迎指正⟧</div>
<script>var wikiEntry="门链";</script>
</body>
</html>
""",
        body="""
门链是安装在入户门内侧的一种防护五金件，由链条、链座和滑槽组成。挂上门链后，门只能打开一道窄缝，住户可以先看清来人、交谈或递送物品，再决定是否完全开门。
结构⟦a [编辑本段]⟧
链座固定在门框上，链条一端与链座相连，另一端带有圆头或插销；滑槽固定在门扇内侧，圆头可沿滑槽滑动并卡住。⟦l [1]⟧
使用方法
听到敲门后，先把链条圆头滑入滑槽末端，再开门；核实来人身份后，关上门，将圆头滑出，即可完全开门。
安装注意
门链应装在成年人便于操作的高度，固定螺丝须打入门框实木或钢板。挂链后门缝宽度一般不超过10厘米，以防外人伸手摘链。
""",
    ),
    dict(
        slug="jiayong-wiki-glove-clip-entry-text",
        site="家用百科 (invented, encyclopaedia, text page)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.jiayongbaike.example.cn/entry/shoutaojia.html",
        title="手套夹",
        record_title="手套夹（冬季小物）_家用百科",
        date=None,
        notes="text encyclopaedia entry: decorated record title with a category aside; the entry name opens the "
        "body (the repeated title matched as head); an infobox block, related entries; no date",
        page="""
!m 家用百科 · 生活用品
{T}
!m 分类：服饰配件　|　词条编辑：7 次　|　上次修改：昨天
!m 中文名：手套夹　　别称：防丢夹、手套链
!m 常见材质：尼龙织带、塑料夹、硅胶
{BODY}
!l 相关词条：围巾扣　袖套　防丢绳
!a 我来完善这个词条
!d 百科内容仅供参考，不构成购买建议
""",
        body="""
手套夹是一种把手套固定在衣袖或衣领上的小配件，多用于儿童和户外劳动者，用来防止手套脱下后丢失。
常见的手套夹由一根带子和两端的夹子组成：一端夹在外衣袖口内侧，另一端夹住手套的腕口。也有做成长绳的“手套链”，从一只袖子穿过后背连到另一只袖子。
为儿童选购手套夹时，宜选用塑料夹口、边缘圆滑的款式，带子不宜过长，以免缠绕手指或勒住脖子。环卫、快递等户外劳动者使用的手套夹，多带有反光条，便于夜间作业时被过往车辆看到。
""",
    ),
    dict(
        slug="xiaohe-drive-rules-glove-clips-pdf-markers",
        site="小盒网盘 (invented, cloud drive preview)",
        style="网盘分享",
        genre="管理规定",
        kind="other",
        form="html",
        source="https://pan.xiaohe.example.cn/s/1Xq9vTzR",
        title="环卫作业人员手套夹佩戴规定",
        record_title="环卫作业人员手套夹佩戴规定.pdf",
        date=None,
        notes="file-name record title (.pdf); cloud-drive preview with VIP prompts, page-marker paragraphs "
        "'⩚ n ⩚' between the halves of cut articles; rules with 第N条 and no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>环卫作业人员手套夹佩戴规定.pdf - 小盒网盘</title></head>
<body>
<div class="pan-top">⟦m 小盒网盘⟧　<a>⟦a 注册送 2T 空间⟧</a>　<a>⟦a 登录⟧</a></div>
<div class="file-bar">
<span class="fname">⟦t 环卫作业人员手套夹佩戴规定.pdf⟧</span>
<span class="fmeta">⟦m 312 KB　分享者：城管小鲍　7 天后失效⟧</span>
<a class="btn">⟦a 转存到我的小盒⟧</a> <a class="btn">⟦a 普通下载⟧</a> <a class="btn vip">⟦a 超级会员极速下载⟧</a>
</div>
<div class="preview">
{BODY}
</div>
<div class="vip-tip">⟦a 非会员仅可预览前 3 页，开通超级会员看全部⟧</div>
<div class="pan-foot">⟦d 请勿通过小盒网盘分享违法违规内容，发现请举报⟧</div>
<script src="//static.xiaohe.example.cn/pan/preview.js"></script>
</body>
</html>
""",
        p_html='<div class="pdf-line">{}</div>',
        pages=dict(fmt="⩚ {n} ⩚", every=90, start=2),
        body="""
第一条　为防止环卫作业人员冬季作业中手套脱落丢失、徒手接触垃圾，保障作业人员安全和健康，制定本规定。
第二条　每年11月1日至次年3月31日，一线清扫保洁、垃圾收运人员作业时应佩戴手套夹，将作业手套与工作服袖口相连。
第三条　手套夹由各环卫作业站统一配发，每人每季2副，须带反光条，夹口不得有尖锐金属齿。
第四条　作业站站长每周检查一次佩戴情况，发现未佩戴的当场提醒，屡次不佩戴的纳入月度考核。
第五条　手套夹损坏或丢失的，凭旧件或书面说明到作业站补领。
第六条　本规定由县城市管理局负责解释。
""",
    ),
    dict(
        slug="xiangguo-drive-plan-bottle-brush-docx-markers",
        site="橡果网盘 (invented, cloud drive, text preview)",
        style="网盘分享",
        genre="工作方案",
        kind="other",
        form="text",
        source="https://www.xiangguopan.example.cn/share/doc/77e0c1",
        title="郭集镇中心托育园奶瓶清洁用具更换工作方案",
        record_title="郭集镇中心托育园奶瓶清洁用具更换工作方案.docx",
        date="2025-02-24",
        notes="file-name record title (.docx); text preview with page markers '⍷ 第n页 ⍷' on lines of their own "
        "cutting sentences; a numbered list; signature date; share-expiry stamp is no date",
        page="""
!m 橡果网盘 · 文件预览
!t 郭集镇中心托育园奶瓶清洁用具更换工作方案.docx
!m 来自：郭集托育园保健老师　　分享于 3 天前　　有效期：永久
!a 保存到网盘　　下载（需登录）
{BODY}
!a 预览仅显示部分内容，登录后可查看全文
!d 橡果网盘提示：请注意甄别分享文件，谨防诈骗
""",
        pages=dict(fmt="⍷ 第{n}页 ⍷", every=80, start=2),
        body="""
为做好婴幼儿喂养用具卫生管理，预防肠道传染病，结合园所实际，制定本方案。
一、更换范围。全园4个托班在用的奶瓶刷、奶嘴刷、吸管刷，共计96支。
二、更换标准。按照以下标准定期更换清洁用具：
1.海绵刷头每月更换一次；
2.尼龙刷头、硅胶刷头每季度更换一次；
3.出现掉毛、变形、发霉的，随时更换。
三、工作要求。保健老师建立清洁用具更换登记表，每月最后一个工作日集中更换，旧刷具统一回收处理，不得挪作他用。
郭集镇中心托育园
2025年2月24日
""",
    ),
    dict(
        slug="chengzi-snapshot-nappy-bin-park-notice",
        site="橙子快照 (invented, search-engine cache)",
        style="搜索快照",
        genre="温馨提示",
        kind="notice",
        form="html",
        source="http://cache.chengzi-search.example.cn/c?u=park.kaicheng.example.cn/gg/2025/0508.html",
        title="关于公园母婴室更换新型尿布桶的温馨提示",
        record_title="关于公园母婴室更换新型尿布桶的温馨提示（橙子快照）",
        date="2025-05-08",
        notes="search-cache frame: a capture banner with the capture time (no date) and highlighted search terms; "
        "the cached park page with its own nav and footer; signature date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>关于公园母婴室更换新型尿布桶的温馨提示（橙子快照）</title></head>
<body>
<div class="cache-banner" style="background:#FFF3E0">
<p>⟦m 橙子快照：您看到的是该网页于 2025-05-19 03:41 被橙子搜索保存下来的样子⟧</p>
<p>⟦m 原网页可能已经修改，点此访问当前页面⟧</p>
<p>⟦m 已为您标亮这些搜索词：<b>母婴室</b> <b>尿布桶</b>⟧</p>
</div>
<div class="cached">
<div class="park-head">⟦m 凯城区人民公园管理处⟧ ⟦m 首页 | 公园概况 | 游园指南 | 公告通知⟧</div>
<h2>{T}</h2>
<p class="park-date">⟦m 发布者：公园管理处　浏览次数：118⟧</p>
<div class="park-body">
{BODY}
</div>
<div class="park-foot">⟦m 凯城区人民公园管理处　游园服务电话：0917-3379600⟧</div>
</div>
<script>/* chengzi cache frame */var cz_hl=["母婴室","尿布桶"];</script>
</body>
</html>
""",
        body="""
广大游客朋友：
为给带宝宝游园的家长提供更好的服务，公园东门、南门两处母婴室的尿布桶已更换为脚踏式密封款，桶内配有一次性内衬袋，并加装了防夹缓降桶盖。
请大家注意以下几点：
一、用过的尿布请卷好后投入尿布桶，其他垃圾请投放到室外分类垃圾桶。
二、请看护好身边的幼儿，不要让孩子玩弄尿布桶踏板和桶盖。
三、母婴室开放时间为每天8:00至18:00，发现设施损坏请告知巡园保安或拨打公园管理处电话0917-3379621。
游客可关注“凯城公园”微信公众号，查询各母婴室的位置和开放时间。
感谢您的理解与配合！
凯城区人民公园管理处
2025年5月8日
""",
    ),
    dict(
        slug="mansou-text-cache-kindergarten-glove-clips",
        site="慢搜 (invented, text-only search cache)",
        style="搜索快照",
        genre="温馨提示",
        kind="notice",
        form="text",
        source="http://webcache.mansou.example.cn/text?q=手套夹&u=www.pxclyey.example.cn/jzyd/1205.html",
        title="关于提醒幼儿佩戴手套夹的温馨提示",
        record_title="〔慢搜·纯文本缓存〕关于提醒幼儿佩戴手套夹的温馨提示",
        date="2024-12-05",
        notes="text-only search cache: a cache header with the capture time (no date), the kindergarten page's "
        "nav and footer; the body's 扫码 as content; the kindergarten's contact beside the site's line; date "
        "from the 发布日期 line of the cached page",
        page="""
!m 慢搜纯文本缓存｜抓取于 2025-01-07 11:20，原页面可能已变化
!m 查看原始网页： www.pxclyey.example.cn/jzyd/1205.html
!m 鹏溪县春蕾幼儿园
!m 首页 | 园所介绍 | 保教动态 | 家长园地
!t 〔慢搜·纯文本缓存〕关于提醒幼儿佩戴手套夹的温馨提示
!m 发布日期：2024-12-05　　栏目：家长园地
{BODY}
!m 鹏溪县春蕾幼儿园　园务电话：0736-7231100
""",
        body="""
各位家长：
进入冬季，孩子们户外活动时都戴上了手套。近期，各班老师发现孩子脱手套洗手、吃点心后，经常找不到自己的手套，有的手套被其他小朋友误拿。
为此，请家长为孩子的手套配上手套夹：一端夹在外套袖口内侧，一端夹住手套。选购时请注意：
1.夹口选用塑料材质，不要选带尖齿的金属夹；
2.连接带长度以孩子手臂自然下垂时手套不拖地为宜；
3.手套和手套夹上写好孩子的名字。
各班已在班级群发布手套夹佩戴示范视频，请家长扫码观看后教孩子自己使用。如有疑问，请与班主任联系。
鹏溪县春蕾幼儿园
2024年12月5日
""",
    ),
    dict(
        slug="guoji-print-bulletin-nursery-bottle-check",
        site="郭集镇人民政府网 打印视图 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.guoji.example.cn/print.aspx?id=20250415031",
        title="关于全镇托育机构奶瓶清洗消毒专项检查情况的通报",
        record_title="【打印稿样】关于全镇托育机构奶瓶清洗消毒专项检查情况的通报 ▸ 郭集镇人民政府网",
        date="2025-04-14",
        notes="print view calling window.print(): print/close buttons, the URL and print time at the top; an "
        "inspection table one row a paragraph; 成文日期 under the signature; a print footer '└ 打印页码 1 ■ 共 1 ┘' "
        "closes the page",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【打印稿样】关于全镇托育机构奶瓶清洗消毒专项检查情况的通报 ▸ 郭集镇人民政府网</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 〔开始打印〕⟧ ⟦a 〔关闭此窗口〕⟧</div>
<div class="print-meta">⟦m 网址：http://www.guoji.example.cn/zwgk/20250415031.html　打印时间：2025-04-22 15:06⟧</div>
<h2>{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-foot">⟦p └ 打印页码 1 ■ 共 1 ┘⟧</div>
</body>
</html>
""",
        body="""
各托育机构：
4月上旬，镇社会事务办会同镇卫生院对全镇5家托育机构的奶瓶清洗消毒情况进行了专项检查。现将检查情况通报如下：
机构名称　检查结果　主要问题
郭集镇中心托育园　合格　无
小星星托育中心　基本合格　奶瓶刷未分人使用
贝贝乐托育园　不合格　奶瓶刷发霉未及时更换，消毒记录缺失
童趣托育室　合格　无
禾苗托育点　基本合格　刷具晾干处通风不良
请存在问题的机构于4月30日前完成整改，并将整改报告报镇社会事务办。镇里将于5月组织复查。
郭集镇社会事务办公室
2025年4月14日
""",
    ),
    dict(
        slug="yuyuan-property-print-door-chains-text",
        site="俞园物业服务中心 打印页 (invented, print view, text)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wy.yuyuan.example.cn/notice/print/2024-09-27",
        title="关于协助独居业主加装入户门链的通知",
        record_title="〔可直接张贴〕关于协助独居业主加装入户门链的通知 - 打印页",
        date="2024-09-27",
        notes="text print view: a print-time line and a URL at the top, a print footer '■ 第1页 ■ 共1页 ■' at the "
        "bottom; the property's own 联系电话 beside a service line; signature date",
        page="""
!m 俞园物业服务中心　业主公告打印页
!m 本页地址：http://wy.yuyuan.example.cn/notice/2024-09-27　打印于 2024-10-02 09:41
{T}
{BODY}
!m 物业24小时客服：0917-3388100
!p ■ 第1页 ■ 共1页 ■
""",
        body="""
各位业主：
近期，周边小区发生了陌生人冒充维修人员敲门入户的情况。为保障独居老人业主的居家安全，物业服务中心决定协助有需要的独居业主加装入户门链。
一、费用：门链由物业统一采购，免费安装，业主不承担任何费用。
二、登记：请有需要的业主或家属于10月10日前到物业服务中心登记，写明房号和方便安装的时间。
三、安装：物业维修人员上门时将穿工作服、佩戴工牌，并提前电话联系。
登记咨询电话：0917-3388126。
俞园物业服务中心
2024年9月27日
""",
    ),
    dict(
        slug="herun-webmail-fwd-bottle-brush-letter",
        site="昆溪云邮 网页版 (invented, webmail)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.kunxi-yun.example.cn/read?mid=ZC4410-2025052",
        title="关于定制奶瓶刷试用装的函",
        record_title="〔邮件外转〕Fwd: 关于定制奶瓶刷试用装的函",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="webmail reading view: a forwarded header with its own 发件人/收件人/时间, an attachment bar beside the "
        "letter's 附件 list; the letter's contact in the body; 成文日期 vs the mail's send date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>〔邮件外转〕Fwd: 关于定制奶瓶刷试用装的函 - 昆溪云邮</title></head>
<body>
<div class="mail-top">⟦m 昆溪云邮⟧　⟦m caigou@herun-daily.example.cn⟧　<a>⟦a 退出邮箱⟧</a></div>
<div class="mail-tools">⟦a 回复　回复全部　转发　删除　标为未读⟧</div>
<div class="mail-head">
<h3>⟦t Fwd: 关于定制奶瓶刷试用装的函⟧</h3>
<p>⟦m 发件人：俞晓岚 &lt;yuxl@herun-daily.example.cn&gt;⟧</p>
<p>⟦m 收件人：采购部 &lt;caigou@herun-daily.example.cn&gt;⟧</p>
<p>⟦m 时　间：2025年5月22日（星期四）上午10:18⟧</p>
</div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：孟塘县妇幼保健院儿保科⟧</p>
<p>⟦m 主题：关于定制奶瓶刷试用装的函⟧</p>
{BODY}
</div>
<div class="attach-bar">⟦a 附件（1 个）：试用装需求清单.xlsx　18.6K　预览　下载⟧</div>
<div class="mail-foot">⟦d 昆溪云邮提醒：请勿轻信邮件中的汇款要求⟧</div>
<script src="/webmail/js/read.js?v=3.2"></script>
</body>
</html>
""",
        body="""
浩阳县禾润日用品有限公司：
我院儿童保健科计划在今年6月开展的“科学喂养进社区”活动中，向新手父母发放奶瓶刷试用装，并讲解奶瓶清洁方法。经了解，贵公司生产的奶瓶刷质量可靠，特函商定制试用装事宜：
一、数量：奶瓶刷、奶嘴刷组合装500套。
二、要求：刷毛牢固，包装上印有“定期更换”提示和清洗步骤图示。
三、交货时间：6月5日前送至我院儿童保健科。
请贵公司于5月30日前回复报价。
联系人：邱敏，电话：0739-6625390，邮箱：mtfy_ebk@example.cn。
附件：试用装需求清单
孟塘县妇幼保健院
2025年5月20日
""",
    ),
    dict(
        slug="qianwan-fwd-notice-window-guard-registration",
        site="乾湾区政务邮件转发 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://qianwan-wy-assoc/2025-06-12/0871",
        title="关于配合开展高层住户防护网安装登记的通知",
        record_title="转发：关于配合开展高层住户防护网安装登记的通知",
        date="2025-06-10",
        date_also=["2025-06-12"],
        notes="a forwarded mail as text: the mail's own 发件人/收件人/抄送/日期 headers above the notice, the notice's "
        "抄送 and 印发 lines in the body; 成文日期 vs the forwarding date; a mail signature below",
        page="""
!m 发件人：乾湾区物业管理协会秘书处 <mishu@qwwyxh.example.cn>
!m 收件人：全体会员单位
!m 抄　送：协会会长办公室
!m 日　期：2025年6月12日 星期四 16:27
主　题：⟦t 转发：关于配合开展高层住户防护网安装登记的通知⟧
!m 各会员单位：现将区住建局通知转发给你们，请认真落实。——协会秘书处
!m -------- 原始邮件 --------
{BODY}
!m --
!m 乾湾区物业管理协会秘书处　电话 0917-3321770
!d 此邮件及附件仅发送给指定收件人，如误收请删除
""",
        body="""
各物业服务企业：
为落实全区住宅窗户防坠落隐患排查整治工作，区住建局决定组织开展高层住户隐形防护网安装登记。现将有关事项通知如下：
一、请各物业服务企业于6月30日前，对所管七层以上住宅进行入户摸底，登记已安装、需安装隐形防护网的住户情况。
二、登记时同步检查已装防护网是否预留逃生口，发现未预留的，告知住户整改。
三、登记表请于7月5日前报区住建局物业科。
乾湾区住房和城乡建设局
2025年6月10日
抄送：区消防救援大队，各街道办事处。
乾湾区住房和城乡建设局办公室　2025年6月10日印发
""",
    ),
]
