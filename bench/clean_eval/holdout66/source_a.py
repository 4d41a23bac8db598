"""holdout66, part A: square-dance teams (广场舞) and their noise, venues and contests. Invented text."""

CASES = [
    dict(
        slug="fanwen-bizhai-speech-square-dance-contest",
        site="笔斋范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bizhai51.com/jianghua/wenti/7731.html",
        title="在笙原县第三届广场舞展演开幕式上的致辞",
        record_title="在笙原县第三届广场舞展演开幕式上的致辞（精选）_笔斋范文",
        date="2025-05-17",
        notes="decorated title; date under the speech title; chrome between paragraphs and glued",
        page="""
!m 笔斋范文 · 材料人的小书房
!m 您在这里：笔斋 / 致辞讲话 / 文体活动致辞
{T}
!m 整理：晚樱　更新于 2025-06-02　被收藏 77 次
!a ＋收藏这篇　　⇩ 存为docx
县文体旅游局副局长　韩立秋
（2025年5月17日）
{BODY}
!l 看过本文的人还看了：
!l 社区文艺汇演开幕致辞（三篇）
!l 全民健身日启动仪式讲话
!d 本页文字由用户整理发布，如涉及版权问题请联系站务处理。
!m © 笔斋范文 bizhai51.com　湘ICP备20117345号
""",
        indent="\u3000\u3000",
        body="""
各位舞友、各位来宾：
今天，来自全县十二个乡镇的三十六支广场舞队伍齐聚滨河广场，参加第三届广场舞展演。我代表县文体旅游局，向各位参演队员表示热烈欢迎！⟦w 致辞稿量身定制，加微信 bz_wen88⟧
三年来，全县广场舞队伍从四十支发展到一百一十多支，参与群众超过六千人。大家跳出了健康，也跳出了邻里和睦。
⟦a 复制本段⟧
本届展演坚持“音量不扰民、场地不占道”，请各队伍自觉遵守。预祝展演圆满成功！
""",
    ),
    dict(
        slug="wenku-yunjuan-plan-dance-noise-markers",
        site="云卷文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yunjuan.cn/view/8f2a91c0d.html",
        title="琮溪街道广场舞噪音治理工作方案",
        record_title="琮溪街道广场舞噪音治理工作方案.docx",
        date="2024-08-30",
        notes="file-name title; page markers cut sentences; chinese-numeral date after the signature",
        page="""
!m 云卷文库
!a 本文档共3页，可预览2页　　开通会员畅读
{T}
{BODY}
!a —— 预览结束，完整版请下载后阅读 ——
!a 下载文档（8积分）
!l 相关文档：社区文体活动管理办法 | 噪声污染防治宣传提纲
!d 所有资料由用户自行上传，平台仅提供存储空间，如有侵权请提交举报。
""",
        pages=dict(fmt="〘{n}〙", every=110, start=2, glue=False),
        body="""
为化解广场舞活动与周边居民休息之间的矛盾，依据《中华人民共和国噪声污染防治法》，结合街道实际，制定本方案。
一、治理范围
辖区内滨江公园、文昌广场、粮站旧址空地等七处群众自发活动场所。
二、主要措施
1.划定活动时段，晚间活动不晚于21时。
2.为每支队伍配备分贝仪，音量控制在60分贝以内。
3.推广使用无线耳机跳舞，由街道统一采购发放。
三、工作要求
各社区要明确一名联络员，每周巡查不少于两次，发现问题及时劝导。
琮溪街道办事处
二〇二四年八月三十日
""",
    ),
    dict(
        slug="gov-yuecheng-notice-dance-venue-html",
        site="玥城县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yuecheng.gov.cn/zwgk/tzgg/202409/t20240911_51207.html",
        title="关于开放体育公园夜间广场舞活动区域的通知",
        record_title="关于开放体育公园夜间广场舞活动区域的通知-玥城县人民政府",
        date="2024-09-10",
        date_also=["2024-09-11"],
        notes="county portal with index table, font-size row; document's own contact beside the portal's hotline",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开放体育公园夜间广场舞活动区域的通知-玥城县人民政府</title>
<script src="/js/jquery.min.js"></script><script>var siteid=31;</script></head>
<body>
<div class="header"><div class="logo">⟦m 玥城县人民政府⟧</div>
<div class="links"><a href="/wza">⟦a 无障碍浏览⟧</a> <a href="/elder">⟦a 长辈版⟧</a> <a href="/en">⟦m English⟧</a></div></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进玥城⟧</li></ul>
<div class="pos">⟦m 当前位置：首页 » 政务公开 » 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索 引 号：11530427MB1C23456X/2024-00871⟧</td><td>⟦m 发布机构：县文体旅游局⟧</td></tr>
<tr><td>⟦m 生成日期：2024-09-11⟧</td><td>⟦m 主题分类：文化、广电、新闻出版⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="fontsize">⟦a 【字体：大 中 小】⟧ ⟦a 【打印此页】⟧ ⟦a 【关闭】⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="sidebar"><h3>⟦l 热点专题⟧</h3><ul><li>⟦l 全民健身在玥城⟧</li><li>⟦l 优化营商环境进行时⟧</li></ul></div>
<div class="footer">⟦m 主办：玥城县人民政府办公室　承办：县大数据中心⟧<br>⟦m 政务服务热线：12345　网站标识码：5304270012⟧<br>⟦m 滇ICP备05002871号⟧</div>
</body></html>
""",
        body="""
各乡镇（街道），县直各有关单位：
为满足群众夜间健身需求，经县人民政府同意，自2024年9月15日起，县体育公园东侧草坪外环路面开放为夜间广场舞活动区域。现将有关事项通知如下：
一、开放时间为每日19时至21时30分，雨雪天气暂停开放。
二、活动区域划分为六个片区，由各队伍向公园管理处申请使用，按月轮换。
三、音响设备须由公园统一限音，禁止自带大功率音箱。
联系人：段晓梅　联系电话：0877-5216630
玥城县文体旅游局
2024年9月10日
""",
    ),
    dict(
        slug="news-kehu-daily-dance-headphones-html",
        site="珂湖日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kehudaily.com/news/shehui/2024-10/22/content_60712.htm",
        title="戴上耳机跳广场舞 珂湖老街坊的夜晚安静了",
        record_title=None,
        date="2024-10-22",
        notes="no title in the record; byline date; photo caption between paragraphs; editor line glued after last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>戴上耳机跳广场舞 珂湖老街坊的夜晚安静了_珂湖日报网</title>
<script>window.ad_slot='top';</script></head><body>
<div id="top">⟦m 珂湖日报网 | 珂湖人的新闻客户端⟧ ⟦a 下载APP⟧</div>
<nav>⟦m 要闻 本地 社会 民生 体育 视频⟧</nav>
<h1>{T}</h1>
<div class="meta">⟦m 2024-10-22 08:15　来源：珂湖日报　记者 顾婉清⟧</div>
{BODY}
<div class="related"><h4>⟦l 延伸阅读⟧</h4><p>⟦l 社区“安静舞会”一票难求⟧</p><p>⟦l 噪音投诉今年下降四成⟧</p></div>
<div class="comment">⟦l 发表评论 已有18条评论⟧</div>
<footer>⟦d 本网所有稿件未经授权不得转载⟧ ⟦m 珂湖日报社主办⟧</footer>
</body></html>
""",
        body="""
晚上七点半，珂湖县城南的樟树广场上，五十多位阿姨随着音乐整齐起舞，可站在广场边上，几乎听不到一点声音。原来，她们每人都戴着一副无线耳机。
“以前跳舞放音响，楼上孩子写作业老是来敲窗户。”舞蹈队队长蒋桂英笑着说，“现在戴耳机，大家跳得自在，邻居也不烦了。”
⟦m 图为舞友们戴着无线耳机在樟树广场跳舞。记者 顾婉清 摄⟧
据了解，今年县文化馆为全县二十六支舞蹈队配发了无线耳机套装，下一步还将在三个乡镇推广。⟦m （编辑：邵一鸣）⟧
""",
    ),
    dict(
        slug="forum-gaoxin-dance-noise-complaint-junk",
        site="璞岭生活论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.pulingsh.com/thread-338201-1-1.html",
        title="致广场舞队伍的一封倡议书",
        record_title="[业主心声] 致广场舞队伍的一封倡议书 - 邻里杂谈 - 璞岭生活论坛",
        date="2024-06-03",
        date_also=["2024-06-04"],
        notes="forum junk; post date vs document date",
        page="""
!m 璞岭生活论坛 › 邻里杂谈 › 查看帖子
!m 楼主：南湖苑小区业委会　发表于 2024-6-4 21:07　只看该作者
!t [业主心声] 致广场舞队伍的一封倡议书
{BODY}
!l 回复 收藏 分享 举报
!l 2楼 舞友老周：支持，我们队已经把音箱换小了
!l 3楼 游客：早该这样
!m 本版版主：石头哥　今日帖数：41
""",
        junk=dict(lines=1, glued=2),
        body="""
亲爱的舞友们：
跳舞健身是好事，但小区东门空地紧挨住宅楼，晚间音乐声影响到不少住户休息，尤其是倒班职工和备考学生。为此，业委会向各支舞蹈队倡议：
一是晚上八点半以后停止播放音乐。
二是音箱摆放朝向空地中央，不对准楼栋。
三是活动结束后带走垃圾，保持场地整洁。
让我们一起做文明舞友、和睦邻居。
南湖苑小区业主委员会
2024年6月3日
""",
    ),
    dict(
        slug="blog-wuqingqing-dance-diary",
        site="青青的舞步 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://qingqingwubu.blog.example.net/2024/11/post-412.html",
        title="当了五年广场舞领队的一点体会",
        record_title="当了五年广场舞领队的一点体会 | 青青的舞步",
        date=None,
        notes="blog without date (only a relative time); tag cloud, archive; sentence about 分享/关注 kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>当了五年广场舞领队的一点体会 | 青青的舞步</title>
<link rel="stylesheet" href="/style.css"></head><body>
<header><h2>⟦m 青青的舞步⟧</h2><p>⟦m 一个瑭阳大妈的跳舞日记⟧</p></header>
<article><h1>{T}</h1>
<div class="postmeta">⟦m 3天前 · 随笔 · 阅读 265⟧</div>
{BODY}
<div class="tags">⟦l 标签：广场舞 领队 随笔⟧</div>
<div class="nav">⟦l « 上一篇：冬天去哪儿跳⟧ ⟦l 下一篇：新编的《茉莉》分解动作 »⟧</div>
</article>
<aside><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年11月 (3)⟧</li><li>⟦l 2024年10月 (5)⟧</li></ul>
<h3>⟦l 标签云⟧</h3><p>⟦l 广场舞 排练 服装 比赛 旅行⟧</p></aside>
<footer>⟦d 本博客文字未经允许请勿转载⟧ ⟦m Powered by 小站博客⟧</footer>
</body></html>
""",
        body="""
带队五年，最大的体会是：跳舞的事小，人心的事大。
第一，排队形要照顾年纪大的姐妹，把她们放在中间，不让她们追着转圈。
第二，选曲子要大家投票，不能领队一个人说了算。
第三，每次新编的动作，我都录成视频分享到队里的群，请大家关注群公告按时来排练。
第四，和小区物业、楼上邻居常打招呼，有意见先听，再商量。
""",
    ),
    dict(
        slug="wechat-kunshui-dance-team-summary-mirror",
        site="微阅镜像站 (invented)",
        style="公众号镜像",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wyjx.example.com/s/kunshui-wenhuaguan/2025012811",
        title="琨水县文化馆2024年广场舞辅导工作总结",
        record_title="琨水县文化馆2024年广场舞辅导工作总结",
        record_date="2025-01-28",
        date="2025-01-28",
        notes="record date; account line; follow/look prompts glued",
        page="""
!m 琨水文化馆　2025-01-28 17:42　发表于琨水
{T}
!m 原创　琨水文化馆　琨水文化馆
!a 点击上方蓝字，关注我们
{BODY}
!a 喜欢就点个“在看”吧
!l 往期推荐｜非遗进校园活动回顾
!l 往期推荐｜少儿美术班春季招生
!a 阅读原文
!d 本页内容为公众号文章镜像，版权归原公众号所有
""",
        body="""
2024年，县文化馆把广场舞辅导作为群众文化工作的重点，全年组织辅导员下乡辅导186场次，培训骨干队员920人次。
一、主要做法
（一）编排推广健身舞蹈。新编《琨水谣》等三套动作，录制教学视频，发放到各乡镇文化站。⟦a 长按识别二维码观看教学视频⟧
（二）建立骨干队伍。每个村（社区）培养两名骨干领舞员，形成县、乡、村三级辅导网络。
二、存在问题
部分偏远村组辅导频次偏低，男性参与人数偏少。
三、明年打算
争取每个行政村全年辅导不少于两次，并组织一次全县展演。
""",
    ),
    dict(
        slug="docshare-fenxiang-dance-rules-wrapped",
        site="共享文件铺 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.gxwjp.com/doc/55102738.html",
        title="温泉路社区广场舞队管理公约",
        record_title="【可编辑】温泉路社区广场舞队管理公约.doc",
        date=None,
        notes="decorated file-name-like title; hard-wrapped at 58 columns; upload notice; no date (upload stamp)",
        title_in="decorated",
        page="""
!m 共享文件铺 - 文档共享平台
!t 【可编辑】温泉路社区广场舞队管理公约.doc
!m 上传者：hdx_1987　上传时间：2025-03-11　大小：24KB　下载次数：19
!a 免费下载　|　加入书架　|　举报
{BODY}
!d 该资料由会员分享至本平台，仅供参考学习，如需商用请联系原作者。
!l 同类文档：老年大学舞蹈班守则 · 社区健身队章程模板
""",
        wrap=58,
        body="""
第一条　为规范本社区广场舞队活动，营造和谐邻里环境，经队员大会讨论通过，制定本公约。
第二条　队员自愿参加，服从队长安排，按时参加排练。
第三条　活动时间为每日6时30分至7时30分、19时至20时30分，其他时间不得播放音乐。
第四条　音响由队长专人保管，音量以不影响周边住户为准。
第五条　外出参加比赛、演出须提前报社区备案。
第六条　本公约由队委会负责解释，自队员大会通过之日起施行。
""",
    ),
    dict(
        slug="edu-langtong-school-dance-break-notice-html",
        site="瑭阳县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.tangyang.edu.cn/tzgg/2025/0303/1902.html",
        title="关于在中小学推广课间舞蹈操的通知",
        date="2025-03-03",
        record_title="关于在中小学推广课间舞蹈操的通知",
        notes="education portal; document number neutral; 附件 list; download sentence in body",
        page="""
<html><head><meta charset="gb2312"><title>瑭阳县教育体育局--关于在中小学推广课间舞蹈操的通知</title></head>
<body>
<table width="980" align="center"><tr><td class="banner">⟦m 瑭阳县教育体育局⟧</td></tr>
<tr><td class="nav">⟦m 网站首页 | 机构设置 | 教育动态 | 通知公告 | 招生考试 | 下载中心⟧</td></tr></table>
<table width="980" align="center"><tr><td width="700">
<div class="title">{T}</div>
<div class="sub">⟦m 发布时间：2025-03-03　作者：体卫艺股　浏览次数：1134⟧</div>
<div align="center">瑭教体〔2025〕9号</div>
{BODY}
<div>⟦a [打印本页]⟧ ⟦a [关闭窗口]⟧</div>
</td><td width="260" valign="top"><div class="box">⟦l 最新公告⟧</div><div>⟦l ·2025年春季学期开学工作安排⟧</div><div>⟦l ·关于开展校园安全大排查的通知⟧</div></td></tr></table>
<div class="foot">⟦m 版权所有：瑭阳县教育体育局　技术支持：瑭阳网络中心　黔ICP备06004412号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为丰富大课间活动内容，增强学生体质，县教育体育局组织编排了《快乐瑭阳》课间舞蹈操。现将有关事项通知如下：
一、各校于3月31日前完成教师培训，4月起在大课间推广。
二、教学视频和音乐请登录县教育资源平台下载，不得擅自改编音乐。
三、5月下旬组织全县课间舞蹈操展示，具体安排另行通知。
附件：1.课间舞蹈操动作说明
2.展示活动报名表
瑭阳县教育体育局
2025年3月3日
""",
    ),
    dict(
        slug="oa-zhuyuan-property-dance-venue-report",
        site="珠苑物业协同办公 (invented)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="text",
        source="http://oa.zhuyuanwuye.local/workflow/view?id=20240719-033",
        title="关于在三期中庭增设广场舞活动场地的请示",
        record_title="关于在三期中庭增设广场舞活动场地的请示",
        date="2024-07-19",
        notes="intranet; approval trail chrome; a small table in body; contact of the document kept",
        page="""
!m 珠苑物业协同办公平台 > 公文管理 > 收文查看
!m 流程编号：ZYWY-20240719-033　当前节点：总经理审批　已阅 9 人
{T}
{BODY}
!m 审批意见：同意，请工程部报预算。（签批：邹总 2024-07-22）
!a 【导出】　【打印】　【转发】
!d 内部资料，严禁外传
""",
        body="""
公司领导：
三期业主多次反映希望有固定的跳舞场地。经实地查看，三期中庭约600平方米空地可以改造利用。现请示如下：
项目　数量　预算（元）
地面防滑处理　600平方米　18000
限音音柱　4套　6400
照明灯杆　6根　9600
合计　　34000
妥否，请批示。
联系人：客服部 祁芳　分机 8023
三期物业服务中心
2024年7月19日
""",
    ),
    dict(
        slug="qa-wenwen-dance-noise-legal-answer",
        site="问问看 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenwenkan.com/q/77012933.html",
        title="楼下广场舞太吵，可以报警吗？",
        record_title=None,
        date=None,
        notes="Q&A: title is the question, no date (answer's relative time); answer body kept",
        page="""
!m 问问看 > 法律 > 邻里纠纷
{T}
!m 提问者：匿名用户　2个月前
!m 最佳答案
!m 答主：律师助理小吴　回答于 5天前　已帮助 3200 人
{BODY}
!a 有用(42)　无用(1)　评论　分享
!l 其他回答（3）
!l 相关问题：晚上几点后不能放音乐？
!w 免费咨询律师，点此留言
""",
        body="""
可以。根据噪声污染防治法，在公共场所组织娱乐、健身等活动，应当遵守规定的时段和音量，不得干扰他人正常生活。
建议先和舞蹈队沟通；沟通无效，可向街道或社区反映，也可拨打110报警，由公安机关依法处理。
平时注意保存录音、录像，作为反映问题的证据。
""",
    ),
]
