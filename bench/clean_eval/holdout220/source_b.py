"""holdout220, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (each once as HTML, once as text).

Every page, place, person, firm, site, URL and number here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="blog-ayingxiaoyuan-memoir-father-curtain",
        site="阿萤的小院 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://ayingxiaoyuan.blog.example.net/2025/06/dianji-chuanglian/",
        title="给父亲装上电动窗帘以后",
        record_title="给父亲装上电动窗帘以后 — 闲笔 · 阿萤的小院",
        date=None,
        notes="blog essay: a calendar widget, a tag cloud, an archive, a comment form; 'updated 3 days ago' (no date); an "
        "image placeholder between paragraphs and a like/reward row glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>给父亲装上电动窗帘以后 — 闲笔 · 阿萤的小院</title>
<link rel="stylesheet" href="/wp-content/themes/xiaoyuan/style.css?ver=2.3">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 阿萤的小院⟧</p><p class="site-description">⟦m 种花，读书，写写家里的事⟧</p>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 闲笔⟧</li><li>⟦m 读书⟧</li><li>⟦m 留言板⟧</li></ul></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 阿萤 · 分类：闲笔 · 更新于 3 天前 · 阅读 682⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：父亲 / 窗帘 / 适老⟧</footer>
<nav class="post-nav"><div>⟦l « 上一篇　院子里的第一朵月季⟧</div><div>⟦l 下一篇　陪母亲配老花镜 »⟧</div></nav>
<section id="comments"><h3>⟦l 留下你的脚印⟧</h3><form><p>⟦l 昵称（必填）　邮箱（不公开）　网址⟧</p><button>⟦l 提交留言⟧</button></form></section>
</article></main>
<aside class="widget-area">
<section class="widget"><h4>⟦l 日历⟧</h4><table><caption>⟦l 2025年六月⟧</caption><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section class="widget"><h4>⟦l 标签云⟧</h4><p>⟦l 父亲 花事 旧物 读书笔记 舂溪 老屋⟧</p></section>
<section class="widget"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年六月 (3)⟧</li><li>⟦l 2025年五月 (5)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦m © 2025 阿萤的小院 · 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
父亲今年八十一岁，腿脚不便，卧室的窗帘又厚又重，每天早上拉开都要费好大力气。去年冬天他踩着凳子去够窗帘钩，差点摔下来，我这才下决心给他换成电动窗帘。
装的那天，师傅在窗框上方打孔固定轨道，电机藏在窗帘盒里，前后不到两个小时。父亲站在旁边一直念叨：“窗帘还要插电？别是个花架子。”
⟦m [图片：卧室新装好的窗帘轨道]⟧
我把遥控器上的“开”“关”两个键用红笔各描了一圈，又设了定时，早上七点自动拉开，晚上六点自动合上。头几天他不放心，总要走过去用手拽一拽。
一个月后我回家，父亲正坐在藤椅上晒太阳，手里攥着遥控器，得意地给邻居王伯演示。他说，现在每天是太阳把他叫醒的。
那一刻我忽然明白，老人要的不是什么智能，而是不用再踮着脚去够生活。⟦l ♡ 喜欢 21　☕ 请阿萤喝杯茶⟧
""",
    ),
    dict(
        slug="blog-chengzi-pe-fitness-band-summary-wrapped",
        site="橙子老师的博客 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://chengzilaoshi.blog.example.cn/post/20250116-shouhuan",
        title="本学期体育课使用智能手环监测运动负荷的小结",
        record_title="〈操场手记〉本学期体育课使用智能手环监测运动负荷的小结｜橙子老师的博客",
        date="2025-01-16",
        notes="blog post hard-wrapped at 58 columns; the bracketed post time is the page's date; a category/tag line, "
        "counters, prev/next links and comments",
        page="""
!m 橙子老师的博客
!m 一个体育老师的操场笔记
!t 〈操场手记〉本学期体育课使用智能手环监测运动负荷的小结
!m [2025-01-16 21:40]　分类：教学反思　标签：手环｜心率｜体育课
{BODY}
!m 浏览(408)　评论(3)　转载(1)
!l ← 上一篇：冬季长跑怎样防止学生冻伤
!l → 下一篇：寒假体育作业清单（初二）
!l 网友评论：
!l 小溪：我们学校也想买，请问多少钱一只？
!l 橙子老师 回复 小溪：按学校采购价，一只一百出头。
!m 本博客文字未经同意请勿转载
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
这学期，学校给初二年级两个班配了60只智能手环，用来监测学生上体育课时的心率。一个学期下来，我把做法和体会整理一下。
一、怎么用。每节课前学生到器材室领手环，按学号对号佩戴；课上我用平板看全班实时心率，课后把数据导出存档。
二、发现了什么。一是运动负荷普遍偏低，大部分学生课上的平均心率只有每分钟115次左右，没达到锻炼要求；二是个别学生心率过高，有一名女生跑完800米后心率达到每分钟196次，我及时让她停下来休息。
三、做了哪些调整。我把准备活动从五分钟延长到八分钟，增加了间歇跑和跳绳，平均心率提高到每分钟138次左右；对心率偏高的学生，单独制定运动量。
四、还有哪些问题。手环充电和消毒占用了课间时间，数据也只能在学校的平板上看，家长看不到。下学期打算请信息老师帮忙解决。
""",
    ),
    dict(
        slug="wechat-dianshui-tcm-earbuds-hearing-h1",
        site="公众号镜像站 微阅录 of 坫水县中医院 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.weiyuelu.example.com/a/dszyy/20250408/3348127.html",
        title="长时间戴无线耳机，耳朵会“抗议”",
        record_title=None,
        date="2025-04-08",
        notes="WeChat mirror, no title in the record (the <h1>); the account line's date is the page's date; an 原创 tag; "
        "a follow prompt glued before the first words; a numbered list; the article's own clinic phone beside the "
        "mirror's copy of the hospital switchboard card; 阅读原文/在看 rows and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>微阅录 - 公众号文章存档</title>
<script src="/static/mirror.js"></script>
</head><body>
<div class="mirror-top">⟦m 微阅录 · 好文章值得被留住⟧　<a href="/search">⟦a 搜公众号⟧</a></div>
<div id="js_content_wrap">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创⟧ <span>⟦m 耳鼻喉科 冼医生⟧</span> <span>⟦m 坫水县中医院 2025年04月08日 09:12 湖南⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="card">⟦m 坫水县中医院　医院总机：0743-5120120　地址：坫水县杏林路6号⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦m 阅读 3062⟧　⟦a 👍 64⟧　⟦a 在看 19⟧</div>
</div>
<div class="mirror-foot"><p>⟦d 本页为公开文章的存档副本，版权归原公众号所有，原文若删除本页不再同步。⟧</p>
<p>⟦l 该号近期文章：春季过敏性鼻炎，这样护理 · 孩子流鼻血，别再仰头⟧</p></div>
</body></html>
""",
        p_html='<p style="line-height:1.9;margin-bottom:14px;">{}</p>',
        body="""
⟦a 点击上方蓝字“坫水县中医院”，关注我们⟧最近，耳鼻喉科门诊接诊了不少年轻患者，主诉都是耳朵闷、耳鸣，一问，几乎都有每天戴无线耳机好几个小时的习惯。
医生提醒，长时间戴耳机主要有三方面风险：
1.音量过大损伤听力。在地铁、公交等嘈杂环境中，人们会不自觉地调高音量，时间一长可能造成噪声性听力损失。
2.耳道闷热容易感染。入耳式耳机堵住耳道，汗液和分泌物排不出去，容易引起外耳道炎。
3.耳机不洁带来细菌。很多人几个月都不清洁一次耳机，耳塞上的细菌会随着佩戴进入耳道。
建议大家遵循“60-60”原则，即音量不超过最大音量的60%，连续佩戴不超过60分钟；耳塞定期用酒精棉片擦拭；出现耳痛、耳鸣超过一天的，请及时到医院就诊。
耳鼻喉科门诊时间：周一至周日8:00—17:30，咨询电话：0743-5127720。
""",
    ),
    dict(
        slug="wechat-jiqiao-pledge-night-speakers",
        site="公众号镜像 of 枅桥社区 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.jiqiao-sq.example.cn/s/Rk2xJq8",
        title="关于夜间文明使用蓝牙音箱的倡议书",
        record_title="关于夜间文明使用蓝牙音箱的倡议书 | 枅桥社区居委会 · 微信文章存档",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="WeChat-mirror text: the account line's date differs from the 倡议书's own date under the signature; a "
        "sentence asking building heads to 分享 the pledge is content; a star prompt, 在看/分享 rows and a QR line",
        page="""
!m 微信文章存档 · 枅桥社区
{T}
!m 枅桥社区　2025-05-22 19:30　发表于璧源
!a 设为星标，第一时间收到社区通知 ☆
{BODY}
!a 阅读原文　　分享　　在看
!m 阅读 1.1万　　赞 236
!l 长按识别二维码，进入枅桥社区居民服务群
!d 存档说明：本文转存自公开发布的公众号文章，仅作留存，不作任何商业用途。
""",
        gap=True,
        body="""
亲爱的居民朋友们：
天气渐热，晚饭后到小区广场散步、跳舞的居民多了起来。近期，社区陆续收到居民反映，部分居民在广场和楼道口用蓝牙音箱外放音乐，音量过大，一直持续到深夜，影响了老人和孩子休息，也影响了第二天要早起上班的邻居。
为此，社区居委会向全体居民发出如下倡议：
一、晚上九点半以后，请停止在公共区域外放音乐；
二、使用蓝牙音箱时，音量以五米外听不清为宜，尽量远离住宅楼；
三、跳舞、健身可佩戴耳机，社区活动室晚间免费开放；
四、邻里之间多一分体谅，有意见可以先沟通，也可以联系楼栋长协调。
请各位楼栋长把本倡议分享到楼栋群，让更多邻居看到。
枅桥社区居民委员会
2025年5月20日
""",
    ),
    dict(
        slug="docshare-yixiang-request-dorm-water-heaters-doc",
        site="易享文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.yixiangdoc.com/p-3318204.html",
        title="关于为学生公寓更换电热水器的请示",
        record_title="关于为学生公寓更换电热水器的请示.doc",
        date="2025-03-06",
        notes="sharing reader: file-name record title, ratings, an upload notice, a points lock, the site's service WeChat "
        "beside the request's own 联系人/电话; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于为学生公寓更换电热水器的请示.doc-易享文档</title>
<script src="//cdn.yixiangdoc.com/js/reader.2025.js"></script>
</head><body>
<div class="yx-head"><a href="/">⟦m 易享文档⟧</a><span>⟦m 资料共享，学习无界⟧</span><a href="/login">⟦a 登录 / 注册领 20 积分⟧</a></div>
<div class="yx-info">
<h1>{T}</h1>
<p>⟦m 上传者：lcq_zongwu　上传时间：2025-03-27　格式：doc　页数：1⟧</p>
<p>⟦m ★★★★☆ 4.6 分（31 人评价）⟧</p>
</div>
<div class="yx-notice">⟦d 该文档为用户自主上传，易享文档仅提供信息存储服务，若内容侵犯您的权益，请提交申诉。⟧</div>
<div class="yx-reader">
{BODY}
</div>
<div class="yx-lock">⟦a 全文共 1 页，剩余内容需 3 积分查看⟧　<a>⟦a 立即兑换⟧</a></div>
<div class="yx-rel"><b>⟦l 相似文档⟧</b><ul><li>⟦l 关于学生宿舍空调安装的请示⟧</li><li>⟦l 学校后勤维修经费申请报告⟧</li></ul></div>
<div class="yx-foot">⟦w 文档找不到？客服微信：ww_share_kf8（9:00-21:00）⟧<br>⟦m 易享文档 yixiangdoc.com　闽ICP备21013309号⟧</div>
</body></html>
""",
        body="""
市教育局：
我校现有学生公寓4栋、宿舍216间，公寓内的电热水器大多于2015年安装，已使用十年。今年以来，先后出现内胆漏水12次、漏电保护跳闸31次，学生洗浴安全存在隐患，维修费用也逐年增加。
为保障学生用水安全，我校拟将公寓内216台老旧电热水器全部更换为带防电墙功能的一级能效产品，并同步更换漏电保护插座。经市场询价，预计需资金38.9万元，学校自筹9万元，恳请市教育局解决29.9万元。
妥否，请批示。
联系人：总务处　党卫红，电话：0762-3345109。
璧源市第二职业中学
2025年3月6日
""",
    ),
    dict(
        slug="docshare-yixiang-contract-template-curtain-install",
        site="易享文档 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.yixiangdoc.com/p-3402716.html",
        title="电动窗帘安装服务合同",
        record_title="〔合同样本〕电动窗帘安装服务合同（可直接打印）- 易享文档",
        date=None,
        notes="a contract template: 第N条 articles, ＿＿ blanks, ×× placeholders and ＿＿年＿＿月＿＿日 (no date); "
        "share-page chrome above and below; a points line between articles",
        page="""
!m 易享文档 › 合同协议 › 服务合同
!t 〔合同样本〕电动窗帘安装服务合同（可直接打印）
!m 贡献者：窗饰老刘　2 个月前上传　下载 1,208 次
!a 下载本文（2 积分）　　加入我的书架　　手机上看
{BODY}
!a 下载后可获得可编辑的Word原件
!l 同类合同：窗帘布艺定制合同　｜　家装小件安装服务协议　｜　智能门锁安装合同
!d 本合同样本仅供参考，签订前请结合实际情况修改，必要时咨询专业律师。
""",
        body="""
甲方（委托人）：＿＿＿＿＿＿　乙方（安装方）：××窗饰有限公司
第一条　甲方委托乙方在＿＿＿＿＿＿（地址）安装电动窗帘＿＿套，轨道总长＿＿米，电机型号为＿＿＿＿。
第二条　合同总价款为人民币＿＿＿＿元，含产品、运输、安装及调试费用，甲方于安装验收合格后3日内付清。
第三条　乙方应在＿＿年＿＿月＿＿日前完成安装。安装前乙方应上门测量，因测量错误造成的损失由乙方承担。
⟦a 本页已是免费部分的最后一页，继续阅读需 2 积分⟧
第四条　电机保修期为＿＿年，轨道和遥控器保修期为1年。保修期内非人为损坏的，乙方免费维修或更换。
第五条　乙方应向甲方提供产品合格证和使用说明，并当面演示遥控器和手机App的使用方法。
第六条　因本合同发生争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
甲方（签字）：＿＿＿＿　乙方（盖章）：××窗饰有限公司
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-linchuan-notice-exam-bands-earbuds-attachments",
        site="廪川教育网 (invented, county education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.linchuan.edu.example.cn/kszs/2025/0605/1783.html",
        title="关于2025年中考考生严禁携带智能手环等电子设备进入考场的通知",
        record_title="关于2025年中考考生严禁携带智能手环等电子设备进入考场的通知·考试招生·廪川教育网",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="education bureau portal: a screen-reader row, an attachment download link beside the notice's 附件 list, "
        "the notice's own 联系人/电话 beside the site's technical-support line; asking schools to 下载并打印准考证 is "
        "content; 成文日期 differs from the page's 发布时间",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于2025年中考考生严禁携带智能手环等电子设备进入考场的通知·考试招生·廪川教育网</title>
<script src="/js/assist/aria.js"></script>
</head><body>
<div class="top"><span>⟦m 廪川县教育局主办⟧</span><a>⟦a 阅读辅助⟧</a><a>⟦a 大字版⟧</a></div>
<div class="banner">⟦m 廪川教育网　办人民满意的教育⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 考试招生⟧</li><li>⟦m 学校风采⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="loc">⟦m 当前栏目：考试招生⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="meta">⟦m 发布时间：2025-06-05　来源：县教育局考试中心　点击数：5317⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj">⟦a 附件1：考生入场须知.pdf　⬇⟧<br>⟦a 附件2：考点物品存放点设置示意图.jpg　⬇⟧</div>
<div class="pn">⟦l 上一篇：2025年中考体育考试成绩公示⟧<br>⟦l 下一篇：关于做好2025年中考考点保障工作的通知⟧</div>
</div>
<div class="foot">⟦m 廪川县教育局　地址：廪川县文苑路18号⟧<br>⟦m 网站技术支持：0731-8866000（工作日）⟧<br>⟦m 湘ICP备10020744号⟧</div>
</body></html>
""",
        body="""
各初中学校：
2025年中考将于6月20日至22日举行。近年来，智能手环、智能手表、无线耳机等电子设备外形越来越小，考生无意中带入考场的情况时有发生。为维护考试公平，现将有关要求通知如下。
一、考生进入考场时，除规定文具和准考证、身份证外，不得携带任何物品，智能手环、无线耳机等电子设备一律存放在考点指定位置。
二、考点将在考场入口使用金属探测仪逐一检查，考试中发现考生佩戴上述设备的，按违规处理。
三、请各学校在考前组织考生下载并打印准考证，逐一核对信息，同时利用班会向考生和家长讲清要求。
联系人：县教育局考试中心　冼立明，电话：0731-8866301。
附件：1.考生入场须知
2.考点物品存放点设置示意图
廪川县教育局
2025年6月3日
""",
    ),
    dict(
        slug="edu-qitian-school-summary-classroom-speakers-table",
        site="畦田镇中心小学 (invented, on a county education portal)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.qitianzx.edu.example.cn/xydt/2025/07/0641.html",
        title="2025年春季学期“阳光课间”广播设备改造工作总结",
        record_title="〔校园动态〕2025年春季学期“阳光课间”广播设备改造工作总结－畦田镇中心小学",
        date="2025-07-04",
        notes="school page text: an expenses table (one row a paragraph); 成文日期 under the signature; a campus-mailbox "
        "line glued after a paragraph; a visitor line and prev/next links",
        page="""
!m 畦田镇中心小学　　求真　向善　尚美
!m 学校首页 > 校园动态 > 后勤保障
{T}
!m 作者：总务处　审核：校办　点击：208
{BODY}
!l 上一条：我校举行2025届学生毕业典礼
!l 下一条：暑期校园安全致家长的一封信
!m 校址：坫水县畦田镇学府路1号　备案号：湘ICP备16008830号
""",
        indent="\u3000\u3000",
        body="""
本学期，学校利用“阳光课间”专项经费，为全校24个教室和操场配备了蓝牙音箱，替换了使用多年的有线广播。现将有关情况总结如下。
一、基本情况
项目　数量　金额（元）
教室壁挂蓝牙音箱　24台　11520
操场移动蓝牙音箱　4台　6360
无线话筒　8只　2240
二、主要成效
一是课间操音乐做到了各班同步，不再出现前后楼“一快一慢”的情况；二是教师可以用手机连接音箱播放课文朗读，课堂更生动；三是移动音箱方便开展户外活动，运动会、升旗仪式都用上了。⟦w 对学校工作有建议？请写信至校长信箱 xzxx@qitianzx.cn⟧
三、存在问题
部分音箱蓝牙配对时互相串连，个别教室出现声音“串台”；音箱电池续航一般，需安排专人每日充电。下学期将为每台音箱设置独立名称，并纳入班级设备管理。
畦田镇中心小学
2025年7月4日
""",
    ),
    dict(
        slug="intranet-heyan-minutes-tank-leak-flow-record",
        site="禾晏电器协同办公平台 (invented, OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.heyan-dq.example.local/doc/view?id=20250812031",
        title="关于储水式电热水器内胆渗漏问题的专题会议纪要",
        record_title="[流转中] 关于储水式电热水器内胆渗漏问题的专题会议纪要｜禾晏协同办公",
        date="2025-08-12",
        notes="OA document view: a 纪要 number (neutral), its 流转记录 table, a read count and 办结/转阅 buttons, the IT "
        "desk's extension; the minutes' 时间/地点/主持/参会/记录 lines; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>禾晏协同办公 - 公文查看</title>
<script src="/oa/static/js/flow.js"></script><script>var docId="20250812031";</script>
</head><body>
<div class="oa-top">⟦m 禾晏电器 · 协同办公平台⟧　<span>⟦m 当前用户：质量部 龚慕岚⟧</span>　<a>⟦a 退出⟧</a></div>
<div class="oa-menu"><a>⟦m 待办事项⟧</a><a>⟦m 已办事项⟧</a><a>⟦m 公文查看⟧</a><a>⟦m 通讯录⟧</a></div>
<div class="oa-doc">
<div class="oa-btns"><button>⟦a 办结归档⟧</button><button>⟦a 转他人阅⟧</button><button>⟦a 导出成PDF⟧</button></div>
<h2>{T}</h2>
<p class="no">禾晏质纪〔2025〕12号</p>
<div class="oa-body">
{BODY}
</div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 08-13 09:02　质量部 龚慕岚　起草⟧</td></tr>
<tr><td>⟦m 08-13 15:40　副总经理 蒲春生　审核通过⟧</td></tr>
<tr><td>⟦m 08-14 08:55　分发至研发部、生产部、售后服务部⟧</td></tr></table>
<p class="read">⟦m 已阅 23 人　未阅 4 人⟧</p>
</div>
<div class="oa-foot">⟦m 系统问题请拨信息中心分机 8012⟧　⟦d 内部文件，未经批准不得外传⟧</div>
</body></html>
""",
        body="""
时间：2025年8月12日14:30
地点：研发楼三楼会议室
主持：副总经理　蒲春生
参会：质量部、研发部、生产部、售后服务部负责人
记录：龚慕岚
会议听取了售后服务部关于7月份储水式电热水器内胆渗漏投诉情况的汇报，经讨论，形成如下意见：
一、7月份共收到内胆渗漏投诉28起，集中在2023年下半年生产的YQ-60系列，主要原因是内胆焊缝搪瓷层厚度不均。
二、研发部在8月底前完成焊缝工艺改进方案；生产部对库存的YQ-60系列产品逐台做耐压复检。
三、售后服务部对投诉用户一律上门更换内胆，并延长整机保修一年。
四、质量部每周汇总进展，9月中旬前提交整改报告。
""",
    ),
    dict(
        slug="intranet-heyan-acoustics-esd-rules-articles",
        site="禾晏声学内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="rule",
        form="text",
        source="http://portal.heyan-sx.example.local/zd/scgl/0317.html",
        title="音箱装配车间静电防护管理规定",
        date=None,
        notes="intranet rules given in the record as is: 第N条 articles, one of which asks workers to 扫码 a station QR "
        "code (content); no date (an effective-on-issue clause only); a department/read line and an internal-use notice",
        page="""
!m 禾晏声学内网 › 制度文件 › 生产管理
{T}
!m 发布部门：生产管理部　浏览 312 次　最后修改：前天
!a 下载附件　|　打印　|　收藏到我的制度库
{BODY}
!l 相关制度：装配车间5S管理办法　返修品登记流程
!d 仅限内部传阅　不得外发
!m 信息中心维护　分机 8012
""",
        body="""
第一条　为防止静电损坏蓝牙音箱主板及蓝牙模块，保证产品质量，制定本规定。
第二条　本规定适用于装配一车间、二车间和返修工位。
第三条　进入车间的人员必须穿防静电服、防静电鞋，并佩戴静电手环。静电手环每班上岗前须在测试仪上检测，合格后方可作业。
第四条　作业员上岗前须扫工位二维码登记，检测结果由系统自动记录。
第五条　主板、蓝牙模块必须放在防静电周转箱内，不得直接堆放在工作台上。
第六条　车间湿度保持在40%至60%之间，低于40%时由设备科开启加湿器。
第七条　违反本规定造成产品损坏的，按公司质量奖惩办法处理。
第八条　本规定由生产管理部负责解释，自发布之日起施行。
""",
    ),
]
