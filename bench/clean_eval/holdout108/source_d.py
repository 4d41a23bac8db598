"""holdout108, part D: a wallpaper factory's 6S plan in a 文库 HTML reader, a water-chestnut
harvest news, a slingshot hobbyists' forum pledge with jammer fonts, a weather-vane maker's blog,
a speed-skating association notice on a WeChat mirror, a cardboard-recycling plan on a sharing
reader, a primary school's hopscotch recess plan, a pallet firm's intranet request, a Q&A with a
frame shop's opening address, a barometer repairer's collection and a courier-station Party
branch speech. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="wenku-biyun-wallpaper-6s-plan-html-pages",
        site="碧云文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.biyunwk.example.com/p-30917724.html",
        title="瑄美壁纸有限公司车间6S管理推行方案",
        record_title="【word可编辑】瑄美壁纸有限公司车间6S管理推行方案 - 碧云文库",
        date="2026-03-02",
        notes="文库 HTML reader: page markers ⊏n⊐ as paragraphs between the halves of a cut paragraph; a pay-to-read prompt; rating and page-count meta; decorated title",
        pages=dict(fmt="⊏{n}⊐", every=140, start=2),
        page="""
<html><head><meta charset="utf-8"><title>【word可编辑】瑄美壁纸有限公司车间6S管理推行方案 - 碧云文库</title></head><body>
<div class="hd">⟦m 碧云文库⟧ ⟦a 登录 / 注册 ｜ 开通VIP⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m ★★★★☆ 4.6分　共5页　1.2万次阅读　上传于 2026-03-15⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 还剩3页未读，继续阅读需支付2.00元⟧</div>
<div class="rec">⟦l 相关推荐：6S现场管理检查表｜车间定置管理规范⟧</div>
<div class="ft">⟦d 文档内容由用户上传，碧云文库不对其真实性负责⟧</div>
</body></html>
""",
        body="""
为改善生产现场环境，提升产品质量和员工素养，公司决定在印花、压纹、分切三个车间全面推行6S管理，特制定本方案。
一、推行目标：用六个月时间，使车间现场达到物品定置、通道畅通、地面整洁、标识清楚的要求，现场检查合格率达到百分之九十五以上。
二、推行步骤：第一阶段为宣传培训，第二阶段为样板区建设，第三阶段为全面推广，第四阶段为巩固提升。
三、考核办法：6S推行小组每周对各车间进行一次检查评分，评分结果与班组绩效挂钩。
瑄美壁纸有限公司
2026年3月2日
""",
    ),
    dict(
        slug="news-yingbo-water-chestnut-harvest-publish-line",
        site="滢波新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yingbonews.example.com/nongye/2026-12/08/content_771204.htm",
        title="芦荡镇三千亩荸荠喜获丰收",
        record_title=None,
        date="2026-12-08",
        notes="news text: no record title; the title printed twice (once glued before the lead); a 发布时间 line; a 责任编辑 line; a related list with times",
        page="""
!m 滢波新闻网 > 农业农村 > 正文
{T}
!m 发布时间：2026-12-08 10:32:17　来源：滢波日报　作者：施亮 通讯员 黄小禾
{BODY}
!m 【责任编辑：蒋　瑜】
!l 相关新闻
!l 芦荡镇菱角采收忙（2026-09-21）
!l 全市冬季农产品产销对接会举行（2026-11-30）
""",
        body="""
