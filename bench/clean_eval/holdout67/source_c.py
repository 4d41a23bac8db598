"""holdout67, part C: sand painting studios and performers (沙画). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="app-biji-summary-sandart-studio",
        site="笔记写作APP分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://h5.bijixiezuo.example.com/share/a81f7702",
        title="笛溪县青少年宫沙画工作室年度工作总结",
        record_title="笛溪县青少年宫沙画工作室年度工作总结｜笔记写作",
        date="2025-01-06",
        notes="app share page: open-in-app bar, AI rewrite button glued after a sentence, 成文日期 in Chinese numerals",
        page="""
!a 打开APP，阅读体验更佳
!m 笔记写作 · 帮你写好每一篇材料
{T}
!m 来自 @青禾写材料 的分享
{BODY}
!a 一键改写　　生成同类范文　　复制全文
!l 更多同类范文 >
""",
        body="""
一年来，县青少年宫沙画工作室共开设常规班八个，学员一百六十余人。
工作室组织学员参加省、市少儿艺术展演，获一等奖两项、二等奖五项。⟦a ✨AI润色这段⟧
暑期举办“沙画里的家乡”公益课，走进六个乡镇，受益儿童四百余人。
新的一年，工作室将编写沙画校本教材，培养一批小沙画讲解员。
笛溪县青少年宫
二〇二五年一月六日
""",
    ),
    dict(
        slug="gkforum-shenlun-sandart-heritage-html-jammer",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="http://bbs.shanganggk.example.com/thread-551802-1-1.html",
        title="从一幅沙画看基层文化传承",
        record_title="[申论范文] 从一幅沙画看基层文化传承 - 申论交流 - 上岸公考论坛",
        date=None,
        notes="Discuz-like forum with jammer fonts; rating row; 发表于 N天前 no date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[申论范文] 从一幅沙画看基层文化传承 - 申论交流 - 上岸公考论坛</title></head><body>
<div id="hd">⟦m 上岸公考论坛　一起上岸⟧</div>
<div id="pt">⟦m 上岸公考论坛 › 申论交流 › 查看内容⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 考公小沙　发表于 5 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分 参与人数 6　金币 +18　收起 理由⟧</div>
<div class="sign">⟦w 申论一对一批改，私信或加Q：2890451176⟧</div>
<div class="pgs">⟦l 返回列表　发新帖⟧</div>
</body></html>
""",
        body="""
一位乡村教师用沙画讲述村史，让孩子们记住了祖辈修渠的故事。
这启示我们，文化传承不能只靠展板和口号，而要找到群众喜闻乐见的载体。
基层要善用新的艺术形式，把地方记忆讲生动、讲鲜活。
同时也要培养本地的文化人才，让传承有人可依、有人接续。
""",
    ),
    dict(
        slug="baike-sandart-entry-text",
        site="万象百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://baike.wanxiang.example.com/item/沙画表演/30012",
        title="沙画表演",
        record_title="沙画表演_万象百科",
        date=None,
        notes="entry: edit links, catalogue, reference list; example year in text is no date",
        page="""
!m 万象百科 · 知识的海洋
!a 编辑　|　收藏　|　分享
!t 沙画表演_万象百科
!l 目录　1 简介　2 表演形式　3 器材
{BODY}
!l 词条标签：表演艺术　视觉艺术
!m 本词条由网友“沙漏”编辑，浏览次数：1.2万
!d 百科词条内容仅供参考，不作为专业依据。
""",
        body="""
沙画表演是一种在灯光台上用细沙作画、并将作画过程投影到屏幕上的舞台艺术。
表演者以手指、手掌撒沙、抹沙，画面随音乐不断变换，讲述一个完整的故事。
常见器材包括带背光的沙画台、摄像机和投影设备，所用细沙一般经过筛选和消毒。
""",
    ),
    dict(
        slug="netdisk-yunhe-sandart-lesson-plan",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="教案",
        kind="plan",
        form="text",
        source="https://pan.yunhe.example.com/s/1Qs8dLhA",
        title="二年级美术《沙画小鱼》教学设计",
        record_title="二年级美术《沙画小鱼》教学设计.wps",
        date=None,
        notes="file-name title on a share page: share expiry, save to drive, report link; 打印 mentioned in content; no date",
        page="""
!m 云盒网盘　|　分享给你的文件
!t 二年级美术《沙画小鱼》教学设计.wps
!m 分享者：筱原美术组　分享时间：2025-03-01 10:22　有效期：7天
!a 保存到我的网盘　　普通下载　　举报
{BODY}
!a 在线预览仅显示部分内容，完整文件请保存后查看
!d 请勿通过网盘传播违法违规内容
""",
        body="""
教学目标：认识沙画的基本技法，学会用撒、抹、勾三种方法画出小鱼。
教学准备：沙画台每组一台，细沙若干，课前打印小鱼范图每人一张。
教学过程：1.欣赏沙画短片，激发兴趣；2.教师示范撒沙和抹沙；3.学生分组创作；4.作品展示与评价。
课后延伸：请学生回家后用彩沙瓶给家人讲一讲小鱼的故事。
""",
    ),
    dict(
        slug="snapshot-guaiguai-sandart-cultural-center-html",
        site="乖乖搜索快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.guaiguai.example.com/c?u=wgj.xiaoshan.example.gov.cn/2025/0418",
        title="关于举办筱原县沙画公益培训班的通知",
        record_title="关于举办筱原县沙画公益培训班的通知",
        date="2025-04-18",
        notes="snapshot frame banner on top; original page's chrome inside; own 报名电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于举办筱原县沙画公益培训班的通知 - 乖乖快照</title></head><body>
<div class="snap">⟦d 这是网页的快照，是乖乖在抓取时所存的副本，页面可能已经更新。⟧<br>⟦a 查看原网页　|　纯文字版⟧</div>
<div class="orig">
<div>⟦m 筱原县文化馆⟧</div>
<div>⟦m 首页 > 培训辅导 > 培训通知⟧</div>
<h2>{T}</h2>
<p>⟦m 发布时间：2025-04-18⟧</p>
{BODY}
<p>⟦m 版权所有：筱原县文化馆⟧</p>
</div>
</body></html>
""",
        body="""
为推动全民艺术普及，县文化馆定于5月开办沙画公益培训班，现将有关事项通知如下。
一、培训对象：本县18周岁以上居民，共招收25人。
二、培训时间：5月每周六下午，共四次课。
三、报名方式：即日起到县文化馆二楼培训部报名，报名电话：0580-3362214。
""",
    ),
    dict(
        slug="print-sandart-theatre-safety-rules",
        site="箬城大剧院 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.ruochengtheatre.example.cn/print.aspx?id=2211",
        title="沙画剧场演出安全须知",
        record_title="打印 - 沙画剧场演出安全须知",
        date=None,
        notes="print view: print/close buttons, URL line, print footer page count; no date",
        page="""
!a [打印本页]　[关闭窗口]
!t 打印 - 沙画剧场演出安全须知
!m 来源网址：http://www.ruochengtheatre.example.cn/notice/2211.html
{BODY}
!p 页码：1/1
!m 打印时间：2025/09/14 19:02
""",
        body="""
一、观众入场须接受安检，不得携带易燃易爆物品。
二、沙画演出需要暗场效果，演出开始后请关闭手机闪光灯。
三、演出期间请勿走动，如需离场请在工作人员引导下从侧门离开。
四、散场时请按指示标志有序离场，不要拥挤。
""",
    ),
    dict(
        slug="mail-fwd-sandart-exhibition-request",
        site="笠田县文化馆邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:bgs@litianwhg.example.cn",
        title="关于举办“指尖流沙”沙画作品展的请示",
        record_title="Fwd: 关于举办“指尖流沙”沙画作品展的请示",
        date="2025-08-12",
        notes="forwarded mail headers as meta; mail's own attachment header and document's 附件 list; send date differs (document date expected)",
        date_also=["2025-08-13"],
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：县文化馆办公室 <bgs@litianwhg.example.cn>
!m 日期：2025年8月13日 周三 09:41
!m 收件人：县文旅局艺术科
!t 主题：关于举办“指尖流沙”沙画作品展的请示
!m 附件：沙画展方案.docx（45KB）
{BODY}
!d 此邮件由笠田政务邮箱发送，如非本人收件请删除。
""",
        body="""
县文化和旅游局：
为展示我县沙画艺术普及成果，我馆拟于9月在馆一楼展厅举办“指尖流沙”沙画作品展。
展览展出学员和沙画艺人作品六十幅，并安排现场沙画表演四场，所需经费一万二千元由我馆业务经费列支。
妥否，请批示。
附件：“指尖流沙”沙画作品展方案
笠田县文化馆
2025年8月12日
""",
    ),
    dict(
        slug="fanwen-haocai-speech-sandart-gala-markers",
        site="好材料范文网 (invented)",
        style="范文站",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.haocailiao.example.net/zhuchici/2025/60211.html",
        title="少儿沙画展演活动主持词",
        record_title="少儿沙画展演活动主持词（通用3篇）",
        date=None,
        notes="host script with ×× placeholders; page markers ⸢n⸣ glued mixed; no date",
        pages=dict(fmt="‹{n}›", every=80, start=2, glue="mix"),
        page="""
!m 好材料范文网 — 材料写作好帮手
!m 当前位置：首页 > 主持词 > 活动主持词
!t 少儿沙画展演活动主持词（通用3篇）
!a 本文由会员上传，免费阅读，下载需登录
{BODY}
!w 急需原创材料？扫码加微信 haocl_vip 一对一定制
!l 热门推荐：六一儿童节主持词 / 毕业典礼主持词
""",
        body="""
尊敬的各位老师、亲爱的家长朋友们：
大家好！欢迎来到××学校少儿沙画展演活动现场。
一把细沙，一束灯光，孩子们用小小的手指描绘出心中的世界。
下面请欣赏由三年级××同学带来的沙画表演《我的家乡》。
今天的展演到此结束，感谢各位的到来！
""",
    ),
    dict(
        slug="wenku-shaguang-report-sandart-html-pages",
        site="沙光文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shaguangwk.example.com/view/4e2f90.html",
        title="关于笛溪县沙画文化产业发展情况的调研报告",
        record_title="关于笛溪县沙画文化产业发展情况的调研报告.pdf",
        date="2025-06-30",
        notes="HTML preview with page markers ⟮n⟯ as paragraphs; pay prompt; file-name title",
        pages=dict(fmt="⟮{n}⟯", every=100, start=2),
        page="""
<html><head><meta charset="utf-8"><title>关于笛溪县沙画文化产业发展情况的调研报告.pdf-沙光文库</title></head><body>
<div class="top">⟦m 沙光文库⟧ ⟦a 开通VIP 免费下载全站文档⟧</div>
<h1>⟦t 关于笛溪县沙画文化产业发展情况的调研报告.pdf⟧</h1>
<div class="meta">⟦m 5页　2.1万次阅读　上传于2025-07-03⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 还剩3页未读，继续阅读⟧</div>
<div class="rel">⟦l 相关文档　县域文创产业调研　非遗传承人现状调查⟧</div>
</body></html>
""",
        body="""
今年5月至6月，县政协文化文史委组成调研组，对全县沙画文化产业发展情况进行了专题调研。
目前全县有沙画工作室十四家，从业人员一百余人，年演出和培训收入约八百万元。
存在的主要问题是原创作品不多，缺少本土品牌，人才外流较为明显。
建议县政府设立文创扶持资金，支持沙画工作室与景区、学校开展合作。
县政协文化文史委调研组
2025年6月30日
""",
    ),
    dict(
        slug="gov-diqi-reply-sandart-stall",
        site="笛溪县人民政府 (invented)",
        style="政府门户",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.dixi.example.gov.cn/zwgk/jyta/2025/0709/812.html",
        title="关于县政协十届四次会议第58号提案的答复函",
        record_title="关于县政协十届四次会议第58号提案的答复函_笛溪县人民政府",
        date="2025-07-09",
        notes="文号 neutral; own 联系人 line; 抄送 and 印发 lines; site font row",
        page="""
!m 笛溪县人民政府门户网站
!m 首页 › 政务公开 › 建议提案办理
!a 【字号：大 中 小】【打印】【关闭】
{T}
!m 来源：县文化和旅游局　发布时间：2025-07-09
笛文旅函〔2025〕31号
{BODY}
!m 网站标识码3310230009　浙公网安备33102302000188号
""",
        body="""
陶欣然委员：
您提出的《关于规范沙画街头表演摊点的提案》收悉，现答复如下。
我局将会同城管部门在滨河公园划定三处文化表演点，沙画艺人可申请免费使用。
下一步，我们将出台街头艺人管理办法，实行持证表演、定点定时。
联系人：施宁　联系电话：0576-8828061
笛溪县文化和旅游局
2025年7月9日
抄送：县政协提案委，县政府办公室。
笛溪县文化和旅游局办公室　2025年7月9日印发
""",
    ),
    dict(
        slug="news-xuanhe-sandart-wedding-html",
        site="萱禾融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xuanherm.example.cn/bendi/2025/1003/20911.shtml",
        title="90后沙画师用沙画为新人讲述爱情故事",
        record_title=None,
        date="2025-10-03",
        notes="no record title; news with 24-hour hot list, title glued to the lead, editor line",
        page="""
<html><head><meta charset="utf-8"><title>90后沙画师用沙画为新人讲述爱情故事_萱禾融媒</title></head><body>
<div class="logo">⟦m 萱禾融媒　萱禾县融媒体中心⟧</div>
<div class="nav">⟦l 本地　民生　视频　专题⟧</div>
<h1>{T}</h1>
<div class="source">⟦m 2025-10-03 10:08　来源：萱禾融媒　记者：阮梦⟧</div>
<div class="text">
{BODY}
</div>
<p class="ed">⟦m 责编：符小北　审核：方进⟧</p>
<div class="hot"><h4>⟦l 24小时热榜⟧</h4><p>⟦l 国庆假期萱禾接待游客超20万人次⟧</p><p>⟦l 县城新增两条公交线路⟧</p></div>
</body></html>
""",
        body="""
⟦t 90后沙画师用沙画为新人讲述爱情故事⟧国庆期间，萱禾县沙画师陈沫接到了七场婚礼的邀约。
她在婚礼现场用十分钟的沙画，讲述新人从相识到牵手的故事。
陈沫说，每个故事都要提前和新人聊上两三个小时，才能画出他们自己的味道。
""",
    ),
    dict(
        slug="forum-shayou-post-sandart-table-html",
        site="沙友会论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="http://www.shayouhui.example.net/thread-1208-1-1.html",
        title="自制沙画台的材料清单和做法",
        record_title="自制沙画台的材料清单和做法 - 器材DIY - 沙友会",
        date="2025-02-11",
        notes="forum with jammer fonts, floor meta; material table kept; post date the page's date",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>自制沙画台的材料清单和做法 - 器材DIY - 沙友会</title></head><body>
<div class="bm">⟦m 沙友会 › 器材DIY⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 楼主 沙里淘金　发表于 2025-2-11 22:03⟧</div>
<div class="pct">
{BODY}
</div>
<div class="po">⟦l 回复　引用　举报　只看该作者⟧</div>
<div class="fl">⟦l 2# 流沙：楼主的灯板在哪买的？⟧</div>
<div class="ft">⟦m Powered by 沙友社区 X3.4⟧</div>
</body></html>
""",
        body="""
很多新手问沙画台怎么做，我把自己做的过程整理一下。
材料　数量　价格（元）
亚克力板　1块　85
LED灯板　1块　120
木框　1个　60
先把木框做好，四角要打磨圆滑，再把灯板放在底部，上面盖亚克力板。
整套材料不到三百元，效果和成品台差不多。
""",
    ),
]
