"""holdout34, part B: forums, blogs, account mirrors, sharing sites, education portals. Invented."""

CASES = [
    dict(
        slug="forum-diaoyu-bonsai-pledge-junk",
        site="石趣论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="notice",
        form="text",
        source="http://bbs.shiqu.example.com/thread-40921-1-1.html",
        title="关于文明赏石、拒绝采挖河道奇石的倡议书",
        record_title="[转帖] 关于文明赏石、拒绝采挖河道奇石的倡议书 - 协会公告 - 石趣论坛",
        date="2025-03-20",
        date_also=["2025-03-22"],
        notes="a rock collectors' association pledge reposted on a forum; anti-scraping junk as lines and glued after 。; floor meta; the post's 发表于 differs from the signature date (both accepted)",
        junk=dict(lines=2, glued=2),
        page="""
!m 石趣论坛 » 协会公告 » 查看帖子
!m 楼主　溪边拾石　发表于 2025-3-22 21:07
!m 查看: 733　|　回复: 12
{BODY}
!m 本帖最后由 溪边拾石 于 2025-3-23 08:10 编辑
!l 回复　引用　举报　支持(5)　反对(0)
!m 沙发　石头记　2025-3-22 21:30
""",
        body="""
广大赏石爱好者：
奇石是大自然的馈赠，河道奇石更是河流生态的组成部分。近年来，少数人擅自采挖河道奇石，破坏河床，影响行洪安全。
为此，苕原县奇石协会向全体会员和广大爱好者发出如下倡议：
一、不到禁采河段采挖奇石，不收购来源不明的河道奇石。
二、文明赏石，以石会友，自觉抵制炒作和虚假鉴定。
三、发现非法采挖行为，及时向河长办或水利部门反映。
苕原县奇石协会
2025年3月20日
""",
    ),
    dict(
        slug="forum-hanfu-html-discuz-jammer",
        site="衣冠汉服论坛 (invented)",
        style="论坛",
        genre="活动方案",
        kind="plan",
        form="html",
        source="https://www.yiguanbbs.example.com/forum.php?mod=viewthread&tid=77310",
        title="第三届荪江汉服文化节活动方案",
        record_title="第三届荪江汉服文化节活动方案 - 社团活动 - 衣冠汉服论坛",
        date="2025-08-05",
        notes="Discuz-like thread with jammer fonts; post date 发表于 is the page's publish line (no signature date); signature line and a 'reply to view' box",
        page="""
<html><head><meta charset="utf-8"><title>第三届荪江汉服文化节活动方案 - 社团活动 - 衣冠汉服论坛</title></head><body>
<div id="hd">⟦m 衣冠汉服论坛⟧ <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 衣冠汉服论坛 › 社团活动 › 查看内容⟧</div>
<table><tr><td class="pls">⟦m 荪江汉服社⟧<br>⟦m 主题 38　帖子 210　积分 1623⟧</td>
<td class="plc"><h1>{T}</h1><div class="authi">⟦m 发表于 2025-8-5 19:42⟧ ⟦a 只看该作者⟧</div>
<div class="t_fsz">
{BODY}
</div><div class="sign">⟦m 华夏有衣，襟带天地——荪江汉服社⟧</div></td></tr></table>
<div class="locked">⟦a 本帖隐藏的内容需要回复才可以浏览⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 粤ICP备19004512号⟧</div></body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
一、活动时间：2025年9月13日至14日。
二、活动地点：荪江古城文庙广场。
三、活动内容：汉服巡游、传统射礼展示、古琴雅集、非遗手作市集。
四、报名方式：社员在社团群内接龙报名，非社员可扫描海报上的二维码报名，每人限报一项。
五、注意事项：活动期间请自觉维护广场秩序，巡游队伍服从志愿者指挥。
""",
    ),
    dict(
        slug="blog-guoshu-expert-notes-bracket-time",
        site="老柏的果园笔记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://blog.guoyuan.example.net/laobai/article/20250418.html",
        title="参加全省果树修剪技术培训班的几点体会",
        record_title="参加全省果树修剪技术培训班的几点体会 | 老柏的果园笔记",
        date="2025-04-18",
        notes="a fruit technician's blog: bracketed post time (the page's date), tag cloud and archive at the end, a reward prompt glued after the last sentence",
        page="""
!m 老柏的果园笔记 —— 一个果树技术员的自留地
!m 首页 | 文章 | 相册 | 留言板
{T}
!m [2025-04-18 21:16]　分类：技术心得　阅读(96)　评论(3)
{BODY}
!l 标签：果树修剪 培训 心得
!l 文章归档：2025年4月(3) 2025年3月(5) 2025年2月(2)
!l 最新评论：果农小王：学到了！
""",
        body="""
4月中旬，我有幸参加了省果业技术推广总站举办的果树修剪技术培训班，五天的学习让我收获很大。
第一，修剪要因树制宜。老师反复强调，同一个园子里的树长势不同，不能一把剪子剪到底。
第二，要重视夏季修剪。过去我们重冬剪、轻夏剪，导致树冠郁闭、通风透光差。
第三，技术员要多下地。回到单位后，我打算带着村里的果农一棵一棵地剪，把学到的东西用到园子里。⟦a 写得好就打赏一下吧⟧
""",
    ),
    dict(
        slug="blog-hangbiao-worker-html-wrap",
        site="灯塔守望者 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://dengta.example.blog/2025/01/annual-summary.html",
        title="航标处第三航标站2024年工作总结",
        record_title=None,
        date="2025-01-06",
        notes="a navigation-mark worker's blog, modern template: sidebar with about-me and archive; title only in the h2; signature date; a like/share row and comments",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>灯塔守望者</title></head><body>
<header>⟦m 灯塔守望者 · 一个航标工的日常⟧</header>
<aside><h4>⟦l 关于我⟧</h4><p>⟦m 在海边守了十五年航标灯⟧</p><h4>⟦l 归档⟧</h4><p>⟦l 2025年1月 · 2024年12月 · 2024年11月⟧</p></aside>
<article><h2>{T}</h2><p class="meta">⟦m 发布于 2025年1月7日 · 分类：工作 · 12 条评论⟧</p>
{BODY}
<div class="like">⟦a ♥ 喜欢 23⟧ ⟦l 分享：微博 | 豆瓣 | 复制链接⟧</div></article>
<section class="comments">⟦l 发表评论⟧ <p>⟦l 海风：辛苦了，致敬航标人！⟧</p></section>
<footer>⟦d 本博客文字除特别说明外均为原创，转载请注明⟧</footer></body></html>
""",
        body="""
2024年，第三航标站在航标处党委的领导下，全面完成了辖区四十六座航标的维护保养任务，航标正常率达到百分之九十九点八。
一是加强日常巡检。全年出海巡检一百二十航次，更换灯器十四套、太阳能板九块。
二是做好恶劣天气应急。台风“海燕”过境后，全站人员连续作业四十八小时，恢复移位浮标五座。
三是推进遥测遥控。新增遥测终端八套，实现重点航标状态实时监控。
第三航标站
2025年1月6日
""",
    ),
    dict(
        slug="wechat-yaoshi-choir-speech-mirror",
        site="公号阅读 (invented mirror)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://gzh-read.example.com/s/e8K2mPq71",
        title="在蒨溪县合唱协会成立大会上的讲话",
        record_title="在蒨溪县合唱协会成立大会上的讲话",
        date="2025-05-16",
        notes="WeChat mirror: account line with the time (taken as the page's date where no other), speaker line under the title neutral, date under the title; 阅读原文/在看 rows; follow prompt inside the body",
        page="""
{T}
!m 蒨溪文联　蒨溪县文联　2025-05-18 07:30　发表于湖南
县文联主席　欧阳明
（2025年5月16日）
{BODY}
!a 阅读原文
!l 赞 31　　在看 9　　分享
!l 写留言
!d 本页面由公号阅读自动抓取生成，内容版权归原公众号所有
""",
        body="""
各位会员、各位朋友：
今天，蒨溪县合唱协会正式成立了。我代表县文联，向协会的成立表示热烈祝贺！
近年来，全县群众合唱活动蓬勃发展，已有社区、企业、学校合唱团三十多支，团员一千余人。
⟦a 长按识别二维码，关注“蒨溪文联”⟧
希望协会团结带领广大合唱爱好者，多唱时代新声，多到基层演出，把歌声送到田间地头。
""",
    ),
    dict(
        slug="wechat-jiehu-shelter-html-mirror",
        site="萼岭小动物救助站公众号 (invented, mirror)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mp.wxmirror.example.org/a/22f1c03b",
        title="萼岭县流浪动物救助站关于开展领养日活动的公告",
        record_title="萼岭县流浪动物救助站关于开展领养日活动的公告",
        date="2025-06-03",
        notes="WeChat-style mirror page: rich_media template, account profile box, 'follow' card, reward button, read counts; the document's own 联系电话 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>萼岭县流浪动物救助站关于开展领养日活动的公告</title></head><body>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 萼岭毛孩子之家⟧ ⟦m 2025年06月03日 20:15⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 微信扫一扫关注该公众号⟧</div>
<div class="reward">⟦a 喜欢作者⟧</div>
<div class="tool">⟦l 阅读 2,104　点赞 88　在看 35⟧</div>
</div>
<div class="mirror-foot">⟦d 本站仅做公众号文章备份，如有侵权请邮件联系删除⟧</div></body></html>
""",
        body="""
为帮助救助站内的流浪犬猫找到温暖的家，本站定于6月8日（星期日）上午9时至12时在县体育公园东门举办领养日活动。
一、参加领养的市民须年满十八周岁，有固定住所和稳定收入，并携带身份证原件。
二、领养人须签订文明养宠承诺书，同意接受救助站志愿者的定期回访。
三、所有待领养动物均已完成驱虫、免疫和绝育。
咨询电话：0745-6610233（工作日9:00-17:00）。
萼岭县流浪动物救助站
2025年6月3日
""",
    ),
    dict(
        slug="wechat-minbao-explosives-notice-wrapped",
        site="微文存档 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wxcundang.example.com/p/91027",
        title="关于开展民用爆炸物品安全专项检查的通知",
        record_title="关于开展民用爆炸物品安全专项检查的通知｜葶阳工信",
        date="2025-04-11",
        notes="an account mirror with the text hard-wrapped at 56 columns; account line; a 'continue reading on the app' action and a 'previous/next' row; Chinese-numeral signature date",
        wrap=56,
        page="""
!m 葶阳工信　2025-04-12
{T}
{BODY}
!a 打开App继续阅读原文
!l 上一篇：全县工业经济运行情况通报　下一篇：中小企业服务月活动启动
!m 微文存档 wxcundang.example.com
""",
        body="""
各民爆生产、销售企业，各乡镇安监站：
为深刻吸取近期外省民爆事故教训，切实防范化解安全风险，县工信局决定在全县开展民用爆炸物品安全专项检查。
一、检查时间为2025年4月15日至5月15日。
二、检查重点是仓库储存、运输车辆、人员资质和流向登记。
三、对检查中发现的隐患，要建立台账、限期整改，整改不到位的一律停业整顿。
葶阳县工业和信息化局
二〇二五年四月十一日
""",
    ),
    dict(
        slug="docshare-chayun-minutes-dash-markers",
        site="茶云文档 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://chayundoc.example.com/d/4c0e7711",
        title="蔺溪县食用菌产业联盟第二次理事会会议纪要",
        record_title="蔺溪县食用菌产业联盟第二次理事会会议纪要.doc",
        date="2025-02-20",
        date_also=["2025-02-18"],
        notes="file-name title; minutes with 时间/地点/主持/参会 lines kept; page markers ⎨n⎬ on their own lines; upload notice; the 印发 date expected and the meeting date also accepted",
        pages=dict(fmt="⎨{n}⎬", every=140, start=2),
        page="""
!m 茶云文档　·　分享让知识流动
!t 蔺溪县食用菌产业联盟第二次理事会会议纪要.doc
!d 此文档由用户“菇农老许”上传分享，仅供学习交流，若有侵权请联系平台下架
{BODY}
!a 下载本文档（Word版，2积分）
!l 该用户的其他文档：香菇大棚管理规程.doc　菌包采购合同.doc
""",
        body="""
时间：2025年2月18日上午
地点：县农业农村局三楼会议室
主持：联盟理事长　许德茂
参会：联盟理事单位代表十一人，县农业农村局、县供销社有关负责同志
会议听取了联盟秘书处2024年工作报告，审议通过了2025年联盟工作计划和会费收支办法。
会议议定：一是由联盟统一采购菌种，降低会员成本；二是在县城设立食用菌展销窗口；三是聘请省食用菌研究所专家担任技术顾问。
蔺溪县食用菌产业联盟秘书处
2025年2月20日印发
""",
    ),
    dict(
        slug="docshare-zhenzhu-report-html",
        site="拾贝共享 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shibeishare.example.cn/doc/88012.html",
        title="关于淡水珍珠养殖业转型升级的调研报告",
        record_title="【可编辑】关于淡水珍珠养殖业转型升级的调研报告 - 拾贝共享",
        date=None,
        notes="sharing site; no date in the document (the upload stamp is no date); a data table one row a paragraph; download box and related docs",
        page="""
<html><head><meta charset="utf-8"><title>【可编辑】关于淡水珍珠养殖业转型升级的调研报告 - 拾贝共享</title></head><body>
<div class="nav">⟦m 拾贝共享⟧ ⟦l 首页　文档分类　排行榜　会员中心⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 上传时间：2025-05-30　文件格式：DOCX　页数：3⟧</div>
<div class="doc">
{BODY}
</div>
<div class="dl">⟦a 立即下载（可编辑Word）⟧ ⟦a 加入收藏夹⟧</div>
<div class="rel">⟦l 相关文档：珍珠蚌养殖技术要点　水产养殖尾水治理方案⟧</div>
<div class="foot">⟦d 本站文档均为网友分享，仅供参考，下载后请于24小时内删除⟧</div></body></html>
""",
        body="""
淡水珍珠养殖曾是我县渔业的支柱产业，但长期以来的粗放养殖对水体造成了一定影响。为推动产业转型升级，调研组于今年春季深入主要养殖乡镇开展了调研。
一、产业现状
指标　2020年　2024年
养殖面积（亩）　18500　9600
珍珠产量（吨）　210　132
从业人员（人）　4300　2700
二、主要问题
养殖户普遍规模小、技术弱，尾水处理设施不足，产品以低价原珠为主。
三、对策建议
推行池塘循环水养殖，发展珍珠首饰设计和电商销售，延伸产业链，提高附加值。
""",
    ),
    dict(
        slug="edu-hanghai-college-notice-html",
        site="莳原航海职业学院 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.shiyuan-maritime.example.edu.cn/jwc/tzgg/2025/0610/3309.htm",
        title="关于2025届毕业生船员适任考试报名的通知",
        record_title="关于2025届毕业生船员适任考试报名的通知-教务处",
        date="2025-06-10",
        notes="a maritime vocational college's 教务处 page: sidebar menu, publish info, the document's own 联系人/电话 and a URL in the body telling students to 下载打印 the form; 附件 list",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于2025届毕业生船员适任考试报名的通知-教务处</title></head><body>
<div class="banner">⟦m 莳原航海职业学院教务处⟧</div>
<div class="left"><h3>⟦l 通知公告⟧</h3><ul><li>⟦l 教学动态⟧</li><li>⟦l 考务管理⟧</li><li>⟦l 下载中心⟧</li></ul></div>
<div class="right"><div class="loc">⟦m 当前位置: 首页 &gt;&gt; 通知公告 &gt;&gt; 正文⟧</div>
<h1>{T}</h1><div class="date">⟦m 作者：教务处　发布时间：2025-06-10　点击：[ 1302 ]⟧</div>
{BODY}
<div class="close">⟦a 【打印此页】 【关闭窗口】⟧</div></div>
<div class="foot">⟦m 地址：莳原市滨江大道188号　邮编：423000⟧ ⟦m 版权所有：莳原航海职业学院⟧</div></body></html>
""",
        body="""
各二级学院：
根据海事管理机构安排，2025届航海技术、轮机工程技术专业毕业生船员适任考试定于7月举行。现将报名事项通知如下。
一、报名时间：6月12日至6月20日。
二、报名方式：学生登录海事考试报名系统（https://exam.hs.example.gov.cn）填写信息，并下载打印报名表，经辅导员签字后交所在学院。
三、联系人：教务处考务科　钟老师，电话：0736-7123045。
附件：船员适任考试报名表
教务处
2025年6月10日
""",
    ),
    dict(
        slug="edu-pengren-school-letter-text",
        site="檫岭县教育网 (invented)",
        style="教育门户",
        genre="致家长的一封信",
        kind="letter",
        form="text",
        source="http://jy.chaling.example.gov.cn/xxgk/2025/0701/2251.html",
        title="檫岭县职业中专烹饪专业2025年招生致家长的一封信",
        record_title="檫岭县职业中专烹饪专业2025年招生致家长的一封信",
        date="2025-07-01",
        notes="education portal text page; 回执 slip at the end kept (with 年 月 日 blanks); numbered list; site footer with the bureau's phone next to the school's own 招生咨询电话",
        page="""
!m 檫岭县教育网　|　教育信息公开
!m 栏目：招生考试　　发布：县职业中专　　日期：2025-07-01
!a 【大】【中】【小】　【打印】　【关闭】
{BODY}
!m 檫岭县教育局主办　电话：0734-5510012
!m 湘ICP备05009982号-2
""",
        body="""
尊敬的家长朋友：
您好！檫岭县职业中专烹饪专业是省级示范专业，开设中式烹调、中式面点两个方向，毕业生就业率连续五年超过百分之九十八。
1.学制三年，学生可同时取得中职毕业证书和中式烹调师职业技能等级证书。
2.学校与县内十二家酒店签订合作协议，学生第三学年到酒店顶岗实习。
3.符合条件的学生享受国家免学费政策和助学金。
招生咨询电话：0734-5523306（招生办　谭老师）。
檫岭县职业中专
2025年7月1日
回执
学生姓名：　　　　家长签名：　　　　　年　月　日
""",
    ),
    dict(
        slug="edu-guqin-youth-palace-plan-markers",
        site="楸湾区教育信息网 (invented)",
        style="教育门户",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://edu.qiuwan.example.gov.cn/tzgg/20250830/771.html",
        title="楸湾区中小学古琴进校园活动实施方案",
        record_title="楸湾区中小学古琴进校园活动实施方案（2025-2026学年）",
        title_also=["楸湾区中小学古琴进校园活动实施方案（2025-2026学年）"],
        date="2025-08-30",
        notes="decorated record title (a school-year suffix, also accepted); glued page markers ⁘n⁘ in mix; a follow prompt and a 'scan to read on mobile' line",
        pages=dict(fmt="⁘{n}⁘", every=150, start=2, glue="mix"),
        page="""
!m 楸湾区教育信息网
!m 首页 → 通知公告 → 文件通知
!t 楸湾区中小学古琴进校园活动实施方案
!m 发布人：区教育局体卫艺科　2025-08-30　浏览：233次
{BODY}
!a 扫码在手机上查看本文
!l 相关链接：区中小学艺术展演活动方案　区学校美育工作要点
""",
        body="""
为弘扬中华优秀传统文化，提升学生艺术素养，区教育局决定在全区中小学开展古琴进校园活动，特制定本方案。
一、活动目标：每所试点学校组建古琴社团一个，培养学生古琴爱好者不少于三十人。
二、试点学校：区实验小学、区第二中学、楸湾镇中心学校等六所学校。
三、实施步骤：9月完成社团组建和师资培训，10月至次年5月开展常态化教学，6月举办全区古琴展演。
四、保障措施：区教育局统筹安排活动经费，聘请区古琴社专业教师每周到校授课。
楸湾区教育局
2025年8月30日
""",
    ),
]
