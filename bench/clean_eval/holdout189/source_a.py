"""holdout189, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客. Invented text; see ../build.py."""

CASES = [
    dict(
        slug="fanwen-bisou-speech-bookend-workshop",
        site="笔薮范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bisou-fw.cn/jh/qiye/77120.html",
        title="在翙川县书立加工作坊安全生产会上的讲话",
        record_title="【精选】在翙川县书立加工作坊安全生产会上的讲话（通用2篇）_笔薮范文",
        date="2025-03-06",
        notes="decorated title; date under speech title; speaker line neutral; toolbar between paragraphs",
        page="""
!m 笔薮范文·材料不求人
!m 位置：首页 / 讲话发言 / 企业安全
{T}
县应急管理局副局长　闻舒
（2025年3月6日）
!a ［全文复制］［存为Word］［放大字体］
{BODY}
!w 材料急用？笔薮写手一对一，薇信 bisou_xz88
!l 往下看：作坊消防检查主持词｜木器厂开工讲话
!d 本页文字由网友投稿整理，转载请保留出处。
!m bisou-fw.cn　蜀ICP备20198834号
""",
        indent="\u3000\u3000",
        body="""
各位作坊负责人：
全县现有书立、书架等小木器加工作坊四十三家，多数设在村民自建房内，电锯、砂光机与木屑同处一室，火灾风险不容小视。
⟦a 【收藏本篇】⟧
一是木屑每日一清，严禁堆放在配电箱周围。二是打磨工位必须配备吸尘装置，工人佩戴防尘口罩。三是夜间停工后切断总电源，不得在车间住人。
各乡镇要在三月底前逐家上门检查，发现问题当场整改，拒不整改的依法关停。
""",
    ),
    dict(
        slug="fanwen-wenpu-plan-coaster-html",
        site="文圃网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.wenpu365.com/fangan/2025/0412/5531.html",
        title="瓴溪镇手工杯垫巧手坊培训实施方案",
        record_title="瓴溪镇手工杯垫巧手坊培训实施方案_文圃网",
        date="2025-04-10",
        notes="old table layout with marquee, font-size row, hot list, ghost-writer QQ float; 成文日期 under signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>瓴溪镇手工杯垫巧手坊培训实施方案_文圃网</title>
<script>var _hmt=_hmt||[];</script></head>
<body>
<table width="960" align="center"><tr><td><a href="/">⟦m 文圃网 — 好文章都在这里⟧</a></td><td><marquee>⟦m 新站上线，每日更新范文三百篇⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="dh">⟦m 您在：文圃网 → 方案大全 → 培训方案⟧</div>
<h1>{T}</h1>
<div class="zh">⟦a 【字号：大 · 中 · 小】⟧ ⟦a 【打印此页】⟧</div>
<div class="nr">
{BODY}
</div>
<div class="sx">⟦l 上篇：村级妇女手工技能培训计划⟧<br>⟦l 下篇：乡村工匠培育工作方案⟧</div>
</td><td width="250" valign="top">
<div class="rb"><b>⟦l 本周热文⟧</b><ul><li>⟦l 巧手坊年度工作总结⟧</li><li>⟦l 妇联创业培训开班致辞⟧</li></ul></div>
<div class="qq">⟦w 代笔请找文圃老师 QQ 2917706530⟧</div>
</td></tr></table>
<div align="center">⟦d 文圃网内容来源于网络，仅供参考，不代表本站观点⟧ ⟦m 访问人次：00386125⟧</div>
</body></html>
""",
        body="""
为带动留守妇女居家就业，镇妇联联合镇文化站开设手工杯垫巧手坊，现制定培训实施方案如下。
一、培训对象：全镇有意愿从事手工编织的妇女，每期30人。
二、培训内容：竹篾杯垫、棉绳杯垫、碎布拼接杯垫三类，每类8课时。
三、保障措施：学员结业后由镇合作社统一收购合格产品，按件计酬，当月结清。
瓴溪镇妇女联合会
2025年4月10日
""",
    ),
    dict(
        slug="wenku-yunjuan-report-deskcalendar-pages",
        site="云卷文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.yunjuan.cc/view/9a3c1e0f7b.html",
        title="关于翾阳县印刷企业台历订单下滑情况的调研报告",
        record_title="关于翾阳县印刷企业台历订单下滑情况的调研报告 - 云卷文库",
        date=None,
        notes="preview page markers of my own cutting sentences; no date; VIP lock at the end",
        page="""
!m 云卷文库
!m 文档 › 行业研究 › 印刷包装
{T}
!m 共5页 · 2.3千字 · 上传于3个月前
!a 开通云卷会员，本文免费读
{BODY}
!a 余下内容需解锁，会员立享全文
!a 解锁全文　加入文件夹
!l 相近文档：挂历印制工艺要求　企业定制日历报价单
!d 文档由用户贡献，云卷文库不对其真实性负责。
""",
        pages=dict(fmt="⦗{n}⦘", every=110, start=2),
        body="""
近年来，企业定制台历曾是我县印刷行业的“年底大单”，2024年全县十七家印刷企业台历订单量较2021年下降约四成。
一、下滑原因。一是机关和国企压减宣传品开支，二是电子日历普及，三是外地网店低价竞争。
二、企业应对。部分企业转做环保纸台历和文创周历，小批量、个性化订单有所增加。
三、建议。引导企业抱团设计、共享排版，县印刷协会搭建线上接单平台，降低获客成本。
""",
    ),
    dict(
        slug="wenku-duyi-summary-shoerack-html-pages",
        site="读易文档 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.duyidoc.com/p-6682103.html",
        title="翙口街道楼道鞋架清理工作总结",
        record_title=None,
        date=None,
        notes="title missing in the record, found in h1; page-marker paragraphs; no date (upload stamp only)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>翙口街道楼道鞋架清理工作总结-读易文档</title></head>
<body>
<header><a class="logo">⟦m 读易文档⟧</a><nav>⟦m 首页⟧ ⟦m 分类⟧ ⟦a 上传⟧ ⟦a 登录/注册⟧</nav></header>
<main><h1>{T}</h1>
<div class="info">⟦m 页数：3　大小：41KB　上传：2天前⟧</div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 还剩1页未读，开通读易VIP继续阅读⟧ <button>⟦a 下载本文档⟧</button></div>
<aside><h3>⟦l 猜你在找⟧</h3><p>⟦l 消防通道堆物整治简报⟧</p><p>⟦l 老旧小区楼道清理方案⟧</p></aside></main>
<footer>⟦d 读易文档为信息存储平台，文档内容由用户上传⟧ ⟦m 浙ICP备22009183号⟧</footer>
<script>reader.init({pid:6682103});</script>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⟬{n}⟭", every=120, start=2),
        body="""
今年以来，街道以消防通道畅通为目标，集中清理楼道内堆放的鞋架、鞋柜和杂物，共走访楼栋412个，清出鞋架1130余个。
工作中，我们坚持先劝导后清理，对老人和行动不便的住户由网格员上门帮助搬运，并在每个单元门口统一安装壁挂式鞋架。
下一步，街道将把楼道堆物纳入网格日常巡查，做到发现一处、清理一处。
""",
    ),
    dict(
        slug="gov-hucheng-notice-rubberband-html",
        site="翾湖市人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xuanhu.gov.cn/zwgk/tzgg/202505/t20250519_88213.html",
        title="关于开展橡皮筋类儿童玩具质量抽查的通知",
        record_title="关于开展橡皮筋类儿童玩具质量抽查的通知_翾湖市人民政府",
        date="2025-05-16",
        date_also=["2025-05-19"],
        notes="portal with 长辈版/无障碍, index table, 纠错 line; document's own 联系人 kept; portal date differs, 成文日期 expected",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>关于开展橡皮筋类儿童玩具质量抽查的通知_翾湖市人民政府</title></head>
<body>
<div class="top">⟦m 翾湖市人民政府门户网站⟧ <a>⟦a 长辈版⟧</a> <a>⟦a 无障碍⟧</a> <a>⟦a 繁體⟧</a></div>
<div class="crumb">⟦m 首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11330900MB0213-02-2025-0047⟧</td><td>⟦m 发布机构：市市场监督管理局⟧</td></tr><tr><td>⟦m 公开日期：2025-05-19⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>{T}</h1>
<div class="art">
{BODY}
</div>
<div class="tool">⟦a 【打印】⟧ ⟦a 【关闭】⟧ ⟦l 分享到：微信 微博⟧</div>
<div class="jc">⟦m 网站纠错：0570-3012345（工作日）⟧</div>
<footer>⟦d 主办：翾湖市人民政府办公室　版权所有⟧ ⟦m 浙ICP备05009912号⟧ ⟦m 网站标识码3308000012⟧</footer>
</body></html>
""",
        body="""
各县（区）市场监管局：
近期多地出现儿童使用彩色橡皮筋编织玩具时误吞、勒伤手指的情况。为保障儿童安全，市局决定开展专项质量抽查。
一、抽查范围：文具店、小商品市场和网店销售的橡皮筋编织套装。
二、检验项目：小零件、邻苯二甲酸酯、警示标识三项。
三、工作要求：各地于6月15日前完成抽样，结果报市局产品质量安全监管科。
联系人：贺蔚然，电话：0570-3056218。
翾湖市市场监督管理局
2025年5月16日
""",
    ),
    dict(
        slug="gov-lingcheng-reply-bookend-text",
        site="瓴城区政府网 (invented)",
        style="政府门户",
        genre="答复",
        kind="reply",
        form="text",
        source="http://www.lingcheng.gov.cn/hdjl/liuyan/show-20917.html",
        title="关于区图书馆书立不足问题的答复",
        record_title="关于区图书馆书立不足问题的答复",
        record_date="2025-02-27",
        date="2025-02-27",
        notes="record title and date; reply with chrome between paragraphs; site hotline next to document's",
        page="""
!m 瓴城区政府网　互动交流
!m 您所在的位置：互动 > 区长信箱 > 答复选登
!m 来信人：读者**　来信时间：2025-02-20　办理单位：区文化和旅游局
{T}
{BODY}
!l 满意度评价：○满意 ○基本满意 ○不满意　［提交评价］
!m 区长信箱受理电话：12345（24小时）
!d 本栏目仅选登部分来信答复，未经许可不得转载。
""",
        body="""
读者您好：
您反映区图书馆开架书库书立数量不足、图书倒伏的问题收悉。
⟦m 办理状态：已办结⟧
经核查，馆内现有金属书立约1800个，因去年新增书架后未同步补充，确有缺口。我馆已采购防滑书立600个，3月10日前全部上架。
如仍有问题，请与区图书馆流通部联系，电话：0571-86220314。
""",
    ),
    dict(
        slug="news-xichen-report-coaster-lead-glued",
        site="翙川融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.huichuanrm.cn/news/2025-06/12/content_30417.htm",
        title="旧木料变杯垫 翙川非遗工坊订单排到九月",
        record_title=None,
        date="2025-06-12",
        notes="title missing, found in h1, repeated and glued before the lead; byline date; ad slot; 24-hour list",
        page="""
<html><head><meta charset="utf-8"><title>旧木料变杯垫 翙川非遗工坊订单排到九月 - 翙川融媒</title></head>
<body>
<nav>⟦m 翙川融媒⟧ ⟦m 首页⟧ ⟦m 时政⟧ ⟦m 民生⟧ ⟦m 乡村⟧ ⟦a 下载客户端⟧</nav>
<div class="ad">⟦l 广告位招租 0577-8801xxxx⟧</div>
<article><h1>{T}</h1>
<div class="by">⟦m 2025-06-12 08:36　来源：翙川日报　记者 雷若溪⟧</div>
{BODY}
<div class="ed">⟦m 责编：阮一苇⟧</div>
</article>
<aside><h4>⟦l 24小时热榜⟧</h4><ol><li>⟦l 翙川高铁站扩建方案公示⟧</li><li>⟦l 夏粮收购价出炉⟧</li></ol></aside>
<footer>⟦d 翙川融媒版权所有，未经授权禁止转载⟧</footer>
</body></html>
""",
        body="""
⟦t 旧木料变杯垫 翙川非遗工坊订单排到九月⟧本报讯 在翙川县竹溪乡木作非遗工坊，拆旧房留下的老杉木被切片、打磨、烫花，做成一枚枚杯垫。
工坊负责人介绍，今年已接到文旅商店和茶馆订单两万余枚，订单排到了九月。
工坊常年用工二十多人，多为附近村民，人均月收入三千元左右。
""",
    ),
    dict(
        slug="news-wanbao-report-rubberband-text",
        site="翾阳晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xywb.com.cn/sh/20250708/1194.shtml",
        title="小学生跳皮筋走红课间 体育老师编出新口诀",
        record_title="小学生跳皮筋走红课间 体育老师编出新口诀丨翾阳晚报",
        date="2025-07-08",
        notes="decorated title; date from a dotted byline; photo caption between paragraphs",
        page="""
!m 翾阳晚报网 | 有温度的城市新闻
!m 社会 > 教育
{T}
!m 2025.07.08 09:12　作者：晚报记者 颜小棠　浏览 3306
{BODY}
!l 【相关阅读】暑期托管班开班 课后服务延至六点
!m 新闻热线：0576-6110110
!d 凡注明“翾阳晚报网”的作品，转载须经授权。
""",
        body="""
课间十分钟，翾阳县实验小学操场上响起了“马兰花开二十一”的童谣，几十名学生围着橡皮筋跳得满头大汗。
⟦m 图为学生在操场跳皮筋。记者 颜小棠 摄⟧
体育教师舒樾把跳皮筋编进大课间，还和学生一起编了新口诀。
她说，跳皮筋不占场地、器材便宜，对孩子的协调性和耐力很有帮助。
""",
    ),
    dict(
        slug="forum-mujiang-thread-bookend-junk",
        site="木匠之家论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://bbs.mujiangzj.com/thread-331087-1-1.html",
        title="胡桃木书立开裂了，求教怎么补",
        record_title="胡桃木书立开裂了，求教怎么补 - 木工交流 - 木匠之家论坛",
        date=None,
        notes="forum junk lines and glued; relative time is no date",
        page="""
!m 木匠之家论坛 › 木工交流 › 查看帖子
!m 楼主：老槐树下　发表于 5 天前　查看 812 | 回复 14
{T}
{BODY}
!l 回复 　引用 　举报
!a 登录后才可以回帖，没有账号？立即注册
!m Powered by 木匠之家 © 2012-2025
""",
        junk=dict(lines=1, glued=2),
        body="""
去年自己做了一对胡桃木书立，上了木蜡油，放在书房靠窗的地方。
今年入夏以后，其中一只顺着木纹裂开一条缝，大概两毫米宽。
我想用同色木粉拌胶填进去，不知道会不会越补越明显。另外是不是窗边太干太晒导致的？
有做过的师傅麻烦指点一下，先谢谢了。
""",
    ),
    dict(
        slug="forum-xieyou-thread-shoerack-html",
        site="收纳控社区 (invented)",
        style="论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="https://bbs.shounakong.com/t/58820",
        title="玄关太窄，翻转鞋架和旋转鞋架哪个好用",
        record_title="玄关太窄，翻转鞋架和旋转鞋架哪个好用-收纳控社区",
        date=None,
        notes="Discuz-like thread with jammer fonts; no date",
        page="""
<html><head><meta charset="utf-8"><title>玄关太窄，翻转鞋架和旋转鞋架哪个好用-收纳控社区</title></head>
<body>
<div id="hd">⟦m 收纳控社区⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 收纳控社区 » 玄关收纳 » 帖子⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 小桔灯 发表于 昨天 21:47⟧ ⟦a 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：断舍离第三年⟧</div>
<div class="fastre">⟦l 快速回复⟧ ⟦a 发表回复⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦d 本帖观点仅代表作者本人⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
新房玄关只有四十厘米深，普通鞋架放进去门就开不全了。
看了两种：翻转鞋架贴墙装，十几厘米厚；旋转鞋架能放三十双，但要占一个角落。
家里四口人，冬天靴子多。有没有用过的朋友说说，翻转的会不会放不下高帮鞋？
""",
    ),
    dict(
        slug="blog-qiaoyu-essay-deskcalendar",
        site="桥屿的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://qiaoyu.blogbus.net/archives/2025/01/1088",
        title="父亲的台历",
        record_title="【随记】父亲的台历 | 桥屿的博客",
        date="2025-01-03",
        notes="blog time in brackets is the page date; tag and archive chrome",
        page="""
!m 桥屿的博客 — 慢慢写，慢慢活
{T}
!m [2025-01-03 22:10]　分类：家事
{BODY}
!l 标签：台历 / 父亲 / 旧物
!l « 冬至包饺子　|　腊八那天 »
!l 评论(6)　引用(0)　阅读(415)
!d 本博客文字未经同意请勿转载。
""",
        indent="\u3000\u3000",
        body="""
父亲的书桌上总放着一本台历，每天早上撕一页，背面记上当天的天气和要办的事。
他退休后字越写越小，有时一页背面写满了买菜、交电费、给谁打电话。
去年冬天整理他的抽屉，我找到厚厚一沓撕下来的台历页，用橡皮筋扎着，按月份排好。
今年我也买了一本台历，放在同样的位置。
""",
    ),
]
