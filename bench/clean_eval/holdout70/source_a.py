"""holdout70, part A: speedcubing (魔方) clubs and contests. Invented text; see ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-mofang-speech-club-opening",
        site="笔耕范文库 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bigengfw.cn/zhici/huodong/2025/0412/71833.html",
        title="在栎阳县青少年魔方俱乐部成立仪式上的致辞",
        record_title="【精选】在栎阳县青少年魔方俱乐部成立仪式上的致辞（通用2篇）",
        date="2025-04-12",
        notes="decorated record title; date under the speech title; speaker line neutral",
        page="""
!m 笔耕范文库｜写稿不再熬夜
!m 所在栏目：首页 ＞ 致辞大全 ＞ 活动致辞
{T}
!m 整理：墨禾　更新于 2025-04-13　浏览 1,206
!a 〖复制全文〗〖存为文档〗〖放大字体〗
县文体局局长　祁静
（2025年4月12日）
{BODY}
!w 材料赶不出来？笔耕写手一对一代笔，加V：bigeng_365
!l 延伸阅读：少儿棋类协会揭牌仪式致辞｜青少年科技节开幕讲话
!d 本站文稿均由用户提交，仅供借鉴，请勿原文照搬，侵权联系删除。
!m © 2019-2025 笔耕范文库 bigengfw.cn 湘ICP备20031877号
""",
        indent="\u3000\u3000",
        body="""
各位家长、同学们：
今天，栎阳县青少年魔方俱乐部正式成立了。我代表县文体局，向俱乐部的成立表示祝贺，向支持这项活动的学校和家长表示感谢。
魔方虽小，却能锻炼孩子的空间想象、记忆和耐心。希望俱乐部坚持公益定位，每周六在县图书馆开放训练，让更多农村孩子也能摸到魔方、学会魔方。
最后，祝同学们玩得开心、练得扎实，在赛场上转出好成绩！
""",
    ),
    dict(
        slug="wenku-mofang-plan-contest-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhiye-doc.com/view/8f2c71ad03e4.html",
        title="楮溪镇第三届中小学生魔方比赛活动方案",
        record_title="楮溪镇第三届中小学生魔方比赛活动方案.docx",
        date="2025-03-20",
        notes="file-name title; page markers 《2》 cut sentences; 成文日期 at the end",
        page="""
!m 知页文库 · 文档预览
!t 楮溪镇第三届中小学生魔方比赛活动方案.docx
!m 页数：3　大小：41KB　贡献者：ch***07　上传于：2025-03-24
!a 本预览只显示部分页面，开通知页会员可畅读并保存原文件
{BODY}
!a ▼ 展开后续2页 ▼
!a 保存到我的文库　　｜　　生成PDF　　｜　　报告问题
!l 同类文档：魔方社团活动计划.doc · 趣味数学节方案.pdf · 校园科技周实施方案.docx
!d 声明：文档由用户上传，知页文库只提供存储空间，内容仅供参考。
""",
        pages=dict(fmt="《{n}》", every=90, start=2),
        body="""
