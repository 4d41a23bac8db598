"""holdout82, part A: 范文 sites, 文库 previews, county portals, news portals, forums, a blog.
Organisations: abalone farms, sea-urchin divers, water wheels, salted duck eggs, spring-roll
makers, hail-suppression posts. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-haiyue-summary-abalone-coop",
        site="海月范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.haiyuefw.example.com/zongjie/nianzhong/20931.html",
        title="鳌屿镇鲍鱼养殖专业合作社2024年度工作总结",
        record_title="【精选】鳌屿镇鲍鱼养殖专业合作社2024年度工作总结（通用2篇）",
        date="2025-01-10",
        notes="decorated record title; breadcrumb with ››; a writing-service prompt glued after a sentence; a rating row and a hot list at the bottom",
        page="""
!m 海月范文网 — 写材料，来海月
!m 位置：首页 ›› 总结大全 ›› 年终总结 ›› 正文
!t 【精选】鳌屿镇鲍鱼养殖专业合作社2024年度工作总结（通用2篇）
!m 整理：阿澜　浏览量：1,204　更新：2025-02-03
{BODY}
!a 觉得有用？点个赞 👍 0　|　没帮上忙 👎 0
!l 本周热门：渔业合作社工作计划 · 养殖场安全生产总结 · 海洋牧场调研报告
!d 本文内容系网友投稿，观点不代表海月范文网立场。
""",
        indent="　　",
        body="""
