"""holdout158, part C: micro-carving (微雕) studios, workshops and exhibitions. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="anthology-microcarver-essay-nodate",
        site="《芥子集》个人文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://www.jiezi-ji.cn.invalid/wenji/juan2/17.html",
        title="在米粒上刻字的三十年",
        record_title="《芥子集》卷二·第17篇｜在米粒上刻字的三十年",
        date=None,
        notes="a collection's chapter page: no date (a 写于 year line is not a date); prev/next chapter links",
        page="""
!m 芥子集 · 一位微雕艺人的手记
!m 目录 > 卷二 手艺人的日子
!t 《芥子集》卷二·第17篇｜在米粒上刻字的三十年
!m 字数：612　更新于 2023年
{BODY}
!l ← 上一篇：师父的放大镜　　下一篇：一根头发丝的宽度 →
!l 返回目录
!d 本文集文字归作者所有，未经同意请勿转载。
""",
        body="""
第一次在米粒上刻字，是十九岁那年。师父递给我一粒泡过水的糯米和一把磨得极细的钢针，说：“先刻一个‘人’字。”我刻了一个下午，米粒碎了七颗。
后来才知道，微雕靠的不是眼睛，而是手感和呼吸。下刀的时候要屏住气，在两次心跳之间落针。
三十年过去了，我在米粒、头发和象牙片上刻过诗词、地图和佛经，最得意的是一粒米上的《静夜思》，二十个字，不用放大镜看不出一笔。
如今眼睛花了，刻得越来越慢。但每当有年轻人来问这门手艺，我还是会先递给他一粒米。
""",
    ),
    dict(
        slug="partybuilding-heritage-branch-microcarving-lecture",
        site="瑷川先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.aichuanxf.gov.cn.invalid/dkjt/202507/t20250703_7731.html",
        title="在非遗工坊党支部“匠心向党”主题党日活动上的讲话",
        record_title="【支部风采】在非遗工坊党支部“匠心向党”主题党日活动上的讲话",
        date="2025-07-01",
        notes="speech: date under the title in Chinese numerals; speaker line neutral; Party site chrome",
        page="""
