"""holdout371, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="blog-hesheng-post-rice-cup-water-table",
        site="禾生的厨房日记 (invented, Typecho-like blog)",
        style="博客",
        genre="博客文章",
        kind="other",
        form="html",
        source="https://hesheng.kitchen-notes.cn/archives/312/",
        title="一格米配多少水？我家量米器用了三年的心得",
        record_title="【灶台手账】一格米配多少水？我家量米器用了三年的心得 | 禾生的厨房日记",
        date="2025-02-16",
        notes="blog: the bracketed post time is the page's date; tag cloud, archive, calendar, comment form; "
        "a photo caption between paragraphs and a related link glued after a sentence; a data table",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【灶台手账】一格米配多少水？我家量米器用了三年的心得 | 禾生的厨房日记</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
<script>var typecho_cid=312;</script>
</head><body>
<header class="site-head"><h2 class="site-name">⟦m 禾生的厨房日记⟧</h2><p class="site-desc">⟦m 柴米油盐里的小确幸⟧</p>
<nav>⟦m 首页 · 厨房日记 · 旧物 · 关于禾生⟧</nav></header>
<div class="container"><article class="post">
<h1 class="post-title">{T}</h1>
<p class="post-meta">⟦m 〔2025-02-16 21:08〕 分类：厨房日记 · 1,032 次围观⟧</p>
<div class="post-content">
{BODY}
</div>
<p class="post-tags">⟦l 本文标签：量米器 · 煮饭 · 节约粮食⟧</p>
<p class="post-near">⟦l « 冬天的腊八粥要泡几个钟头⟧　⟦l 电饭锅内胆涂层掉了还能用吗 »⟧</p>
<div id="comments"><h3>⟦l 已有 12 条评论⟧</h3>
<div class="comment">⟦l 米粒儿：东北米确实水要少放，学到了⟧</div>
<form>⟦a 写下你的评论…（昵称、邮箱必填，网址选填）　提交评论⟧</form></div>
</article>
<aside class="sidebar">
<section><h4>⟦l 标签云⟧</h4><p>⟦l 米饭 面食 腌菜 旧物 剩菜 节气⟧</p></section>
<section><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年2月 (4)　2025年1月 (7)　2024年12月 (5)⟧</p></section>
<section><h4>⟦m 二〇二五年二月⟧</h4><table><tr><td>⟦m 日 一 二 三 四 五 六⟧</td></tr></table></section>
</aside></div>
<footer>⟦d 本博文字与图片均为禾生原创，转载请先留言告知。⟧<br>⟦m Powered by Typecho · Theme Haystack · 鄂ICP备2021011734号⟧</footer>
</body></html>
""",
        body="""
家里那只量米器是三年前超市搞活动送的，半透明塑料，分上下两格，满一格大约一百五十克米。刚开始只当个舀米的勺子用，后来才发现它是个好帮手。
先说米量。我家三口人，晚饭两格正好吃完，周末孩子同学来玩就加半格。自从按格量米，剩饭少了很多，冰箱里再也没有放了三天的冷饭。⟦l 相关阅读：剩饭别倒，试试这三种吃法⟧
⟦m 【图】我家这只量米器，上格一百五十克，下格七十五克⟧
再说水量。不同的米吸水不一样，我用同一只量米器试了好几种，记下来供大家参考：
米的种类　米量　加水量
东北粳米　一格　一格多一点
南方籼米　一格　一格半
糙米　一格　一格半多（先泡一小时）
小米粥　半格　六格
最后提醒一句，量米器用完要晾干再放回米桶，不然容易招米虫。
""",
    ),
    dict(
        slug="blog-azhi-essay-seasoning-jars-wrapped",
        site="阿芷的小窗 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://azhi.blogspace.net.cn/2025/07/jars.html",
        title="厨房里那排调味罐",
        record_title="厨房里那排调味罐 — 碎碎念 — 阿芷的小窗",
        date=None,
        notes="personal blog essay hard-wrapped at 58 columns; relative post time and an edit stamp are no dates; "
        "a reading-time line before the body",
        page="""
!m 阿芷的小窗
!m 一个人，一间厨房，一些碎碎念
!m 首页 ｜ 碎碎念 ｜ 书单 ｜ 留言板
{T}
!m 阿芷 · 发布于 2 周前 · 碎碎念 · 约 4 分钟读完
{BODY}
!m 最后编辑于 5 天前
!l 标签：调味罐 / 厨房收纳 / 婆婆
!l ← 上一篇：阳台上的那盆薄荷　｜　下一篇：一口旧铁锅 →
!l 评论（6）　　夏夜晚风：看哭了，我也去给我妈的罐子贴字
!a 订阅阿芷的小窗（RSS） 　 回到顶部
!d 本站文字采用署名—非商业性使用许可，转载请注明出处。
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
婆婆搬来和我们同住的第一个月，厨房里最常听到的一句话是：“这个是盐还是糖？”
我买的那排调味罐是玻璃的，一模一样的六只，整整齐齐码在灶台边上，好看是好看，可里面的白色粉末，年轻人凭眼睛都分不清，更别说老花眼的婆婆了。有一回她炒青菜放了两勺糖，全家吃得面面相觑，她自己倒先笑了。
后来我找了一卷白胶布，用记号笔在每只调味罐上写了大字：盐、糖、鸡精、胡椒、花椒粉、五香粉。婆婆又在盐罐的盖子上缠了一圈红毛线，说这样摸一下就知道。
现在那排调味罐不太好看了，胶布边起了毛，红毛线也褪了色，可家里再没炒出过甜青菜。
有些东西，是要用着用着才顺手的，罐子如此，一家人过日子也如此。
""",
    ),
    dict(
        slug="wechat-jiyang-fuyou-yogurt-cup-microwave",
        site="公号文摘存档站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://mp.wzcundang.com/s/jyfy/20251106/a7c2e1",
        title="酸奶杯别直接进微波炉，这三件事家长要知道",
        record_title=None,
        date="2025-11-06",
        notes="no title in the record: the mirror's <h1>; 原创 tag, star prompt glued before the salutation, account line "
        "with the date, 在看/阅读原文/赞赏 rows, a QR line and the mirror's archive note; the clinic's own 咨询电话 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公号文摘存档站</title>
<meta name="referrer" content="never"><script>var biz="MzA4NzE2NTQ0Mg==",sn="a7c2e1";</script>
</head><body>
<div class="wz-top">⟦m 公号文摘存档站⟧ ⟦m 收录公众号文章 3,208,117 篇⟧ <a>⟦a 提交公众号⟧</a></div>
<div class="wz-crumb">⟦m 存档站 › 健康医疗 › 稽阳妇幼⟧</div>
<div id="js_content_wrap">
<h1 id="activity-name">{T}</h1>
<div class="meta">⟦m 原创⟧ ⟦m 营养科 白若溪⟧ ⟦m 稽阳妇幼⟧ ⟦m 2025年11月6日 08:30 湖北⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="tail">⟦l 阅读原文⟧ ⟦m 阅读 2154⟧ ⟦a 赞 38⟧ ⟦a 分享⟧ ⟦a 在看 17⟧</div>
<div class="reward">⟦a 喜欢作者，随手赞赏一下⟧</div>
<div class="qr">⟦a 长按识别下方二维码，关注稽阳妇幼⟧</div>
</div>
<div class="wz-note">⟦d 本页为公众号文章的存档副本，著作权归原公众号所有，如需删除请联系 cundang@wzcundang.com⟧</div>
<div class="wz-more"><h4>⟦l 该公众号近期文章⟧</h4><p>⟦l 宝宝辅食第一口，米粉还是蛋黄？⟧</p><p>⟦l 冬季儿童呼吸道疾病就诊指南⟧</p></div>
</body></html>
""",
        p_html='<section><p style="margin:0 8px;line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“稽阳妇幼”，设为星标不迷路⟧各位家长：
天气转凉，不少家长喜欢把孩子的酸奶连杯放进微波炉热一热。营养科的医生提醒，这个习惯要改一改。
一、塑料酸奶杯大多不耐高温。常见的酸奶杯多为聚苯乙烯材质，受热容易变形，还可能有物质迁移到酸奶里。杯底标有“5”的聚丙烯杯虽然耐热一些，但杯口的铝箔封膜进微波炉会打火。
二、酸奶不必加热到烫。酸奶里的活性益生菌怕高温，超过45度就会大量失活。冬天可以把整杯酸奶放进温水里泡十分钟，喝起来不冰就行。
三、喝完的杯子别留着装菜。有些老人把酸奶杯洗净后装剩菜、腌咸菜，这些杯子本是一次性用品，反复使用容易藏污纳垢。
如对孩子饮食有疑问，可到县妇幼保健院营养门诊咨询，咨询电话：0712-5601238。
""",
    ),
    dict(
        slug="wechat-yaqiao-kindergarten-egg-separator-baking",
        site="微存阁 (invented WeChat mirror, text export)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.weicunge.com/a/20250521/yqzxyey-3.html",
        title="关于开展“小小烘焙师”亲子活动的通知",
        record_title="关于开展“小小烘焙师”亲子活动的通知 · 鸦桥镇中心幼儿园（微存阁备份）",
        date="2025-05-21",
        date_also=["2025-05-22"],
        notes="WeChat mirror as text; the account's post date differs from the notice's own date; a 'follow' sentence is "
        "content, the follow prompt at the bottom is chrome; reading-count and 在看 rows after the body",
        page="""
!m 微存阁 · 公众号文章备份
!m 鸦桥镇中心幼儿园　2025-05-22
!t 关于开展“小小烘焙师”亲子活动的通知 · 鸦桥镇中心幼儿园（微存阁备份）
{BODY}
!m 阅读 865　　在看 12
!a ▲ 点“在看”，让更多家长看到
!a 扫码关注“鸦桥中心幼儿园”，园所动态第一时间知道
!d 微存阁仅做公开文章备份，原文版权归公众号所有。
""",
        body="""
各位家长：
为培养孩子的动手能力，增进亲子感情，我园定于5月31日（星期六）上午9:00在园内食育教室开展“小小烘焙师”亲子活动。现将有关事项通知如下。
1.活动内容：亲子合作完成一份纸杯蛋糕。孩子将学习用蛋清分离器分开蛋清和蛋黄，在老师指导下完成打发、搅拌、装杯等步骤。
2.参加方式：每班限报10个家庭，每个家庭限一名家长陪同，请于5月27日前在班级群内接龙报名。
3.准备物品：请家长为孩子准备一条围裙和一顶帽子，蛋清分离器、打蛋器和烤箱等工具由园里统一准备。
4.注意事项：对鸡蛋、牛奶过敏的孩子请提前告知班主任；活动中请家长全程看护，不要让孩子单独靠近烤箱。
活动照片将在园所公众号发布，请家长们关注。
鸦桥镇中心幼儿园
2025年5月21日
""",
    ),
    dict(
        slug="docshare-wendou-contract-cheese-knife-template",
        site="文兜共享 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.wendou.net.cn/share/d9341771.html",
        title="奶酪刀具采购合同（范本）",
        record_title="奶酪刀具采购合同（范本）.docx",
        date=None,
        notes="file-name record title; contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日, "
        "第N条 articles; file-info box, sign-in points lock, service WeChat; the share stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>奶酪刀具采购合同（范本）.docx - 文兜共享</title>
<script>var wd_doc={id:"d9341771",ext:"docx",pt:3};</script></head>
<body>
<div class="wd-head"><span>⟦m 文兜共享⟧</span><span>⟦m 好文档，兜里装⟧</span> <a>⟦a 每日签到领共享分⟧</a> <a>⟦a 晒出你的文档，赚点零花⟧</a></div>
<div class="wd-path">⟦m 文兜共享 / 合同协议 / 采购合同⟧</div>
<div class="wd-file">
<h1>⟦t 奶酪刀具采购合同（范本）.docx⟧</h1>
<table><tr><td>⟦m 分享者：杭杭的文件夹⟧</td><td>⟦m 分享于 2025-08-14⟧</td><td>⟦m 2页 · 21KB⟧</td><td>⟦m 下载 318 · 收藏 41⟧</td></tr></table>
</div>
<div class="wd-doc">
<h2>{T}</h2>
{BODY}
</div>
<div class="wd-lock"><p>⟦a 签到满7天即可免费下载本文档，当前已签到2天⟧</p><a class="btn">⟦a 3共享分下载DOCX⟧</a></div>
<div class="wd-kf">⟦w 找不到合适的合同？兜兜客服微信 wendou_kf02 代找代改⟧</div>
<div class="wd-rel"><h3>⟦l 相似文档⟧</h3><ul><li>⟦l 厨房用具采购合同（通用版）.doc⟧</li><li>⟦l 餐饮企业设备采购协议范本.docx⟧</li></ul></div>
<div class="wd-foot">⟦d 文兜共享上的文档均由用户分享，平台不对其合法性负责，使用前请咨询专业人士。⟧　⟦m 京ICP备22017315号-2⟧</div>
</body></html>
""",
        body="""
甲方（采购方）：××餐饮管理有限公司
乙方（供货方）：××厨具有限公司
根据《中华人民共和国民法典》及有关法律法规，甲乙双方经友好协商，就甲方向乙方采购奶酪刀具事宜，订立本合同。
第一条　采购标的。乙方向甲方供应软质奶酪刀＿＿把、硬质奶酪刀＿＿把、钢丝奶酪切割器＿＿把，具体规格以双方确认的清单为准。
第二条　质量要求。刀具应符合食品接触用金属制品相关国家标准，刀刃无毛刺、刀柄无松动，每把附产品合格证。
第三条　价款与支付。合同总价为人民币＿＿＿＿元（大写：＿＿＿＿＿＿），甲方于验收合格后＿＿日内一次性付清。
第四条　交货与验收。乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，甲方当场开箱验收，不合格的予以退换。
第五条　违约责任。乙方逾期交货的，每逾期一日按合同总价的＿＿%向甲方支付违约金。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-fenxiangdou-summary-grain-depot-markers",
        site="分享豆 (invented document-sharing site)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.fenxiangdou.com/p/20251208/776105.html",
        title="稽阳县粮食储备库2025年节粮宣传工作总结",
        record_title="稽阳县粮食储备库2025年节粮宣传工作总结（含数据·可改）",
        date="2025-12-05",
        notes="sharing page as text; converter page markers '⯤n⯥' glued to the continuation of a cut sentence; "
        "upload line and a points prompt; 成文日期 under the signature",
        page="""
!m 分享豆 · 文档共享平台
!t 稽阳县粮食储备库2025年节粮宣传工作总结（含数据·可改）
!m 分享人：仓储老戴　｜　格式：DOC　｜　3页　｜　上传于 3 天前
!d 温馨提示：本文档由网友分享，分享豆仅提供存储空间，若有侵权请点“举报”，核实后24小时内下架。
{T}
{BODY}
!a 完整版需 5 豆币下载　　[下载]　[收藏]　[发给微信好友]
!l 猜你还想找：粮库安全生产工作总结　｜　世界粮食日宣传活动总结　｜　粮食节约行动实施方案
!m 分享豆 fenxiangdou.com　苏ICP备19052286号
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⯤{n}⯥", every=115, start=2, glue=True),
        body="""
今年以来，县粮食储备库围绕“节粮减损”主题，把宣传工作与收储业务结合起来，取得了较好成效。现将全年工作总结如下。
一、主要工作
（一）开放库区。全年举办“粮库开放日”6场，接待中小学生和群众1460人次，讲解从田间到餐桌的节粮知识。
（二）入户宣传。配合县局发放量米器3200个，储备库职工分片入户教用，并发放节粮小册子5000份。
（三）示范引领。在职工食堂推行按量打饭，设置半份菜窗口，食堂月均剩余饭菜由52公斤降至19公斤。
二、存在不足
宣传形式还比较单一，对农村老人、留守儿童的宣传覆盖面不够。
三、明年打算
明年将联合县妇联、团县委开展“量米器进万家”志愿服务，把节粮宣传延伸到每个村。
稽阳县粮食储备库
2025年12月5日
""",
    ),
    dict(
        slug="edu-jiyang-notice-yogurt-cup-sorting-attachments",
        site="稽阳县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.jiyang.gov.cn/tzgg/202503/t20250307_9103.html",
        title="关于在全县中小学开展酸奶杯等餐后包装分类回收工作的通知",
        record_title="关于在全县中小学开展酸奶杯等餐后包装分类回收工作的通知_通知公告_稽阳县教育局",
        date="2025-03-05",
        date_also=["2025-03-07"],
        notes="education portal with 读屏 links, attachment download links beside the notice's own 附件 list; the "
        "bureau's 联系人/电话/邮箱 beside the site's technical-support line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于在全县中小学开展酸奶杯等餐后包装分类回收工作的通知_通知公告_稽阳县教育局</title>
<script src="/js/site.js"></script><script>var aid=9103;</script>
</head><body>
<div class="jy-top"><a>⟦a 读屏专用⟧</a> <a>⟦a 大字体⟧</a> <a>⟦a 高对比度⟧</a> ⟦m 稽阳县教育局⟧</div>
<div class="jy-nav">⟦m 首页　教育要闻　通知公告　政策文件　招生考试　教师发展⟧</div>
<div class="jy-pos">⟦m 您当前所在：首页 → 通知公告⟧</div>
<h1>{T}</h1>
<div class="jy-info">⟦m 发布时间：2025-03-07　来源：体卫艺科　作者：季青　阅读：1780⟧</div>
<div class="jy-text">
{BODY}
</div>
<div class="jy-att"><p>⟦a 附件1：学校餐后包装分类回收实施要点.docx（点击下载）⟧</p><p>⟦a 附件2：回收情况月报表.xlsx（点击下载）⟧</p></div>
<div class="jy-qr">⟦a 手机扫一扫，本文带回家⟧</div>
<div class="jy-foot"><p>⟦m 主办：稽阳县教育局　地址：稽阳县文昌路66号⟧</p><p>⟦m 网站技术支持：0712-5619900（稽阳县电教馆）⟧</p><p>⟦m 鄂ICP备09017712号-1⟧</p></div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
为落实生活垃圾分类工作要求，培养学生环保习惯，县教育局决定自3月起在全县中小学开展酸奶杯等餐后包装分类回收工作。现将有关事项通知如下。
一、回收范围
学生营养餐、课间加餐产生的酸奶杯、牛奶盒、吸管等餐后包装。
二、工作要求
1.各校要在食堂或教学楼每层设置回收点，酸奶杯冲洗后倒扣沥干，牛奶盒压扁投放。
2.以班级为单位开展“一周一评”，评比结果纳入文明班级考核。
3.各校每月5日前填写回收情况月报表，报县教育局体卫艺科。
联系人：县教育局体卫艺科　季青　电话：0712-5617342　邮箱：jyjtwyk@126.com
附件：1.学校餐后包装分类回收实施要点
2.回收情况月报表
稽阳县教育局
2025年3月5日
""",
    ),
    dict(
        slug="edu-school-plan-egg-separator-labour-class",
        site="滋口镇中心小学 (invented, county education network sub-site)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://zkzx.bcxedu.cn/jwc/20250908/2231.html",
        title="滋口镇中心小学“小厨房·大学问”劳动课程实施方案",
        record_title="【食育·劳动周课】滋口镇中心小学“小厨房·大学问”劳动课程实施方案 - 褒川教育网",
        date="2025-09-05",
        notes="school sub-site as text with decimal headings 1.1–3.2; a scan-to-read line and a read counter; the notice's "
        "print sentence is content",
        page="""
!m 褒川教育网 · 学校频道 · 滋口镇中心小学
!m 位置：学校频道 > 教务动态
!t 【食育·劳动周课】滋口镇中心小学“小厨房·大学问”劳动课程实施方案 - 褒川教育网
!m 录入：教务处　　审核：汪楚瑶　　浏览量：604
!a 〔放大〕〔缩小〕〔发送本页〕
{BODY}
!a 扫描二维码，在手机上继续阅读本文
!l 返回学校频道　｜　更多教务动态
!m 褒川县教育局主办　褒川县教育信息中心维护
""",
        body="""
为落实劳动课程标准，让学生在真实的厨房情境中学会基本劳动技能，结合我校食育教室建设，制定本方案。
1.课程目标
1.1 三、四年级学生会用蛋清分离器分离蛋清蛋黄，会用量杯量取食材。
1.2 五、六年级学生能独立完成一道简单的家常菜或点心。
2.课程安排
2.1 每周四下午第二节为劳动课，每班每学期到食育教室上课不少于8次。
2.2 “分蛋清”为三年级入门课，教师先示范，学生两人一组用蛋清分离器练习，每组练习鸡蛋不超过4个，分出的蛋清蛋黄交食堂使用，不浪费。
3.保障措施
3.1 食育教室配备蛋清分离器、打蛋器、量杯等工具各25套，由总务处登记管理。
3.2 班主任要提前把安全须知打印发给学生，课后组织学生清洗工具、整理台面。
滋口镇中心小学教务处
2025年9月5日
""",
    ),
    dict(
        slug="intranet-herun-minutes-cheese-knife-safety-vote",
        site="禾润乳业协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.herunruye.local/doc/view.aspx?id=20250611-027",
        title="奶酪车间刀具安全专题会议纪要",
        record_title="〔安全例会·纪要〕奶酪车间刀具安全专题会议纪要 - 禾润乳业协同办公平台",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="OA document view: 流转记录, read count, archive/forward buttons; the minutes' 时间/地点/主持/参会/记录 "
        "lines and a vote count stay in the body; the date is the meeting's 时间 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔安全例会·纪要〕奶酪车间刀具安全专题会议纪要 - 禾润乳业协同办公平台</title>
<script src="/oa/js/flow.js"></script><script>var docId="20250611-027",uid="u0931";</script>
</head><body>
<div class="oa-head">⟦m 禾润乳业协同办公平台⟧ ⟦m 当前用户：质检部 姚瑾⟧ <a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议纪要　通讯录⟧</div>
<div class="oa-tb"><button>⟦a 标记已读⟧</button><button>⟦a 转交他人阅处⟧</button><button>⟦a 归档到个人文件夹⟧</button><button>⟦a 另存为版式文件⟧</button></div>
<div class="oa-doc">
<h2>{T}</h2>
<p class="oa-no">⟦m 文档编号：HR-JY-2025-027　密级：内部　已阅 46 人⟧</p>
{BODY}
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-06-11 09:12　综合办 袁一帆　起草⟧</p>
<p>⟦m 2025-06-11 10:40　生产副总 骆承志　审核通过⟧</p>
<p>⟦m 2025-06-11 14:05　系统　分发至各部门⟧</p></div>
<div class="oa-foot">⟦d 内部资料，未经批准不得外传、截屏或拍照。⟧ ⟦m 信息中心技术支持 分机 8016⟧</div>
</body></html>
""",
        body="""
时间：2025年6月10日下午3:00
地点：公司三楼第二会议室
主持：骆承志（生产副总经理）
参会：生产部、质检部、设备部、安环部负责人及奶酪车间各班班长
记录：袁一帆
会议听取了奶酪车间5月一起员工被奶酪刀划伤手指事件的情况通报，研究了车间刀具安全管理改进措施。纪要如下：
一、事件原因。当班员工在清洗硬质奶酪刀时未佩戴防割手套，且刀具随手放在水槽内，伸手取物时被划伤。
二、改进措施。（一）车间所有奶酪刀统一加装刀柄颜色标识，红色为硬质刀、蓝色为软质刀，分柜存放；（二）清洗岗位必须佩戴五级防割手套，安环部6月20日前配发到位；（三）水槽旁加装刀具沥水架，严禁刀具浸泡在水槽内。
三、表决情况。关于将清洗岗位佩戴防割手套纳入绩效考核的提议，应到9人，实到9人，同意8票，反对0票，弃权1票，提议通过。
请各部门按分工抓好落实，安环部7月初组织复查。
""",
    ),
    dict(
        slug="intranet-weijia-rules-seasoning-jar-filling",
        site="味佳调味品有限公司内网 (invented intranet, text export)",
        style="企业内网",
        genre="规定",
        kind="other",
        form="text",
        source="http://intra.weijia-food.local/zhidu/sc/0031",
        title="调味罐灌装车间清场管理规定",
        date=None,
        notes="record title as is; intranet rules with 第N条 articles; no date (effective clause only); revision, "
        "export stamps and an intranet extension line are chrome",
        page="""
!m 味佳内网 ▸ 制度文件 ▸ 生产管理类
!m 文件编号：WJ-SC-031　版本：B/2　受控状态：受控
{T}
!a 〔收藏制度〕〔下载为PDF〕〔我有疑问〕
{BODY}
!m 本页导出人：灌装二班 钟宇　导出时间：2025-10-15 16:02
!l 相关制度：灌装设备清洁消毒规程　｜　车间异物管理办法
!m 信息部 IT 服务台 分机 6210
""",
        indent="\u3000\u3000",
        body="""
第一条　为防止不同品种、不同批次的调味品在灌装过程中混淆和交叉污染，保证调味罐产品质量，制定本规定。
第二条　本规定适用于公司灌装车间椒盐、五香粉、鸡精等调味罐产品的换品种、换批次清场。
第三条　每批灌装结束后，操作工应将剩余调味料、空调味罐、罐盖和标签全部清出灌装线，剩余物料称重后退回配料间。
第四条　清场时应对料斗、输送带、灌装头和封盖机逐一清扫，不得留有上一批次的粉末和空罐。
第五条　清场结束后，由班长填写清场记录，质检员检查合格后在记录上签字，方可开始下一批次灌装。
第六条　未经清场或清场检查不合格擅自开机的，按公司质量事故处理办法追究责任。
第七条　本规定由生产部负责解释，自发布之日起施行。
""",
    ),
]