2024年，合作社在镇党委、镇政府的指导下，坚持“稳规模、提品质、拓市场”的思路，全年养殖鲍鱼苗种一千二百万粒，成品鲍出货四百六十吨。
一是改造养殖筏架。投入资金八十六万元，更新抗风浪筏架三百二十台，台风季未发生大面积倒架。⟦w 需要原创定制请加客服微信 hy-wenmi⟧
二是推行统一收购。社员成品鲍由合作社按质分级收购，全年带动社员户均增收三万一千元。
三是存在问题。夏季高温期死亡率偏高，冷链运输能力不足，品牌知名度仍有待提升。
鳌屿镇鲍鱼养殖专业合作社
2025年1月10日
""",
    ),
    dict(
        slug="fanwen-old-table-speech-water-wheel",
        site="笔苑公文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.biyuangw.example.net/jh/2025/0412_7710.asp",
        title="在石碾村古水车修复竣工仪式上的讲话",
        record_title=None,
        date="2025-04-12",
        notes="old gb2312 table layout with a marquee, 设为首页/加入收藏, a 【字号】 row, a visitor counter; no record title; date under the speech title; speaker line neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在石碾村古水车修复竣工仪式上的讲话_讲话稿_笔苑公文网</title>
<script>var _cnt=1;function addfav(){}</script></head>
<body><table width="960" border="0"><tr><td>⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td><td><marquee>⟦m 笔苑公文网欢迎您！本站资料每日更新，敬请关注。⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 首页 | 讲话稿 | 致辞 | 主持词 | 工作总结 | 心得体会⟧</td></tr></table>
<table width="960"><tr><td width="700" valign="top">
<h1>{T}</h1>
<div>⟦m 文章来源：会员投稿　点击数：3318　更新时间：2025-4-20⟧</div>
<div>⟦a 【字号：大 中 小】【打印本页】【关闭窗口】⟧</div>
<p>镇党委副书记　吴春岚</p>
<p>（2025年4月12日）</p>
{BODY}
<div>⟦l 上一篇：在全镇防汛工作会议上的讲话⟧</div><div>⟦l 下一篇：在乡村文化节开幕式上的致辞⟧</div>
</td><td width="260" valign="top"><div>⟦l 热门讲话稿排行 1.在春季农业生产会上的讲话 2.村两委换届动员讲话 3.清明祭扫安全讲话⟧</div></td></tr></table>
<table width="960"><tr><td>⟦d Copyright © 2012-2025 笔苑公文网 版权所有⟧ ⟦m 粤ICP备12039577号⟧ ⟦m 您是第 0048213 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
各位乡亲，同志们：
今天，我们在这里举行石碾村古水车修复竣工仪式，这架有一百三十多年历史的木制水车重新转动起来了。
修复工程历时五个月，请来了三位老木匠，按照原有形制更换了辐条二十四根、水斗四十八个。
水车不仅是灌溉工具，更是我们石碾村几代人的记忆，希望大家共同爱护、共同看管。
下一步，镇里将把水车与古渠、老磨坊连成一条乡村研学线路，让更多孩子了解农耕文化。
""",
    ),
    dict(
        slug="wenku-chaoyin-plan-urchin-page-markers",
        site="潮音文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.chaoyin.example.com/view/8d21f0a7c3.html",
        title="海胆采捕期安全管理工作方案",
        record_title="海胆采捕期安全管理工作方案.docx",
        date="2025-05-06",
        notes="file-name record title; page markers ⸨2⸩ cutting sentences; a preview-end prompt and a VIP unlock at the bottom; upload stamp is not the date",
        page="""
!m 潮音文库 > 行业资料 > 渔业
!t 海胆采捕期安全管理工作方案.docx
!m 上传者：蓝鳍　上传时间：2025-06-18　页数：3页　下载积分：5
!a 阅读全文　|　收藏　|　举报
{BODY}
!a 预览结束，还剩1页未读 ▼ 开通会员畅读全部内容
!a 立即下载（5积分）
!d 本文档由用户上传，如有侵权请联系潮音文库处理。
""",
        pages=dict(fmt="⸨{n}⸩", every=110, start=2),
        body="""
为规范全县海胆采捕作业秩序，保障潜水作业人员生命安全，结合我县实际，制定本方案。
一、适用范围。本方案适用于本县管辖海域内持证从事海胆采捕的渔船和潜水人员。
二、主要措施。（一）实行采捕证与潜水员健康证双证上岗制度；（二）每条作业船须配备水面看护员一名；（三）风力六级以上一律停止下潜作业。
三、责任分工。县海洋渔业局负责监督检查，各沿海乡镇负责日常巡查，渔业村委会负责登记造册。
县海洋渔业局
2025年5月6日
""",
    ),
    dict(
        slug="wenku-html-eggs-report-reader",
        site="书林文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shulinwk.example.com/doc/55019321.html",
        title="关于咸鸭蛋传统腌制作坊转型升级的调研报告",
        record_title="关于咸鸭蛋传统腌制作坊转型升级的调研报告 - 书林文库",
        date=None,
        notes="modern reader page; decorated title with site suffix; page-marker paragraphs (pages in HTML); a pay wall and related docs; no date (upload date only)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于咸鸭蛋传统腌制作坊转型升级的调研报告 - 书林文库</title>
<script src="/static/reader.min.js"></script></head><body>
<header><nav>⟦m 书林文库⟧ ⟦m 首页 / 分类 / 专题 / VIP专区⟧ ⟦a 登录 | 注册⟧</nav></header>
<main><h1>{T}</h1>
<div class="docinfo">⟦m 贡献者：湖畔老周　|　上传于 2025-03-02　|　浏览 862 次　|　共 4 页⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 试看已结束，开通VIP会员即可阅读全文并免费下载⟧</div>
<div class="ops">⟦a 下载文档⟧ ⟦a 加入文件夹⟧ ⟦a 分享给好友⟧</div>
</main>
<aside><h3>⟦l 相关文档⟧</h3><ul><li>⟦l 禽蛋加工企业质量提升方案⟧</li><li>⟦l 农产品加工业发展情况调研⟧</li></ul></aside>
<footer>⟦d ©书林文库 网站内容由用户上传，平台不对内容真实性负责⟧</footer></body></html>
""",
        pages=dict(fmt="— 第{n}页 —", every=140, start=2),
        body="""
近期，我们对湖湾镇十七家咸鸭蛋腌制作坊进行了走访调研，现将有关情况报告如下。
一、基本情况。全镇共有腌制作坊十七家，年加工鸭蛋约三千六百万枚，从业人员二百余人，其中家庭作坊占八成以上。
二、存在问题。多数作坊仍采用泥腌、灰腌等传统工艺，场地简陋，缺少检测设备，产品出口受限。
三、对策建议。引导作坊入园集中生产，统一建设盐水回收和检测中心，培育一至两个区域公用品牌。
""",
    ),
    dict(
        slug="gov-luoqiao-notice-hail-post",
        site="罗桥县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.luoqiao.example.gov.cn/zwgk/tzgg/202505/t20250519_66120.html",
        title="罗桥县人民政府办公室关于做好2025年人工防雹作业安全工作的通知",
        record_title="罗桥县人民政府办公室关于做好2025年人工防雹作业安全工作的通知_通知公告_罗桥县人民政府",
        date="2025-05-19",
        notes="modern county portal: 索引号 table, elder mode, scan-to-phone; 文号 neutral; the document's 联系人/电话 next to the portal's 12345; 抄送 kept",
        page="""
<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>罗桥县人民政府办公室关于做好2025年人工防雹作业安全工作的通知_通知公告_罗桥县人民政府</title>
<script>window.__gov={}</script></head><body>
<div class="top">⟦m 罗桥县人民政府⟧ ⟦a 无障碍浏览⟧ ⟦a 长辈版⟧ ⟦a 手机版⟧</div>
<nav>⟦m 首页 政务公开 政务服务 互动交流 走进罗桥⟧</nav>
<div class="crumb">⟦m 当前所在：首页 > 政务公开 > 通知公告⟧</div>
<table class="meta"><tr><td>⟦m 索引号：11530427MB1D82K/2025-00318⟧</td><td>⟦m 发文机构：县政府办公室⟧</td></tr>
<tr><td>⟦m 成文日期：2025-05-19⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>{T}</h1>
<p>罗政办发〔2025〕21号</p>
{BODY}
<div class="tools">⟦a 【打印正文】⟧ ⟦a 【扫一扫在手机打开当前页】⟧ ⟦a 【关闭】⟧</div>
<div class="related">⟦l 相关链接：县气象局2025年汛期服务方案 ｜ 关于防范强对流天气的提示⟧</div>
<footer>⟦m 主办：罗桥县人民政府办公室　政务服务热线：12345⟧ ⟦m 滇ICP备08014426号-1⟧ ⟦m 网站标识码：5304270007⟧</footer>
</body></html>
""",
        body="""
各乡（镇）人民政府，县直有关部门：
当前我县已进入冰雹多发期，为确保人工防雹作业安全有效，现就有关事项通知如下。
一、各作业点须在5月31日前完成高炮、火箭发射架年检，未经年检的一律不得作业。
二、弹药实行专库存放、双人双锁，领用登记台账保存不少于三年。
三、作业前须通过县空域协调平台申请空域，未获批准不得发射。
联系人：县气象局　杨德发　电话：0873-6512208
罗桥县人民政府办公室
2025年5月19日
抄送：县人武部，县公安局。
""",
    ),
    dict(
        slug="gov-text-shuiyuan-request-wheel-funds",
        site="水源乡人民政府 (invented)",
        style="政府门户",
        genre="请示",
        kind="request",
        form="text",
        source="http://sy.example.gov.cn/xxgk/qsbg/2025-0307-118.html",
        title="水源乡人民政府关于申请古水车群保护经费的请示",
        date="2025-03-07",
        notes="record title as given; a 浏览次数 line and a 分享到 row; an 【打印】【关闭】 row glued after the last line; Chinese-numeral 成文日期",
        page="""
!m 水源乡人民政府门户网站
!m 首页 > 信息公开 > 请示报告
{T}
!m 发布者：乡党政办　浏览次数：57
{BODY}
!l 分享到：微信 QQ空间 微博
!d 版权所有：水源乡人民政府　技术支持：云栈网络
""",
        body="""
县文化和旅游局：
我乡现存清代至民国时期木制水车十一架，是全县规模最大的古水车群，其中六架已出现轴心腐朽、辐条断裂等问题。
为抢救保护这一农业文化遗产，我乡拟对六架受损水车实施修缮，并建设看护用房一处，预计需要经费四十二万元。
特申请县级文物保护专项经费予以支持。
妥否，请批示。
水源乡人民政府
二〇二五年三月七日⟦a 【打印】【关闭】⟧
""",
    ),
    dict(
        slug="news-binhai-html-springroll-festival",
        site="滨海新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.binhai.example.com/local/2025-02/14/c_3318904.htm",
        title="千人同包春卷 古镇年味浓",
        record_title=None,
        date="2025-02-14",
        notes="news portal; no record title; byline with 发布时间 as the page's date; a photo caption between paragraphs; editor line glued after the last paragraph; 24-hour list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>千人同包春卷 古镇年味浓-滨海新闻网</title></head><body>
<div class="topbar">⟦m 滨海新闻网｜滨海日报社主办⟧ ⟦a 客户端下载⟧</div>
<nav>⟦m 要闻 本地 民生 文旅 视频 评论⟧</nav>
<article><h1>{T}</h1>
<div class="info">⟦m 2025-02-14 10:32　来源：滨海日报　记者 郑潇潇⟧</div>
{BODY}
</article>
<div class="share">⟦l 分享到：朋友圈 微博 复制链接⟧</div>
<aside><h4>⟦l 24小时热文⟧</h4><ol><li>⟦l 滨海至南港高速全线贯通⟧</li><li>⟦l 元宵节灯会交通管制公告⟧</li></ol></aside>
<footer>⟦d 未经滨海日报社书面授权，不得转载、摘编本网作品⟧ ⟦m 互联网新闻信息服务许可证：44120170022⟧</footer>
</body></html>
""",
        body="""
本报讯　2月13日，溪口古镇老街摆开一百二十张长桌，一千多名市民游客跟着老师傅学包春卷，街巷里飘满了韭黄和笋丝的香气。
今年的春卷节由古镇管委会和镇商会联合举办，现场还评出了“最薄春卷皮”和“最佳馅料”两个奖项。
⟦m 图为市民在老师傅指导下包春卷。本报记者 林一帆 摄⟧
七十六岁的春卷皮手艺人陈阿婆说，一张好皮要在铁鏊上一抹即起，薄得能透光。
据统计，活动当天古镇接待游客三点二万人次，带动老街商户营业额同比增长四成。⟦m （编辑：许婷）⟧
""",
    ),
    dict(
        slug="news-text-huaxi-abalone-typhoon-title-glued",
        site="花溪融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.huaxirm.example.cn/content/2025/09/03/99120.shtml",
        title="台风过后 鲍鱼养殖户连夜抢修筏架",
        record_title="台风过后 鲍鱼养殖户连夜抢修筏架 | 花溪融媒",
        date="2025-09-03",
        notes="the title glued before the lead; 发布时间 line as the page's date; 阅读 count; hot tags; app download prompt",
        page="""
!m 花溪融媒 · 新闻中心
!m 发布时间：2025年09月03日 08:15　来源：花溪融媒记者站
{BODY}
!m 阅读 2.1万
!l 热门标签：#台风 #海水养殖 #灾后恢复
!a 打开花溪融媒APP，看更多本地新闻
""",
        body="""
⟦t 台风过后 鲍鱼养殖户连夜抢修筏架⟧9月2日台风过境后，沙埕湾的鲍鱼养殖户顾不上休息，连夜驾船出海检查筏架。
记者在现场看到，部分渔排的浮球被冲散，养殖户们正用新绳索重新固定网箱。
县海洋渔业部门已派出技术人员分片指导，并协调保险公司开展现场查勘。
初步统计，全湾鲍鱼养殖损失约在一成以内，好于预期。
""",
    ),
    dict(
        slug="forum-diaoyu-urchin-dive-junk",
        site="蓝湾潜水论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://bbs.lanwandive.example.com/thread-88213-1-1.html",
        title="第一次跟船采海胆的体会",
        record_title="[经验分享] 第一次跟船采海胆的体会 - 潜水杂谈 - 蓝湾潜水论坛",
        date="2025-07-22",
        date_also=["2025-07-20"],
        notes="Discuz-like text; forum junk lines and glued junk; 发表于 post time; the document's own date under the text differs (both accepted); reply box and signature",
        page="""
!m 蓝湾潜水论坛 › 潜水杂谈 › 帖子
!t [经验分享] 第一次跟船采海胆的体会
!m 海狸子　楼主　发表于 2025-7-22 21:06　只看该作者
{BODY}
!m 本帖最后由 海狸子 于 2025-7-23 09:12 编辑
!l 回复　支持(12)　反对(0)　举报
!l 快速回复：您需要登录后才可以回帖 登录 | 立即注册
""",
        junk=dict(lines=2, glued=2),
        body="""
这次跟着老船长在礁石区作业了三天，才知道采海胆比想象中辛苦得多。
每天天不亮就出海，下潜前要反复检查气瓶和配重，船上的看护员一直盯着水面的气泡。
海胆长在礁缝里，用铁钩要轻，扎破了壳就卖不上价。
老船长说，七级风就回港，再多的钱也不能拿命去换。
写于2025年7月20日
""",
    ),
    dict(
        slug="forum-html-eggs-county-board",
        site="高邮湖畔社区 (invented)",
        style="论坛",
        genre="倡议书",
        kind="pledge",
        form="html",
        source="https://www.youhupan.example.net/forum.php?mod=viewthread&tid=40912",
        title="关于规范咸鸭蛋礼盒包装的倡议书",
        record_title="关于规范咸鸭蛋礼盒包装的倡议书 - 商家交流 - 高邮湖畔社区",
        date="2025-08-28",
        notes="Discuz-like HTML with jammer fonts; 发表于 post time as the page date; a medal row; signature chrome; the initiative itself asks readers to 分享 (kept)",
        page="""
<html><head><meta charset="utf-8"><title>关于规范咸鸭蛋礼盒包装的倡议书 - 商家交流 - 高邮湖畔社区</title><style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 高邮湖畔社区 — 湖边人自己的网上家园⟧ ⟦a 登录 注册 找回密码⟧</div>
<div id="pt">⟦m 社区 › 商家交流 › 查看主题⟧</div>
<div class="pls">⟦m 鸭蛋大王老钱⟧ ⟦m 积分 3021 勋章：诚信商家⟧</div>
<div class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-8-28 14:40⟧ ⟦a 只看楼主⟧ ⟦a 倒序浏览⟧</div>
{BODY}
<div class="sign">⟦m 老钱蛋庄，三代腌蛋，镇上西街38号⟧</div></div>
<div class="po">⟦l 回复 引用 评分 举报⟧</div>
<div id="ft">⟦d Powered by HupanBBS © 2025 高邮湖畔社区⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
各位同行：
中秋将至，咸鸭蛋礼盒进入销售旺季，但近年来过度包装的问题越来越突出，有的礼盒里十二枚蛋却配了三层木盒。
为此，我们倡议：礼盒包装层数不超过三层，包装成本不超过售价的百分之二十，优先使用可回收纸盒。
希望大家把这份倡议分享给身边的同行，共同维护咱们湖区鸭蛋的好名声。
湖区禽蛋行业几家老字号店主
2025年8月28日
""",
    ),
    dict(
        slug="blog-shicheng-memoir-wheel-wrapped",
        site="石城旧事（个人博客） (invented)",
        style="博客",
        genre="散文",
        kind="essay",
        form="text",
        source="https://shichengjiushi.example.blog/2025/06/water-wheel.html",
        title="父亲和那架水车",
        record_title="父亲和那架水车 | 石城旧事",
        date="2025-06-15",
        notes="hard-wrapped at 60 columns; bracketed blog post time as the page's date; tags and previous/next at the bottom; reprint notice",
        page="""
!m 石城旧事 —— 一个退休教师的碎碎念
!t 父亲和那架水车
!m [2025-06-15 19:48]　分类：往事　阅读(233)　评论(4)
{BODY}
!d 原创文字，转载请注明出处并保留链接。
!l 标签：水车 父亲 农事
!l « 上一篇：老屋门前的皂角树　|　下一篇：七十年代的公社电影 »
""",
        wrap=60,
        indent="　　",
        body="""
小时候，村口河边立着一架大水车，父亲是生产队里专门看水车的人，每年春灌前都要把它从头到尾检修一遍。
他用桐油刷辐条，用竹篾捆水斗，一干就是大半个月，我就蹲在旁边给他递钉子。
后来村里通了电，抽水机代替了水车，那架水车慢慢朽坏，最后被拆成了柴火。
去年乡里修复古水车，父亲已经走不动了，我推着轮椅带他去看，他看了很久，一句话也没说。
""",
    ),
]