<html><head><meta charset="utf-8"><title>瑷川先锋网</title></head><body>
<div class="top">⟦m 瑷川先锋网 中共瑷川县委组织部主办⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 支部风采⟧ ⟦m 党课讲堂⟧ ⟦m 先锋模范⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt; 支部风采⟧</div>
<h1>{T}</h1>
<p class="sp">县文化馆非遗工坊党支部书记　冯砚秋</p>
<p class="dt">（二〇二五年七月一日）</p>
{BODY}
<div class="bt">⟦a 【打印文章】⟧ ⟦a 【关闭窗口】⟧ ⟦l 【分享到朋友圈】⟧</div>
<div class="ft">⟦m 主办：中共瑷川县委组织部　承办：县党员教育中心⟧<br>⟦m 浙公网安备 33092102000187号⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日，我们在微雕工作室开展“匠心向党”主题党日活动，很有意义。
微雕讲究“心细如发、手稳如山”，这和我们党员干部做工作是一个道理。心细，就是要把群众的小事当成大事；手稳，就是要守得住底线、经得起考验。
支部七名党员中有四名是微雕、核雕传承人。希望大家把党员身份亮出来，带好徒弟、办好工坊，让老手艺在新时代焕发新的光彩。
""",
    ),
    dict(
        slug="download-microcarving-exhibition-plan-oldtable",
        site="华夏文档下载站 (invented)",
        style="资料下载站",
        genre="活动方案",
        kind="plan",
        form="html",
        source="http://www.hxwdxz.com.invalid/soft/40782.html",
        title="县博物馆“方寸乾坤”微雕艺术展布展方案",
        record_title="县博物馆“方寸乾坤”微雕艺术展布展方案.doc下载",
        date="2025-03-03",
        notes="old table layout download page: file-info table, mirror links, dead-link report; schedule table kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>县博物馆“方寸乾坤”微雕艺术展布展方案.doc下载</title></head>
<body bgcolor="#ffffff">
<table width="900"><tr><td>⟦m 华夏文档下载站⟧</td><td>⟦m 最新更新⟧ | ⟦m 下载排行⟧ | ⟦m 文档分类⟧</td></tr></table>
<table width="900" border="1"><tr><td>⟦m 文件大小：48KB⟧</td><td>⟦m 文件格式：doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-10⟧</td><td>⟦m 下载次数：386⟧</td></tr></table>
<h3>{T}</h3>
<p>⟦m 内容简介：⟧</p>
{BODY}
<table width="900"><tr><td>⟦a 本地下载一⟧</td><td>⟦a 电信下载⟧</td><td>⟦a 联通下载⟧</td></tr></table>
<p>⟦a 下载出错？点此报告死链⟧</p>
<p>⟦d 本站资源均收集于网络，仅供学习研究，请于下载后24小时内删除。⟧</p>
</body></html>
""",
        body="""
为展示本县微雕艺术成果，县博物馆定于2025年4月举办“方寸乾坤”微雕艺术展。为做好布展工作，特制定本方案。
一、展览规模：展出作品86件，分为米雕、发雕、核雕、竹木微刻四个单元。
二、布展进度：
阶段　时间　负责部门
作品征集与遴选　3月5日—3月20日　陈列部
展柜及放大镜安装　3月21日—3月31日　保管部
灯光调试与试展　4月1日—4月5日　办公室
三、安全要求：每件展品配备专用恒温展柜和高倍观察镜，展厅实行双人值守。
县博物馆
2025年3月3日
""",
    ),
    dict(
        slug="snapshot-museum-microcarving-opening-notice",
        site="搜索快照 · 玙城市美术馆 (invented)",
        style="搜索快照",
        genre="公告",
        kind="announcement",
        form="text",
        source="http://cache.soukuai.com.invalid/c?u=http%3A%2F%2Fwww.ycmsg.org%2Fzl%2F2025%2F0920.html",
        title="“毫末之间”微雕作品展开幕公告",
        record_title="“毫末之间”微雕作品展开幕公告 - 快照",
        date="2025-09-20",
        notes="search snapshot frame: snapshot notice and crawl time are chrome; the notice's own 开放时间/咨询电话 kept",
        page="""
!d 这是 http://www.ycmsg.org/zl/2025/0920.html 的快照，是网页在 2025年10月2日 03:11 的存档。当前页面可能已经更改。
!a 点击查看当前页面 | 仅显示文字版本
!m 您搜索的关键词已高亮：微雕 展览
!m 玙城市美术馆 > 展览资讯
{T}
{BODY}
!l 相关展览：玙城当代版画邀请展 | 青年陶艺作品展
!m 玙城市美术馆 版权所有
""",
        body="""
由玙城市美术馆、市工艺美术学会联合主办的“毫末之间”微雕作品展将于9月26日开幕，展期至11月30日。
本次展览汇集全国22位微雕艺术家的作品130余件，其中在一根头发上刻写的《兰亭序》节选为首次公开展出。
开放时间：周二至周日9:00—17:00（16:30停止入场），周一闭馆。
展厅提供免费放大镜借用，观众请勿触摸展柜玻璃。
咨询电话：0771-5230086
玙城市美术馆
2025年9月20日
""",
    ),
    dict(
        slug="lawfirm-microcarving-copyright-tip",
        site="璘川衡平律师事务所 (invented)",
        style="律所网站",
        genre="法律提示",
        kind="article",
        form="html",
        source="https://www.hengpinglaw.cn.invalid/article/2025/1106.html",
        title="微雕作品也受著作权保护——给手工艺人的五点法律提示",
        record_title="律师说法丨微雕作品也受著作权保护——给手工艺人的五点法律提示",
        date="2025-05-16",
        notes="law firm: consult box and lawyer contact prompts are chrome; disclaimer; byline date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>律师说法丨微雕作品也受著作权保护——给手工艺人的五点法律提示</title></head><body>
<div class="h">⟦m 衡平律师事务所 HENGPING LAW FIRM⟧ ⟦w 免费法律咨询：0551-63820717⟧</div>
<div class="n">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 律所观点⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 作者：钟明哲 律师　发布于 2025-05-16⟧</div>
{BODY}
<div class="box">⟦w 遇到知识产权纠纷？扫码添加律师微信，一对一解答⟧</div>
<div class="disc">⟦d 本文仅为一般性法律信息分享，不构成对具体案件的法律意见。⟧</div>
<div class="f">⟦m 地址：璘川市政务区怀宁路1688号　皖ICP备16011882号⟧</div>
</body></html>
""",
        body="""
近年来，我们接到多起微雕艺人的咨询：自己的作品被他人拍照后复制售卖，能不能维权？答案是肯定的。
一、微雕作品属于美术作品，作品完成时即自动产生著作权，无需登记。
二、建议保留创作底稿、过程照片和视频，必要时办理作品登记，便于日后举证。
三、在网上展示作品时，可以添加署名和水印，并在店铺页面注明“禁止仿制”。
四、发现侵权后，应及时对侵权商品页面进行公证保全，再通过协商、投诉或诉讼维权。
五、收徒传艺时，应书面约定作品权属和使用范围，避免日后纠纷。
""",
    ),
    dict(
        slug="netdisk-microcarving-camp-summary",
        site="云舱网盘分享 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.yuncang.cn.invalid/s/1xQ7mRw2Lp",
        title="2025年青少年微雕研习营工作总结",
        record_title="2025年青少年微雕研习营工作总结.docx",
        date="2025-08-25",
        notes="cloud-drive preview: file-name title; save/download buttons and expiry notice are chrome",
        page="""
!m 云舱网盘 | 安全存储 极速分享
!m 分享者：珝溪文化站　　有效期：永久有效
!t 2025年青少年微雕研习营工作总结.docx
!m 文件大小：26.3KB　　分享时间：2025-08-27 10:02
!a 保存到我的网盘　　下载（28.6KB）　　举报
{BODY}
!a 预览仅显示部分格式，下载后可查看完整文档
!d 请勿分享违法违规内容，一经发现将依法封禁账号。
""",
        body="""
7月14日至8月15日，珝溪镇文化站联合县工艺美术协会举办2025年青少年微雕研习营，共招收10至16岁学员32名，分两期进行。
研习营邀请4名县级微雕传承人授课，学员学习了磨刀、握刀、米雕和核雕基础技法，共完成作品96件，其中12件入选县青少年艺术展。
活动中发现部分学员用眼时间偏长。下一届将每40分钟安排一次远眺休息，并控制每日刻制时长。
珝溪镇文化站
2025年8月25日
""",
    ),
    dict(
        slug="intranet-crafts-factory-workshop-safety-minutes",
        site="瑆原工艺品厂 OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.xygyp.local.invalid/doc/view?id=20250611003",
        title="微雕车间安全生产专题会议纪要",
        record_title="内部文件-微雕车间安全生产专题会议纪要",
        date="2025-06-11",
        notes="intranet document view: flow record and read count are chrome; minutes lines and a numbered list kept",
        page="""
!m 瑆原工艺品厂协同办公平台
!m 公文管理 > 收文 > 会议纪要
!t 内部文件-微雕车间安全生产专题会议纪要
!m 拟稿：生产部 邢蕾　　签发：副厂长 武向东　　已读：37人
{BODY}
!l 流转记录：2025-06-11 16:20 生产部 拟稿 → 2025-06-12 09:03 办公室 核稿 → 2025-06-12 10:41 厂领导 签发
!a 导出PDF　|　打印　|　标记已读
!d 内部资料 注意保密
""",
        body="""
时间：2025年6月10日上午9:00
地点：厂部二楼小会议室
主持：副厂长 武向东
参会：生产部、安全科、微雕车间全体班组长
会议议定以下事项：
1.微雕车间照明亮度统一提升至750勒克斯以上，6月底前完成灯具更换。
2.刻刀、钢针实行“一人一盒、下班归还”，由班组长每日清点。
3.车间每日上午、下午各安排一次15分钟工间休息，做眼保健操。
4.抛光区加装局部排风装置，员工须佩戴防尘口罩。
生产部
2025年6月11日
""",
    ),
    dict(
        slug="hospital-eye-clinic-craftsmen-screening",
        site="璐口市眼科医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lkeye.cn.invalid/yyxw/2025/0312/1503.html",
        title="关于为微雕及精细手工从业人员开展免费视功能筛查的通知",
        record_title="关于为微雕及精细手工从业人员开展免费视功能筛查的通知-璐口市眼科医院",
        date="2025-03-12",
        notes="hospital: 预约挂号 and 24-hour lines are chrome; the department's own 咨询电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于为微雕及精细手工从业人员开展免费视功能筛查的通知-璐口市眼科医院</title></head><body>
<div class="tp">⟦m 璐口市眼科医院 三级专科医院⟧ ⟦w 预约挂号：0577-88116120⟧ ⟦w 24小时急诊：0577-88116999⟧</div>
<div class="nv">⟦m 医院概况⟧ ⟦m 就医指南⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 健康科普⟧</div>
<h1>{T}</h1>
<div class="m">⟦m 发布时间：2025-03-12　点击数：934⟧</div>
{BODY}
<div class="s">⟦a 关注医院服务号，在线预约更便捷⟧</div>
<div class="f">⟦m 院址：璐口市鹿城区府前街270号⟧<br>⟦d 本网站信息仅供参考，不能替代医生面诊。⟧</div>
</body></html>
""",
        body="""
微雕、刺绣、钟表维修等精细手工从业人员长期近距离用眼，容易出现视疲劳、老花提前和干眼等问题。为此，我院视光中心决定于3月20日至4月20日开展免费视功能筛查。
筛查项目：视力、屈光度、调节功能、眼表检查。
筛查地点：门诊楼三楼视光中心。
预约方式：请携带身份证和从业证明，提前一天拨打视光中心咨询电话0577-88116352预约，每日限40人。
""",
    ),
    dict(
        slug="localforum-microcarving-market-post",
        site="琲阳生活圈论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://bbs.beiyangshq.com.invalid/thread-52190-1-1.html",
        title="老街微雕摊搬进非遗展销中心了，附开放时间",
        record_title="老街微雕摊搬进非遗展销中心了，附开放时间 - 琲阳身边事 - 琲阳生活圈",
        date="2025-10-08",
        notes="local forum: post time is the page's date; signature line and floor replies are chrome",
        page="""
!m 琲阳生活圈 › 琲阳身边事
!t 老街微雕摊搬进非遗展销中心了，附开放时间
!m 楼主：老街溜达 发表于 2025-10-08 19:37 | 查看 3027 | 回复 41
{BODY}
!m ——————签名：家住老街四十年，爱拍老街的一切——————
!l 沙发 米粒儿：前两天刚去过，刘师傅还在！
!l 板凳 阿坤：周末带娃去看看
!a 快速回复 | 返回列表
!m 琲阳生活圈 · 本地人的网上家园
""",
        body="""
跟大家说一声，以前在老街口摆摊刻米粒、刻核桃的那几位微雕师傅，这个月起都搬进了新开的非遗展销中心，就在老街东头原粮站的位置。
我昨天去转了一圈，一楼是微雕、糖塑和竹编，二楼有体验课，小朋友可以跟师傅学刻简单的字。
开放时间是每天上午9点到晚上8点半，周一上午闭馆。门口有停车位，但节假日比较紧张，建议坐公交到老街站下车。
""",
    ),
    dict(
        slug="fanwen-oldtable-heritage-inheritor-report",
        site="好范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://www.haofanwen.cc.invalid/shuzhi/fy/9917.asp",
        title="县级非遗微雕项目代表性传承人年度履职报告",
        record_title="县级非遗微雕项目代表性传承人年度履职报告（通用2篇）_好范文网",
        date="2024-12-20",
        notes="old ASP table layout: marquee, visitor counter, font-size row, floating QQ box",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>县级非遗微雕项目代表性传承人年度履职报告（通用2篇）_好范文网</title></head>
<body>
<table width="980"><tr><td>⟦m 好范文网 www.haofanwen.cc⟧</td><td><marquee>⟦m 欢迎光临好范文网，本站每日更新范文300篇！⟧</marquee></td></tr></table>
<table width="980"><tr><td>⟦m 首页⟧ | ⟦m 述职报告⟧ | ⟦m 工作总结⟧ | ⟦m 心得体会⟧ | ⟦m 讲话稿⟧</td></tr></table>
<table width="980"><tr><td width="700">
<h2>{T}</h2>
<div>⟦a 【阅读字号：大 中 小】⟧ ⟦m 时间：2025-01-02⟧</div>
{BODY}
<div>⟦l 上一篇：非遗工作站年度工作总结⟧</div><div>⟦l 下一篇：文化馆馆长述职报告⟧</div>
</td><td width="280">⟦l 热门范文排行⟧<br>⟦l 1.村支书述职报告⟧<br>⟦l 2.教师年度考核个人总结⟧</td></tr></table>
<div style="position:fixed;right:0">⟦w 代写咨询QQ：2207913551⟧</div>
<table width="980"><tr><td>⟦m 您是第 0713522 位访客⟧　⟦m 粤ICP备13062241号⟧</td></tr></table>
</body></html>
""",
        date_also=["2025-01-02"],
        body="""
本人是县级非物质文化遗产代表性项目“玎州微雕”的代表性传承人。现将2024年度履职情况报告如下。
一、开展传承活动。全年带徒5名，授课120课时，其中2名学徒已能独立完成核雕作品。
二、参与展示宣传。参加省非遗博览会等展示活动6次，到中小学开展非遗进校园活动8场。
三、整理技艺资料。完成微雕工具制作和刻制技法图文资料3万余字，拍摄教学视频12段。
下一年度，本人将继续做好带徒授艺工作，争取培养1至2名市级传承人后备人选。
报告人：樊素心
2024年12月20日
""",
    ),
]
