"""holdout376, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="blog-shaosheng-agility-ladder-pe-class",
        site="哨声与跑道 (invented PE teacher's blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://shaoshengpaodao.blog.cn/post/2025/04/ladder.html",
        title="一副敏捷梯，让体育课“活”了起来",
        record_title="一副敏捷梯，让体育课“活”了起来 - 上课随札 - 哨声与跑道",
        date="2025-04-27",
        notes="Typecho-like blog: the bracketed post time is the page's date; tag cloud, archive, calendar and "
        "comment form; a like prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>一副敏捷梯，让体育课“活”了起来 - 上课随札 - 哨声与跑道</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
<script>window.THEME_MODE="light";</script>
</head>
<body class="single">
<header id="hd"><h2 class="site-name">⟦m 哨声与跑道⟧</h2><p class="desc">⟦m 一个小学体育老师的课后记⟧</p>
<nav>⟦m <a>首页</a> <a>上课随札</a> <a>训练笔记</a> <a>留言板</a> <a>关于我</a>⟧</nav></header>
<main>
<article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m [2025-04-27 21:10]　分类：上课随札　阅读 416　评论 7⟧</div>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：敏捷梯 体育课 小学体育 安全⟧</p>
<div class="post-near">⟦l « 跳绳比赛那天下了雨⟧　⟦l 给新来的实习老师写几句话 »⟧</div>
</article>
<section id="comments"><h3>⟦l 7 条评论⟧</h3>
<div class="cmt">⟦l 晓风老师：我们学校也买了，孩子们特别爱玩侧滑步。⟧</div>
<div class="cmt">⟦l 跳跳妈：我家孩子回家天天念叨“格子梯”，原来是这个！⟧</div>
<form>⟦a 称呼（必填）　邮箱（不公开）　网址　提交评论⟧</form></section>
</main>
<aside id="sd">
<h4>⟦l 标签云⟧</h4><p>⟦l 跳绳 敏捷梯 队列 足球 课堂常规 运动会⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年4月 (5)⟧</li><li>⟦l 2025年3月 (8)⟧</li><li>⟦l 2025年2月 (2)⟧</li></ul>
<h4>⟦l 日历⟧</h4><table class="cal"><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table>
</aside>
<footer>⟦m © 2025 哨声与跑道 · 由 Typecho 驱动 · 粤ICP备2022104417号⟧</footer>
</body>
</html>
""",
        body="""
这学期学校新添了十副敏捷梯。刚拿到的时候，我心里犯嘀咕：一条塑料格子铺在地上，孩子们能有多大兴趣？
第一节课，我只教了最简单的“一格两步”。没想到队伍排得老长，连平时最怕跑步的小胖也挤到了前面。他踩乱了格子，自己先笑了，后面的同学跟着笑，一节课就在笑声里过去了。
后来我慢慢加内容：侧向滑步、前后交叉、单脚跳格，再配上口令和节拍，孩子们练得满头大汗，还嚷着下课别收梯子。期末测试，班里50米跑的平均成绩提高了0.4秒，这是我原先没想到的。⟦a 觉得有用就点个赞吧 ♥ 31⟧
当然也有教训。有一次梯子铺在刚拖过的地面上，一个女生踩滑摔了一跤，膝盖擦破了皮。从那以后，我每次上课前都先检查地面和横档的卡扣。
器材不在贵，用心才有花样。这是我这学期最大的收获。
""",
    ),
    dict(
        slug="blog-laohe-memoir-pommel-horse-wrapped",
        site="老贺的体操笔记 (invented coach's blog)",
        style="博客",
        genre="回忆录",
        kind="other",
        form="text",
        source="http://laohe-ticao.blogbus.example.cn/archives/301",
        title="我和鞍马的二十年",
        record_title="〔鞍马往事〕我和鞍马的二十年 - 老贺的体操笔记",
        date=None,
        notes="blog memoir hard-wrapped at 58 columns; only 写于二〇二四年岁末 and a relative post time (5 个月前): no date",
        page="""
!m 老贺的体操笔记
!m 教了半辈子体操，记点零碎
!m 首页 · 训练日志 · 往事 · 相册
!t 〔鞍马往事〕我和鞍马的二十年 - 老贺的体操笔记
!m 发表于 5 个月前 · 往事 · 阅读(842) · 评论(6)
{BODY}
!l 上一篇：带娃练“跪跳起”的那些土办法
!l 下一篇：省运会体操预赛观摩记
!l 评论（6）　亮亮爸：贺教练，我家孩子就是您带出来的，谢谢您！
!a 发表评论前请先登录博客账号
!m Powered by BlogBus-lite · 本博客文字未经许可请勿转载
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
十岁那年，我被县体校的教练从小学操场上挑走，第一次见到鞍马。那台鞍马是皮面的，边上磨得发亮，我踮着脚才能摸到鞍环。
练鞍马最难的是全旋。两只手轮流撑在马上，身体像钟摆一样绕着转，腿不能碰马身。我练了整整一年，手掌的茧子磨破了又长，才能连着转十圈。
十六岁那年全省比赛，我从鞍马上掉了下来，只拿了第六名。回来的路上我一句话也没说，教练拍拍我的肩膀：“掉下来不丢人，不敢再上去才丢人。”
后来我没能进省队，回到县里当了体操教练。如今我带的孩子也在练全旋，每次看他们第一次撑上鞍马那副紧张的样子，就想起当年的自己。
二十年过去，那台老鞍马早已换成了新的，可鞍环上那股镁粉味儿，我一闻就知道。
写于二〇二四年岁末
""",
    ),
    dict(
        slug="wechat-cunhaoge-police-dog-tag-five-things",
        site="存号阁 (invented WeChat-article mirror)",
        style="公众号镜像",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.cunhaoge.com/a/hulinggongan/20250603/5c8e21.html",
        title="遛狗别忘了挂狗牌！这5件事养犬人要知道",
        record_title=None,
        date="2025-06-03",
        notes="no title in the record: the <h1>; the account line is the page's date; a star prompt glued before the "
        "first words; a numbered list; 关注 the account as content; 原创 tag, 阅读原文/在看/赞赏 rows, QR line, "
        "mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>存号阁 - 公众号文章存档</title>
<meta name="referrer" content="never">
<script src="https://cdn.cunhaoge.com/js/lazy.js"></script>
</head>
<body>
<div class="chg-top">⟦m 存号阁⟧ ⟦m 好文章，存一份⟧ <a href="/hot">⟦l 今日热文⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta"><span class="orig">⟦m 原创⟧</span> <span>⟦m 狐岭公安　2025-06-03 18:30　发表于狐岭⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rm-foot">⟦a 阅读原文⟧　⟦a 在看 58⟧　⟦a 赞 213⟧　⟦a 喜欢作者就赞赏一下⟧</div>
<div class="qr">⟦a 长按识别二维码，关注狐岭公安⟧</div>
</div>
<div class="chg-note">⟦d 本页为存号阁自动存档的公众号文章副本，版权属于原公众号，如需删除请联系 del@cunhaoge.com⟧</div>
<div class="chg-more"><h3>⟦l 该公众号的其他文章⟧</h3>
<p>⟦l 端午假期出行，这份平安提示请收好⟧</p><p>⟦l 狐岭公安：户籍业务可以“跨省通办”啦⟧</p></div>
<div class="chg-side"><h3>⟦l 本周收录最多的公众号⟧</h3><p>⟦l 剑溪发布　狐岭融媒　奇峰教育⟧</p></div>
<div class="chg-foot">⟦m 存号阁 cunhaoge.com 浙ICP备2024032190号⟧</div>
</body>
</html>
""",
        p_html='<section style="margin:8px 0"><p><span style="font-size:16px">{}</span></p></section>',
        body="""
⟦a 点上方“狐岭公安”，设为星标不迷路⟧最近，县城几个小区接连有居民反映，晚上遛狗不拴绳、不挂牌，犬只走失后找不到主人。民警提醒，养犬这5件事要记牢：
1. 犬只满三月龄，应当到派出所或登记点办理登记，领取狗牌。
2. 出门遛狗要挂狗牌、束犬链，犬链长度不超过1.5米。
3. 狗牌每年随免疫一起年检，过期的要及时换领。
4. 狗牌丢失或损坏的，7日内到原登记点补领，补领不收费。
5. 犬只走失后，及时拨打110或到就近派出所报备，方便捡到的群众联系。
狗牌虽小，关系到犬只安全，也关系到邻里和睦。想了解登记点的具体位置和办理时间，可以关注“狐岭公安”公众号，在菜单栏点击“办事指南”查询。
狐岭县公安局治安管理大队
""",
    ),
    dict(
        slug="wechat-gonghao-hospital-kettlebell-myths",
        site="公号汇读 (invented WeChat-article mirror)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="http://gonghaohuidu.cn/wx/jianxizyy/2025070901.html",
        title="壶铃训练常见的4个误区，康复科医生帮你纠正",
        record_title="壶铃训练常见的4个误区，康复科医生帮你纠正 ∷ 剑溪市中医院（汇读转存）",
        date="2025-07-09",
        notes="WeChat mirror as text: the account line is the page's date; a reviewer line glued after the last "
        "sentence of a paragraph; a past-articles box between paragraphs; booking through the account as content",
        page="""
!m 公号汇读 · 把好内容留下来
!t 壶铃训练常见的4个误区，康复科医生帮你纠正 ∷ 剑溪市中医院（汇读转存）
!m 剑溪市中医院　2025年7月9日 08:00　剑溪
!a 听全文（约3分钟）
{BODY}
!a 点亮“在看”，让更多练壶铃的朋友看到
!l 往期回顾：肩周炎不是“五十岁”的专利 | 三伏贴今年什么时候贴？
!d 转存说明：本文来自公众号“剑溪市中医院”，汇读仅作存档阅读，文责归原作者。
!m 公号汇读 gonghaohuidu.cn　蜀ICP备2023009172号-2
""",
        gap=True,
        body="""
近年来，壶铃成了不少健身爱好者的“新宠”。但在康复医学科门诊，因为练壶铃导致腰背、肩膀受伤的患者也多了起来。康复医学科主治医师魏嘉禾总结了4个常见误区。
误区一：用胳膊甩壶铃。壶铃摇摆的动力来自髋部，靠胳膊硬甩，肩膀和前臂很容易劳损。
误区二：下摆时弯腰。壶铃下落时腰背要保持中立位，屁股向后坐，而不是低头弓背去“捞”。⟦m 文字：魏嘉禾　审核：宁致远⟧
⟦l 延伸阅读｜久坐族腰痛，试试这三个小动作→⟧
误区三：重量一步到位。初学者男性建议从8至12公斤、女性从4至8公斤开始，动作稳定后再逐步加重。
误区四：练完不拉伸。训练后要做髋部、大腿后侧和背部的拉伸，每个动作保持20到30秒。
魏医生提醒，有腰椎间盘突出、高血压等情况的人群，练习前最好先到医院评估。我院康复医学科每周二、周四下午开设运动损伤专病门诊，关注本公众号，点击菜单“掌上医院—预约挂号”即可预约。
""",
    ),
    dict(
        slug="docshare-shuchu-plan-battle-rope-course-docx",
        site="书橱文档 (invented document-sharing site)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.shuchudoc.com/file/2025/0808/9930417.html",
        title="职工战绳健身课程实施方案",
        record_title="职工战绳健身课程实施方案.docx",
        date="2025-08-05",
        notes="file-name record title; sharing page with file-info box, upload notice, a points lock and a service "
        "WeChat; 成文日期 under the signature; the share stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>职工战绳健身课程实施方案.docx - 书橱文档</title>
<script>var fileId=9930417;</script>
</head>
<body>
<div class="sc-head"><a>⟦m 书橱文档⟧</a> ⟦m 文档就放书橱里⟧ <a>⟦a 我要上传⟧</a> <a>⟦a 登录⟧</a></div>
<div class="sc-path">⟦m 书橱 » 工会工作 » 文体活动⟧</div>
<div class="sc-file">
<h1>⟦t 职工战绳健身课程实施方案.docx⟧</h1>
<ul class="sc-info"><li>⟦m 文件大小：27.6KB⟧</li><li>⟦m 分享者：铁骑小工会⟧</li><li>⟦m 分享于：2025-08-08⟧</li><li>⟦m 下载：91次⟧</li></ul>
<p class="sc-up">⟦d 温馨提示：本文档由网友分享，书橱文档不对内容的准确性负责，涉及侵权的请点“申诉”处理。⟧</p>
</div>
<div class="sc-preview">
{BODY}
</div>
<div class="sc-lock">⟦a 完整版下载需消耗3书橱点，签到可领点数⟧ <a class="btn">⟦a 立即下载⟧</a></div>
<div class="sc-kf">⟦w 找不到想要的文档？加客服微信 shuchu_xiaoshu 帮您找⟧</div>
<div class="sc-like"><h3>⟦l 猜你还想找⟧</h3>
<ul><li>⟦l 职工健身房管理制度.docx⟧</li><li>⟦l 工会职工体育活动方案（5篇）.doc⟧</li></ul></div>
<div class="sc-foot">⟦m 书橱文档 shuchudoc.com 版权所有　津ICP备2021007263号⟧</div>
</body>
</html>
""",
        body="""
为丰富职工业余文化生活，增强职工身体素质，公司工会决定在职工健身房开设战绳健身课程，特制定本方案。
一、课程安排。课程自9月起开设，每周二、周四下午5点30分至6点30分各一节，每期8周，每节课限20人。
二、授课人员。聘请剑溪市奇峰区体育中心两名持证教练授课，公司工会安排一名兼职联络员负责签到和器材管理。
三、器材准备。购置38毫米战绳10根、壁挂锚点10个、防滑垫20块，所需经费从工会经费中列支。
四、报名方式。职工通过工会微信群接龙报名，每期报满即止，未报上的优先安排下一期。
五、安全要求。参训职工须如实填写健康情况登记表，有心脑血管疾病等不宜剧烈运动情况的，不得参加；课前必须热身，课中听从教练指挥。
剑溪铁骑物流有限公司工会委员会
2025年8月5日
""",
    ),
    dict(
        slug="docshare-baiye-contract-template-agility-ladder-doc",
        site="百页文档网 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.baiyedoc.net/view/4410287.html",
        title="体育器材（敏捷梯）采购合同范本",
        record_title="体育器材（敏捷梯）采购合同范本.doc",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks, ＿＿＿＿年＿＿月＿＿日 "
        "and 第N条 articles; an upload notice and download prompts; no date",
        page="""
!m 百页文档网 — 文档找得到，下载用得上
!m 百页首页 ＞ 合同协议 ＞ 采购合同
!t 体育器材（敏捷梯）采购合同范本.doc
!m 上传会员：合同小管家　大小：41KB　格式：doc　评分：★★★★☆
!d 该文件由会员自行上传，百页文档网仅作存储，若有版权问题请发邮件说明，核实后删除。
{BODY}
!a 〖下载此合同〗〖收藏〗〖纠错〗
!a 非会员每日可免费下载1份，开通会员不限次数
!l 相关合同：体育器材维修保养合同｜学校运动场地租赁协议｜健身器材采购合同（简版）
!m 百页文档网 baiyedoc.net　辽ICP备19004826号
""",
        body="""
甲方（采购方）：××学校
乙方（供货方）：××体育用品有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方采购敏捷梯等体育器材事宜订立本合同。
第一条　采购内容。乙方向甲方提供敏捷梯＿＿副，规格为＿＿节、每节间距＿＿厘米，单价＿＿元，合计金额（大写）＿＿＿＿元。
第二条　质量要求。产品应符合国家相关标准，横档与绑带连接牢固，卡扣可调，无毛刺、无异味，并随货提供质检报告。
第三条　交货与验收。乙方应于合同签订后＿＿日内送货至甲方指定地点。甲方在收货后＿＿日内组织验收，验收不合格的，乙方应在＿＿日内免费更换。
第四条　付款方式。验收合格后，甲方凭乙方开具的发票在＿＿日内一次性付清货款。
第五条　质保期限。质保期为＿＿个月，质保期内非人为损坏的，乙方负责免费维修或更换。
第六条　争议解决。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
代表人：＿＿＿＿　　代表人：＿＿＿＿
＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-qifeng-notice-agility-ladder-attachments",
        site="剑溪市奇峰区教育局 (invented education bureau site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.jxqifeng.gov.cn/tzgg/2025/0915/2217.html",
        title="关于在全区中小学推广敏捷梯课间练习的通知",
        record_title="关于在全区中小学推广敏捷梯课间练习的通知 - 体卫艺 - 剑溪市奇峰区教育局",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="education bureau: 适老版/读屏 links, 文号 line (neutral), the notice's contact and mailbox beside the "
        "site's technical-support line, 附件 list beside attachment download links, 抄送 line; posting date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于在全区中小学推广敏捷梯课间练习的通知 - 体卫艺 - 剑溪市奇峰区教育局</title>
<script src="/static/js/ageing.js"></script>
</head>
<body>
<div class="qf-top">⟦m 剑溪市奇峰区教育局⟧ <a>⟦a 适老版⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 网站导航⟧</a></div>
<div class="qf-nav">⟦m <a>首页</a> <a>教育动态</a> <a>通知公告</a> <a>政策文件</a> <a>招生考试</a> <a>互动交流</a>⟧</div>
<div class="qf-pos">⟦m 位置：首页 ＞ 通知公告 ＞ 体卫艺⟧</div>
<div class="qf-main">
<h1>{T}</h1>
<div class="qf-info">⟦m 发布：2025-09-15　来源：体卫艺科　浏览量：1184⟧</div>
<p class="wh">奇教体〔2025〕21号</p>
{BODY}
<div class="qf-att"><p>⟦a 附件1：敏捷梯课间练习推荐步法.pdf（点击下载）⟧</p><p>⟦a 附件2：开展情况统计表.xlsx（点击下载）⟧</p></div>
<div class="qf-tool">⟦a 【打印】【收藏本页】【关闭】⟧</div>
</div>
<div class="qf-side"><h4>⟦l 通知公告⟧</h4><p>⟦l 关于做好秋季学期学生近视防控工作的通知⟧</p><p>⟦l 全区中小学校园足球联赛竞赛日程⟧</p></div>
<div class="qf-foot">
<p>⟦m 版权所有：剑溪市奇峰区教育局　地址：剑溪市奇峰区鸣镝路18号⟧</p>
<p>⟦m 网站技术支持电话：0916-8350099　陇ICP备17003391号-4⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学：
为落实学生每天校园体育活动时间不少于2小时的要求，丰富大课间活动内容，区教育局决定在全区中小学推广敏捷梯课间练习。现将有关事项通知如下。
一、练习内容。各校在大课间和课间10分钟安排敏捷梯练习，以小步快跑、侧向滑步、开合跳格等基础步法为主，每次练习不少于5分钟。
二、器材保障。各校按每个班级不少于1副的标准配齐敏捷梯，不足部分于10月底前补齐。器材铺设场地应平整、防滑。
三、示范推广。区教研室将组织编写《敏捷梯课间练习指导》，并于10月中旬组织现场观摩活动。
四、工作要求。各校要指定专人负责，于11月30日前将练习开展情况报区教育局体卫艺科。
联系人：司马凌，电话：0916-8359021，邮箱：twyk@jxqfedu.cn。
附件：1.敏捷梯课间练习推荐步法
2.开展情况统计表
剑溪市奇峰区教育局
2025年9月12日
抄送：区教研室，区教师发展中心。
""",
    ),
    dict(
        slug="edu-jiantang-bulletin-equipment-check-table-wrapped",
        site="箭塘县教育和体育局 (invented)",
        style="教育门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://jyj.jiantang.gov.cn/tzgg/202510/t20251020_31752.html",
        title="关于全县中小学体育器材安全检查情况的通报",
        record_title="【安全检查通报】关于全县中小学体育器材安全检查情况的通报 ‖ 箭塘县教育和体育局",
        record_date="2025-10-20",
        date="2025-10-20",
        notes="date in the record; text hard-wrapped at 64 columns; a data table (one row a paragraph, cells apart by "
        "ideographic spaces); 成文日期 under the signature",
        page="""
!m 箭塘县教育和体育局　　〔手机版〕〔English〕
!m 首页 >> 信息公开 >> 通知公告
!t 【安全检查通报】关于全县中小学体育器材安全检查情况的通报 ‖ 箭塘县教育和体育局
!m 发布日期：2025-10-20　信息来源：体育卫生艺术股　访问次数：652
{BODY}
!a 【打印】　【关闭窗口】　【返回顶部】
!l 上一条：关于做好2025年秋季学期学生体质健康测试工作的通知
!l 下一条：箭塘县中小学校园足球联赛竞赛规程
!m 箭塘县教育和体育局主办　联系电话：0915-3326210　滇ICP备16008832号
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
各中小学、幼儿园：
今年9月，县教育和体育局组织对全县46所中小学的体育器材进行了安全检查，重点检查鞍马、单双杠、篮球架等固定和大型器材。现将检查情况通报如下。
一、总体情况。共检查器材1038件，发现隐患器材61件，已整改53件，其余8件已停止使用并挂牌警示。
二、各类器材检查结果如下：
器材类别　检查数量　隐患数量　主要问题
鞍马　24　5　鞍环松动、皮面开裂
单双杠　312　19　立柱锈蚀、地脚松动
篮球架　198　23　篮板老化、配重不足
其他器材　504　14　保护垫破损
三、有关要求。箭塘县第二中学、箭塘县实验小学的鞍马鞍环松动问题尚未整改，请于10月31日前完成更换，并将整改情况报县教育和体育局体育卫生艺术股。各校要建立器材每月自查制度，发现问题及时处理。
箭塘县教育和体育局
2025年10月20日
""",
    ),
    dict(
        slug="oa-zhulian-minutes-kettlebell-quality",
        site="铸联协同 (invented intranet of a foundry)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.zhulitiyi.local/doc/view?id=MT-2025-0714-03",
        title="铸造车间壶铃产品质量分析会纪要",
        record_title="〔月度质量会〕铸造车间壶铃产品质量分析会纪要 - 铸联协同办公",
        date="2025-07-14",
        notes="OA document view: the minutes' 时间/地点/主持/参会/记录 lines; the 时间 line gives the date; "
        "流转记录, read count, archive and forward buttons, the IT desk's extension",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔月度质量会〕铸造车间壶铃产品质量分析会纪要 - 铸联协同办公</title>
<link rel="stylesheet" href="/oa/css/docview.css">
<script src="/oa/js/docview.js"></script>
<script>OA.markRead("MT-2025-0714-03");</script>
</head>
<body>
<div class="oa-top">⟦m 铸联协同办公平台　昔川铸力铁艺制品厂⟧　<span>⟦m 当前用户：柏小雨（质检科）⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m <a>工作台</a> <a>公文</a> <a>会议</a> <a>流程</a> <a>通讯录</a>⟧</div>
<div class="oa-doc">
<div class="oa-bar">⟦a 归档　转发　导出PDF　标为已阅⟧</div>
<h2>{T}</h2>
<div class="oa-meta">⟦m 文档编号：MT-2025-0714-03　密级：内部　已阅 27 人⟧</div>
{BODY}
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 柏小雨 起草 → 潘志诚 审核 → 行政部 分发（质检科、技术科、铸造车间、销售部）⟧</p></div>
</div>
<div class="oa-foot">⟦m 信息中心运维　分机 8008　仅限厂内网络访问⟧</div>
</body>
</html>
""",
        body="""
时间：2025年7月14日下午3:00
地点：厂部二楼小会议室
主持：副厂长 潘志诚
参会：铸造车间、质检科、技术科、销售部负责人及班组长共11人
记录：质检科 柏小雨
会议通报了6月份壶铃产品质量情况：6月共生产铸铁壶铃14200只，一次交检合格率96.1%，比5月下降1.7个百分点，主要问题是手柄内侧砂眼和表面漆层起泡。
经讨论，会议议定以下事项：
一、技术科于7月20日前调整手柄部位的浇注工艺参数，铸造车间配合做三炉试生产。
二、质检科对手柄内侧增加一道目检和手摸检查，砂眼超过2毫米的一律返修。
三、销售部将客户反映的漆层起泡问题汇总后，于7月18日前交技术科分析原因。
四、下次质量分析会定于8月中旬召开，各责任部门届时汇报整改结果。
""",
    ),
    dict(
        slug="intranet-huitong-rules-battle-rope-area",
        site="汇通电力员工门户 (invented intranet)",
        style="企业内网",
        genre="规定",
        kind="other",
        form="text",
        source="http://portal.wshtdl.local/ghzj/zhidu/0093",
        title="员工健身房战绳训练区使用管理规定",
        date=None,
        notes="record title as is; rules in 第N条 articles, one speaking of 扫码登记 as content; effective clause "
        "without a date; intranet chrome with a login line and a stamp of the last edit",
        page="""
!m 吾山汇通电力有限公司 · 员工门户
!m 当前登录：工会办 石晓涵　|　退出
!m 门户首页 › 工会之家 › 规章制度
{T}
!m 发布部门：公司工会　最后编辑：2025-06-30 09:12　点击：388
!a [导出Word]　[打印]　[转发给同事]
{BODY}
!l 本栏目更多：职工书屋借阅办法　羽毛球馆预约须知　工会会员福利发放办法
!m 信息技术部维护　内网服务台 6600
""",
        indent="\u3000\u3000",
        body="""
第一条　为规范员工健身房战绳训练区的使用，保障员工训练安全，制定本规定。
第二条　战绳训练区开放时间为工作日12:00至13:30、17:30至21:00，节假日不开放。
第三条　员工进入训练区须扫码登记，每次使用时间不超过30分钟；有人排队时，应主动轮换。
第四条　训练前应检查战绳有无散股、锚点是否牢固，发现问题立即停止使用，并到前台登记报修。
第五条　训练时双脚站稳，与他人保持2米以上距离，不得将战绳缠绕在立柱、栏杆上使用。
第六条　训练结束后，应将战绳盘好放回收纳架，不得拖地堆放。
第七条　违反本规定造成器材损坏的，由当事人照价赔偿；造成他人受伤的，依法承担相应责任。
第八条　本规定由公司工会负责解释，自发布之日起施行。
""",
    ),
]