⟦t 芦荡镇三千亩荸荠喜获丰收⟧近日，芦荡镇三千亩荸荠迎来采收期，田间地头一派繁忙景象。
在河口村荸荠基地，村民们穿着水裤在泥田里挖荸荠，一颗颗紫红色的荸荠从泥中翻出，个大饱满。
“今年亩产能达到四千斤，收购价每斤两块二，一亩地能挣七八千元。”种植户严大伯笑着说。
近年来，芦荡镇依托水网资源发展荸荠产业，成立了荸荠专业合作社，统一供种、统一技术、统一销售，产品销往长三角各大城市。
""",
    ),
    dict(
        slug="forum-dangong-slingshot-pledge-jammer",
        site="弹弓爱好者联盟论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://bbs.dangonglm.example.com/thread-9041-1-1.html",
        title="文明玩弹弓 拒绝打鸟——致全体弹友的倡议",
        record_title="文明玩弹弓 拒绝打鸟——致全体弹友的倡议 - 站务公告 - 弹弓爱好者联盟",
        date="2026-04-01",
        date_also=["2026-04-02"],
        notes="Discuz-like HTML forum: jammer fonts glued and between paragraphs; poster info column; 发表于 line differs from the pledge's date (both accepted); a sticky notice and a quick reply box",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>文明玩弹弓 拒绝打鸟——致全体弹友的倡议 - 站务公告 - 弹弓爱好者联盟</title></head><body>
<div id="hd">⟦m 弹弓爱好者联盟⟧ ⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 论坛 › 站务公告 › 文明玩弹弓 拒绝打鸟⟧</div>
<table><tr><td class="pls">⟦m 版主 百步穿杨 UID 17 积分 8842⟧</td>
<td class="plc"><h1>{T}</h1><div class="authi">⟦m 发表于 2026-4-2 19:03 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div></td></tr></table>
<div class="fastpost">⟦l 快速回复主题　您需要登录后才可以回帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5⟧ ⟦m 鲁ICP备26009911号⟧</div>
</body></html>
""",
        body="""
各位弹友：
弹弓是一项考验眼力、手力和心性的运动，但近来个别弹友在野外用弹弓射击鸟类，既违反法律，也让弹弓运动蒙羞。为此，本站向全体弹友倡议：
一、只在专用靶场或空旷安全区域练习，只打靶纸、易拉罐等靶具。
二、不打鸟、不打路灯和玻璃，不对着人和动物瞄准。
三、发现有人用弹弓捕猎野生鸟类的，及时向当地森林公安举报。
让我们用文明的方式玩好弹弓，让弹弓运动赢得更多尊重。
弹弓爱好者联盟站务组
2026年4月1日
""",
    ),
    dict(
        slug="blog-fengbiao-weather-vane-maker-year-html",
        site="风标匠人日志 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://fengbiao.blog.example.net/2026/01/02/zongjie.html",
        title="做风向标的第九年：2025年工作总结",
        record_title="【随记】做风向标的第九年：2025年工作总结 | 风标匠人日志",
        date="2026-01-02",
        notes="blog: decorated title; a bracketed post time under the title (the page's date); tag cloud, archive and a comment form in the sidebar; a 'like' row",
        page="""
<html><head><meta charset="utf-8"><title>【随记】做风向标的第九年：2025年工作总结 | 风标匠人日志</title></head><body>
<header><h1 class="site">⟦m 风标匠人日志⟧</h1><p>⟦m 铜与铁，风与屋顶⟧</p></header>
<article><h2>{T}</h2>
<p class="time">⟦m [2026-01-02 21:48]⟧</p>
{BODY}
<p class="like">⟦l ♥ 喜欢(27)　💬 评论(6)　↗ 转发⟧</p>
</article>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 风向标 铜艺 锻打 屋顶 订单⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年12月 (3)⟧</p><p>⟦l 2025年11月 (5)⟧</p></aside>
<footer>⟦d 本站内容采用 署名-非商业性使用 协议⟧</footer>
</body></html>
""",
        body="""
2025年是我开工作室做风向标的第九年，这一年共完成订单一百三十七件，比前年多了二十几件。
订单里最多的还是民宿和农庄，公鸡、帆船、骏马三种造型最受欢迎；最难做的是给一所小学做的校徽风向标，光放样就改了五稿。
工艺上，今年终于把铜皮錾刻和铁件热镀锌两道工序理顺了，返修率从百分之八降到了百分之三。
明年打算带一个徒弟，再开一门线上的入门课，让更多人知道屋顶上那只会转的小公鸡是怎么做出来的。
""",
    ),
    dict(
        slug="wechat-suhua-speed-skating-association-notice",
        site="速滑之声文章镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mp.suhua-mirror.example.cn/a/20261105/f8q2.html",
        title="关于举办2026—2027赛季全市青少年速度滑冰积分赛的通知",
        record_title="关于举办2026—2027赛季全市青少年速度滑冰积分赛的通知",
        date="2026-11-03",
        notes="WeChat mirror as text: account line and original-article tag as meta; 预览时标签不可点; 阅读原文/在看/分享 row; sentences telling readers to 扫码/关注 for registration kept; a sign-up table",
        page="""
!m 原创　雁城速度滑冰协会　雁城速滑　2026年11月05日 08:00　黑龙江
!a 预览时标签不可点
{T}
{BODY}
!l 阅读原文　|　在看　|　分享　|　留言
!d 微信扫一扫关注该公众号
""",
        body="""
各会员单位、各俱乐部：
为推动我市青少年速度滑冰运动发展，协会定于2026年12月至2027年2月举办全市青少年速度滑冰积分赛，现将有关事项通知如下。
一、比赛安排
站次　时间　地点
第一站　12月12日　市体育中心冰场
第二站　1月9日　雁湖天然冰场
第三站　2月6日　市体育中心冰场
二、报名方式：请各单位扫描海报二维码关注“雁城速滑”服务号，在“赛事报名”栏目填报。
三、参赛运动员须购买比赛期间人身意外伤害保险。
雁城速度滑冰协会
2026年11月3日
""",
    ),
    dict(
        slug="docshare-zhixiang-cardboard-recycling-plan-reader",
        site="纸享文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.zhixiangdoc.example.com/read/51007366.html",
        title="茗城区废纸箱回收网点建设工作方案",
        record_title="茗城区废纸箱回收网点建设工作方案（最新）",
        date=None,
        notes="sharing reader: decorated title (最新); an upload notice at the top; only upload and share stamps (no date in the document); a 'convert to PDF' and a 'print' action; a reader toolbar",
        page="""
<html><head><meta charset="utf-8"><title>茗城区废纸箱回收网点建设工作方案（最新）-纸享文档</title></head><body>
<div class="bar">⟦m 纸享文档⟧ ⟦a 搜索文档 | 上传赚积分⟧</div>
<h1>⟦t 茗城区废纸箱回收网点建设工作方案（最新）⟧</h1>
<div class="up">⟦m 上传人：绿色小站　上传时间：2026-08-30　分享 12 次⟧</div>
<div class="notice">⟦d 温馨提示：本文档由网友分享，纸享文档仅提供阅读与存储，不代表平台观点。⟧</div>
<div class="toolbar">⟦a 转为PDF　全屏阅读　打印　收藏⟧</div>
<div class="doc">
{BODY}
</div>
<div class="more">⟦l 还看了：社区垃圾分类积分兑换方案 ｜ 快递包装回收倡议书⟧</div>
</body></html>
""",
        body="""
为推进快递包装绿色转型，提高废纸箱回收利用率，结合我区实际，制定本方案。
一、建设目标：年内在全区住宅小区、高校和商业综合体建成废纸箱回收网点一百二十个，实现城区全覆盖。
二、建设标准：每个网点配备回收箱、称重设备和信息公示牌，由区供销社所属再生资源公司统一运营。
三、保障措施：区商务局牵头，区城管局、区邮政管理局配合，将网点建设纳入年度目标考核。
""",
    ),
    dict(
        slug="edu-yucai-hopscotch-recess-games-plan",
        site="毓才镇中心小学网站 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.yczx.example.edu.cn/jxky/2026/0916/ky0412.html",
        title="“跳房子”等传统游戏进课间活动实施方案",
        record_title="“跳房子”等传统游戏进课间活动实施方案",
        date="2026-09-16",
        notes="school site as text: a visitor counter and a date line with weekday at the top; numbered lists and a grade table; 打印 in a sentence of the plan (kept); 【打印】 button as chrome",
        page="""
!m 毓才镇中心小学欢迎您　今天是2026年10月8日 星期四
!m 学校概况｜教学科研｜德育天地｜校园风采
{T}
!m 作者：教导处　点击：215　更新时间：2026-9-16
{BODY}
!a 【打印】【关闭】
!m 本站访问量：0218376　技术支持：县电教馆
""",
        body="""
为丰富课间活动，让学生在游戏中锻炼身体、体验传统文化，学校决定开展“传统游戏进课间”活动。
一、游戏项目
年级　游戏项目
一、二年级　跳房子、丢手绢
三、四年级　跳皮筋、老鹰捉小鸡
五、六年级　踢毽子、滚铁环
二、实施要求
1.各班利用大课间开展活动，每天不少于二十分钟。
2.体育组负责在操场画好“跳房子”格子，并打印游戏规则张贴在各班教室。
3.班主任要加强安全提醒，避免学生追逐碰撞。
毓才镇中心小学教导处
2026年9月16日
""",
    ),
    dict(
        slug="oa-tuopan-pallet-request-html-trail",
        site="森汇托盘内网 (invented)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="html",
        source="http://oa.senhui-pallet.example.local/workflow/view.jsp?id=2026-0318-07",
        title="关于购置塑料托盘注塑生产线的请示",
        record_title="内网公文-关于购置塑料托盘注塑生产线的请示",
        date="2026-03-18",
        notes="intranet document view: decorated title (内网公文-); 流转记录 and read counts; a document number (neutral); a watermark; an approval comment box",
        page="""
<html><head><meta charset="utf-8"><title>内网公文-关于购置塑料托盘注塑生产线的请示</title></head><body>
<div class="sys">⟦m 森汇托盘有限公司 OA办公系统　当前用户：财务部 陶然⟧</div>
<div class="tab">⟦m 待办事项 | 已办事项 | 公文管理 | 通讯录⟧</div>
<h2>{T}</h2>
<p>森汇〔2026〕9号</p>
{BODY}
<div class="flow"><p>⟦l 流转记录⟧</p><p>⟦l 2026-03-18 生产部 龚伟 拟稿⟧</p><p>⟦l 2026-03-19 总经理 柏青 批示：同意，请财务部安排资金⟧</p></div>
<div class="opn">⟦a 填写意见　转办　归档⟧</div>
<div class="wm">⟦m 已阅 23 人次　内部资料 严禁外传⟧</div>
</body></html>
""",
        body="""
公司领导：
近年来，客户对塑料托盘的需求逐年增长，去年塑料托盘订单同比增长百分之四十，现有两条生产线已满负荷运转，部分订单不得不外协加工。
为此，生产部拟购置塑料托盘注塑生产线一条，预计投资三百八十万元，投产后年产能可增加十二万片。
资金拟从公司年度技改资金中列支，设备采购将按公司规定进行公开比选。
妥否，请批示。
生产部
2026年3月18日
""",
    ),
    dict(
        slug="qa-wenda-frame-shop-opening-speech-sample",
        site="邻问问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.linwen.example.com/q/20260608/33719.html",
        title="开了一家画框装裱店，开业典礼上老板致辞怎么说比较好？",
        record_title=None,
        date="2026-06-08",
        notes="Q&A page: no record title (the question is the title); 回答于 date (the page's date); a sample address kept (the answer tells the asker what to change); vote and report row; more answers",
        page="""
<html><head><meta charset="utf-8"><title>开了一家画框装裱店，开业典礼上老板致辞怎么说比较好？-邻问问答</title></head><body>
<div class="hd">⟦m 邻问问答　有问题，问邻居⟧ ⟦a 我要提问⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：墨香小店　分类：商业/创业⟧</p></div>
<div class="best"><p>⟦m 采纳答案⟧</p><p>⟦m 文案阿斌　回答于 2026-06-08⟧</p>
{BODY}
<p>⟦a 赞同 58 ｜ 反对 1 ｜ 举报⟧</p></div>
<div class="others">⟦l 其他 4 条回答⟧</div>
<div class="ft">⟦d 邻问问答内容均由用户提供，仅供参考⟧</div>
</body></html>
""",
        body="""
给你写个简短的，三分钟以内，适合小店：
各位来宾、各位朋友：
大家好！今天是墨香画框装裱店开业的日子，感谢大家在百忙之中前来捧场。
我做装裱这一行已经十几年了，今天终于有了自己的小店。店虽小，但每一幅字画，我们都会像对待自己的作品一样用心装裱。
以后大家有字画要装框、有老画要修复，欢迎随时来店里坐坐、喝杯茶。
最后，祝大家身体健康、万事如意！谢谢！
致辞时把店名和“十几年”换成你自己的实际情况就行。
""",
    ),
    dict(
        slug="collection-qiya-barometer-repairer-html",
        site="晴雨集·一个修表匠的气压计笔记 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="html",
        source="http://www.qingyuji.example.net/juan3/p017.html",
        title="修好一只老气压计要多少耐心",
        record_title="修好一只老气压计要多少耐心｜《晴雨集》卷三",
        date="2026-02-14",
        notes="personal collection in HTML: a volume nav, chapter prev/next, a 'words/reads' line; the essay ends with its date and place (kept); a footer notice",
        page="""
<html><head><meta charset="utf-8"><title>修好一只老气压计要多少耐心｜《晴雨集》卷三</title></head><body>
<div class="top">⟦m 晴雨集 · 卷一 · 卷二 · 卷三 · 后记⟧</div>
<h2>{T}</h2>
<p class="m">⟦m 字数 487 · 阅读 329⟧</p>
{BODY}
<p class="nav">⟦l 上一篇：我的第一只无液气压计⟧ ⟦l 下一篇：晴雨表上的“变”字⟧</p>
<p class="ft">⟦d 晴雨集文字归作者所有，未经同意请勿转载⟧</p>
</body></html>
""",
        body="""
上个月，一位老先生抱着一只黄铜外壳的无液气压计来找我，说是他父亲留下的，指针已经不动好些年了。
拆开后盖，里面的真空膜盒完好，问题出在传动链条上：细如发丝的链条断了，游丝也锈住了。
我用了整整三个晚上，先给游丝除锈，再从一只废表里找到长度合适的链条，一节一节地接上。
当指针终于随着气压轻轻摆动，停在“晴”字附近时，老先生在电话那头半天没说话。
修理这些老物件，修的是机件，留住的是一家人的记忆。
2026年2月14日　于桐巷小铺
""",
    ),
    dict(
        slug="dangjian-yizhan-courier-party-speech-text",
        site="禾城两新党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.hechengliangxin.example.cn/dydt/2026/0630/552.html",
        title="在快递驿站联合党支部成立大会上的讲话",
        record_title="在快递驿站联合党支部成立大会上的讲话_支部动态_禾城两新党建网",
        date="2026-06-28",
        notes="Party-building page as text: _column_site title; speaker and date under the title (neutral); the page's own date line differs (the speech date expected, the page date also accepted); 'learning points' prompt",
        date_also=["2026-06-30"],
        page="""
!m 禾城两新党建网
!m 首页 - 支部动态 - 正文
{T}
!m 2026-06-30　来源：区委社会工作部　【字号 大 中 小】
区委社会工作部部长　晏秋林
（2026年6月28日）
{BODY}
!a 学习积分+2　点击“已学习”完成打卡
!l 上一篇：外卖骑手“暖心驿站”挂牌运行
!m 禾城区委社会工作部主办
""",
        body="""
同志们：
今天，全区快递驿站联合党支部正式成立了，这是我区加强新就业群体党建工作的一件大事。
快递驿站点多、面广、人员流动性大，过去不少党员快递员长期“找不到组织”。联合党支部成立后，要做到党员有家、活动有地、服务有人。
希望支部一班人把驿站变成党员亮身份的阵地、为群众办实事的窗口，在投递高峰期、恶劣天气时冲在前面。
区委社会工作部将为支部提供阵地建设和活动经费保障。谢谢大家！
""",
    ),
]