为丰富学生课余生活，培养动手动脑能力，经镇中心学校研究，决定举办第三届中小学生魔方比赛。现将方案制定如下。
一、比赛时间和地点：2025年4月19日上午，镇中心小学多功能厅。
二、比赛项目：三阶速拧、二阶速拧、三阶单手，分小学组和初中组。
三、报名办法：以学校为单位报名，每校每项目限报4人，报名表于4月10日前交镇中心学校教研室。
四、奖励办法：各组各项目取前六名，颁发证书和奖品。
楮溪镇中心学校
2025年3月20日
""",
    ),
    dict(
        slug="gov-zhezhou-mofang-notice-html-index",
        site="桤川县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qichuan.gov.cn/zwgk/tzgg/202505/t20250506_118302.html",
        title="关于规范校外魔方培训收费行为的通知",
        record_title="关于规范校外魔方培训收费行为的通知_桤川县人民政府",
        date="2025-05-06",
        date_also=["2025-04-30"],
        notes="index table meta; document number neutral; 成文日期 and publish time differ; 联系人 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于规范校外魔方培训收费行为的通知_桤川县人民政府</title>
<script src="/js/jquery.min.js"></script><script>window.siteId="qc01";</script>
<link rel="stylesheet" href="/css/gov.css"></head>
<body>
<div class="topbar">⟦m 欢迎访问桤川县人民政府门户网站⟧ <a href="/care">⟦a 适老模式⟧</a> <a href="/wza">⟦a 读屏专用⟧</a> <a href="/en">⟦m English⟧</a></div>
<div class="logo">⟦m 桤川县人民政府⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进桤川⟧</li></ul>
<div class="path">⟦m 您在：首页 / 政务公开 / 通知公告⟧</div>
<table class="syh">
<tr><td>⟦m 索 引 号：11360923MB1G07215Q/2025-00417⟧</td><td>⟦m 主题分类：教育⟧</td></tr>
<tr><td>⟦m 发布机构：桤川县市场监督管理局⟧</td><td>⟦m 发布日期：2025-05-06⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="sub">⟦m 【字号：大 中 小】⟧ ⟦m 浏览次数：388⟧</div>
<p class="wh">桤市监〔2025〕19号</p>
<div id="zoom">
{BODY}
</div>
<div class="op">⟦a 【打印此页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="xg">⟦l 相关文件：桤川县校外培训机构资金监管办法 · 关于开展暑期校外培训巡查的公告⟧</div>
<div class="foot">⟦m 主办：桤川县人民政府办公室　网站标识码：3609230011⟧<br>⟦m 赣ICP备05009613号　赣公网安备36092302000114号⟧</div>
<script>var hits=0;</script>
</body></html>
""",
        body="""
各魔方培训机构：
近期，我局接到群众反映，个别机构存在一次性预收超过三个月课时费、比赛报名捆绑购买器材等问题。为维护家长合法权益，现就有关事项通知如下。
一、培训费用应按月或按课时收取，不得一次性收取超过三个月的费用。
二、不得以参赛、考级为由强制学员购买指定品牌魔方。
三、收费项目和标准应在经营场所显著位置公示。
联系人：曾晓帆　联系电话：0795-7321466
桤川县市场监督管理局
2025年4月30日
""",
    ),
    dict(
        slug="news-jucheng-mofang-news-html-photo",
        site="榉城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.jucheng.com.cn/sh/2025-06/02/content_445190.htm",
        title="榉城小将魔方赛上刷新省级纪录",
        record_title=None,
        date="2025-06-02",
        notes="missing record title; byline time is the page date; photo caption between paragraphs; editor glued after last",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>榉城小将魔方赛上刷新省级纪录-榉城新闻网</title>
<script>document.write('<script src="//stat.jucheng.com.cn/c.js"><\\/script>');</script></head>
<body>
<header><div class="brand">⟦m 榉城新闻网 · 榉城日报社主办⟧</div>
<nav>⟦m 要闻⟧ | ⟦m 社会⟧ | ⟦m 教育⟧ | ⟦m 体育⟧ | ⟦m 视频⟧ | ⟦m 数字报⟧</nav></header>
<main><article>
<h1>{T}</h1>
<div class="byline">⟦m 2025-06-02 08:47　来源：榉城日报　记者 单一禾⟧</div>
{BODY}
</article>
<aside><h3>⟦l 二十四小时热榜⟧</h3><ol><li>⟦l 城南快速路6月中旬通车⟧</li><li>⟦l 今夏首个高温黄色预警发布⟧</li></ol></aside></main>
<footer>⟦d 本网原创稿件，转载须注明出处并取得授权⟧<br>⟦m 违法和不良信息举报：0797-8112000⟧</footer>
</body></html>
""",
        body="""
6月1日，在省青少年魔方公开赛上，榉城市实验小学五年级学生滕可以三阶单手平均11.84秒的成绩夺冠，刷新了省级纪录。
⟦m 图为滕可在比赛中。（通讯员 摄）⟧
滕可二年级起参加学校魔方社团，每天坚持练习半小时。她说，最难的是克服比赛时的紧张，下一步要练好盲拧。
学校魔方社团辅导老师介绍，社团现有成员63人，今年已有9人在省级比赛中获奖。⟦m （责编：洪蕾）⟧
""",
    ),
    dict(
        slug="forum-mofang-insight-junk",
        site="转角魔方吧论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://bbs.zhuanjiao-cube.net/thread-55120-1-1.html",
        title="练了一年CFOP的几点体会",
        record_title="[经验分享] 练了一年CFOP的几点体会 - 进阶交流区 - 转角魔方吧",
        date=None,
        notes="decorated forum title; forum junk; relative time no date",
        page="""
!m 转角魔方吧 › 进阶交流区 › 查看帖子
!t [经验分享] 练了一年CFOP的几点体会
!m 楼主：榧城小蜗牛　　发表于 3天前　　查看：2811　回复：47
!m 只看该作者　｜　倒序浏览
{BODY}
!l 沙发 · 栎木头：干货，收藏了，十字那段说到心坎上
!l 板凳 · cube_wu：求楼主出一期F2L慢练视频
!a 回复本帖需要登录，没有账号？立即加入
!m Powered by DZ-Lite 3.1　© zhuanjiao-cube.net
""",
        junk=dict(lines=1, glued=2),
        body="""
入坑一年，从平均45秒练到了平均18秒，分享几点体会，给新人少走点弯路。
一是十字一定要练底面观察，不要一上来就翻过来看。十字占用时间多的，后面很难快起来。
二是F2L先求顺畅再求快。我前半年光背公式，结果每一组都要停顿找块，后来改成慢练不停顿，成绩反而上去了。
三是选一个手感稳定的魔方就够了，不必追新款。钱省下来，多报两次比赛更有用。
""",
    ),
    dict(
        slug="blog-mofang-coach-html-tagcloud",
        site="一格一方的博客 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://yigeyifang.blog.cn/archives/2025/01/cube-class-summary.html",
        title="2024年社区魔方兴趣班教学小结",
        record_title="【教学随笔】2024年社区魔方兴趣班教学小结 | 一格一方",
        date="2025-01-05",
        notes="decorated title; blog post time is the date; tag cloud, archive, comment box",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>【教学随笔】2024年社区魔方兴趣班教学小结 | 一格一方</title>
<script async src="/assets/theme.js"></script></head>
<body>
<div id="site-title">⟦m 一格一方⟧</div><div id="tagline">⟦m 转一转，慢一点⟧</div>
<nav>⟦m 首页⟧ ⟦m 归档⟧ ⟦m 关于我⟧ ⟦m 友链⟧</nav>
<div class="post">
<h2 class="post-title">{T}</h2>
<div class="post-meta">⟦m 发布于 2025年1月5日 · 分类：教学随笔 · 阅读 264⟧</div>
{BODY}
<div class="post-tags">⟦l 标签：魔方 兴趣班 社区教育⟧</div>
<div class="post-nav">⟦l « 上一篇 如何给六岁孩子讲层先法⟧ ⟦l 下一篇 » 寒假盲拧小组招募⟧</div>
</div>
<div id="sidebar"><h4>⟦l 标签云⟧</h4><p>⟦l 三阶 盲拧 比赛 器材 家长课堂⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年1月 (2) 2024年12月 (5)⟧</p></div>
<div id="comments"><h4>⟦l 留言 (3)⟧</h4><p>⟦l 发表你的看法……⟧</p></div>
<footer>⟦d 本博文字均为原创，转载请留言告知⟧ ⟦m Theme by Paper-lite⟧</footer>
</body></html>
""",
        body="""
2024年，我在杞川街道社区学校带了两期魔方兴趣班，共有学员38人，其中年龄最小的6岁，最大的67岁。
上半年采用层先法教学，学员普遍能在第六课还原三阶；下半年尝试用口诀卡片，进度更快，但遗忘也快，需要课后复习。
明年打算增设亲子班，让家长和孩子一起学，也请街道帮忙添置二十个教学用魔方。
""",
    ),
    dict(
        slug="wechat-mofang-letter-mirror",
        site="微阅镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wx.weiyuejx.com/s/Yq8u2cT0mofang",
        title="“魔方进校园”公益倡议书",
        record_title="“魔方进校园”公益倡议书",
        record_date="2025-02-27",
        date="2025-02-27",
        notes="record date; account line; follow and read-more chrome; a sentence about 扫码 kept",
        page="""
!m 柘水魔方协会　柘水魔方协会
!m 2025年02月27日 19:06　江西
{T}
!a 点击上方蓝字，关注我们不迷路
{BODY}
!a 阅读原文　　在看　　转发到朋友圈
!m 原文链接已失效，本页为镜像存档
!l 往期推荐｜寒假魔方线上打卡｜魔方考级怎么考
""",
        gap=True,
        body="""
亲爱的老师、家长朋友们：
魔方是一项门槛低、益处多的益智活动。为让更多孩子接触魔方，柘水魔方协会发起“魔方进校园”公益行动，倡议如下。
一、倡议有条件的学校开设魔方社团，协会免费派出教练、赠送教学魔方。
二、倡议家长多陪孩子动手练习，少让孩子盯着屏幕。
三、有意参与的学校，可扫描文末二维码登记，协会将在三个工作日内与您联系。
柘水魔方协会
2025年2月26日
""",
    ),
    dict(
        slug="docshare-mofang-rules-upload",
        site="共享文档汇 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.gxwdh.com/doc/20250316/cube-rules-9921.html",
        title="魔方社团训练室管理制度",
        record_title="魔方社团训练室管理制度.wps",
        date=None,
        notes="file-name title; rules speak of 打印/下载; no date",
        page="""
!m 共享文档汇｜资料随取随用
!t 魔方社团训练室管理制度.wps
!m 格式：WPS　｜　页数：2　｜　热度：★★★☆☆
!a 下载本文档需 3 积分　｜　签到可领积分
{BODY}
!d 提示：本资料为网友自行上传分享，本站不对其准确性负责，如有侵权请点此反馈。
!l 你可能还需要：社团活动记录表.xls、魔方计时器使用说明.pdf
""",
        indent="    ",
        body="""
第一条　训练室开放时间为周一至周五下午课后一小时，周末不开放。
第二条　训练用魔方和计时器用后归位，损坏的应登记并报辅导老师。
第三条　成绩记录表由队长每周打印一次，张贴在训练室门口。
第四条　训练视频统一上传到社团网盘，队员需要时自行下载，不得外传。
第五条　本制度自公布之日起施行。
""",
    ),
    dict(
        slug="edu-mofang-notice-html-oldtable",
        site="椴湖区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.duanhu-edu.net/Article/ShowArticle.asp?ArticleID=6120",
        title="关于举办全区中小学魔方教师培训班的通知",
        record_title=None,
        date="2025-03-03",
        notes="old ASP table layout; missing title; 附件 list kept; a 报名电话 next to the site's phone",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>椴湖区教育信息网</title>
<script language="javascript" src="../inc/marquee.js"></script></head>
<body>
<table width="960" align="center"><tr><td>⟦m 椴湖区教育信息网⟧</td><td><marquee>⟦m 热烈祝贺我区三所学校获评省级书香校园⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 网站首页⟧</td><td>⟦m 教育动态⟧</td><td>⟦m 通知公告⟧</td><td>⟦m 教研天地⟧</td></tr></table>
<table width="960" align="center"><tr><td width="200" valign="top">⟦l 最新公告⟧<br>⟦l ·关于做好春季开学安全工作的通知⟧<br>⟦l ·第二批名师工作室名单公示⟧</td>
<td valign="top">
<div align="center"><b>{T}</b></div>
<div align="center">⟦m 作者：区教研室　文章来源：本站原创　点击数：<font color="red">517</font>　更新时间：2025-3-4⟧</div>
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您是本站第 0218773 位访客⟧　⟦m 地址：椴湖区文昌路9号　电话：0731-2256100⟧　⟦m 湘ICP备09022611号⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学：
为提高魔方社团辅导水平，区教研室定于3月15日在区实验小学举办魔方教师培训班，每校选派1名教师参加。
培训内容包括层先法教学、比赛规则和社团组织。请参训教师自带三阶魔方。
报名电话：0731-2256138（吴老师）
附件：1. 参训教师回执表
2. 培训日程安排
椴湖区教研室
2025年3月3日
""",
    ),
    dict(
        slug="oa-mofang-minutes-intranet",
        site="樟口玩具集团内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.zhangkou-toys.local/doc/view?id=20250611-034",
        title="关于速拧魔方新品试产的专题会议纪要",
        record_title="关于速拧魔方新品试产的专题会议纪要",
        date="2025-06-11",
        notes="minutes with 时间/地点/主持 lines kept; OA flow record chrome",
        page="""
!m 樟口玩具集团协同办公平台
!m 公文管理 ＞ 会议纪要 ＞ 查看
!m 拟稿：生产部 单蓓　　密级：内部　　已阅 52 人
{T}
{BODY}
!m 流转记录：生产部拟稿 → 分管副总审核 → 总经理签发（2025-06-12 09:14）
!a 【签收】【转办】【导出】
""",
        body="""
时间：2025年6月10日下午3时
地点：集团二楼第三会议室
主持：副总经理 卢光耀
参加：生产部、研发部、质检部、采购部负责人
会议听取了研发部关于磁力定位速拧魔方的试产准备情况汇报，议定如下事项。
一、首批试产2000只，6月25日前完成。
二、质检部制定手感一致性检验标准，抽检比例不低于5%。
三、采购部落实磁钢备选供应商，确保供货稳定。
记录：单蓓
樟口玩具集团有限公司办公室
2025年6月11日
""",
    ),
    dict(
        slug="qa-mofang-answer-sample-letter",
        site="有问必答社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.youwenbida.com/q/3381920.html",
        title="学校魔方社团想请外校教练，邀请函怎么写？",
        record_title=None,
        date=None,
        notes="question as title; answer's sample letter with placeholders; answered time relative",
        page="""
!m 有问必答 › 教育 › 校园活动
{T}
!m 提问者：楝原小蔡　｜　浏览 920 次
!m 最佳答案　　回答者：公文小能手　　2天前
{BODY}
!l 👍 有用(31)　　👎 没用(2)　　举报
!l 其他回答（3）
!l 相关问题：社团活动经费申请怎么写？｜邀请家长参加开放日的通知模板
!d 答案来自网友，仅供参考，不代表本站观点
""",
        body="""
可以参考下面这个格式，改成你们学校的信息就行：
邀请函
尊敬的××老师：
我校魔方社团拟于××月××日开展训练交流活动，特邀请您担任指导教练，敬请拨冗光临。
联系人：××　电话：××××××××
××学校
××××年××月××日
""",
    ),
    dict(
        slug="collection-mofang-memoir-wrapped",
        site="旧窗文存 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="http://jiuchuang.wencun.net/vol3/87.html",
        title="我的第一只魔方",
        record_title="《旧窗文存》卷三·我的第一只魔方",
        date=None,
        notes="collection-chapter decorated title; hard-wrapped; no date",
        page="""
!m 旧窗文存 · 卷三 · 第八十七篇
!l ← 上一篇：老街的修车铺　　目录　　下一篇：父亲的算盘 →
{T}
{BODY}
!l ← 上一篇：老街的修车铺　　目录　　下一篇：父亲的算盘 →
!d 文存内容为作者原创，未经许可请勿转载
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
我的第一只魔方是一九八三年在县城百货大楼买的，一块二毛钱，贴纸是纸做的，转不了几天就起了毛边。那时候没有教程，全凭自己琢磨，一个暑假也只拼好了一面。
后来女儿上了小学，学校开了魔方课，她回家教我层先法。我这才知道，原来当年那一面，只是第一步。
如今那只旧魔方还在抽屉里，颜色褪了，转起来咯吱作响。我舍不得扔，它记着我年轻时的笨拙，也记着女儿教我时的神气。
""",
    ),
]
