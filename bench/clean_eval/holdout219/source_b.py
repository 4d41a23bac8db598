"""holdout219, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Each case written by hand.
"""

CASES = [
    dict(
        slug="yanxia-blog-memoir-fathers-photo-frame",
        site="檐下拾光 (invented WordPress-like blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://yanxiashiguang.blog/2025/old-things/fathers-frame/",
        title="父亲书桌上的那只旧相框",
        record_title="旧物絮语｜父亲书桌上的那只旧相框 — 檐下拾光",
        date=None,
        notes="blog with calendar widget, archive, tags, comment form; a memoir whose only date is a year and month "
        "written on a frame's back board (no date); relative post time; an image placeholder between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>旧物絮语｜父亲书桌上的那只旧相框 — 檐下拾光</title>
<link rel='stylesheet' href='https://yanxiashiguang.blog/wp-content/themes/eave/style.css'>
<script src='https://yanxiashiguang.blog/wp-includes/js/wp-emoji-release.min.js'></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 檐下拾光⟧</p><p class="site-description">⟦m 记下一些慢慢变旧的东西⟧</p>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 旧物絮语⟧</li><li>⟦m 读书⟧</li><li>⟦m 关于我⟧</li></ul></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 5 个月前 · 分类：旧物絮语 · 612 次阅读⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：相框　父亲　老照片⟧</footer>
<nav class="post-navigation"><div>⟦l ← 外婆的针线笸箩⟧</div><div>⟦l 搬家时扔掉的那台缝纫机 →⟧</div></nav>
<section id="comments"><h3>⟦l 7 条回应⟧</h3>
<div class="comment">⟦l 南山雨：看到那圈硬纸，眼睛一下就湿了。⟧</div>
<form><p>⟦a 留下你的回应（邮箱不会被公开）⟧</p><textarea></textarea><button>⟦a 提交回应⟧</button></form></section>
</article></main>
<aside class="widget-area">
<section class="widget_calendar"><h2>⟦l 日历⟧</h2><table><caption>⟦l 2025年十月⟧</caption><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section class="widget_archive"><h2>⟦l 归档⟧</h2><ul><li>⟦l 2025年九月（2）⟧</li><li>⟦l 2025年五月（4）⟧</li><li>⟦l 2024年十二月（1）⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦m 檐下拾光 · 自豪地采用 WordPress⟧</footer>
<script>/* wp-embed */</script>
</body></html>
""",
        body="""
父亲的书桌上一直摆着一只旧相框，枣红色的木边，四个角包着铜片，是他年轻时在觜阳县城的照相馆里买的。
相框里是我们一家四口的合影，拍于我上小学那年。照片里的我剃着平头，姐姐扎两根辫子，父亲穿着他唯一的一件中山装，母亲抱着一只搪瓷缸子，不知道为什么要抱着它。
⟦m ［配图：旧相框背面］⟧
后来我们搬了三次家，很多东西都丢了，这只相框却一直跟着父亲。玻璃碎过一次，他舍不得扔，自己去玻璃店裁了一块装上，大小差了一点，边上塞了一圈硬纸。
去年父亲走了。收拾书桌的时候，我把相框翻过来，发现背板上用圆珠笔写着一行小字：一九八七年五月，全家。
现在这只相框摆在我的书桌上，我没有换掉那圈硬纸。
""",
    ),
    dict(
        slug="sanchi-blog-folding-chairs-sports-meet-wrapped",
        site="三尺台前记 (invented teacher's blog)",
        style="博客",
        genre="教育随笔",
        kind="other",
        form="text",
        source="http://sanchitai.blog.jiaoyu365.cn/article/20250427/1033.html",
        title="运动会看台上的三十把折叠椅",
        record_title="运动会看台上的三十把折叠椅 - 教育随笔 - 三尺台前记",
        date="2025-04-27",
        notes="blog text hard-wrapped at 56 columns; the 发表于 line is the page's date; an image placeholder glued after "
        "a 。; comments and a login note below",
        page="""
!m 三尺台前记 · 一个班主任的流水账
!m 首页 | 教育随笔 | 读书笔记 | 留言板
{T}
!m 发表于 2025-04-27 20:13 | 分类：教育随笔 | 阅读(388) | 评论(6)
{BODY}
!l 上一篇：家长会前一晚
!l 下一篇：给毕业班孩子的一封信
!l 评论（6）
!l 晴川：椅子背后的纸条太暖了
!l 老吴：这样的班长，难得
!a 发表评论需先登录，匿名留言审核后显示
""",
        wrap=56,
        indent="    ",
        body="""
学校今年的春季运动会，看台不够坐，总务处从仓库里翻出三十把折叠椅，让各班轮流借用。
第一天上午，我们班借到了六把。我原以为孩子们会抢着坐，没想到班长把椅子先搬给了来观赛的两位家长，又留了两把给跑完八百米的同学歇脚，自己和几个班干部一直站在看台边上喊加油。⟦m （此处原有照片一张）⟧
下午下了一阵小雨，几个男生主动把借来的折叠椅擦干净、收好，整整齐齐码在器材室门口，还在每把椅子背后贴了一张纸条，写着“初二（3）班已归还”。
当了十几年班主任，我常常想，教育到底是什么。也许就是这样一些小事：孩子们知道把方便先让给别人，也知道借了东西要好好还回去。
""",
    ),
    dict(
        slug="weidu-mirror-pledge-cool-boxes-riders",
        site="微读存档 (invented WeChat-article mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://weiducundang.com/a/zhenhuqishou/2025070318.html",
        title="关于规范使用外卖保温箱的倡议书",
        record_title=None,
        date="2025-07-02",
        date_also=["2025-07-03"],
        notes="no title in the record: the mirror's <h1>; a follow prompt glued before the salutation; numbered list; "
        "the pledge's own date under the signature, the account's posting date also accepted; 阅读原文/在看 rows, "
        "a collection tag and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>轸湖骑手之家 · 微读存档</title>
<script async src="https://weiducundang.com/js/track.js"></script>
</head><body>
<div class="wd-top"><a href="/">⟦m 微读存档⟧</a>　<span>⟦m 收藏值得重读的公号文章⟧</span>　<a>⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　轸湖骑手之家　2025-07-03 18:20　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail"><span>⟦l 阅读原文⟧</span>　<span>⟦l 在看 12⟧</span>　<span>⟦l 赞 48⟧</span></div>
<div class="album">⟦m 收录于合集 #骑手安全 9个⟧</div>
</div>
<div class="more"><h4>⟦l 同号更多⟧</h4><p>⟦l 高温天送单，这份防暑指南请收好⟧</p><p>⟦l 骑手驿站新增3处，地址在这里⟧</p></div>
<div class="wd-foot">⟦d 本页由微读存档抓取保存，文章著作权属原公众号，如需移除请致信 remove@weiducundang.com⟧</div>
</body></html>
""",
        p_html="<section><p>{}</p></section>",
        body="""
⟦a 戳上方蓝字“轸湖骑手之家”，一键关注不迷路⟧广大骑手朋友们：
夏季气温高，外卖保温箱既是饭菜的“小厨房”，也是食品安全的第一道关口。为让顾客吃得放心，也为保护大家自身健康，轸湖县快递外卖行业联合工会向全县骑手发出如下倡议：
1.每天收工后用清水擦洗保温箱内壁，每周至少用消毒液彻底消毒一次；
2.生食与熟食分格存放，汤汁类餐品单独套袋，防止洒漏污染；
3.保温箱内不放个人杂物、充电宝和香烟；
4.发现箱体破损、保温层脱落，及时到站点更换。
工会已在城区6个骑手驿站设置了免费消毒点，欢迎大家就近使用。
轸湖县快递外卖行业联合工会
2025年7月2日
""",
    ),
    dict(
        slug="kuiyuan-library-account-projection-screen-films",
        site="奎源书房 via 公号存档站 (invented WeChat mirror, text)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="http://gonghaocundang.net/kuiyuanshufang/20250801/1.html",
        title="奎源市图书馆放映厅新投影幕启用 周末公益电影开放预约",
        record_title="奎源市图书馆放映厅新投影幕启用 周末公益电影开放预约 ▪ 奎源书房 ▪ 公号存档",
        date="2025-08-01",
        notes="WeChat mirror as text: the account line is the page's date; numbered 观影须知 that tell readers to 扫码 "
        "and 关注 (content); a QR line and a like row as chrome",
        page="""
!m 奎源书房
{T}
!m 奎源书房　2025-08-01 17:05　湖北
!a 听全文
{BODY}
!a ↑ 长按识别上方二维码即可预约
!l 阅读原文　分享　收藏　在看　点赞
!m 奎源书房 · 奎源市图书馆官方账号
!d 公号存档站仅作文章备份，版权归原作者，删除请留言
""",
        body="""
经过两周的改造，奎源市图书馆三楼放映厅的新投影幕正式启用。新幕布宽4.2米，比原来大了近一半，坐在最后一排也能看清字幕。
8月起，放映厅每周六下午2点半放映一部公益电影，每场80个座位，免费向读者开放。
观影须知：
1.请提前扫描文末二维码预约，每个读者证每场限约2个座位；
2.开场后15分钟停止入场；
3.放映厅内请勿饮食，离场时请带走个人物品。
本月放映片目将在每周四发布，欢迎关注“奎源书房”公众号查看。
""",
    ),
    dict(
        slug="cangye-share-contract-template-dining-tables",
        site="藏页共享 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.cangyegx.com/doc/30577214.html",
        title="餐桌椅采购合同（范本）",
        record_title="餐桌椅采购合同（范本）（下载即用）_藏页共享",
        date=None,
        notes="sharing page: upload notice, points lock, online-edit button; a contract template with ×× placeholders, "
        "＿＿ blanks, 第N条 articles and a ＿＿年＿＿月＿＿日 signing line (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>餐桌椅采购合同（范本）（下载即用）_藏页共享</title>
<script>window.cy_doc={id:30577214,pages:2,price:8};</script>
</head><body>
<div class="cy-top"><a class="logo">⟦m 藏页共享⟧</a><span>⟦m 好文档，藏一页⟧</span><a>⟦a 上传赚积分⟧</a><a>⟦a 我的藏页⟧</a></div>
<div class="cy-crumb">⟦m 藏页共享 ＞ 合同协议 ＞ 买卖合同⟧</div>
<div class="cy-doc">
<h1>⟦t 餐桌椅采购合同（范本）（下载即用）⟧</h1>
<div class="cy-info">⟦m 2页　0.3万字　浏览 866　下载 73⟧　<span>⟦m 上传时间：2025-02-17⟧</span></div>
<div class="cy-upl">⟦d 本文档由藏页用户“lvzhou_07”上传分享，下载所得收益归上传者所有⟧</div>
<div class="cy-content">
<p class="c"><b>{T}</b></p>
{BODY}
</div>
<div class="cy-lock">⟦a 下载需消耗8个藏页积分，积分不足可每日签到领取⟧</div>
<div class="cy-btns"><a>⟦a 在线编辑⟧</a><a>⟦a 下载文档⟧</a><a>⟦a 收进文件夹⟧</a></div>
</div>
<div class="cy-side"><h3>⟦l 相关合同范本⟧</h3><ul><li>⟦l 学校食堂设备采购合同⟧</li><li>⟦l 办公家具买卖合同（简易版）⟧</li></ul></div>
<div class="cy-foot">⟦d 藏页共享是文档分享平台，文档版权属上传者所有，如有侵权请点击“举报”。⟧<br>⟦m 粤ICP备22019405号⟧</div>
</body></html>
""",
        body="""
甲方（采购方）：××学校
乙方（供货方）：××家具有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方采购学生食堂餐桌椅事宜订立本合同。
第一条　采购内容。乙方向甲方提供四人位餐桌＿＿张、配套椅子＿＿把，规格、材质见附表。
第二条　合同价款。合同总价为人民币＿＿＿＿元（大写：＿＿＿＿＿＿），含运输、安装及税费。
第三条　交货与验收。乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点并安装完毕，甲方在3个工作日内组织验收。
第四条　质量保证。质保期为＿＿年，质保期内非人为损坏的，乙方负责免费维修或更换。
第五条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="zhiyuan-share-letter-borrow-photo-frames-markers",
        site="纸鸢文档分享 (invented)",
        style="文档分享",
        genre="函",
        kind="letter",
        form="text",
        source="https://zhiyuanwd.com/s/8KpQ2vXw",
        title="关于商请借用展览相框的函",
        record_title="关于商请借用展览相框的函.docx",
        date="2025-09-05",
        notes="file-name record title; ⯃n⯃ page markers glued with a space to the continuation line; the "
        "letter's own 联系人/电话; a share stamp that is no date",
        page="""
!m 纸鸢文档分享 · 文档随手存
!t 关于商请借用展览相框的函.docx
!m 分享者：杓口小蔺　文件大小：26KB　分享时间：2025-09-08
!a 预览模式下仅显示文字，排版以原文件为准
{BODY}
!a 保存到我的纸鸢　　下载原文件（需登录）
!d 文档内容由分享者上传，纸鸢不对其真实性负责。
""",
        pages=dict(fmt="⯃{n}⯃", every=70, start=2, glue=True, sep=" "),
        body="""
璇溪县文化馆：
为纪念璇溪县撤区设县四十周年，我镇定于9月下旬在杓口镇综合文化站举办“杓口老照片”展览，拟展出老照片180余幅。因镇文化站现有相框数量不足、规格不一，特商请贵馆借用展览相框一批，具体如下：
一、借用数量：40×60厘米黑色铝合金相框120个，30×40厘米相框60个。
二、借用时间：2025年9月20日至10月20日。
三、相框由我镇派车自取自还，借用期间如有损坏，照价赔偿。
妥否，请函复。
联系人：杓口镇综合文化站　蔺晓棠　电话：0833-5180226
璇溪县杓口镇人民政府
2025年9月5日
""",
    ),
    dict(
        slug="zuiyang-edu-notice-folding-chair-safety",
        site="觜阳县教育体育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.zuiyang.gov.cn/aqgz/202505/t20250522_7741.html",
        title="觜阳县教育体育局关于规范中小学户外活动折叠椅使用安全的通知",
        record_title="觜阳县教育体育局关于规范中小学户外活动折叠椅使用安全的通知_安全稳定_觜阳教体",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="education portal: 读屏/适老 links, attachment download link beside the notice's own 附件 line, the "
        "notice's 联系人/电话/邮箱 beside the portal's technical line; portal date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>觜阳县教育体育局关于规范中小学户外活动折叠椅使用安全的通知_安全稳定_觜阳教体</title>
<script src="/static/js/aria-reader.js"></script>
</head><body>
<div class="tool">⟦a 读屏辅助⟧ ⟦a 大字适老⟧ ⟦a 退出辅助⟧</div>
<div class="brand">⟦m 觜阳教体⟧ <small>⟦m 觜阳县教育体育局主办⟧</small></div>
<ul class="nav"><li>⟦m 机构职能⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 安全稳定⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="place">⟦m 现在位置：觜阳教体 → 安全稳定 → 通知通告⟧</div>
<h2 class="title">{T}</h2>
<div class="attr">⟦m 发布人：县教体局安全股　发布日期：2025-05-22　阅读：1290⟧</div>
<div class="content">
{BODY}
</div>
<div class="att"><a href="/u/2025/05/zhedieyi.xlsx">⟦a 附件下载：觜阳县中小学折叠椅安全排查情况表.xlsx（18KB）⟧</a></div>
<div class="qr">⟦a 扫一扫在手机上读本文⟧</div>
<div class="foot"><p>⟦m 觜阳县教育体育局版权所有　川ICP备12004417号-1⟧</p><p>⟦m 网站技术支持：觜阳县教育信息中心　0836-5520086⟧</p></div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
近期，外县发生一起学生在户外活动中被折叠椅夹伤手指的事故。为防范类似事故，现就规范中小学户外活动折叠椅使用通知如下。
一、各校要对现有折叠椅开展一次全面排查，对锁扣失灵、铰链松动、椅面开裂的一律停用报废。
二、组织学生搬运、开合折叠椅时，须由教师现场指导，小学低年级学生不得单独开合折叠椅。
三、各校于6月6日前将排查情况表报县教体局安全股。
联系人：县教体局安全股　覃立群　电话：0836-5523317　邮箱：zyjtaqg@163.com
附件：觜阳县中小学折叠椅安全排查情况表
觜阳县教育体育局
2025年5月20日
""",
    ),
    dict(
        slug="maochuan-edu-summary-projection-screens-decimal",
        site="昴川教育信息网 (invented, text rendering)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.mcjy.net/dhzb/2025/0710/2216.html",
        title="昴川县电教馆2025年上半年教室投影设备维护工作总结",
        record_title="【装备动态】昴川县电教馆2025年上半年教室投影设备维护工作总结 - 昴川教育信息网",
        date="2025-07-08",
        notes="education portal as text: decimal headings 1 / 1.1 …; an 'expand the rest' line between paragraphs; "
        "an update stamp that is no date; 成文日期 under the signature",
        page="""
!m 昴川教育信息网
!a 读屏模式　|　适老化浏览
!m 首页 > 电教装备 > 工作动态
{T}
!m 作者：电教馆　更新：2025-07-10　点击：147
{BODY}
!a 打印此页　　关掉窗口
!l 上一篇：2025年春季学期中小学实验室安全检查通报
!l 下一篇：关于开展暑期教师信息技术应用培训的通知
!m 昴川县教育体育局主办　昴川县电教馆承办
""",
        body="""
1 基本情况
1.1 今年上半年，县电教馆共接到学校报修投影设备212台次，其中投影幕故障67台次，占31.6%。
1.2 投影幕故障主要是电动幕电机烧坏、幕布卡死和手拉幕弹簧失效。
2 主要做法
2.1 建立“一校一台账”，每台投影幕登记型号、安装时间和维修记录。
2.2 组织12名电教员分片包干，报修后48小时内上门，维修完成率96%。
⟦a 余下54%内容，点击展开 ∨⟧
2.3 对使用超过8年的投影幕列入更换计划，上半年更换41幅。
3 下一步打算
3.1 暑假期间对全县中小学投影幕开展一次集中保养。
3.2 编印投影设备日常使用指南，发放到每个班级。
昴川县电化教育馆
2025年7月8日
""",
    ),
    dict(
        slug="xianda-oa-minutes-medical-cool-boxes",
        site="鲜达冷链协同办公平台 (invented enterprise OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.xiandalenglian.com/doc/view.do?id=20250815007",
        title="关于医药保温箱周转管理问题的专题会议纪要",
        record_title="〔专题会议〕关于医药保温箱周转管理问题的专题会议纪要｜鲜达协同办公",
        date="2025-08-14",
        notes="OA document view: 流转记录, read count, 标为已读 button; minutes' 时间/地点/主持/参会/记录 lines; the "
        "meeting's 时间 line is the date; the 流转 stamps are not",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔专题会议〕关于医药保温箱周转管理问题的专题会议纪要｜鲜达协同办公</title>
<script src="/oa/js/doc-viewer.js"></script>
</head><body>
<div class="oa-head">⟦m 鲜达冷链协同办公平台⟧　<span>⟦m 当前用户：邝佳（质量部）⟧</span>　<a>⟦a 退出⟧</a></div>
<ul class="oa-menu"><li>⟦m 待办⟧</li><li>⟦m 已办⟧</li><li>⟦m 公文⟧</li><li>⟦m 会务⟧</li><li>⟦m 通讯录⟧</li></ul>
<div class="oa-doc">
<h2>{T}</h2>
<div class="oa-attr">⟦m 发文部门：总经理办公室　密级：内部　已读 64 人⟧</div>
<div class="oa-text">
{BODY}
</div>
<div class="oa-btn">⟦a 标为已读⟧　⟦a 转发同事⟧　⟦a 打印正文⟧</div>
<table class="oa-flow"><caption>⟦m 流转记录⟧</caption>
<tr><td>⟦m 2025-08-15 10:12　总经理办公室　戚远航　签发⟧</td></tr>
<tr><td>⟦m 2025-08-15 14:30　仓储部　鲁海平　已阅⟧</td></tr>
<tr><td>⟦m 2025-08-16 09:05　运输部　覃翔　已阅⟧</td></tr>
</table></div>
<div class="oa-foot">⟦d 本平台信息仅限公司内部使用，请勿截屏外传⟧　⟦m IT服务台　分机8000⟧</div>
</body></html>
""",
        body="""
时间：2025年8月14日上午9:00
地点：公司三楼第二会议室
主持：副总经理　戚远航
参会：仓储部、运输部、质量部、财务部负责人
记录：质量部　邝佳
会议听取了质量部关于上半年医药保温箱周转情况的汇报。上半年公司共有周转保温箱860个，丢失、损坏未归还的53个，有11个保温箱温度记录仪电池失效，影响了全程温控数据的完整性。会议议定如下：
一、运输部自9月1日起实行保温箱“一箱一码”出入库登记，司机交接时扫码确认。
二、质量部每月抽检保温箱温度记录仪，电池使用满一年的一律更换。
三、财务部对丢失保温箱按责任人赔偿办法执行，每季度通报一次。
""",
    ),
    dict(
        slug="mubang-intranet-bulletin-dining-table-batches",
        site="木邦家具内部信息网 (invented intranet, text)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.1.20/zlgl/tb/2025/1015.html",
        title="关于三季度餐桌出厂检验不合格情况的通报",
        record_date="2025-10-15",
        date="2025-10-15",
        notes="record gives title and date; a data table of failed batches (one row a paragraph); intranet chrome "
        "with an IT extension",
        page="""
!m 木邦家具内部信息网
!m 首页 > 质量管理 > 质量通报
{T}
!m 发布人：质检部　点击：92　附件：无
!a 已阅　回复　打印预览
{BODY}
!l 上一条：关于开展四季度安全生产月活动的通知
!m IT支持热线：分机6600　　仅限公司内网访问
""",
        body="""
各车间、各部门：
三季度，质检部对出厂餐桌共抽检48批次，其中不合格3批次，不合格率6.3%，比二季度上升2.1个百分点。具体情况如下：
批次号　产品型号　不合格项目
MB2507-113　1.4米橡木餐桌　桌面平整度超差
MB2508-042　1.2米折叠餐桌　折叠铰链开合卡滞
MB2509-077　圆形餐桌　漆膜附着力不足
上述3批次产品已全部返工，复检合格后出厂。请各车间举一反三，加强首件检验和过程巡检，四季度不合格率力争控制在3%以内。
质检部
2025年10月15日
""",
    ),
]
