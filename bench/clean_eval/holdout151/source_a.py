"""holdout151, part A: homespun cloth (老粗布) weavers, co-ops and villages. Invented text
(sites, places, people, numbers); written by hand case by case, see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-bujia-cloth-speech-old-table",
        site="布衣范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.buyifw.example.net/jianghua/2025/38817.html",
        title="在全县老粗布产业发展推进会上的讲话",
        record_title="【精选】在全县老粗布产业发展推进会上的讲话（通用4篇）_布衣范文网",
        date="2025-03-14",
        notes="old gb2312 table layout: marquee, 【阅读字号】 row, floating QQ box, counter; date under the speech title; speaker line neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】在全县老粗布产业发展推进会上的讲话（通用4篇）_布衣范文网</title>
<script>var hits=0;document.write('');</script></head><body>
<table width="960" align="center"><tr><td>⟦m 布衣范文网 —— 写材料，先来布衣⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<marquee>⟦m 本站新增讲话稿386篇，每日更新，欢迎常来看看⟧</marquee>
<table width="960"><tr><td width="700">
<div>⟦m 您所在位置：首页 &gt;&gt; 领导讲话 &gt;&gt; 产业发展⟧</div>
<h2>{T}</h2>
<div>（2025年3月14日）</div>
<div>县委副书记　俞承岳</div>
<div>⟦a 【阅读字号：特大 标准 偏小】⟧</div>
{BODY}
<div>⟦l 上一篇：在春季植树动员会上的讲话⟧<br>⟦l 下一篇：乡村工匠评定工作会议主持词⟧</div>
</td><td width="260"><div>⟦l 本周热门⟧</div><ul><li>⟦l 产业振兴表态发言三篇⟧</li><li>⟦l 非遗传承人座谈会讲话⟧</li></ul></td></tr></table>
<div id="qqfloat">⟦w 材料急用找小布，QQ：2871406635⟧</div>
<table width="960"><tr><td>⟦d 本站文章来源于网友投稿，仅供参考借鉴，请勿照搬⟧<br>⟦m 浙ICP备19044821号-2⟧　⟦m 您是第 0087214 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全县老粗布产业发展推进会，主要任务是总结去年工作，部署今年重点，推动这块“土布”织出富民的大文章。
去年全县老粗布织户发展到1260户，带动妇女居家就业两千余人，实现销售收入8600万元。
今年要重点抓好三件事：一是统一品牌，二是改良纹样，三是拓宽线上销路。
各乡镇要把织户组织起来，合作社要在原料采购和质量检验上多下功夫。
同志们，老手艺要有新出路，希望大家齐心协力，把老粗布产业做成县里的金字招牌。
""",
    ),
    dict(
        slug="wenku-zhixiang-cloth-plan-bracket-markers",
        site="织香文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhixiang.example.com/view/9a1c77e2.html",
        title="青禾镇老粗布织造技艺传承培训实施方案",
        record_title="青禾镇老粗布织造技艺传承培训实施方案.docx",
        date="2025-04-02",
        notes="file-name title; page markers ⁌n⁍ cut paragraphs; pay prompt and page count at top; signature date",
        pages=dict(fmt="⁌{n}⁍", every=120, start=2),
        page="""
!m 织香文库　>　行业资料　>　纺织服装
{T}
!m 共3页　|　下载券：5　|　浏览量 1,206
!a 本文档剩余内容需开通织香会员后阅读
{BODY}
!a 继续阅读全文（还剩1页未读）
!l 相关推荐：手工织布合作社章程范本　｜　非遗工坊年度考核细则
!d 文档内容由用户自行上传，平台对其真实性不作保证，侵权请联系删除
""",
        body="""
为保护和传承老粗布织造技艺，培养新一代织布能手，结合我镇实际，制定本方案。
一、培训对象
全镇有意从事老粗布织造的农村妇女、返乡青年，每期不超过30人。
二、培训内容
包括纺线、浆线、经线、闯杼、织布等七十二道工序的实操训练，以及纹样设计和网上销售知识。
三、保障措施
镇妇联负责组织报名，镇财政按每人每期800元标准安排培训补助，合作社提供场地和织机。
青禾镇人民政府
2025年4月2日
""",
    ),
    dict(
        slug="gov-luoshan-cloth-notice-index-table",
        site="罗山县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.luoshan.example.gov.cn/zwgk/tzgg/202505/t20250509_55120.html",
        title="罗山县文化和旅游局关于申报2025年度老粗布非遗工坊的通知",
        record_title=None,
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="modern county portal: 索引号 table, 关怀版 row, title missing from the record (h1); document's own 联系人 next to the portal's 12345; 附件 list; 发布日期 differs from 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>罗山县人民政府</title>
<script src="/js/jquery.min.js"></script><script>window.__ga=1;</script></head><body>
<header><div>⟦m 罗山县人民政府　LUOSHAN COUNTY⟧</div><div>⟦a 关怀版⟧ ⟦a 无障碍浏览⟧ ⟦a 繁體⟧</div></header>
<nav>⟦m 首页 | 政务公开 | 政务服务 | 互动交流 | 走进罗山⟧</nav>
<div class="crumb">⟦m 当前位置：首页 / 政务公开 / 通知公告⟧</div>
<table class="meta"><tr><td>⟦m 索引号：LS-00412-2025-00178⟧</td><td>⟦m 发布机构：县文化和旅游局⟧</td></tr>
<tr><td>⟦m 发布日期：2025-05-09⟧</td><td>⟦m 主题分类：文化、旅游⟧</td></tr></table>
<h1>罗山县文化和旅游局关于申报2025年度老粗布非遗工坊的通知</h1>
<div class="doc">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦l 分享到：微信 微博⟧</div>
<footer><p>⟦m 主办：罗山县人民政府办公室　政府网站标识码：4115210007⟧</p><p>⟦m 政务服务热线：12345⟧</p><p>⟦m 豫ICP备08015223号⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府、街道办事处：
为推动老粗布织造技艺保护传承，带动群众就近就业，现组织开展2025年度老粗布非遗工坊申报工作，有关事项通知如下。
一、申报条件：有固定织造场地，织机不少于20台，带动脱贫户或低收入户就业不少于10人。
二、申报时间：2025年5月12日至5月30日，逾期不予受理。
三、申报材料一式三份报县文化和旅游局非遗股。
联系人：蒋文慧，电话：0376-2219047。
附件：1.老粗布非遗工坊申报表
2.带动就业人员花名册
罗山县文化和旅游局
2025年5月8日
""",
    ),
    dict(
        slug="news-huaiyang-cloth-export-title-glued",
        site="槐阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.huaiyang.example.cn/bendi/2025-06/17/c_61873.htm",
        title="槐阳老粗布首次走出国门",
        record_title="槐阳老粗布首次走出国门-槐阳新闻网",
        date="2025-06-17",
        record_date="2025-06-17",
        notes="title repeated and glued to the lead (head match); byline 发布时间; photo caption between paragraphs; editor line glued to the last paragraph",
        page="""
!m 槐阳新闻网 · 本地要闻
!m 首页 > 本地 > 经济
!t 槐阳老粗布首次走出国门
!m 发布时间：2025-06-17 08:41　来源：槐阳日报　记者 韦东升
{BODY}
!l 【相关阅读】织机声里的致富路
!l 【相关阅读】县里的“布娘子”们
!a 分享本文到：朋友圈　QQ空间　新浪微博
""",
        body="""
⟦t 槐阳老粗布首次走出国门⟧　本报讯　6月16日，一批重达3.2吨的老粗布床品从槐阳装车发往青岛港，将漂洋过海销往东南亚市场。
这批订单来自县里的桐花织布专业合作社，合作社负责人介绍，订单总额约46万元。
⟦m 图为合作社工人正在打包出口床品。通讯员 阮小禾 摄⟧
近年来，槐阳把老粗布作为特色产业扶持，全县已有织户九百余户。
县商务局表示，将帮助更多合作社取得出口资质，让老粗布走得更远。⟦m （编辑：苗青）⟧
""",
    ),
    dict(
        slug="forum-zhiji-cloth-post-junk",
        site="织机之家论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://bbs.zhijizhijia.example.com/thread-22047-1-1.html",
        title="老粗布上浆心得，新手少走弯路",
        record_title="[经验分享] 老粗布上浆心得，新手少走弯路 - 手工织布 - 织机之家论坛",
        date=None,
        notes="Discuz-like floor; junk lines and glued junk; relative post time is no date; 楼主 line",
        junk=dict(lines=1, glued=2),
        page="""
!m 织机之家论坛 › 手工织布 › 经验分享
!t [经验分享] 老粗布上浆心得，新手少走弯路
!m 楼主：麦穗儿　　发表于 3天前　|　只看该作者　|　倒序浏览
{BODY}
!l 回复　引用　举报　　支持(12)　反对(0)
!l 2楼 织布老秦：干货，收藏了！
!a 您需要登录后才可以回帖　登录 | 注册
!m Powered by Discuz! X3.4
""",
        body="""
织了五年老粗布，说说上浆这道工序，给刚入门的姐妹参考。
浆要用小米熬，稠稀要合适，太稠了线发硬，织的时候容易断头。
线绺放进浆盆里要反复揉搓，让每根线都吃透浆，再拿出来拧干晾晒。
晾的时候要抖开，不能让线粘在一起，天气好一天就能干透。
上浆做好了，后面经线、织布都顺手，布面也更平整。
""",
    ),
    dict(
        slug="blog-fangxian-cloth-memoir-wrapped",
        site="纺线娘的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://fangxianniang.blog.example.com/2025/02/28/laocubu.html",
        title="外婆的织布机",
        record_title="外婆的织布机 | 纺线娘的博客",
        date="2025-02-28",
        notes="hard-wrapped at 62 columns; blog post line with a bracketed time; tag list and archive at the bottom",
        wrap=62,
        indent="　　",
        page="""
!m 纺线娘的博客 —— 一梭一线记日子
{T}
!m [2025-02-28 21:16]　分类：旧物记忆　阅读(318)　评论(6)
{BODY}
!l 标签：老粗布　外婆　织布机　乡愁
!l 文章归档：2025年3月(4)　2025年2月(7)　2025年1月(5)
!d 本博客文字均为原创，转载请注明出处
""",
        body="""
外婆家的堂屋里一直摆着一架木织布机，那是她出嫁时从娘家带来的，算起来已经有六十多年了。
小时候我最喜欢坐在织布机旁边，看外婆手里的梭子左右穿行，脚下的踏板一起一落，布就一寸一寸地长出来。
外婆织的老粗布结实耐用，家里的床单、被面、门帘都是她一梭一梭织出来的，洗了多少遍都不起球。
如今外婆已经九十岁了，织不动了，那架织布机被县里的非遗馆收了去，摆在展厅里，旁边写着外婆的名字。
""",
    ),
    dict(
        slug="wechat-tonghua-cloth-initiative-html",
        site="桐花织造 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://mp.wxreader.example.com/s/Tq8ZxLk2mBwQ",
        title="关于保护老粗布手工织造技艺的倡议书",
        record_title="关于保护老粗布手工织造技艺的倡议书",
        date="2025-05-20",
        notes="WeChat-style mirror: account line with date, 阅读原文/在看/赞 bar, mini-program card; follow prompt; 扫码 sentence kept in the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于保护老粗布手工织造技艺的倡议书</title>
<style>.rich_media{max-width:677px}</style></head><body>
<div class="rich_media">
<h1>{T}</h1>
<div class="meta">⟦m 桐花织造⟧ <span>⟦m 2025年05月20日 19:02⟧</span> <span>⟦m 河南⟧</span></div>
<div class="content">
{BODY}
</div>
<div class="mp-card">⟦l 小程序｜桐花老粗布线上展厅⟧</div>
<div class="bar">⟦a 阅读原文⟧ ⟦a 分享⟧ ⟦a 收藏⟧ ⟦a 点赞⟧ ⟦a 在看⟧</div>
<p>⟦a 长按识别二维码，关注“桐花织造”，获取更多织造资讯⟧</p>
<p>⟦d 本页面为公众号文章的镜像，仅供阅读，版权归原作者所有⟧</p>
</div></body></html>
""",
        body="""
老粗布织造技艺是先辈们留给我们的宝贵财富，为让这门手艺代代相传，我们向全县织户和社会各界发出如下倡议：
一、坚持手工织造，不以机织布冒充手工老粗布。
二、传帮带新人，每位老织户每年至少带一名徒弟。
三、守护原料本色，使用本地棉花纺线，不用化纤掺假。
四、欢迎大家扫码登记，加入老粗布织造技艺保护志愿者队伍。
桐花织布专业合作社
2025年5月20日
""",
    ),
    dict(
        slug="docshare-bufang-cloth-standard-dot-markers",
        site="布坊文档分享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.bufangdoc.example.com/p-61320887.html",
        title="手工老粗布质量分级标准（试行）",
        record_title="手工老粗布质量分级标准（试行）（可编辑）",
        date=None,
        notes="decorated title （可编辑）; page markers ∙n∙ glued or not; data table one row a paragraph; upload and crawl stamps are no dates",
        pages=dict(fmt="∙{n}∙", every=110, start=2, glue="mix"),
        page="""
!m 布坊文档分享 — 分享知识，传播价值
{T}
!m 上传者：hzb_2019　上传时间：2025-03-09　格式：DOC　页数：4
!a 举报　|　下载本文档（需2积分）　|　加入文件夹
{BODY}
!l 猜你喜欢：棉纱捻度测定方法　土布印染工艺流程
!d 本站仅提供存储空间，文档版权归上传者所有
""",
        body="""
一、适用范围
本标准适用于本县合作社收购和销售的手工老粗布成品。
二、分级指标
等级　经纬密度（根/10厘米）　布面疵点（处/米）
一等　≥180　≤1
二等　≥160　≤3
三等　≥140　≤5
三、检验方法
每批抽取不少于5匹，在自然光下逐米检查布面，用密度镜测量经纬密度。
四、本标准由县老粗布产业协会负责解释，自发布之日起试行。
""",
    ),
    dict(
        slug="edu-qiaocun-cloth-study-tour-notice",
        site="桥村县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.qiaocun.example.gov.cn/tzgg/2025/0418/4412.shtml",
        title="关于组织中小学生开展老粗布非遗研学活动的通知",
        record_title="关于组织中小学生开展老粗布非遗研学活动的通知_通知公告_桥村县教育体育局",
        date="2025-04-18",
        notes="education portal with 长者模式 link, 信息来源 line; 下载/打印 sentence kept; schedule table; document's own phone beside the site's 监督电话",
        page="""
<html><head><meta charset="utf-8"><title>关于组织中小学生开展老粗布非遗研学活动的通知_通知公告_桥村县教育体育局</title></head><body>
<div class="top">⟦m 桥村县教育体育局⟧ ⟦a 长者模式⟧ ⟦a 站内搜索⟧</div>
<ul class="nav"><li>⟦m 机构概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 招生考试⟧</li></ul>
<h2>{T}</h2>
<p class="src">⟦m 信息来源：基础教育股　更新日期：2025-04-18　点击：512⟧</p>
{BODY}
<div class="foot-bar">⟦a 【收藏本文】⟧⟦a 【打印正文】⟧</div>
<div class="footer">⟦m 教育监督电话：0395-6612300⟧<br>⟦d 版权所有：桥村县教育体育局　未经许可不得转载⟧</div>
</body></html>
""",
        body="""
各中小学校：
为让学生了解老粗布织造技艺，县教体局决定组织开展非遗研学活动，现将有关事项通知如下。
学校　时间　研学地点
城关一小　5月8日　桐花织布合作社
实验中学　5月15日　县非遗展示馆
各校请下载并打印学生安全承诺书，由家长签字后交班主任留存。
联系电话：0395-6612471（基础教育股）。
桥村县教育体育局
2025年4月18日
""",
    ),
    dict(
        slug="oa-mianfang-cloth-minutes",
        site="棉坊纺织有限公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.mianfang.example.local/doc/view?id=20250611003",
        title="老粗布车间安全生产例会纪要",
        record_title="内网资讯-老粗布车间安全生产例会纪要",
        date="2025-06-11",
        notes="intranet view: 流转记录 and read count; minutes' 时间/地点/主持/参会/记录 lines kept; 抄送 line kept",
        page="""
!m 棉坊纺织OA　|　公文中心　>　会议纪要
!m 拟稿：生产部 邱雅楠　审核：贺建国　已读 46 人 / 未读 3 人
{T}
{BODY}
!l 流转记录：生产部拟稿 → 安全办审核 → 总经理签发 → 分发各车间
!a 导出PDF　|　转发　|　标为已读
!d 内部资料，严禁外传
""",
        body="""
时间：2025年6月10日下午3时
地点：公司二楼会议室
主持：贺建国
参会：老粗布车间、后整理车间、安全办负责人
记录：邱雅楠
会议通报了5月份车间安全检查情况，指出织机传动部位防护罩缺失等问题3处。
会议要求，6月20日前完成全部织机防护罩加装，车间每日班前开展安全提醒。
抄送：公司领导班子成员
棉坊纺织有限公司办公室
2025年6月11日
""",
    ),
    dict(
        slug="qa-wenbu-cloth-washing-answer",
        site="问布网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenbu.example.com/question/88214.html",
        title="新买的老粗布床单第一次怎么洗才不掉色？",
        record_title=None,
        date="2025-01-09",
        notes="title missing from the record: found as the question line; 回答于 as the page's date; vote bar; other answers box",
        page="""
!m 问布网 — 有问题，问布网
!m 首页 › 家居生活 › 清洁洗涤
新买的老粗布床单第一次怎么洗才不掉色？
!m 3个回答　·　被浏览 2,941 次
!m 最佳答案　布艺达人小周　回答于 2025-01-09
{BODY}
!l 赞同 88　　反对　　评论 5
!l 其他回答（2）
!l 相关问题：老粗布起球怎么办？
!a 我来回答　写下你的见解…
""",
        body="""
老粗布是纯棉的，第一次洗要讲究方法。
先用冷水加一小把盐浸泡半小时，盐能帮助固色。
然后用手轻轻搓洗，不要用热水，也不要放漂白剂。
洗完后反面朝外晾在阴凉通风处，避免暴晒褪色。
""",
    ),
]
