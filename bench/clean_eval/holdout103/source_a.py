"""holdout103, part A: bitter-melon co-ops, rain-gauge observers, rammed-earth houses, stilt houses,
hedgehog rescue and others. Everything invented (sites, places, people, numbers, URLs)."""

CASES = [
    dict(
        slug="fanwen-kuguaxiang-summary-old-table",
        site="笔耕范文苑 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.bigengfw.example.com/zongjie/hezuoshe/20251107_4471.html",
        title="埂城县苦瓜种植专业合作社2025年度工作总结",
        record_title="【精选】埂城县苦瓜种植专业合作社2025年度工作总结（通用3篇）_笔耕范文苑",
        date="2025-11-06",
        notes="old gb2312 table layout, marquee, font-size row, floating write-for-you box, visitor counter; chrome glued after a 。 and a line between paragraphs; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】埂城县苦瓜种植专业合作社2025年度工作总结（通用3篇）_笔耕范文苑</title>
<script>var _hmt=_hmt||[];</script></head><body>
<table width="960" align="center"><tr><td>⟦m 笔耕范文苑──写材料，先来这里看看⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<marquee>⟦m 本站已收录范文二十一万篇，每日更新，敬请关注⟧</marquee>
<table width="960"><tr><td>⟦m 您所在位置：首页 &gt;&gt; 工作总结 &gt;&gt; 合作社总结⟧</td></tr></table>
<table width="960"><tr><td width="700">
<h2>{T}</h2>
<div>⟦m 来源：会员投稿　整理：笔耕小编　点击数：2308⟧</div>
<div>⟦a 【字体大小：大 中 小】⟧</div>
{BODY}
<div>⟦l 上一篇范文：蔬菜大棚种植户年度工作总结⟧</div>
<div>⟦l 下一篇范文：农民专业合作社理事长述职报告⟧</div>
</td><td width="260">
<div>⟦l 本类热门：⟧</div><div>⟦l 合作社年终工作总结范文五篇⟧</div><div>⟦l 家庭农场经营情况汇报⟧</div>
<div class="float">⟦w 写总结没头绪？笔耕代拟一篇，扣扣：3390178254⟧</div>
</td></tr></table>
<table width="960"><tr><td>⟦d 本站范文均来自网络投稿，仅供参考，如涉及版权问题请来信删除⟧</td></tr>
<tr><td>⟦m 备案编号：皖ICP备10442817号⟧　⟦m 今日访客 3361 人⟧</td></tr></table>
</body></html>
""",
        body="""
2025年，合作社在县农业农村局的指导下，坚持“统一育苗、统一技术、统一销售”，全年种植苦瓜1860亩，比上年增加240亩。
一、生产经营情况
全年收购社员苦瓜4120吨，实现销售收入1536万元，社员亩均增收2100元。⟦w 总结写不出来？找笔耕，三小时交稿⟧
二、技术服务情况
合作社聘请县农技推广中心专家开展田间指导11次，推广吊蔓栽培和黄板诱虫技术，白粉病发生面积比上年下降三成。
⟦a 复制全文⟧
三、存在的问题
冷库容量不足，雨季集中上市时压价现象仍然存在；部分社员记账不规范，盈余返还核算难度较大。
四、明年打算
新建300吨冷库一座，开通线上销售渠道，力争销售收入突破1800万元。
埂城县苦瓜种植专业合作社
2025年11月6日
""",
    ),
    dict(
        slug="wenku-yuliang-plan-bracket-sheet-markers",
        site="云笺文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yunjian.example.com/view/8f3e21a0c7.html",
        title="垚川县2026年汛期雨量站巡检维护工作方案",
        record_title="垚川县2026年汛期雨量站巡检维护工作方案.docx",
        date=None,
        notes="file-name record title; page markers 〖第2张〗 cut sentences; preview-end prompt; year only in the title, no date",
        pages=dict(fmt="〖第{n}张〗", every=120, start=2, glue=False),
        page="""
!m 云笺文库 | 海量文档 在线阅读
!m 文库首页 / 办公文档 / 工作方案
{T}
!m 贡献者：水文站小刘　　上传于：2个月前　　页数：3
!a 阅读模式　下载本文档（4积分）
{BODY}
!a 试读结束，剩余1页需下载后查看
!d 本文档仅用于学习交流，内容为用户上传，云笺文库不对其准确性负责
!l 猜你想找：雨量站运行管理制度 | 水文测站汛前检查表 | 山洪灾害监测预警方案
""",
        body="""
为确保汛期雨量数据实时、准确传输，根据县水利局汛前准备工作部署，制定本方案。
一、巡检范围
全县自动雨量站64处、简易雨量报警器212台，其中山洪灾害重点防治区雨量站38处。
二、巡检内容
（一）检查承雨器是否堵塞，翻斗是否灵活，清除桶内落叶、泥沙和昆虫。
（二）检查太阳能板、蓄电池和数据传输模块，电压低于12伏的及时更换。
（三）核对站点编码、经纬度和责任人信息，更新站点档案。
三、时间安排
4月20日前完成第一轮全面巡检，汛期每月巡检一次，强降雨过后48小时内开展专项检查。
四、工作要求
各乡镇要明确一名雨量站管护员，发现故障当天上报，县水文站三日内修复。
""",
    ),
    dict(
        slug="gov-kanxi-hangtu-notice-index-table",
        site="坳溪县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.aoxi.example.gov.cn/zwgk/tzgg/202509/t20250915_88213.html",
        title="坳溪县住房和城乡建设局关于开展夯土民居安全排查的通知",
        record_title="坳溪县住房和城乡建设局关于开展夯土民居安全排查的通知_通知公告_坳溪县人民政府",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="modern county portal with 索引号 table, elder mode link, 附件 list and own 联系人 beside the 12345 line; document number neutral; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>坳溪县住房和城乡建设局关于开展夯土民居安全排查的通知_通知公告_坳溪县人民政府</title>
<link rel="stylesheet" href="/css/gov.css"><script src="/js/jquery.min.js"></script></head><body>
<header><div class="logo">⟦m 坳溪县人民政府⟧</div><div class="tools">⟦a 无障碍浏览⟧ ⟦a 关怀版⟧ ⟦a 繁體⟧</div></header>
<nav>⟦m 首页　政务公开　政务服务　互动交流　走进坳溪⟧</nav>
<div class="crumb">⟦m 当前所在：首页 › 政务公开 › 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11522731MB1A03920X/2025-01187⟧</td><td>⟦m 发布机构：县住建局⟧</td></tr>
<tr><td>⟦m 主题分类：城乡建设⟧</td><td>⟦m 发布日期：2025-09-15⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">坳住建通〔2025〕41号</p>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信　微博　QQ空间⟧</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="related"><h3>⟦l 相关文件⟧</h3><ul><li>⟦l 县农村危房改造实施细则（2025年修订）⟧</li><li>⟦l 关于做好汛期农房安全防范工作的紧急通知⟧</li></ul></div>
<footer><p>⟦m 主办：坳溪县人民政府办公室　网站标识码：5227310012⟧</p><p>⟦m 政务服务热线：12345　黔ICP备09031277号-1⟧</p></footer>
</body></html>
""",
        body="""
各乡（镇）人民政府，县直有关单位：
我县现存夯土民居较多，部分房屋墙体开裂、基础受潮，雨季存在坍塌风险。为切实保障群众住房安全，决定在全县开展夯土民居安全排查。
一、排查对象为2000年以前建成、仍有人居住的夯土结构农房，重点是独居老人、留守儿童家庭住房。
二、排查内容包括墙体裂缝、墙基冲刷、屋面渗漏和木构件糟朽情况，逐户建立台账。
三、请各乡镇于10月20日前将排查台账报县住建局村镇建设股。
联系人：罗文彬，电话：0855-6623174，邮箱：aoxizjcz@example.cn
附件：1.夯土民居安全排查表
2.排查情况汇总表
坳溪县住房和城乡建设局
2025年9月12日
""",
    ),
    dict(
        slug="news-tuanshan-stilt-house-photo-editor",
        site="团山日报 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tuanshandaily.example.com/news/xiangcun/2025-10/21/content_59102.htm",
        title="垌阳镇百年吊脚楼群完成消防改造",
        record_title=None,
        date="2025-10-21",
        notes="no record title: h1 found on the page; the title glued to the lead; photo caption between paragraphs; editor line glued after the last paragraph; byline date",
        page="""
<html><head><meta charset="utf-8"><title>垌阳镇百年吊脚楼群完成消防改造-团山日报</title></head><body>
<div class="topbar">⟦m 团山日报 · 团山新闻网⟧ ⟦a 登录⟧ ⟦a 注册⟧ ⟦m 数字报⟧</div>
<ul class="menu"><li>⟦m 时政⟧</li><li>⟦m 乡村⟧</li><li>⟦m 民生⟧</li><li>⟦m 视频⟧</li></ul>
<h1>⟦t 垌阳镇百年吊脚楼群完成消防改造⟧</h1>
<div class="byline">⟦m 2025-10-21 08:14　来源：团山日报　记者 龙晓燕 通讯员 吴一帆⟧</div>
<div class="article">
{BODY}
</div>
<div class="hot"><h4>⟦l 排行榜⟧</h4><ol><li>⟦l 团山至垌阳公路大修完工通车⟧</li><li>⟦l 秋收时节看新机⟧</li></ol></div>
<div class="foot">⟦d 团山日报社版权所有，未经书面授权禁止转载⟧<br>⟦m 违法和不良信息举报：0743-8216600⟧</div>
</body></html>
""",
        body="""
⟦t 垌阳镇百年吊脚楼群完成消防改造⟧本报讯 10月18日，随着最后一组室外消火栓通水测试合格，垌阳镇老寨百年吊脚楼群消防改造工程全部完工。
老寨现有吊脚楼87栋，木结构连片，过去一户失火容易殃及全寨。此次改造新铺消防管网2.6公里，安装室外消火栓24个，并为每户配备灭火器和独立式烟感报警器。
⟦m 图为消防员在老寨演示消火栓使用方法。记者 龙晓燕 摄⟧
镇里还对寨中老旧电线进行了穿管改造，组建了15人的寨子义务消防队，每月开展一次演练。
“以前晚上睡觉都不踏实，现在心里有底了。”72岁的村民杨老汉说。⟦m （编辑：石敏）⟧
""",
    ),
    dict(
        slug="forum-ciwei-rescue-post-junk",
        site="绿野宠友论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://bbs.lvyechongyou.example.com/thread-339021-1-1.html",
        title="关于不要捡拾野生刺猬带回家饲养的倡议",
        record_title="[置顶] 关于不要捡拾野生刺猬带回家饲养的倡议 - 野生动物救助版 - 绿野宠友论坛",
        date="2025-08-30",
        notes="forum post with floor meta, anti-scraping junk lines and glued junk; signature date; reply box",
        junk=dict(lines=2, glued=2),
        page="""
!m 绿野宠友论坛 › 野生动物救助版 › 正文
!m 查看: 4410 | 回复: 63
!t [置顶] 关于不要捡拾野生刺猬带回家饲养的倡议
!m 楼主　刺猬妈妈阿芸　发表于 2025-8-31 21:06
{BODY}
!m 本帖最后由 刺猬妈妈阿芸 于 2025-9-1 07:40 编辑
!l 沙发　小刺球：支持！去年在小区捡到一只，送去救助站才知道养不活。
!l 回复 收藏 举报
!l 发表回复　您需要登录后才可以回帖
""",
        body="""
各位宠友：
近期正值刺猬幼崽离巢季节，我们救助点一个月内接到送来的刺猬41只，其中不少是被好心人从草丛中捡回家养了几天后出现问题才送来的。
野生刺猬是国家“三有”保护动物，不能私自饲养和买卖。幼刺猬在草丛中独处，多数时候母刺猬就在附近觅食，并不需要人为干预。
刺猬乳糖不耐受，喂牛奶会导致腹泻甚至死亡。如果发现受伤或明显虚弱的刺猬，请用纸箱装好，垫上旧毛巾，联系当地林业部门或救助机构。
让我们一起做到不捡拾、不投喂、不买卖。
峪湾刺猬救助点
2025年8月30日
""",
    ),
    dict(
        slug="blog-laoyu-rain-gauge-memoir-tagcloud",
        site="老余的雨量日记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://laoyu-yuliang.example.net/2025/06/thirty-years-of-rain/",
        title="守了三十年雨量筒，我的几点体会",
        record_title="守了三十年雨量筒，我的几点体会 – 老余的雨量日记",
        date="2025-06-02",
        notes="WordPress-like blog: tag cloud, archive, comment form; bracketed blog time is the page's date; share row glued after the last paragraph",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>守了三十年雨量筒，我的几点体会 – 老余的雨量日记</title></head><body>
<header><p class="site-title">⟦m 老余的雨量日记⟧</p><p class="desc">⟦m 一个山区雨量观测员的碎碎念⟧</p></header>
<article><h2 class="entry-title">{T}</h2>
<p class="meta">⟦m [2025-06-02 22:17]　分类：观测杂记　阅读(1207)⟧</p>
{BODY}
</article>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 雨量筒 山洪 汛期 水文 老伙计⟧</p><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年6月 (4)⟧</li><li>⟦l 2025年5月 (7)⟧</li></ul></aside>
<div id="comments"><h3>⟦l 发表评论⟧</h3><p>⟦l 昵称（必填）　邮箱（不公开）⟧</p></div>
<footer>⟦d 本博客文字均为原创，转载请保留出处。⟧ ⟦m Powered by WordPress⟧</footer>
</body></html>
""",
        body="""
1995年我接过父亲的雨量筒，成了岘南乡的雨量观测员，到今年整整三十年。
第一点体会是准时。每天早八点、晚八点各量一次，刮风下雨不能误，汛期加测更不能漏。
第二点体会是较真。量杯读数要平视，读到0.1毫米；记错一个数，下游预报就可能差一截。
第三点体会是传帮带。现在换成了自动站，手机上就能看数据，可我还是每天去看看翻斗，也带出了两个年轻观测员。
三十年记下的一万多条数据，都存在县水文站的档案里，这是我最骄傲的事。⟦l 分享到：朋友圈 / 微博⟧
""",
    ),
    dict(
        slug="wechat-mirror-diaojiaolou-speech-follow",
        site="公号文摘镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wxmirror.example.com/s/Yt7cQe2LxvA",
        title="在吊脚楼传统营造技艺传承基地揭牌仪式上的致辞",
        record_title="在吊脚楼传统营造技艺传承基地揭牌仪式上的致辞",
        date="2025-05-16",
        notes="WeChat mirror: account line, speaker line and date under the title (neutral speaker; date under title is the date), follow prompt and 在看/阅读原文 row",
        page="""
!m 文摘镜像 · 公众号文章存档
{T}
!m 原创　垌阳文旅　2025年05月17日 09:30　贵州
县文化和旅游局局长　吴春梅
（2025年5月16日）
{BODY}
!a 点击上方蓝字“垌阳文旅”关注我们
!l 阅读原文　　赞 36　　在看 12
!l 往期推荐：垌阳苗寨入选传统村落名录
!d 本页面为公众号文章镜像存档，版权归原作者所有
""",
        body="""
尊敬的各位来宾，各位匠师，乡亲们：
今天，吊脚楼传统营造技艺传承基地在垌阳镇正式揭牌。我代表县文化和旅游局，向基地的建成表示热烈祝贺！
吊脚楼营造技艺不用一钉一铆，全凭榫卯穿斗，是我们祖辈留下的宝贵财富。目前全县能独立掌墨的老匠师只有9位，年龄最大的已经81岁。
基地将每年招收学徒20名，由老匠师带徒授艺，县里给予每人每月800元学习补贴。
希望各位学徒沉下心来，学真本事，让这门手艺在我们这一代手中传下去。
谢谢大家！
""",
    ),
    dict(
        slug="docshare-mianhua-quilt-rules-dash-markers",
        site="易享文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.yixiangdoc.example.com/p-20481772.html",
        title="埠阳镇弹棉花手工作坊安全生产管理制度",
        record_title="埠阳镇弹棉花手工作坊安全生产管理制度（可编辑）",
        date=None,
        notes="decorated record title; glued page markers ＝3＝ (mix); articles that speak of 打印 kept; upload notice; no date",
        pages=dict(fmt="＝{n}＝", every=110, start=2, glue="mix"),
        page="""
!m 易享文档 — 分享有价值的文档
!m 首页 > 制度大全 > 安全管理
{T}
!m 上传人：棉匠老周　大小：26KB　格式：DOC　浏览：509次
!a 立即下载　加入收藏　举报
{BODY}
!d 本文档由用户自行上传，易享文档仅提供信息存储空间，如有侵权请联系我们删除
!l 相关文档：小作坊消防安全责任书 / 家纺加工厂安全操作规程
!m 客服邮箱：kefu@yixiangdoc.example.com
""",
        body="""
第一条　为防止棉絮粉尘引发火灾和职业危害，保障从业人员安全，制定本制度。
第二条　作坊内严禁吸烟和使用明火，弹花机周边两米内不得堆放成品棉被以外的杂物。
第三条　弹花机每日使用前检查皮带和防护罩，发现异响立即停机，由专人维修。
第四条　从业人员作业时须佩戴防尘口罩，作坊每日通风不少于四次。
第五条　本制度打印后张贴在作坊醒目位置，新来人员上岗前须学习并签字。
第六条　本制度自公布之日起施行。
""",
    ),
    dict(
        slug="edu-pengdeng-birdnest-notice-receipt",
        site="岙山区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.aoshan.example.edu.cn/tzgg/2025/1009/3317.html",
        title="关于组织开展“为鸟儿安个家”人工鸟巢制作活动的通知",
        record_title="关于组织开展“为鸟儿安个家”人工鸟巢制作活动的通知 - 岙山区教育信息网",
        date="2025-10-09",
        notes="education portal: 发布时间 byline equals 成文日期; 回执 table rows kept; a sentence about 扫码 kept; font-size row",
        page="""
<html><head><meta charset="utf-8"><title>关于组织开展“为鸟儿安个家”人工鸟巢制作活动的通知 - 岙山区教育信息网</title></head><body>
<div class="head">⟦m 岙山区教育信息网⟧ ⟦m 立德树人　教育为民⟧</div>
<div class="nav">⟦m 首页 | 教育动态 | 通知公告 | 教研天地 | 招生考试⟧</div>
<div class="pos">⟦m 位置：首页 - 通知公告⟧</div>
<h2>{T}</h2>
<div class="attr">⟦m 发布时间：2025-10-09　发布者：德育科　浏览：672⟧ ⟦a 字号：[大] [中] [小]⟧</div>
{BODY}
<div class="next">⟦l 上一条：关于做好秋季学期学生资助工作的通知⟧<br>⟦l 下一条：区中小学生田径运动会秩序册⟧</div>
<div class="footer">⟦m 岙山区教育局主办　地址：岙山区学府路9号⟧<br>⟦d 版权所有 © 岙山区教育局⟧</div>
</body></html>
""",
        body="""
各中小学：
为培养学生爱鸟护鸟意识，区教育局、区林业局决定在全区中小学开展“为鸟儿安个家”人工鸟巢制作活动。
一、活动对象：全区三至八年级学生，以班级或小组为单位参加。
二、作品要求：鸟巢用木板制作，不使用油漆，洞口直径3至3.5厘米，便于山雀入住。
三、作品报送：各校于11月7日前将作品送至区青少年活动中心，学生扫码填写作品信息即可。
四、优秀作品将于12月悬挂在区湿地公园和各校校园内。
回执
学校　　联系人　　作品数量
　　　　　　　　　　
岙山区教育局
2025年10月9日
""",
    ),
    dict(
        slug="oa-tongfang-cooperage-minutes-approval",
        site="埂城县老桶坊酒业OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.laotongfang.example.local/doc/view?id=20251103-017",
        title="关于木桶车间箍桶工艺改进的专题会议纪要",
        record_title="内部公文-关于木桶车间箍桶工艺改进的专题会议纪要",
        date="2025-11-03",
        notes="intranet export with approval trail and read counts; minutes' 时间/地点/主持/参会/记录 lines kept; 抄送 line kept",
        page="""
!m 老桶坊协同办公平台　欢迎您：质量部 郑海
!m 公文管理 > 收文 > 会议纪要
!t 关于木桶车间箍桶工艺改进的专题会议纪要
!m 密级：内部　紧急程度：普通　已阅 37 人　未阅 5 人
{BODY}
!m 流转记录：行政部 起草（11-03 16:20）→ 副总经理 审核（11-04 09:02）→ 总经理 签发（11-04 10:15）
!a 打印　导出　返回列表
!d 内部资料，严禁外传
""",
        body="""
时间：2025年11月3日14:30
地点：公司三楼会议室
主持：副总经理 何建平
参会：木桶车间、质量部、技术部、采购部负责人
记录：行政部 柯蓉
会议听取了木桶车间关于近期新桶渗漏率偏高的情况汇报，经讨论，议定如下事项：
一、自11月10日起，箍桶铁箍统一改用热镀锌钢带，采购部负责落实供货。
二、技术部牵头修订箍桶作业指导书，增加桶板含水率检测环节，含水率高于14%的桶板不得上线。
三、质量部对新桶逐只做48小时注水试验，渗漏率按月通报。
抄送：公司领导，各部门。
""",
    ),
    dict(
        slug="qa-haiou-feeding-answer-vote",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhiliaowd.example.com/question/77120453",
        title="冬天在海边喂海鸥，喂面包可以吗？",
        record_title=None,
        date="2025-12-14",
        notes="no record title: the question is the title; answer's 回答于 is the page's date; vote bar, fold notice, related questions",
        page="""
!m 知了问答 - 有问题，就会有答案
!t 冬天在海边喂海鸥，喂面包可以吗？
!m 提问者：潮汐路人甲　|　关注 218　|　浏览 3.1万
!m 渔港观鸟人　回答于 2025-12-14　·　已获得 906 个赞同
{BODY}
!l 赞同 906　　反对　　评论 47　　收起
!d 回答内容由网友提供，不代表本站观点
!l 相关问题：海鸥冬天为什么会飞到城市？
!l 相关问题：喂鸟会不会破坏生态？
""",
        body="""
不建议喂面包，尤其是含糖、含盐高的面包。
海鸥主要吃小鱼小虾，面包热量高但营养单一，长期吃会影响幼鸟羽毛发育，还会让它们依赖人类投喂。
如果确实想喂，可以选择景区售卖的专用鸥粮，每次少量，抛向水面而不是手上，避免被啄伤。
另外，喂完请把包装带走，不要留在礁石上。
""",
    ),
]
