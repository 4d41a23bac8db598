"""holdout18, part C: news, accounts, blogs, collections and forums of kinds no earlier part names
(a NetEase-hao-like self-media page, a Kuaishou-like transcript page, an audiobook app's text, a
QR 活码 landing page, a party-member app, a courier association's account, a taxi company's
account, a primary-school teacher's blog, a retired judge's collection, an exam-forum check-in
thread, a kindergarten district's education portal). Invented text; see ../README.md."""

CASES = [
    dict(
        slug="news-zimeiti-commentary-html-follow",
        site="翼号自媒体平台 (invented)",
        style="新闻门户",
        genre="评论",
        kind="news",
        form="html",
        source="https://www.yihao.example.com/dy/article/K2F8Q1.html",
        title="基层减负，要减的是形式主义而不是责任",
        record_title="基层减负，要减的是形式主义而不是责任|翼号",
        date="2025-05-09",
        notes="self-media page: account card with follow button, 本文来自 notice, 举报 link, 热搜 box; 发布时间-like line with a place",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>基层减负，要减的是形式主义而不是责任|翼号</title></head><body>
<div class="top">⟦m 翼号 · 让好内容被看见⟧<a>⟦a 登录　下载翼号APP⟧</a></div>
<article><h1>{T}</h1>
<div class="author">⟦m 笔耕南山　2025-05-09 08:15:32　湖南⟧<button>⟦a ＋关注⟧</button></div>
{BODY}
<p class="state">⟦d 本文来自翼号作者，不代表翼号平台的观点和立场⟧</p>
<p>⟦a 举报　赞 86　在看⟧</p>
</article>
<aside><h4>⟦l 24小时热榜⟧</h4><ol><li>⟦l 多地出台公务员减负新举措⟧</li><li>⟦l 基层干部的一天⟧</li></ol></aside>
<footer>⟦m 翼号平台 京ICP证110235号⟧</footer>
</body></html>
""",
        body="""
近年来，为基层减负的文件一个接一个，但一些地方的填表报数、督查检查仍然不少。
减负不是减责任，而是把干部从无谓的“痕迹”中解放出来，把时间和精力还给群众。
要坚决纠正以会议落实会议、以文件落实文件的做法，对考核指标做减法，对服务群众做加法。
只有让基层干部轻装上阵，才能真正把政策的“最后一公里”走实走好。
""",
    ),
    dict(
        slug="shortvideo-kuaiyin-speech-transcript",
        site="快音短视频 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.kuaiyin.example.com/short-video/3x9kq2m",
        title="在乡村振兴擂台赛颁奖仪式上的讲话",
        record_title="在乡村振兴擂台赛颁奖仪式上的讲话 #乡村振兴 #基层干部",
        date=None,
        notes="short-video transcript page: hashtag-decorated record title; 字幕 line; 双击点赞; 作品 counts; no date (relative time 2天前)",
        page="""
!m 快音 · 记录世界 记录你
!m @青禾镇融媒　2天前 · 浙江
!t 在乡村振兴擂台赛颁奖仪式上的讲话 #乡村振兴 #基层干部
!m 以下为视频字幕整理：
{BODY}
!a ❤ 1.3万　💬 488　⭐ 收藏　↪ 分享
!a 打开快音APP，看更多精彩视频
!l 大家都在搜：乡村振兴擂台赛 主持词
""",
        body="""
各位乡亲们、朋友们：
经过三个月的激烈比拼，今年的乡村振兴擂台赛圆满落下帷幕。
在这次比赛中，各村比产业、比环境、比治理，涌现出一大批看得见、摸得着的好项目。
获奖的村要戒骄戒躁，再接再厉；暂时落后的村要找准差距，奋起直追。
希望大家撸起袖子加油干，让我们的家乡越来越美、日子越来越红火！
""",
    ),
    dict(
        slug="wechat-kuaidi-pledge-html-mirror",
        site="沅州快递行业协会公众号 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="pledge",
        form="html",
        source="https://wxmirror.example.net/s/yzkdxh_20251107",
        title="致全市快递从业人员的安全生产倡议书",
        record_title="致全市快递从业人员的安全生产倡议书",
        date="2025-11-07",
        notes="WeChat-style mirror: account name line with time, 阅读原文, 点赞/在看, 长按识别 prompt; 倡议 date as 成文日期; the pledge's own 扫码 sentence kept",
        p_html='<section style="margin:8px 0;"><p><span style="font-size:15px;">{}</span></p></section>',
        page="""
<html><head><meta charset="utf-8"><title>致全市快递从业人员的安全生产倡议书</title></head><body>
<div class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="meta">⟦m 沅州快递行业协会　2025年11月07日 18:02　湖南⟧</div>
{BODY}
<p>⟦a 长按识别下方二维码，关注“沅州快递协会”⟧</p>
<p>⟦m 编辑 | 黄诗琪　审核 | 罗振宇⟧</p>
<p>⟦a 阅读原文　分享　收藏　点赞　在看⟧</p>
</div>
<div class="mirror-foot">⟦d 本页由镜像站自动抓取，内容版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
全市快递从业人员：
“双十一”业务高峰已经到来，快递业务量将迎来爆发式增长，安全生产压力明显加大。
为此，市快递行业协会向全体从业人员发出如下倡议：
一、严格落实收寄验视、实名收寄、过机安检三项制度，坚决防止禁寄物品进入寄递渠道。
二、规范电动三轮车使用，不超速、不逆行、不闯红灯，做到安全投递。
三、关爱自身健康，合理安排作息，遇到困难及时向企业和协会反映。
扫描协会公众号菜单中的“小哥驿站”二维码，即可查询全市爱心驿站位置。
沅州市快递行业协会
2025年11月7日
""",
    ),
    dict(
        slug="audiobook-tingshu-insight-chapter",
        site="听书坊 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://www.tingshufang.example.com/album/5520/track/17.html",
        title="读《乡土中国》有感",
        record_title="第17集｜读《乡土中国》有感",
        date=None,
        notes="audiobook page with the text under the player: 播放 row, 文稿 label, 上一集/下一集, album subscribe; decorated title with 第17集｜",
        page="""
!m 听书坊 › 专辑：机关干部读书笔记
!t 第17集｜读《乡土中国》有感
!a ▶ 播放　00:00 / 08:46　倍速 1.0x
!m 主播：晨读的老周　播放 3.1万
!m 【文稿】
{BODY}
!l ◀ 上一集：读《之江新语》有感
!l 下一集：读《习惯的力量》有感 ▶
!a 订阅专辑，更新第一时间提醒
""",
        body="""
最近利用业余时间重读了费孝通先生的《乡土中国》，对“差序格局”“礼治秩序”等概念有了更深的理解。
书中说，乡土社会是一个熟人社会，人们靠的是经验和信任，而不是条文和契约。
作为一名在乡镇工作多年的干部，我深感今天做群众工作，既要讲法治，也要懂人情，要善于运用乡贤、村规民约等力量。
读书的意义，在于把书中的道理和脚下的土地联系起来。
""",
    ),
    dict(
        slug="qrcode-huoma-notice-landing",
        site="码上通活码 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://h5.mashangtong.example.cn/q/A8sk2L",
        title="关于开展2025年度城乡居民医保集中缴费的通知",
        record_title=None,
        date="2025-09-01",
        notes="QR 活码 landing page: 扫码次数, 由码上通生成, 我也要做活码 prompt; the notice's own 扫码缴费 sentences kept; 缴费 hotline kept",
        page="""
!m 码上通 · 活码内容页
!m 本码已被扫描 12,806 次
{T}
{BODY}
!a 我也要制作活码 >
!d 本页面由码上通用户自行编辑生成，码上通不对内容真实性负责
!m 举报投诉：kefu@mashangtong.example.cn
""",
        body="""
各位村（居）民：
2026年度城乡居民基本医疗保险集中缴费期为2025年9月1日至12月31日，个人缴费标准为每人每年400元。
缴费方式：一是打开“澄江税务”微信公众号，进入社保缴费模块扫码缴费；二是到村（社区）便民服务站现场缴费。
特困人员、低保对象等困难群众个人缴费部分由财政按规定资助。
咨询电话：0735-12366（税务）、0735-2218820（医保）。
蓼原镇医疗保障服务站
2025年9月1日
""",
    ),
    dict(
        slug="dangyuan-app-lecture-html",
        site="先锋e家党员APP (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.xianfengejia.example.cn/share/lesson?id=66021",
        title="坚定理想信念 做新时代合格党员——在七一专题党课上的讲稿",
        record_title="【微党课】坚定理想信念 做新时代合格党员——在七一专题党课上的讲稿",
        date="2025-06-30",
        notes="party-member app share: 学习积分 prompt, 学习时长 line, 打开APP banner; speaker line neutral; date under the title",
        page="""
<html><head><meta charset="utf-8"><title>先锋e家</title></head><body>
<div class="banner">⟦a 打开先锋e家APP，学习可得积分⟧</div>
<h1>⟦t 【微党课】坚定理想信念 做新时代合格党员——在七一专题党课上的讲稿⟧</h1>
<p>县交通运输局党组书记　彭建军</p>
<p>（2025年6月30日）</p>
<div class="stat">⟦m 已有 2,319 名党员学习　预计学习时长 12 分钟⟧</div>
{BODY}
<div class="done">⟦a 完成学习 +1积分⟧</div>
<div class="cmt">⟦l 学习心得（36）　写心得⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日前夕，我以“坚定理想信念”为题，和大家一起上一堂专题党课。
第一，理想信念是共产党人精神上的“钙”。没有理想信念，或者理想信念不坚定，精神上就会“缺钙”。
第二，要在学思践悟中坚定理想信念。全局党员要坚持读原著、学原文、悟原理，做到学而信、学而行。
第三，要在岗位实践中践行初心使命。交通人的初心，就是让群众出行更安全、更便捷。
同志们，让我们以更加昂扬的姿态，为建设交通强县贡献力量！
""",
    ),
    dict(
        slug="blog-xiaoyu-teacher-summary-wrapped",
        site="小雨老师的博客 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://blog.jiaoyun.example.net/u/xiaoyu/archives/2025/01/412.html",
        title="2024学年第一学期班主任工作总结",
        record_title="2024学年第一学期班主任工作总结 - 小雨老师的博客 - 教云博客",
        date="2025-01-17",
        notes="hard-wrapped at 58 columns; blog: posted line with weekday, 分类/标签 line, 阅读(…) 评论(…), archive box; 成文日期 at the end",
        indent="    ",
        wrap=58,
        page="""
!m 小雨老师的博客 —— 做一个温暖的教书人
!t 2024学年第一学期班主任工作总结
!m 发表于 2025-01-17 星期五 21:05 | 分类：班级管理
{BODY}
!m 阅读(341) | 评论(9) | 标签：班主任 总结 三年级
!l « 寒假致家长的一封信 | 新学期班级公约 »
!l 博客归档：2025年1月(3) 2024年12月(5)
!d 本博客文章为原创，转载请注明出处。
""",
        body="""
本学期我担任三年级（2）班班主任，班级共有学生46人。在学校德育处的指导下，我坚持以养成教育为抓手，较好完成了班级管理各项任务。
一是抓好习惯养成。开学初与学生共同制定班级公约，每周评选“文明小标兵”，学生的课堂纪律和卫生习惯明显好转。
二是加强家校沟通。全学期开展家访18户，召开家长会两次，及时回应家长关切。
三是关注特殊学生。对两名学习困难学生制定帮扶计划，安排“小老师”结对，期末成绩均有明显提高。
下学期，我将在培养学生自主管理能力方面多下功夫。
三年级（2）班　许小雨
2025年1月17日
""",
    ),
    dict(
        slug="anthology-laofaguan-essay-collection",
        site="退休法官札记 (invented)",
        style="个人文集",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.laofaguanzj.example.com/wenji/juan3/07.html",
        title="关于农村土地承包纠纷多元化解的几点思考",
        record_title="文集·卷三之七｜关于农村土地承包纠纷多元化解的几点思考",
        date=None,
        notes="a retired judge's collection: 卷 navigation, 写于 year line (a year only), 字数 count, 转载须联系 notice; numbered headings",
        page="""
!m 退休法官札记 · 一位基层法官的三十年
!m 目录 ＞ 卷三 调研文稿 ＞ 第七篇
!t 关于农村土地承包纠纷多元化解的几点思考
!m 全文约1100字　写于2019年春
{BODY}
!d 文集内容系作者个人观点，转载须联系作者本人同意。
!l ← 卷三之六　｜　卷三之八 →
!l 留言板（共4条留言）
""",
        body="""
农村土地承包纠纷具有涉及面广、历史遗留问题多、矛盾易激化等特点，单靠诉讼难以实现案结事了。
（一）发挥村组调解的第一道防线作用。多数纠纷源于地界不清、口头协议，村组干部熟悉情况，调解往往事半功倍。
（二）用好农村土地承包仲裁。仲裁程序简便、不收费，应当加大宣传，引导群众优先选择。
（三）健全诉调对接机制。法院可在乡镇设立巡回审判点，对调解协议依法予以司法确认。
化解土地纠纷，关键在于把矛盾解决在基层、化解在萌芽状态。
""",
    ),
    dict(
        slug="gkforum-daka-insight-floors-html",
        site="上岸吧公考社区 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://bbs.shanganba.example.com/t/220917",
        title="遴选笔试经验分享：材料题要读懂“机关语境”",
        record_title="遴选笔试经验分享：材料题要读懂“机关语境”-上岸吧公考社区",
        date="2025-03-02",
        notes="Discuz-like forum with jammer fonts; 发表于 the post date; signature; reply floors; 打卡 prompt; 楼主 badge",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>遴选笔试经验分享：材料题要读懂“机关语境”-上岸吧公考社区</title></head><body>
<div id="hd">⟦m 上岸吧公考社区 - 一起上岸⟧<span>⟦a 登录 | 立即注册 | 找回密码⟧</span></div>
<div id="pt">⟦m 上岸吧 › 遴选选调 › 经验交流⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 楼主　岸边的风　帖子 312　积分 1980⟧</td>
<td class="plc"><h1>{T}</h1><div class="authi">⟦m 发表于 2025-3-2 22:10:45⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 签名：备考三年，今年必上岸⟧</div></td></tr></table>
<div>⟦l 沙发　考公的小陈　发表于 2025-3-3：感谢楼主，收藏了⟧</div>
<div>⟦a 每日打卡领积分，积分可兑换课程⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        body="""
去年参加了省直机关遴选考试，笔试成绩排名第三，分享一点心得。
遴选考试与公务员考试最大的不同在于，题目往往以机关工作的真实场景为背景，要求考生站在机关干部的角度思考问题。
第一，读材料时要注意领导批示、会议要求等关键信息，这些往往就是答题的方向。
第二，公文写作题要格式规范、语言精练，切忌写成议论文。
第三，平时要多读本省党报和政府工作报告，熟悉机关的表达方式。
祝大家都能顺利上岸！
""",
    ),
    dict(
        slug="edu-youeryuan-notice-district-portal",
        site="芷溪区学前教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xqjy.zhixi.example.edu.cn/tzgg/2025/0512/301.html",
        title="关于2025年秋季公办幼儿园招生工作的通知",
        record_title="关于2025年秋季公办幼儿园招生工作的通知",
        record_date="2025-05-12",
        date="2025-05-12",
        notes="an education portal; the notice names its own 报名网址 and 咨询电话; 附件 list; 文号 neutral",
        indent="\u3000\u3000",
        page="""
!m 芷溪区学前教育网
!m 首页 > 通知公告
!t 关于2025年秋季公办幼儿园招生工作的通知
芷教发〔2025〕33号
{BODY}
!m 【作者：区教育局学前科】【点击数：7716】【录入时间：2025-05-12】
!a 【加入收藏】【打印文章】
!l 上一篇：区教育局关于开展学前教育宣传月活动的通知
""",
        body="""
各公办幼儿园、各街道办事处：
为做好我区2025年秋季公办幼儿园招生工作，现将有关事项通知如下。
一、招生对象：2019年9月1日至2022年8月31日出生、具有本区户籍或持有本区居住证的适龄儿童。
二、报名方式：家长可登录芷溪区学前教育招生平台（https://zs.zhixi.example.edu.cn）进行网上报名，报名时间为6月3日至6月10日。
三、录取办法：按照“划片招生、就近入园”原则录取，报名人数超过计划数的，由片区内幼儿园公开摇号。
附件：1.芷溪区公办幼儿园招生片区划分表
2.2025年秋季公办幼儿园招生计划表
咨询电话：0735-6120331。
芷溪区教育局
2025年5月12日
""",
    ),
    dict(
        slug="forum-taxi-notice-local-junk",
        site="榆城生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yuchenglife.example.com/forum.php?mod=viewthread&tid=558712",
        title="关于出租汽车驾驶员从业资格年度考核的通知",
        record_title="出租车师傅看过来！关于出租汽车驾驶员从业资格年度考核的通知",
        date="2025-02-26",
        notes="a county life forum reposts a taxi company's notice: junk lines and glued junk; 本帖最后由 … 编辑 line; 回复可见 prompt",
        junk=dict(lines=2, glued=2),
        page="""
!m 榆城生活网 » 交通出行 » 的哥的姐
!t 出租车师傅看过来！关于出租汽车驾驶员从业资格年度考核的通知
!m 本帖最后由 榆城老司机 于 2025-2-27 08:14 编辑
{BODY}
!a 回复本帖可查看考核题库下载地址
!l 收藏(21)　分享　支持(8)　反对
!m 榆城生活网 — 本地人的网上家园
""",
        body="""
各位驾驶员：
根据市交通运输局统一安排，2025年度出租汽车驾驶员从业资格年度考核工作于3月1日开始。
请各位驾驶员于3月31日前携带从业资格证、驾驶证到公司安全科参加考核，考核内容包括安全行车、服务规范和投诉处理情况。
年度内有重大服务投诉或交通违法记分满12分的，考核等次为不合格。
榆城顺达出租汽车有限公司
2025年2月26日
""",
    ),
    dict(
        slug="news-dianshibao-report-html-short-blocks",
        site="青樾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qingyuenews.example.com/local/2025-10/22/c_881920.htm",
        title="澧口镇“小积分”撬动乡村治理“大变化”",
        record_title=None,
        date="2025-10-22",
        notes="city news portal: 来源/作者/责编 line, 字号 and 分享 rows, 纠错 link, 新闻排行 sidebar; quoted slogan in the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>青樾新闻网</title></head><body>
<div class="topbar">⟦m 青樾新闻网　权威发布 青樾之声⟧<span>⟦a 手机版　客户端下载⟧</span></div>
<div class="nav">⟦m 首页　时政　区县　民生　评论　视频⟧</div>
<h1>{T}</h1>
<div class="source">⟦m 2025-10-22 07:58　来源：青樾日报　记者 龚雨桐　通讯员 夏力⟧</div>
<div class="tool">⟦a 字号：大 中 小　|　分享到：⟧</div>
<div class="article-content">
{BODY}
</div>
<div class="editor">⟦m [责任编辑：万思远]⟧</div>
<div class="jc">⟦a 我要纠错⟧</div>
<div class="rank"><h3>⟦l 新闻排行⟧</h3><p>⟦l 全市秋粮收购进度过半⟧</p><p>⟦l 青樾至川口高速通车倒计时⟧</p></div>
<div class="foot">⟦d 未经青樾新闻网书面授权，不得转载、摘编⟧<br>⟦m 互联网新闻信息服务许可证：43120180003⟧</div>
</body></html>
""",
        body="""
“门前三包做得好，加10分；参加志愿服务一次，加5分。”在澧口镇新塘村的积分超市里，村民拿着积分卡兑换了洗衣液和大米。
去年以来，澧口镇在全镇推行乡村治理积分制，将人居环境、移风易俗、邻里和睦等内容量化为积分，积分可在超市兑换生活用品。
目前全镇已有4100余户农户参与，村内乱堆乱放现象明显减少，红白喜事大操大办得到有效遏制。
镇党委负责人表示，下一步将探索积分与信用贷款挂钩，让好习惯变成“真金白银”。
""",
    ),
]
