"""holdout274, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-weishifu-leather-sheath-for-old-knife",
        site="韦师傅的皮具小屋 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://weishifu-leather.example.cn/archives/318/",
        title="给老猎刀缝一只牛皮刀鞘",
        record_title="【皮匠手记】给老猎刀缝一只牛皮刀鞘 – 韦师傅的皮具小屋",
        date="2025-03-02",
        notes="blog post: the 发布于 line is the page's date; tag cloud, archive list, comment form; a tip-jar line "
        "glued after a 。 inside the body; numbered steps",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【皮匠手记】给老猎刀缝一只牛皮刀鞘 – 韦师傅的皮具小屋</title>
<link rel="stylesheet" href="/usr/themes/handmade/style.css">
<script src="/usr/themes/handmade/js/prism.js"></script>
</head><body>
<header id="header"><a class="site-name" href="/">⟦m 韦师傅的皮具小屋⟧</a><p class="description">⟦m 一针一线，慢慢缝⟧</p>
<nav><a>⟦m 首页⟧</a><a>⟦m 皮具作品⟧</a><a>⟦m 工具心得⟧</a><a>⟦m 留言板⟧</a></nav></header>
<div id="main">
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 作者：韦师傅⟧</li><li>⟦m 发布于：2025-03-02 20:17⟧</li><li>⟦m 分类：皮具作品⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：刀鞘, 植鞣革, 手缝⟧</p>
</article>
<div id="comments"><h3>⟦l 已有 5 条评论⟧</h3>
<p>⟦l 山野行者：线的颜色挑得好，和刀柄很配。⟧</p>
<form><textarea placeholder="说点什么吧"></textarea><button>⟦a 提交评论⟧</button></form></div>
</div>
<div id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 钱包 卡套 刀鞘 皮带 工具 染色⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年3月 (4)⟧</li><li>⟦l 2025年2月 (6)⟧</li></ul></section>
</div>
<footer id="footer">⟦m © 2025 韦师傅的皮具小屋 · 由 Typecho 驱动⟧</footer>
</body></html>
""",
        body="""
朋友送来一把用了二十多年的老猎刀，原来的刀鞘早就磨破了，托我重新缝一只。
这把刀刃长14厘米，刀背厚，我选了3.5毫米厚的植鞣牛皮，先用卡纸按刀身描出纸样，留出缝线边和刀柄卡口，再上皮料裁切。
缝制步骤大致如下：
1.裁皮后把刀鞘边缘打磨倒角，内侧刷一层床面处理剂；
2.在缝线位置用菱斩打孔，针距4毫米；
3.中间夹一条护刃皮条，防止刀刃割到缝线；
4.双针手缝，收尾回针两针，最后封边上蜡。
整只刀鞘前后花了三个晚上，套上去松紧正合适。⟦a 觉得有用的话，可以请我喝杯茶 ☕⟧缝刀鞘最要紧的是那条护刃皮条，省掉它，再好的线也撑不了多久。
""",
    ),
    dict(
        slug="blog-mandu-wrapped-essay-old-coat-rack",
        site="慢读斋 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="https://mandu-zhai.example.cn/post/2024/old-coat-rack",
        title="老屋里的那只衣帽架",
        record_title="〔旧物小记〕老屋里的那只衣帽架 - 慢读斋",
        date=None,
        notes="personal essay hard-wrapped at 56 columns; update stamp and relative time are no dates; "
        "prev/next links and a comment box after the body",
        page="""
!m 慢读斋　·　读书　旧物　小城
!m 首页 / 旧物小记 / 正文
!t 〔旧物小记〕老屋里的那只衣帽架
!m 斋主：卞一苇　　更新于 2 天前　　阅读 327
{BODY}
!l 〔上一篇〕外婆的针线笸箩
!l 〔下一篇〕那年冬天的煤炉子
!l 留下你的脚印（共3条）
!l 　葺园旧邻：我家也有一只，挂满了围巾。
!m 慢读斋 · 自2016年起慢慢写
""",
        indent="　　",
        wrap=56,
        body="""
老屋堂屋的门后，立着一只枣木衣帽架，是父亲结婚那年请村里的木匠打的。六根弯钩像张开的手指，底下是三条腿的十字座，刷了一层暗红的漆。
小时候，那只衣帽架上挂着父亲的蓝布褂子和一顶旧草帽，冬天再添上母亲的毛线围巾。我个子矮，够不着最高的钩子，总是踮着脚把书包挂在最低那根上。
后来我们搬进县城的楼房，新家装了嵌在墙里的衣柜，那只衣帽架就留在了老屋。前年回去收拾屋子，它还立在门后，漆掉了大半，钩子上挂着一串干辣椒。
我把它擦干净，搬回了城里。如今它站在书房的角落，挂着我的外套和女儿的小帽子，好像什么都没变过。
""",
    ),
    dict(
        slug="wechat-qiyuan-pledge-back-scratchers-chongyang",
        site="葺园邻里 (invented WeChat account, mirror page)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wxmirror.example.cn/s/QiyuanLinli-20241008-1",
        title="关于重阳节为独居老人送一把“暖心痒痒挠”的倡议",
        record_title="关于重阳节为独居老人送一把“暖心痒痒挠”的倡议 ‖ 葺园邻里 · 微信文章归档",
        date="2024-10-08",
        notes="WeChat mirror: a follow prompt glued before the salutation; the account line is the page's date and "
        "the signature date agrees; sharing the pledge as content; 阅读原文/在看 rows, QR line, mirror note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于重阳节为独居老人送一把“暖心痒痒挠”的倡议 ‖ 葺园邻里 · 微信文章归档</title>
<meta name="viewport" content="width=device-width">
<script src="//wxmirror.example.cn/assets/lazyimg.js"></script>
</head><body>
<div class="mirror-bar">⟦m 微信文章归档 · 仅作留存⟧　<a>⟦a 回归档首页⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 葺园邻里⟧　<em>⟦m 2024-10-08 17:20⟧</em>　⟦m 浣滨区⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 2131⟧　⟦a ♡ 在看 86⟧　⟦a 分享给朋友⟧</div>
<div class="qr">⟦a 长按识别二维码，关注葺园邻里⟧</div>
</div>
<div class="mirror-foot">⟦d 本页为公众号文章的离线存档，图片可能无法显示，版权归原公众号所有。⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:1.8">{}</p>',
        body="""
⟦a 点击上方蓝字「葺园邻里」，关注我们⟧亲爱的居民朋友们：
重阳节快到了。据社区统计，葺园社区现有独居老人63位，其中80岁以上的有19位。不少老人告诉网格员，年纪大了胳膊抬不高，后背痒了够不着，是件说小不小的烦心事。
为此，社区向全体居民发出倡议：
一、捐一把痒痒挠。欢迎大家把新买的或自己做的痒痒挠送到社区服务站，由志愿者在重阳节当天送到独居老人家中。
二、陪老人说说话。送痒痒挠的同时，请大家抽出半个小时，陪老人聊聊天、帮忙检查一下水电燃气。
三、把倡议分享出去。请大家把这份倡议转发分享到楼栋群，让更多邻居参与进来。
捐赠时间：10月9日至10月10日，每天9:00—17:00。
葺园社区居民委员会
2024年10月8日
""",
    ),
    dict(
        slug="wechat-jiaxi-police-knife-parcels-need-sheaths",
        site="浃溪公安 (invented WeChat account, text mirror)",
        style="公众号镜像",
        genre="通告",
        kind="notice",
        form="text",
        source="https://mp-archive.example.cn/jiaxigongan/2025/07/03/1",
        title="寄快递的刀具，一定要套上刀鞘！",
        record_title="【警方提醒】寄快递的刀具，一定要套上刀鞘！ | 浃溪公安",
        date="2025-07-03",
        notes="text mirror of a police account: a star prompt on its own line, a follow prompt glued before the "
        "first words; the account line is the page's date; scanning a code as content; a numbered list",
        page="""
!m 公众号镜像站 > 浃溪公安 > 文章
!t 【警方提醒】寄快递的刀具，一定要套上刀鞘！ | 浃溪公安
!m 浃溪公安　2025年7月3日 16:05　发表于湖南
!a ☆ 把“浃溪公安”设为星标，提醒不错过
{BODY}
!m 来源：浃溪县公安局治安大队
!m 编辑：小溪　　审校：周警官
!a 阅读原文　　在看　　转发
!l 往期推荐：暑期防溺水，这几条请记牢　｜　网购“低价机票”是骗局
!d 本站收录的公众号文章仅供检索，著作权归原作者所有。
""",
        body="""
⟦a 关注“浃溪公安”，平安消息早知道⟧近日，县公安局治安大队在检查寄递网点时发现，有市民寄送菜刀、水果刀时没有套刀鞘，仅用纸箱简单包裹，分拣时刀刃划破纸箱，险些伤到快递员。
在此提醒广大群众：
1.寄递允许寄送的刀具时，刀刃必须套上硬质刀鞘，并用泡沫或气泡膜包裹固定；
2.管制刀具禁止寄递，寄件时须如实申报物品名称；
3.不清楚能否寄递的物品，可扫描网点张贴的二维码查询禁寄物品目录。
快递员收件时发现刀具未套刀鞘的，有权要求寄件人重新包装。发现可疑物品，请及时拨打110报警。
""",
    ),
    dict(
        slug="share-xiangwen-contract-template-coat-racks",
        site="享文网 (invented, document sharing)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.xiangwen.example.cn/doc/hetong/cg-20371.html",
        title="办公衣帽架采购合同",
        record_title="【采购合同空白稿】办公衣帽架采购合同（空白可填）- 享文网",
        date=None,
        notes="sharing page with an upload notice, a points lock and a service WeChat; a contract template with "
        "×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日, 第N条 articles; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【采购合同空白稿】办公衣帽架采购合同（空白可填）- 享文网</title>
<script src="/static/js/reader.js"></script>
<style>.lock{filter:blur(3px)}</style>
</head><body>
<div class="hd"><a class="logo">⟦m 享文网⟧</a><span>⟦m 好文档，大家享⟧</span><a>⟦a 上传赚积分⟧</a><a>⟦a 登录｜注册⟧</a></div>
<div class="crumb">⟦m 享文网 ＞ 合同协议 ＞ 采购合同⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="doc-info">⟦m 分享者：合同小管家　｜　5页　｜　积分：8　｜　评分 4.6⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="lock">⟦a 后续条款已折叠，消耗8积分解锁全文⟧</div>
<div class="actions"><button>⟦a 下载（8积分）⟧</button><button>⟦a ☆ 收藏⟧</button><button>⟦a 举报⟧</button></div>
</div>
<div class="side"><h4>⟦l 同类模板⟧</h4>
<p>⟦l 办公桌椅采购合同（通用版）⟧</p><p>⟦l 家具定制安装合同范本⟧</p></div>
<div class="notice">⟦d 本文档由用户分享，享文网不对内容的合法性负责，使用前请结合实际修改。⟧</div>
<div class="kefu">⟦w 合同定制请加享文客服微信：xiangwen_kf03⟧</div>
<div class="ft">⟦m 享文网 xiangwen.example.cn　浙ICP备2022031907号⟧</div>
</body></html>
""",
        body="""
甲方（采购方）：××××××（单位全称）
乙方（供货方）：××××家具有限公司
根据《中华人民共和国民法典》等有关规定，甲乙双方经协商一致，就甲方采购办公衣帽架事宜订立本合同。
第一条　采购内容：乙方向甲方提供落地式办公衣帽架＿＿台，规格型号为＿＿＿＿，单价＿＿元，合同总价＿＿＿＿元（大写：＿＿＿＿＿＿）。
第二条　质量要求：衣帽架底座应设防倾倒配重，满载挂重不低于15千克时不得倾斜；挂钩端部应圆滑，无毛刺。
第三条　交货与安装：乙方应于合同签订后＿＿日内送货至甲方指定地点，并负责安装调试。
第四条　验收：甲方收货后＿＿日内组织验收，验收不合格的，乙方应无偿更换。
第五条　付款方式：验收合格后＿＿日内，甲方一次性支付合同总价款。
甲方（盖章）：　　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="share-docs-kindergarten-bamboo-horse-play-plan-markers",
        site="文档互享平台 (invented, text preview)",
        style="文档分享",
        genre="方案",
        kind="other",
        form="text",
        source="https://doc.huxiang-share.example.cn/d/8a2e71f3",
        title="葺园幼儿园“小小竹马”户外游戏活动方案",
        record_title="葺园幼儿园“小小竹马”户外游戏活动方案.doc",
        date="2025-04-02",
        notes="file-name title; preview text cut by page markers ⬂ n/3 ⬃ glued with a space to the continuation; "
        "decimal headings; 成文日期 under the signature; upload stamp is no date",
        page="""
!m 文档互享平台｜学前教育
!t 葺园幼儿园“小小竹马”户外游戏活动方案.doc
!m 上传：园长助理　｜　2025-04-11 上传　｜　3页　｜　免费
!a ⇣ 免费下载　　✚ 收藏　　☰ 目录
{BODY}
!a 本文档共3页，当前为纯文本预览，版式以原文件为准
!d 文档均由用户上传分享，如涉及版权，请与平台联系删除。
!m 文档互享平台　©2025
""",
        pages=dict(fmt="⬂ {n}/3 ⬃", every=120, start=2, glue="mix", sep=" "),
        body="""
1 活动目的
1.1 通过骑竹马游戏，锻炼幼儿的平衡能力、腿部力量和动作协调性。
1.2 让幼儿了解竹马这一传统民间玩具，感受传统游戏的乐趣。
2 活动准备
2.1 竹马60匹，由家长志愿者和教师共同制作，马头用彩布缝制，竹竿长度不超过80厘米，末端包软布。
2.2 场地选在操场东侧草坪，设置起点、绕桩区和终点。
3 活动安排
3.1 小班开展“骑着竹马去郊游”情景游戏，每次不超过15分钟。
3.2 中、大班开展竹马接力赛，每组6人，绕桩往返。
4 安全要求
活动前检查每匹竹马有无开裂、毛刺；活动中教师分区看护，禁止幼儿用竹马相互打闹。
葺园幼儿园
2025年4月2日
""",
    ),
    dict(
        slug="edu-zhuoshan-notice-bamboo-horse-into-schools",
        site="琢山县教育局 (invented, education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhuoshan.gov.example.cn/wjtz/2025/0317/1692.html",
        title="关于开展“竹马进校园”非遗传承展示活动的通知",
        record_title="关于开展“竹马进校园”非遗传承展示活动的通知_文件通知_琢山教育网",
        date="2025-03-14",
        date_also=["2025-03-17"],
        notes="education portal with 适老版/读屏 links; the bureau's own contact and mailbox beside a technical-support "
        "line; an attachment download link (chrome) beside the document's 附件 line; 下载 as content; 文号 line neutral",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展“竹马进校园”非遗传承展示活动的通知_文件通知_琢山教育网</title>
<script src="/js/jquery-3.6.0.min.js"></script>
<script src="/js/shilao.js"></script>
</head><body>
<div class="tb">⟦a 适老版⟧ ｜ ⟦a 读屏⟧ ｜ ⟦a 设为首页⟧</div>
<div class="logo">⟦m 琢山教育网 · 琢山县教育局主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 文件通知⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="place">⟦m 您所在的位置：琢山教育网 &gt;&gt; 文件通知⟧</div>
<h2 class="tit">{T}</h2>
<p class="wh">琢教通〔2025〕11号</p>
<div class="sub">⟦m 发布时间：2025-03-17　浏览：1462⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj">⟦a 附件下载：报名汇总表.xlsx（18KB）⟧</div>
<div class="prev">⟦l 上一篇：琢山县2025年春季学期开学安全工作通知⟧</div>
<div class="next">⟦l 下一篇：关于组织参加全市中小学生书法比赛的通知⟧</div>
<div class="foot">
<p>⟦m 琢山县教育局　地址：琢山县文昌路66号⟧</p>
<p>⟦m 网站技术支持电话：0745-4290033⟧</p>
<p>⟦m 湘ICP备10021764号-2⟧</p>
</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
为推动非物质文化遗产进校园，经研究，县教育局决定在全县开展“竹马进校园”非遗传承展示活动。现将有关事项通知如下。
一、活动时间：2025年4月至5月。
二、活动内容：各校邀请竹马艺人进校园，开展竹马扎制、竹马舞教学；5月中旬举办全县“竹马进校园”展示活动，每校选送1个节目。
三、报名方式：请各校下载附件中的报名汇总表，填写后于4月10日前发送至县教育局体卫艺股邮箱。
四、有关要求：各校要做好教学安全保障，竹马道具须打磨光滑，排练时间不得挤占文化课。
联系人：庞素云，电话：0745-4291187，邮箱：zstwy@zs-edu.example.cn
附件：“竹马进校园”展示活动报名汇总表
琢山县教育局
2025年3月14日
""",
    ),
    dict(
        slug="edu-liechuan-summary-stone-lock-course",
        site="洌川教育信息网 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.lcedu.example.cn/xxdt/2025/07/4418.html",
        title="漕坪镇中学石锁特色课程2024—2025学年工作总结",
        record_title="【特色课程】漕坪镇中学石锁特色课程2024—2025学年工作总结_洌川教育信息网",
        date="2025-07-05",
        date_also=["2025-07-08"],
        notes="education site: a data table one row a paragraph; 成文日期 under the signature vs the site's date; "
        "a print link glued after a 。",
        page="""
!m 洌川教育信息网　　　　　[ 读屏模式 ]　[ 大字版 ]
!m 当前：首页 → 学校动态 → 特色办学
!t 【特色课程】漕坪镇中学石锁特色课程2024—2025学年工作总结
!m 时间：2025-07-08　　发稿：漕坪镇中学　　阅读次数：391
{BODY}
!a ［ 打印正文 ］　［ 关闭 ］
!l 相关链接：洌川县首届民间石锁大赛圆满落幕
!m 洌川县教育局主办　技术维护：洌川县教育信息中心
""",
        body="""
本学年，我校把石锁课作为体育特色课程，在七至九年级全面开设。现将一年来的工作总结如下。
一、课程开设情况
全学年共开设石锁课36周，每周一节，参与学生512人。学校邀请县石锁协会两名老拳师担任校外辅导员，编写了校本教材《石锁十二式》。
年级　学生人数　达标人数　达标率
七年级　178　161　90.4%
八年级　171　158　92.4%
九年级　163　149　91.4%
二、主要成效
学生体质测试中，引体向上和立定跳远两项成绩平均提高8%；石锁社团在全县首届民间石锁大赛中获得团体第二名。⟦a 【打印这一页】⟧
三、存在问题
训练石锁规格偏少，雨天缺少室内训练场地。下学年将增购3公斤小锁40把，并协调使用学校风雨操场。
漕坪镇中学
2025年7月5日
""",
    ),
    dict(
        slug="intranet-qimu-minutes-coat-rack-base-cracks",
        site="栖木家居协同办公平台 (invented, OA document view)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.qimujiaju.example.cn/doc/view?id=20250618-0042",
        title="衣帽架底座开裂问题质量分析会会议纪要",
        record_title="〔质量分析专题〕衣帽架底座开裂问题质量分析会会议纪要 - 栖木协同办公",
        date="2025-06-18",
        notes="OA document view with its 流转记录, read count and a 标记已阅 button; the minutes' 时间/地点/主持/参会/"
        "记录 lines stay in the body and the 时间 line gives the date; a numbered list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔质量分析专题〕衣帽架底座开裂问题质量分析会会议纪要 - 栖木协同办公</title>
<script src="/oa/static/js/app.8f3c2.js"></script>
</head><body>
<div class="oa-top">⟦m 栖木家居协同办公平台⟧　⟦m 欢迎您，质检部 贝晓川⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu"><span>⟦m 待办事项⟧</span><span>⟦m 公文流转⟧</span><span>⟦m 知识库⟧</span><span>⟦m 通讯录⟧</span></div>
<div class="oa-path">⟦m 公文流转 / 会议纪要 / 查看⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<div class="oa-doc-meta">⟦m 起草：质检部　密级：内部　已阅 46 人⟧</div>
<div class="oa-doc-body">
{BODY}
</div>
<div class="oa-btns"><button>⟦a 标记已阅⟧</button><button>⟦a 转发同事⟧</button><button>⟦a 导出为PDF件⟧</button></div>
<table class="oa-flow"><tr><th>⟦l 流转记录⟧</th></tr>
<tr><td>⟦l 06-18 17:02 贝晓川 起草⟧</td></tr>
<tr><td>⟦l 06-19 09:15 方敏 审核通过⟧</td></tr>
<tr><td>⟦l 06-19 10:40 分发至生产部、采购部、销售部⟧</td></tr></table>
</div>
<div class="oa-foot">⟦m 栖木家居信息中心维护　内线：8800⟧</div>
</body></html>
""",
        body="""
时间：2025年6月18日下午3:00
地点：公司二楼质检会议室
主持：方敏（分管质量副总经理）
参会：质检部、生产部、采购部、销售部负责人及相关班组长
记录：贝晓川
会议听取了质检部关于5月以来三起客户投诉落地衣帽架底座开裂问题的调查情况。经分析，开裂集中在5月第二批次，原因是底座用的橡胶木含水率偏高，干燥后收缩开裂。会议议定：
1.该批次库存的衣帽架全部停止发货，逐台检查底座；
2.采购部对木材供应商发出整改通知，入库木材含水率一律抽检；
3.销售部主动联系已购客户，免费更换底座；
4.质检部7月底前修订衣帽架出厂检验规程，增加底座承重试验。
""",
    ),
    dict(
        slug="intranet-canteen-rules-knives-and-sheaths",
        site="溏阳县第一中学食堂内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://10.12.4.8/shitang/zhidu/daoju.html",
        title="食堂后厨刀具及刀鞘管理规定",
        date=None,
        notes="title as given by the record; rules with 第N条 whose articles speak of 打印 and 扫码; no date (only an "
        "effective clause); intranet chrome",
        page="""
!m 溏阳一中后勤内网　｜　食堂管理
!m 首页 > 规章制度 > 食堂
{T}
!m 录入：后勤处　　点击：88　　[内部资料 禁止外传]
{BODY}
!a 【导出本页】【返回列表】
!m 后勤处信息员维护　内线电话：6021
""",
        body="""
第一条　为加强食堂后厨刀具管理，防止刀具伤人和交叉污染，制定本规定。
第二条　后厨刀具实行定人、定岗、定位管理。每把刀具配备专用刀鞘，不使用时一律入鞘，放入刀具柜上锁。
第三条　刀具和刀鞘按用途分色：红色用于生肉，绿色用于蔬菜，蓝色用于水产，黄色用于熟食，不得混用。
第四条　刀鞘每日收工后清洗，每周消毒一次，由当班组长检查并签字。
第五条　刀具柜门贴有二维码，领用和归还时须扫码登记；后勤处每月打印一次领用记录存档。
第六条　刀具遗失、损坏的，当班人员须立即报告食堂管理员。
第七条　本规定自印发之日起施行。
""",
    ),
]
