"""holdout200, part F: company sites, training schools, cloud drives, search caches, print views, forwarded mail.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="jingshi-clock-company-news-silent-series",
        site="静时钟表官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jingshi-clock.example.cn/news/2025/0920/118.html",
        title="静时“月影”系列静音挂钟正式上市",
        record_title="新品发布 ｜ 静时“月影”系列静音挂钟正式上市 - 静时钟表",
        record_date="2025-09-20",
        date="2025-09-20",
        notes="company site with a cookie notice, an online-service float and a 400 line; record gives the date; a "
        "dotted news date; the company's name is in the body but the chrome lines holding it are longer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>新品发布 ｜ 静时“月影”系列静音挂钟正式上市 - 静时钟表</title>
<link rel="stylesheet" href="/assets/site.css"></head>
<body>
<div class="cookie">⟦d 本站使用Cookie来改善您的浏览体验，继续浏览即视为同意⟧ <button>⟦a 我知道了⟧</button></div>
<header><a class="logo">⟦m 静时钟表 · 安静地陪你走过每一秒⟧</a>
<nav>⟦m 首页　产品中心　新闻动态　品质保障　联系我们⟧</nav></header>
<div class="crumbs">⟦m 首页 ＞ 新闻动态 ＞ 公司新闻⟧</div>
<article>
<h1>⟦t 新品发布 ｜ 静时“月影”系列静音挂钟正式上市⟧</h1>
<p class="date">⟦m 2025.09.20　|　阅读 903⟧</p>
<div class="article-content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信　微博　复制链接⟧</div>
</article>
<aside><h3>⟦l 热门产品⟧</h3><ul><li>⟦l 月影系列 12英寸扫秒挂钟⟧</li><li>⟦l 星轨系列 电波校时挂钟⟧</li></ul></aside>
<div class="float-kf">⟦w 在线客服（工作日 9:00—18:00）⟧</div>
<footer>⟦m 全国服务热线：400-677-5200⟧<br>⟦m © 2025 汭州静时钟表有限公司　湘ICP备19027734号⟧</footer>
<script>if(localStorage.getItem("ck_ok")){document.querySelector(".cookie").style.display="none"}</script>
</body></html>
""",
        body="""
9月18日，汭州静时钟表有限公司在骢湖区总部举行新品发布会，“月影”系列静音挂钟正式上市。
“月影”系列采用公司自主研发的第三代扫秒机芯，运行噪声低于25分贝，一节5号电池可连续走时18个月以上。钟面采用磨砂玻璃，夜间不反光，适合卧室和病房使用。
公司总经理欧阳亮介绍，过去三年，公司围绕“静音”持续投入研发，累计取得实用新型专利7项。新品首批投产3万台，将通过线下经销商和电商平台同步销售。
发布会上，公司还与骁岭县第一中学签订协议，为该校120间教室捐赠静音挂钟。
""",
    ),
    dict(
        slug="guan-lock-company-recall-u-locks",
        site="固安锁业官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.guansuoye.example.cn/gsgg/2025/0506.html",
        title="关于召回部分批次U型锁产品的公告",
        record_title="召回公告｜关于召回部分批次U型锁产品的公告 - 固安锁业",
        record_date="2025-05-06",
        date="2025-05-06",
        notes="company recall notice: the record gives the date; batches table one row a paragraph; the recall "
        "service line stays beside a 400 order line in the footer",
        page="""
!m 固安锁业 · 守护每一次停靠
!m 首页 / 公司公告
!t 召回公告｜关于召回部分批次U型锁产品的公告
!m 2025-05-06　　来源：品质部
{BODY}
!l 相关公告：关于防范假冒“固安”品牌车锁的声明
!m 产品订购热线：400-118-6600　　地址：汭州市骢湖区工业园锦程路9号
!m Copyright © 汭州固安锁业有限公司
""",
        body="""
尊敬的用户：
经我公司自查并结合市场监管部门抽查结果，我公司生产的部分批次U型锁存在锁梁热处理不到位、抗剪切性能不达标的问题，在受到外力剪切时可能被较快破坏。为保障消费者权益，我公司决定自即日起召回以下批次产品：
产品型号　生产批号　生产日期　数量（把）
GA-U210　20241108　2024年11月　2600
GA-U210　20241125　2024年11月　1850
GA-U260　20241203　2024年12月　930
用户可凭购买凭证到原购买网点免费更换新品，或联系我公司办理退款。召回服务电话：0731-85120336（工作日9:00—17:00）。
由此给您带来的不便，我们深表歉意。
汭州固安锁业有限公司
2025年5月6日
""",
    ),
    dict(
        slug="feisheng-rope-club-brochure-fees",
        site="飞绳体育 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.feisheng-sport.example.cn/kc/2025qiu.html",
        title="飞绳少儿跳绳俱乐部2025秋季班招生简章",
        record_title="飞绳少儿跳绳俱乐部2025秋季班招生简章 ⇢ 飞绳体育课程中心",
        date=None,
        notes="training school with a promo banner, a trial-lesson float and a 400 course line beside the brochure's "
        "own 报名电话; fees table one row a paragraph; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>飞绳少儿跳绳俱乐部2025秋季班招生简章 ⇢ 飞绳体育课程中心</title></head>
<body>
<div class="promo">⟦a 老学员续报秋季班享九折，本周日截止⟧</div>
<header>⟦m 飞绳体育⟧ <nav>⟦m 首页　课程中心　教练团队　赛事成绩　校区地址⟧</nav></header>
<div class="bread">⟦m 课程中心 › 少儿跳绳⟧</div>
<section class="course">
<h1>{T}</h1>
<div class="course-meta">⟦m 开课校区：骢湖体育中心　已报名 87 人⟧</div>
<div class="course-body">
{BODY}
</div></section>
<div class="float"><a>⟦a 免费试听一节课，点我预约⟧</a></div>
<aside class="coach"><h4>⟦l 明星教练⟧</h4><p>⟦l 吕方　国家级裁判⟧</p><p>⟦l 何嘉　省赛冠军⟧</p></aside>
<footer>⟦m 课程顾问热线：400-099-7716⟧<br>⟦d 飞绳体育保留本简章的最终解释权⟧</footer>
<script src="https://kf.feisheng-sport.example.cn/float.js" async></script>
</body></html>
""",
        body="""
飞绳少儿跳绳俱乐部由国家二级运动员、跳绳国家级裁判吕方创办，已在汭州开课五年，累计培训学员3200余人。
一、招生对象：5至14岁儿童青少年，零基础可报。
二、课程设置：
班型　课时　学费（元）
启蒙班（5—7岁）　24课时　1680
提高班（8—14岁）　24课时　1880
竞赛班（选拔制）　36课时　2880
三、上课地点：骢湖区体育中心西馆二楼。
四、报名须知：首次上课前请到前台领取课程卡和专用跳绳；因病缺课可凭证明补课，开课一周后不予退费。
报名电话：0731-82296645（吕老师）
""",
    ),
    dict(
        slug="feidiao-school-trainee-insight-lure-coach",
        site="汜阳飞钓学堂 (invented training school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.feidiaoxt.example.cn/xyfx/41.html",
        title="参加路亚钓鱼教练员培训有感",
        record_title="结业感言 ✎ 参加路亚钓鱼教练员培训有感 - 汜阳飞钓学堂",
        date=None,
        notes="trainee's insight on a training school page; a course-ad line and a consult WeChat line below; a "
        "'next class' prompt glued after a 。 between paragraphs; no date",
        page="""
!m 汜阳飞钓学堂　　专业路亚培训 · 持证教练带教
!m 首页 › 学员园地
!t 结业感言 ✎ 参加路亚钓鱼教练员培训有感
!m 作者：第7期学员 钟凯　　阅读 318
{BODY}
!a 第8期教练员班火热报名中，点击查看课程详情
!w 课程咨询微信：feidiao_xt（备注“教练班”）
!m 汜阳飞钓学堂 版权所有
""",
        indent="\u3000\u3000",
        body="""
十天的路亚钓鱼教练员培训结束了，我最大的收获是：钓鱼是一门技术，教钓鱼更是一门学问。
以前我自己钓得不错，可一教新手就着急，总嫌别人抛竿动作不对。这次培训，韦教练让我们每人带两名零基础学员，先讲安全，再讲握竿，最后才讲抛投。我这才明白，新手最怕的不是钓不到鱼，而是鱼钩挂到自己或旁人。
培训中我们还学习了鱼竿和渔轮的保养、水边急救和禁渔法规。⟦a 想像钟凯一样拿证？戳这里看开班时间⟧结业考核那天，我带的学员第一次独立抛投就落点准确，比我自己钓上大鱼还高兴。
今后我会继续练习，争取早日拿到教练员证书，把安全、文明垂钓的理念传给更多钓友。
""",
    ),
    dict(
        slug="yunxia-drive-rule-rod-inspection-markers",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="制度/规程",
        kind="other",
        form="html",
        source="https://pan.yunxia.example.cn/s/7HkQ2vRd",
        title="碳素鱼竿出厂检验规程",
        record_title="碳素鱼竿出厂检验规程.docx",
        date=None,
        notes="cloud-drive preview: file-name record title, share validity line, VIP preview limit, page-marker "
        "paragraphs '⎗ n ⎗' cutting articles; 第N条 articles with an effective clause only (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>碳素鱼竿出厂检验规程.docx - 云匣网盘</title>
<script>window.yunxiaShare={sid:"7HkQ2vRd",expire:7};</script></head>
<body>
<div class="topbar">⟦m 云匣网盘⟧ <a>⟦a 客户端下载⟧</a> <a>⟦a 登录⟧</a></div>
<div class="share-info">
<h2 class="file-name">⟦t 碳素鱼竿出厂检验规程.docx⟧</h2>
<p>⟦m 分享者：渔乐质检　｜　有效期：7 天　｜　大小：1.2MB⟧</p>
<p>⟦a 保存到我的云匣⟧　⟦a 下载（1.2MB）⟧</p></div>
<div class="preview-tip">⟦a 非会员仅可预览前3页，开通超级会员预览不限页⟧</div>
<div class="doc-preview">
{BODY}
</div>
<div class="preview-end">⟦a 预览已达上限，保存后用云匣App打开完整文件⟧</div>
<div class="ft">⟦d 云匣网盘严禁分享侵权及违法违规文件，发现请举报⟧</div>
</body></html>
""",
        p_html='<div class="pv-line">{}</div>',
        pages=dict(fmt="⎗ {n} ⎗", every=110, start=2),
        body="""
第一条　为规范碳素鱼竿出厂检验，防止不合格产品出厂，制定本规程。
第二条　成品鱼竿按批次抽检，每批抽取数量不少于20支，关键项目不合格的整批返检。
第三条　外观检验：竿身漆面光滑，无气泡、裂纹和划伤；导环、竿帽安装牢固，标识清晰。
第四条　尺寸检验：全长误差不超过正负1厘米，各节插接后无松动、无卡滞。
第五条　弯曲检验：在专用测试架上按标称调性加载，竿身不得出现开裂、异响，卸载后应完全复原。
第六条　检验合格的，由检验员在合格证上签章后方可装箱；不合格品隔离存放，填写不合格品处置单。
第七条　本规程自印发之日起执行。
""",
    ),
    dict(
        slug="xianzhou-drive-summary-rope-club-markers",
        site="闲舟云盘 (invented cloud drive)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.xianzhouyun.example.cn/share/file/9q3Lx2",
        title="骅口镇中心学校2025年春季跳绳社团工作总结",
        record_title="〔网盘共享〕骅口镇中心学校2025年春季跳绳社团工作总结（定稿）",
        date="2025-06-30",
        notes="cloud-drive text preview cut by '✺n✺' markers on lines of their own; a share stamp is no date, the "
        "signature date is; a sentence about sharing practice videos stays",
        page="""
!m 闲舟云盘 · 文件分享
!t 〔网盘共享〕骅口镇中心学校2025年春季跳绳社团工作总结（定稿）
!m 分享人：骅口体育组　　分享时间：2025-07-02　　文件类型：文本
!a 保存到网盘　　下载　　举报
{BODY}
!a 文本预览仅显示部分，完整内容请下载后阅读
!d 请勿通过闲舟云盘传播违法违规内容
""",
        indent="\u3000\u3000",
        pages=dict(fmt="✺{n}✺", every=110, start=2),
        body="""
本学期，学校跳绳社团共招收三至六年级学员48名，每周二、四下午课后服务时段训练，由两名体育教师和一名志愿者家长共同指导。现将工作总结如下。
一、训练成效。学员一分钟单摇平均成绩由期初的112次提高到158次，16名学员掌握双摇，社团组建的长绳队在县第三届中小学生跳绳比赛中获得小学组集体长绳第二名。
二、主要做法。一是分层训练，按水平分为三个小组；二是每月测一次成绩，张贴在社团成绩墙上；三是鼓励学员把在家练习的视频分享到班级群，由老师在线点评。
三、不足与打算。部分学员动作不规范，存在膝盖受力过大的问题。下学期将购置跳绳垫，并邀请县体校教练来校指导。
骅口镇中心学校体育组
2025年6月30日
""",
    ),
    dict(
        slug="chade-snapshot-notice-free-ebike-locks",
        site="查得搜索快照 (invented search cache of a township site)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.chade.example.cn/c?u=www.hkz.huachuan.gov.example.cn/tzgg/0312.html",
        title="关于开展电动自行车免费加装防盗车锁活动的通知",
        record_title="关于开展电动自行车免费加装防盗车锁活动的通知_骅口镇人民政府（历史快照）",
        date="2025-03-10",
        date_also=["2025-03-12"],
        notes="snapshot frame with a capture banner and a highlighted-terms line around the township site's own "
        "chrome; the capture stamp is no date; the site's 发布日期 differs from the signature date; the notice's own "
        "phone stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展电动自行车免费加装防盗车锁活动的通知_骅口镇人民政府（历史快照）</title></head>
<body>
<div class="cache-banner">⟦d 这是查得搜索于 2025年4月2日 06:12 保存的网页副本，原网页可能已经更改或删除⟧<br>
⟦m 以下词语已在页面中标亮：电动自行车 防盗 车锁⟧ <a>⟦a 查看原网页⟧</a></div>
<hr>
<div class="orig">
<div class="gov-head">⟦m 骅口镇人民政府网⟧ <span>⟦m 骅川县骅口镇人民政府主办⟧</span></div>
<div class="gov-nav">⟦m 首页　镇情概况　政务公开　便民服务⟧</div>
<div class="gov-loc">⟦m 首页 >> 通知公告⟧</div>
<h3>⟦t 关于开展电动自行车免费加装防盗车锁活动的通知_骅口镇人民政府⟧</h3>
<div class="gov-info">⟦m 发布日期：2025-03-12　来源：镇综治办⟧</div>
<div class="gov-text">
{BODY}
</div>
<div class="gov-foot">⟦m 骅口镇人民政府 主办　骅口镇党政办 维护⟧</div>
</div>
<script>document.querySelectorAll("b.hl").forEach(function(e){e.style.background="#ff0"});</script>
</body></html>
""",
        body="""
各村（社区）：
为减少电动自行车被盗案件，镇政府联合镇派出所，于3月15日至4月15日在全镇开展电动自行车免费加装防盗车锁活动。现将有关事项通知如下：
一、服务对象：本镇户籍或在本镇居住的电动自行车车主，每车限装一把。
二、服务地点：镇派出所门前广场和各村（社区）便民服务站，具体时间由各村（社区）另行通知。
三、办理要求：车主须携带身份证和车辆购买凭证，现场登记车辆信息后免费加装。
请各村（社区）做好宣传发动，确保活动家喻户晓。
联系电话：0739-5561120（镇综治办）
骅口镇人民政府
2025年3月10日
""",
    ),
    dict(
        slug="chade-text-cache-park-fishing-rules-wrapped",
        site="查得搜索文本缓存 (invented)",
        style="搜索快照",
        genre="制度/规程",
        kind="other",
        form="text",
        source="http://cache.chade.example.cn/t?u=www.sysdgy.example.cn/gg/diaoyu.html",
        title="汜阳湿地公园垂钓管理规定",
        record_title="汜阳湿地公园垂钓管理规定（文本缓存版）",
        date=None,
        notes="text-only cache: hard-wrapped at 68 columns with a four-space indent; cache stamp is no date; the "
        "park's rules carry no date",
        page="""
!m 查得搜索 · 文本缓存
!m 原网页：http://www.sysdgy.example.cn/gg/diaoyu.html　缓存时间：2025-05-11 03:20
!d 提示：这是原网页的纯文字缓存，图片和样式均已省略，内容可能已变化
{T}
{BODY}
!m 汜阳湿地公园管理处　游客服务热线：0739-2280012
!m —— 缓存内容到此为止 ——
""",
        indent="    ",
        wrap=68,
        body="""
一、本园仅在东湖钓鱼区开放垂钓，其余水域禁止垂钓。
二、每人限用鱼竿一根、鱼钩一枚，竿长不超过5.4米，禁止使用海竿、路亚竿和可视锚鱼设备。
三、开放时间为每日6:00至18:00，每年3月1日至6月30日禁渔期间暂停开放。
四、垂钓者应服从管理人员指挥，不得在钓位以外的草坪、栈道抛竿，雷雨天气须立即收竿离开。
五、钓获的鱼类每人每日不超过2.5公斤，国家保护鱼类应立即放生。
六、违反本规定的，管理人员有权劝离，情节严重的移交有关部门处理。
""",
    ),
    dict(
        slug="xiaoling-school-print-notice-exam-clocks",
        site="骁岭一中校园网打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xlyz.example.cn/print.asp?id=3318",
        title="关于期末考试前统一校准考场挂钟的通知",
        record_title="【友好打印】关于期末考试前统一校准考场挂钟的通知",
        date="2025-01-06",
        notes="print view calling window.print(): print/close buttons, source URL and print-time lines (no date), a "
        "numbered list, a print footer '第1页 ⚘ 共1页' closing the page",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【友好打印】关于期末考试前统一校准考场挂钟的通知</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head>
<body>
<div class="noprint">⟦a 〔立即打印〕　〔关闭此页〕⟧</div>
<div class="ph">⟦m 骁岭一中校园网 · 打印预览⟧</div>
<h2>⟦t 【友好打印】关于期末考试前统一校准考场挂钟的通知⟧</h2>
<div class="pinfo">⟦m 作者：教务处　来源：骁岭县第一中学　点击数：577⟧</div>
<div class="pbody">
{BODY}
</div>
<div class="purl">⟦m 原文地址：http://www.xlyz.example.cn/news.asp?id=3318⟧</div>
<div class="ptime">⟦m 打印时间：2025-01-07 08:41⟧</div>
<div class="pfoot">⟦p 第1页 ⚘ 共1页⟧</div>
</body></html>
""",
        body="""
各年级组、各考场监考教师：
期末考试将于1月13日开始。为保证考试计时准确，教务处定于1月10日（星期五）下午对全校42间考场的挂钟进行统一校准。现将有关事项通知如下：
1.各班班主任于1月10日下午第三节课前清理挂钟周围张贴物，确保钟面清晰可见。
2.教务处会同总务处对照北京时间逐一校准，电池电量不足的当场更换；走时误差超过30秒或无法修复的，更换为静音电波挂钟。
3.考试期间，主监考须在开考前再次核对挂钟时间，发现异常立即报告考务办公室。
骁岭县第一中学教务处
2025年1月6日
""",
    ),
    dict(
        slug="siyang-association-print-letter-fishing-contest",
        site="汜阳渔具协会打印页 (invented)",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.syyjxh.example.cn/print.php?aid=102",
        title="关于商请支持第二届汜水河垂钓邀请赛的函",
        record_title="打印格式 ▸ 关于商请支持第二届汜水河垂钓邀请赛的函 - 汜阳渔具协会",
        date="2025-09-05",
        notes="print view of a 函 with its own 联系人/电话 and 抄送 line; print header and URL lines; a print footer "
        "'⟴ 第1页 ⋮ 共1页 ⟴' closes the page",
        page="""
!m 汜阳渔具协会 —— 打印格式
!t 打印格式 ▸ 关于商请支持第二届汜水河垂钓邀请赛的函
!m 网址：https://www.syyjxh.example.cn/xhgg/2025/0908/102.html
{BODY}
!a [打印] [返回]
!p ⟴ 第1页 ⋮ 共1页 ⟴
""",
        indent="\u3000\u3000",
        body="""
汜阳县水利局：
为推广文明垂钓、助力渔具产业发展，我会拟于2025年10月18日在汜水河城区段（汜水大桥至滨河公园）举办第二届汜水河垂钓邀请赛，预计参赛选手200人，每人限用鱼竿一根。
因比赛涉及河道管理范围，特商请贵局给予以下支持：一是同意在上述河段设置临时钓位和安全警示标志；二是比赛当日派员指导河道安全管理。比赛结束后，我会负责清理钓位、恢复原貌，不在河道内遗留垃圾和钓具。
盼予支持并函复。
联系人：苏小禾　电话：0739-2236618
汜阳县渔具行业协会
2025年9月5日
抄送：汜阳县体育事业发展中心
""",
    ),
    dict(
        slug="webmail-fwd-inquiry-counting-ropes",
        site="汭州七中网页邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.rz7zhong.example.cn/read?mid=ZC_20250414_0017",
        title="关于采购学生计数跳绳的询价函",
        record_title="Fwd: 关于采购学生计数跳绳的询价函",
        date="2025-04-11",
        date_also=["2025-04-14"],
        notes="webmail reading view: sender/recipient/time header lines, a forwarded-mail header block, an attachment "
        "bar beside the letter's own 附件 list, the letter's own 联系人/电话/邮箱; a numbered list; the forward date "
        "differs from the letter's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: 关于采购学生计数跳绳的询价函 - 汭州七中网页邮箱</title>
<script src="/webmail/js/read.js"></script></head>
<body>
<div class="mail-top">⟦m 汭州七中网页邮箱⟧ ⟦m 总务处 唐婉⟧ <a>⟦a 退出⟧</a></div>
<div class="mail-tools">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mail-head">
<h3>⟦t Fwd: 关于采购学生计数跳绳的询价函⟧</h3>
<p>⟦m 发件人：唐婉 &lt;rz7zhong_zwc@mail.example.cn&gt;⟧</p>
<p>⟦m 收件人：sales@feiyue-sport.example.cn⟧</p>
<p>⟦m 时　间：2025年4月14日(星期一) 上午10:02⟧</p></div>
<div class="mail-body">
<p>⟦m 您好，上周五发的询价函可能被拦截了，现转发一遍，请查收。⟧</p>
<p>⟦m ------------------ 原始邮件 ------------------⟧</p>
<p>⟦m 发件人：唐婉　发送时间：2025年4月11日 16:20　主题：关于采购学生计数跳绳的询价函⟧</p>
{BODY}
</div>
<div class="attach-bar">⟦a 附件（2 个）：计数跳绳技术参数表.xlsx（18K）　报价单样表.docx（12K）　打包下载⟧</div>
<div class="mail-foot">⟦m 汭州七中网页邮箱 · 技术支持 网络中心 内线 8123⟧</div>
</body></html>
""",
        body="""
汭州市飞跃体育用品有限公司：
我校拟为全校1260名学生采购计数跳绳，现就有关事项询价如下：
1.规格要求：竹节或PVC绳体，长度可调，手柄带电子计数功能，电池可更换。
2.数量：1300根（含备用40根）。
3.报价要求：请注明单价、总价、质保期和交货时间，报价含运费和税费。
请于4月18日前将报价单盖章后扫描发送至下方邮箱。
附件：1.计数跳绳技术参数表
2.报价单（样表）
联系人：唐婉　电话：0731-82405517　邮箱：rz7zhong_zwc@mail.example.cn
汭州市第七中学总务处
2025年4月11日
""",
    ),
    dict(
        slug="mail-forward-notice-no-fishing-zones",
        site="汜阳渔具协会会员邮件 (invented mail forwarded as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://syyjxh/forward/20250728-01",
        title="关于调整汜水河城区段禁钓区域的通知",
        record_title="转发：关于调整汜水河城区段禁钓区域的通知",
        date="2025-07-25",
        date_also=["2025-07-28"],
        notes="mail forwarded as text: sender/recipient/time headers, the forwarder's note, a forwarded-header block "
        "and the association's mail signature; the send date differs from the notice's date",
        page="""
!m 发件人：汜阳县渔具行业协会秘书处 <mishuchu@syyjxh.example.cn>
!m 收件人：全体会员单位
!m 发送时间：2025年7月28日 9:15
!t 转发：关于调整汜水河城区段禁钓区域的通知
!m 各会员单位：请将以下通知转告门店顾客，谢谢！——协会秘书处
!m ---------- 转发的邮件 ----------
!m 发件人：县水利局办公室
!m 日期：2025年7月25日 17:40
!m 主题：关于调整汜水河城区段禁钓区域的通知
{BODY}
!m ————————
!m 汜阳县渔具行业协会秘书处　电话 0739-2236611
!d 本邮件由系统群发，请勿直接回复
""",
        body="""
各有关单位、广大垂钓爱好者：
为保障防汛安全和饮用水源安全，经县政府同意，自2025年8月1日起对汜水河城区段禁钓区域作如下调整：
一、汜水大桥上下游各200米、城北水厂取水口上游1000米范围内全年禁止垂钓。
二、滨河公园亲水平台、各排涝闸口周边50米范围内禁止垂钓。
三、其他河段允许休闲垂钓，每人限用鱼竿一根，禁止夜钓。
违反上述规定的，由县农业综合行政执法大队依法处理。
汜阳县水利局
2025年7月25日
""",
    ),
]
