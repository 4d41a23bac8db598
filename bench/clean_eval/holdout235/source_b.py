"""holdout235, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-banshu-essay-three-clickers",
        site="板书之外 (invented Typecho-like teacher's blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://banshuzhiwai.blog/archives/318/",
        title="讲课十年，我用坏了三支翻页笔",
        record_title="讲课十年，我用坏了三支翻页笔 | 板书之外",
        date="2023-11-18",
        notes="blog: the post's 发表于 line is the page's date; calendar widget, tag cloud, archive, comment form; a "
        "'previous post' line between paragraphs and a like prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>讲课十年，我用坏了三支翻页笔 | 板书之外</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
<script src="/usr/themes/chalk/app.js"></script>
</head>
<body>
<header id="header">
<div class="site-name"><a href="/">⟦m 板书之外⟧</a></div>
<div class="site-desc">⟦m 一个中学语文老师的讲台外笔记⟧</div>
<nav>⟦m <a href="/">首页</a> <a href="/about.html">关于我</a> <a href="/links.html">友情链接</a> <a href="/feed/">RSS</a>⟧</nav>
</header>
<div id="main">
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 作者：青杉老师⟧</li><li>⟦m 发表于：2023-11-18⟧</li><li>⟦m 分类：讲台杂记⟧</li><li>⟦m 阅读：602⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：翻页笔 课堂 教学随笔⟧</p>
<p class="license">⟦d 本文采用署名-非商业性使用许可协议，转载请保留出处。⟧</p>
</article>
<div id="comments"><h3>⟦l 已有 4 条评论⟧</h3>
<ol><li>⟦l 小满：激光那段看得我心里一紧，以后也不开了。⟧</li>
<li>⟦l 老周在讲台：我现在用的那支也带震动，确实好用。⟧</li></ol>
<form>⟦a 称呼（必填）　邮箱（必填）　网站　提交评论⟧</form></div>
</div>
<aside id="secondary">
<section><h3>⟦l 日历⟧</h3><table><tr><td>⟦l 2023年11月　一 二 三 四 五 六 日⟧</td></tr></table></section>
<section><h3>⟦l 标签云⟧</h3><p>⟦l 作文 晨读 班会 课件 家访 翻页笔 读书⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><p>⟦l 2023年11月 (3)　2023年10月 (5)　2023年9月 (4)⟧</p></section>
</aside>
<footer id="footer">⟦m © 2024 板书之外 · 由 Typecho 驱动⟧ ⟦m 湘ICP备2021018802号⟧</footer>
</body>
</html>
""",
        body="""
第一支翻页笔是2014年学校发的，塑料外壳，五个按键，用了不到一年，接收器就落在了某个教室的电脑上，再也没找回来。
第二支是我自己买的，带激光，一百二十块钱。那几年公开课多，我拿着它在讲台上走来走去，觉得很神气。有一次激光点扫过后排，一个学生下意识地捂住眼睛，我吓了一跳，从此再没开过激光。
⟦l 上一篇：板书还有必要写吗⟧
第三支带计时和震动提醒，上课前设好四十分钟，剩五分钟时手心一震，我就知道该收尾了。它陪了我五年，去年掉在地上，外壳裂了，翻页键时灵时不灵。⟦a 觉得有共鸣就点个赞吧⟧
现在我用的是第四支，但我常常想，学生记住的从来不是哪一页课件，而是讲台上的人有没有把话说清楚。
""",
    ),
    dict(
        slug="blog-paoquan-essay-timer-wrapped",
        site="跑圈日志 (invented personal running blog), text of the page",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://paoquanrizhi.net/2024/essay-old-timer",
        title="跑步十年，我换回了最简单的计时器",
        record_title=None,
        date=None,
        notes="title missing from the record, found on the page's title line; body hard-wrapped at 64 columns with "
        "indents; the post time is relative (2 周前), so no date",
        page="""
!m 跑圈日志 — 慢慢跑，别停下
!m 首页 / 随笔 / 装备
{T}
!m 2 周前 · 阅读约 3 分钟 · 评论 9
{BODY}
!l 相关文章：第一次跑半马的那个早晨　·　操场上的夜跑人
!a 喜欢这篇文章？请作者喝杯豆浆 ☕
!l 评论（9）　|　写评论
!m 跑圈日志 paoquanrizhi.net · 内容原创，转载请联系作者
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
刚开始跑步那年，我戴的是一块能测心率、带定位的运动手表。配速、步频、海拔，每一项数据都让我着迷，每次跑完都要对着手机看半天曲线。
后来手表坏了，我在抽屉里翻出一个田径场上常见的老式计时器，按一下开始，再按一下停止，屏幕上只有分和秒。
用它跑了一个月，我发现自己反而跑得更放松了。不再盯着配速焦虑，只在每圈经过起点时看一眼时间，心里大概有数就行。
有一次在操场遇到一位七十多岁的老人，他也用同样的计时器，说自己用了二十年。我们一起跑了三圈，他说：“时间是跑出来的，不是看出来的。”
现在我仍然只带这个计时器出门。它不会告诉我太多，但已经足够了。
""",
    ),
    dict(
        slug="wechat-yuemingshequ-new-boards-html",
        site="公号备份站 (invented WeChat mirror) of the 鸑鸣社区 account",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://gonghaobeifen.com/a/ymsq/20240516/8814302.html",
        title="小区东门宣传栏换新了，这些内容和你有关",
        record_title="小区东门宣传栏换新了，这些内容和你有关 ｜ 鸑鸣社区 · 公号备份",
        date="2024-05-15",
        date_also=["2024-05-16"],
        notes="WeChat mirror: 原创 tag, a follow prompt glued before the salutation, 阅读原文/在看/点赞 rows, a QR line "
        "and the mirror's archive note; the account's date differs from the signature's date (expected); scanning "
        "and sharing are content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>小区东门宣传栏换新了，这些内容和你有关 ｜ 鸑鸣社区 · 公号备份</title>
<meta name="referrer" content="no-referrer">
</head>
<body>
<div class="gh-top">⟦m 公号备份站 · 好文章不怕被删⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div id="js_content_wrap">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">
<span class="original">⟦m 原创⟧</span>
<span>⟦m 鸑鸣社区⟧</span>
<em id="publish_time">⟦m 2024年5月16日 18:30⟧</em>
<span>⟦m 浙江⟧</span>
</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="read-more">⟦a 阅读原文⟧　⟦a 阅读 1863⟧　⟦a 分享 收藏 点赞 在看⟧</div>
<div class="qr">⟦a 长按识别二维码，关注“鸑鸣社区”⟧</div>
</div>
<div class="gh-note">⟦d 本页为公众号文章的存档副本，原文如有修改或删除以原账号为准。⟧</div>
<div class="gh-foot">⟦m 公号备份站 gonghaobeifen.com　沪ICP备22014706号⟧</div>
</body>
</html>
""",
        p_html='<p style="margin-bottom:12px;"><span style="font-size:15px;">{}</span></p>',
        body="""
⟦a 点击上方蓝字，关注鸑鸣社区⟧亲爱的居民朋友们：
这几天路过小区东门的朋友可能已经发现，那排用了八年的宣传栏换新了！新宣传栏共6块，采用不锈钢框体和防紫外线玻璃，夜间还有灯带照明。
新宣传栏分为“社区通知”“党建园地”“健康生活”“邻里风采”四个板块，其中“邻里风采”专门展示居民的书画、摄影作品和好人好事。
居民如有作品想要展出，可以扫描宣传栏右下角的二维码提交，也可以直接送到社区服务站。
旧宣传栏的框体已交由物业回收利用。欢迎大家把这条消息分享给身边的邻居。
鸑鸣社区居委会
2024年5月15日
""",
    ),
    dict(
        slug="wechat-feicheng-library-borrowing-pledge-text",
        site="微文拾档 (invented WeChat mirror) of the 棐城市图书馆 account, text",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://weiwenshidang.cn/fclib/2024-04-21/1902.html",
        title="文明借阅倡议书",
        record_title="文明借阅倡议书 | 棐城图书馆（微信公众号）",
        date="2024-04-20",
        date_also=["2024-04-21"],
        notes="mirror text: the account line's date differs from the signature's (expected); a star prompt between "
        "paragraphs; sharing the pledge is content",
        page="""
!m 微文拾档 · 公众号文章镜像
{T}
!m 棐城图书馆　2024-04-21 08:00　发表于棐城
!a 👆点上方名片，把图书馆设为星标
{BODY}
!a ▼ 点击“阅读原文”进入读者服务平台
!a 分享　　收藏　　在看 336　　赞 518
!l 往期推荐：世界读书日活动预告｜少儿阅览室暑期开放时间调整
!d 内容转自微信公众号，版权归原作者，如需删除请联系 jubao@weiwenshidang.cn
""",
        body="""
广大读者朋友们：
借书证是每一位读者进入图书馆的“通行证”，也是一份信用凭证。为营造文明有序的借阅环境，我们向大家发出如下倡议：
一、一人一证，不转借自己的借书证，不冒用他人身份借阅。
二、按期归还，借期届满前可通过公众号续借一次，逾期请及时归还。
⟦a ☆ 别忘了给我们加个星标，借阅提醒不错过 ☆⟧
三、爱护图书，不在书上圈画、折角，损坏图书主动说明情况。
四、借书证遗失请第一时间挂失，防止被他人冒用。
五、把这份倡议分享给身边的朋友，让文明借阅成为每个人的习惯。
棐城市图书馆
2024年4月20日
""",
    ),
    dict(
        slug="docshare-gongxiang-rules-mic-stands-html",
        site="共享文档港 (invented document-sharing site)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.gxwdgang.com/view/5620917.html",
        title="会议室音响及话筒架使用管理规定",
        record_title="会议室音响及话筒架使用管理规定（行政管理制度·精编版）",
        date=None,
        notes="sharing page: upload notice, points lock, service WeChat, rating; rules with 第N条 and no date; a "
        "points-unlock line between articles",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>会议室音响及话筒架使用管理规定（行政管理制度·精编版）-共享文档港</title>
<script>window.__DOC__={id:5620917,pages:3};</script>
</head>
<body>
<div class="gx-head"><a href="/">⟦m 共享文档港⟧</a> ⟦m 千万份文档随手查⟧ <a href="/upload">⟦a 上传赚积分⟧</a> <a href="/login">⟦a 登录⟧</a> <a href="/reg">⟦a 注册领积分⟧</a></div>
<div class="gx-crumb">⟦m 首页 ＞ 行政管理 ＞ 规章制度⟧</div>
<div class="gx-doc">
<h1>{T}</h1>
<div class="gx-meta">⟦m 分享者：行政小能手　　3页　　积分：5　　下载次数：1204⟧</div>
<div class="gx-upload-tip">⟦d 本文档由网友自行上传分享，内容仅供参考，平台不保证其准确性和完整性。⟧</div>
<div class="gx-content">
{BODY}
</div>
<div class="gx-lock">⟦a 下载完整版需 5 积分，积分不足？签到即可领取⟧</div>
<div class="gx-rate">⟦a 给文档打分：★★★★★　已有86人评价⟧</div>
</div>
<div class="gx-side">
<h4>⟦l 同类制度文档⟧</h4>
<p>⟦l 单位会议室使用登记管理办法⟧</p>
<p>⟦l 多功能报告厅设备操作规程⟧</p>
<p>⟦l 机关固定资产管理制度汇编⟧</p>
</div>
<div class="gx-service">⟦w 找不到想要的文档？加客服微信 gxwdg_kf 帮你找⟧</div>
<div class="gx-foot">⟦m 共享文档港　鄂ICP备20017746号-2⟧　⟦d 侵权投诉：请发送权属证明至平台邮箱，核实后三个工作日内下架。⟧</div>
</body>
</html>
""",
        body="""
第一条　为加强会议室音响设备管理，保障各类会议正常进行，制定本规定。
第二条　本规定所称音响设备，包括调音台、功放、音箱、有线及无线话筒、桌面话筒架和落地话筒架。
第三条　会议室音响设备由行政部统一管理，每个会议室指定一名设备管理员。
第四条　使用部门应在会前一小时通知设备管理员调试，话筒架的高度和角度由设备管理员根据发言人位置调整，使用人不得强行扳动关节。
⟦a 🔒 以下内容为会员精选，积分解锁后可复制⟧
第五条　落地话筒架应放置在地毯或防滑垫上，线缆沿墙或桌腿固定，不得横穿通道。
第六条　会后由设备管理员清点话筒和话筒架数量，发现损坏的，填写报修单并在设备台账上注明。
第七条　人为损坏设备的，由使用部门承担维修费用。
第八条　本规定自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-hetong-contract-template-clickers",
        site="合同范本屋 (invented), text of the preview",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.hetongfanbenwu.com/caigou/1840377.html",
        title="翻页笔采购合同（范本）",
        record_title="翻页笔采购合同（范本）.docx",
        date=None,
        notes="a .docx file name as the record title; a contract template with ×× placeholders, ＿＿ blanks and "
        "＿＿年＿＿月＿＿日; 第N条 articles; no date",
        page="""
!m 合同范本屋 — 签合同前先来看看
!m 范本分类 ＞ 采购合同 ＞ 电子产品
!t 翻页笔采购合同（范本）.docx
!m 文件格式：DOCX　　大小：21KB　　更新：3 天前
!a 【在线编辑】　【下载本范本】　【打印】
{BODY}
!a 温馨提示：范本仅供参考，签约前请结合实际情况修改条款。
!w 合同审查、起草咨询请致电 400-806-2317（法务顾问在线）
!l 相关范本：办公用品采购合同　｜　多媒体设备采购合同　｜　电子产品买卖合同
!d 合同范本屋所有范本由用户分享及编辑整理，不构成法律意见。
""",
        body="""
甲方（采购方）：××学校
乙方（供货方）：××科技有限公司
第一条　乙方向甲方供应无线翻页笔＿＿支，型号＿＿＿＿，单价＿＿元，合同总价＿＿＿＿元。
第二条　产品应具备翻页、黑屏、激光指示功能，遥控距离不少于30米，激光功率符合国家安全标准。
第三条　乙方应于合同签订后＿＿日内送货至甲方指定地点，并负责现场检测。
第四条　产品质保期为一年，质保期内非人为损坏的，乙方免费更换。
第五条　甲方验收合格后＿＿日内付清货款。
第六条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
＿＿年＿＿月＿＿日　　＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-juling-notice-exam-room-timers-html",
        site="岠岭县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.juling-xian.gov.cn/tzgg/2024/0410/7713.html",
        title="岠岭县教育局关于为全县中考考场统一配备电子计时器的通知",
        record_title="岠岭县教育局关于为全县中考考场统一配备电子计时器的通知-通知公告-岠岭县教育信息网",
        date="2024-04-08",
        date_also=["2024-04-10"],
        notes="education portal: 适老阅读/听读 links, two attachment download links beside the 附件 list, a technical "
        "support line beside the document's own 联系人/电话/邮箱; 'download the attachment' is content; 抄送 line; "
        "the page's 发布时间 differs from the 成文日期 (expected)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>岠岭县教育局关于为全县中考考场统一配备电子计时器的通知-通知公告-岠岭县教育信息网</title>
<script src="/js/accessible.js"></script>
</head>
<body>
<div class="jy-top">⟦a 适老阅读⟧ ⟦a 听读本页⟧ <a href="/en">⟦a EN⟧</a></div>
<div class="jy-logo">⟦m 岠岭县教育信息网⟧ ⟦m 办人民满意的教育⟧</div>
<ul class="jy-nav"><li>⟦m 网站首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 资源下载⟧</li></ul>
<div class="jy-pos">⟦m 当前位置 → 网站首页 → 通知公告⟧</div>
<div class="jy-art">
<h1>{T}</h1>
<div class="jy-info">⟦m 发布时间：2024-04-10　发布科室：基础教育股　访问量：2207⟧</div>
<div class="jy-text">
{BODY}
</div>
<div class="jy-fj">
<p>⟦a 📎 考场计时器需求表.docx（点击下载）⟧</p>
<p>⟦a 📎 考场计时器技术参数.pdf（点击下载）⟧</p>
</div>
<div class="jy-btn">⟦a 〖打印本页〗〖关闭窗口〗⟧</div>
</div>
<div class="jy-foot">
<p>⟦m 主办：岠岭县教育局　地址：岠岭县迎宾路88号⟧</p>
<p>⟦m 网站技术支持：0739-5200911（县教育信息中心）⟧</p>
<p>⟦m 湘ICP备12006630号-1⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校、县直各学校：
为统一中考考场时间提示，避免因挂钟误差引发考生争议，县教育局决定为全县中考考场统一配备电子计时器。现将有关事项通知如下。
一、配备范围：全县3个考点共124个考场，每个考场配备1台，另按10%配备备用机。
二、技术要求：计时器须显示北京时间和考试剩余时间，字高不低于8厘米，具备断电续航功能。
三、工作要求：各考点学校于4月20日前指定专人负责计时器的接收、调试和保管，考前一天与标准时间逐台校对。
请各校下载附件，填写考场计时器需求表，于4月15日前报县教育局基础教育股。
联系人：谭雪莹，电话：0739-5216624，邮箱：jlxjyj_jcjy@163.com。
附件：1.考场计时器需求表
2.考场计时器技术参数
岠岭县教育局
2024年4月8日
抄送：县教育考试中心。
""",
    ),
    dict(
        slug="edu-hechuan2z-notice-freshman-library-cards",
        site="翯川县第二中学 (invented school site on the county education network), text",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hcez.hechuan-edu.cn/tzgg/2024/0902/1138.html",
        title="关于为2024级新生统一办理借书证的通知",
        record_title="【图书馆】关于为2024级新生统一办理借书证的通知_翯川县第二中学",
        date="2024-09-02",
        notes="school page text: scanning a QR code is content; signature date; font-size and print links; "
        "previous/next lines",
        page="""
!m 翯川县第二中学
!m 学校首页｜学校概况｜德育天地｜教学教研｜图书馆｜校园公告
!m 位置：学校首页 >> 校园公告
{T}
!m 作者：图书馆　点击：894　更新：2024-09-02
!a [大字] [中字] [小字]　[打印]
{BODY}
!l 上一篇：2024年秋季开学安全告家长书
!l 下一篇：关于开展新生入馆教育的安排
!m 翯川县第二中学　地址：翯川县书院路16号　湘ICP备19002283号
""",
        body="""
各班主任、全体新生：
为方便新生尽快使用学校图书馆，现将2024级新生借书证办理事项通知如下。
一、办理时间：9月4日至9月6日，每天下午第三节课后。
二、办理地点：图书馆一楼服务台。
三、办理方式：各班班主任收齐学生一寸照片，背面写好班级和姓名，统一交到图书馆；学生也可扫描图书馆门口的二维码，在线填写信息后到馆领取。
四、注意事项：借书证仅限本人使用，每证可借图书3册，借期两周。遗失后请及时到图书馆挂失补办，补办工本费5元。
翯川县第二中学图书馆
2024年9月2日
""",
    ),
    dict(
        slug="oa-hongtian-minutes-clickers-html",
        site="翃田科技协同办公平台 (invented OA system)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://oa.hongtian-tech.com/doc/view?id=20240307-0115",
        title="关于销售部演示设备管理的会议纪要",
        record_title="【归档件】关于销售部演示设备管理的会议纪要｜翃田科技协同办公",
        date="2024-03-07",
        notes="OA document view: 流转记录, read count, 设为已读/存成PDF buttons; the minutes' 时间/地点/主持/参会/记录 "
        "lines in the body; the date from the 时间 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【归档件】关于销售部演示设备管理的会议纪要｜翃田科技协同办公</title>
<script src="/static/oa/core.js"></script>
</head>
<body class="oa">
<div class="oa-top">⟦m 翃田科技协同办公平台⟧ ⟦m 欢迎您，市场二部 刘小北⟧ <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办(3)　已办　公文　会议　通讯录　知识库⟧</div>
<div class="oa-path">⟦m 公文 / 会议纪要 / 查看⟧</div>
<div class="oa-toolbar"><button>⟦a 设为已读⟧</button> <button>⟦a 存成PDF⟧</button> <button>⟦a 转发同事⟧</button></div>
<div class="oa-doc">
<h2>{T}</h2>
<div class="oa-meta">⟦m 拟稿：施晓雯　审核：龙海涛　密级：内部　已读 41 人⟧</div>
<div class="oa-body">
{BODY}
</div>
</div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<table>
<tr><td>⟦l 2024-03-07 17:20　施晓雯　起草⟧</td></tr>
<tr><td>⟦l 2024-03-08 09:05　龙海涛　审核通过⟧</td></tr>
<tr><td>⟦l 2024-03-08 10:30　行政部　归档⟧</td></tr>
</table></div>
<div class="oa-foot">⟦d 仅供翃田科技员工内部查阅⟧　⟦m IT服务台分机：8080⟧</div>
</body>
</html>
""",
        body="""
时间：2024年3月7日14:00
地点：公司三楼小会议室
主持：销售部经理　龙海涛
参会：销售部各区域主管，行政部　马琳，IT支持部　费思远
记录：施晓雯
会议讨论了销售部演示设备管理问题，形成以下意见：
一、销售部现有翻页笔23支，其中7支无法使用，由IT支持部统一检测，能修则修，不能修的办理报废。
二、新采购翻页笔15支，由行政部按统一型号采购，每位客户经理配1支，登记到人。
三、翻页笔外出使用后须在三日内归还或续借，丢失的由个人按折旧价赔偿。
四、IT支持部在各会议室电脑预装翻页笔驱动，解决接收器识别慢的问题。
""",
    ),
    dict(
        slug="intranet-huizhan-summary-mic-stands-table",
        site="棐城会展中心内网 (invented intranet), text",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://10.8.1.20/portal/zongjie/2024/0703-29.html",
        title="会务部2024年上半年话筒架等设备管理工作总结",
        date="2024-07-03",
        notes="record gives the title as is; an equipment table one row a paragraph; scanning a code is content; "
        "intranet banner, read count and an IT-desk extension around; 成文日期 under the signature",
        page="""
!m 棐城会展中心内网 · 仅限内部访问
!m 门户首页 > 部门园地 > 会务部 > 工作总结
{T}
!m 发布部门：会务部　发布人：宁静　阅读：57
!a 打印　|　收藏到我的文档
{BODY}
!m 内网技术支持：信息科 分机 6021
!d 本页信息属内部资料，未经批准不得对外提供。
""",
        body="""
上半年，会务部共保障各类会议、展会186场，未发生因设备故障影响会议的情况。现将话筒架等会务设备管理情况总结如下。
一、设备盘点情况
设备名称　数量　完好　待修
桌面话筒架　64　58　6
落地话筒架　38　33　5
无线话筒　52　49　3
二、主要做法
一是建立设备“一物一码”，每个话筒架贴上二维码，扫码即可查看维修记录。二是实行会前双人调试，会后当场清点。三是与供应商签订维修协议，损坏配件48小时内更换。
三、存在问题及下半年打算
部分落地话筒架的升降锁扣老化，下半年计划分批更换，并为大型展会增配10套加重底座。
会务部
2024年7月3日
""",
    ),
]
