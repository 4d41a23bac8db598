"""holdout76, part D: watermelon (西瓜) growers, a melon market, a grafting nursery and roadside
stalls. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-guanong-watermelon-grafting-diary",
        site="瓜农手记 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://guanong.blog.example-blogs.cn/2025/03/jiajie.html",
        title="嫁接西瓜苗的第四个年头",
        record_title="嫁接西瓜苗的第四个年头 - 瓜农手记 - 博客频道",
        date="2025-03-22",
        indent="\u3000\u3000",
        notes="a grower's blog: an archive list and a tag cloud after the text, the post time line, a 'reprint with a link' notice glued after the last sentence",
        page="""
!m 瓜农手记
!m 一个钨岭瓜农的种瓜笔记
!t 嫁接西瓜苗的第四个年头 - 瓜农手记 - 博客频道
!m 发表于 2025年3月22日 晚上 9:18　｜　阅读(418)　评论(12)
{BODY}
!l 标签云：嫁接 育苗 葫芦砧木 大棚 病虫害
!l 文章归档：2025年3月(4)　2025年2月(6)　2025年1月(3)
!l 发表评论（昵称必填）
""",
        body="""
今年是我自己嫁接西瓜苗的第四年，育了一万二千株，成活率第一次超过了九成五。
头两年失败多，主要是嫁接后温湿度没控住，苗子一晒就蔫。后来搭了小拱棚，前三天全遮光，湿度保持在九成以上，才算过了这一关。
砧木我一直用葫芦，抗枯萎病，瓜的口感也没受影响。⟦d 原创文字，转载请注明出处并附链接⟧
""",
    ),
    dict(
        slug="wechat-menchuan-watermelon-market-html",
        site="锰川发布 微信公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx-archive.example.com/a/menchuanfabu/20250618",
        title="关于设立西瓜临时便民销售点的公告",
        record_title="速看！关于设立西瓜临时便民销售点的公告",
        date="2025-06-18",
        p_html='<p style="text-indent:2em;line-height:1.75em;"><span>{}</span></p>',
        notes="a WeChat-style mirror: decorated title ('速看！'); account line with the same date as the document; a points table of sale spots; a 'share with friends' prompt, 在看/点赞 row; a 文号 neutral",
        page="""
<html><head><meta charset="utf-8"><title>速看！关于设立西瓜临时便民销售点的公告</title></head><body>
<div class="rich_media_area_primary">
<h1>⟦t 速看！关于设立西瓜临时便民销售点的公告⟧</h1>
<div class="profile">⟦m 锰川发布⟧　⟦m 2025-06-18 18:30⟧</div>
<div class="rich_media_content">
<p>锰城管告〔2025〕2号</p>
{BODY}
</div>
<p>⟦a 转发给身边的朋友，让更多人知道⟧</p>
<div class="ops">⟦l 分享　收藏　点赞 264　在看 91⟧</div>
<div class="pre">⟦l 往期回顾：城区夜市开放时间调整⟧</div>
</div></body></html>
""",
        body="""
为方便瓜农进城销售、市民就近购买，县城市管理局在城区设立西瓜临时便民销售点。
销售点　地址　开放时间
东门点　锰川大道与东环路交叉口东南角　6:00—21:00
南湖点　南湖公园北门停车场　6:00—21:00
进场瓜农须为本县种植户，凭村委会证明免费登记，车辆须按标线停放。
锰川县城市管理局
2025年6月18日
""",
    ),
    dict(
        slug="docshare-shizhi-watermelon-speech-title-missing",
        site="拾纸文档 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.shizhi-doc.example.com/doc/8861027.html",
        title="在全县西瓜产业发展推进会上的讲话",
        record_title=None,
        date="2025-02-26",
        indent="\u3000\u3000",
        pages=dict(fmt="—第{n}面—", every=90, start=2),
        notes="a sharing page with no record title; the title repeated twice, then a speaker line and a date under the title (neutral); page markers —第n面— on lines of their own cutting sentences",
        page="""
!m 拾纸文档 > 党政 > 讲话致辞
!t 在全县西瓜产业发展推进会上的讲话
!m 页数：3　｜　格式：DOC　｜　上传者：铯原小吏
在全县西瓜产业发展推进会上的讲话
副县长　符建华
（2025年2月26日）
{BODY}
!a 本文档需付费下载，预览结束
!l 同类文档推荐：在全县蔬菜产业推进会上的讲话
""",
        body="""
同志们：
西瓜是我县农民增收的支柱产业，去年全县种植面积达到6.8万亩，产值超过7亿元。
今年，我们要重点抓好三件事：一是推广嫁接育苗和设施栽培，力争设施西瓜面积突破两万亩；二是建设产地交易市场，解决“卖瓜难”；三是打响铯原西瓜品牌，提高溢价。
各乡镇、各部门要把任务扛在肩上，确保今年产业发展各项目标顺利完成。
""",
    ),
    dict(
        slug="edu-taiwan-summer-watermelon-safety-notice",
        site="钛湾县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.taiwan-xian.example.gov.cn/tzgg/202507/3371.html",
        title="关于暑假期间加强学生食品安全教育的通知",
        record_title="关于暑假期间加强学生食品安全教育的通知_通知公告_钛湾县教育体育局",
        date="2025-07-04",
        indent="\u3000\u3000",
        notes="an education bureau page: font-size switch glued before the first paragraph; a numbered list with a sentence that tells parents to 打印 and 签字 a 回执; a 回执 with blank date kept; the 成文日期",
        page="""
!m 钛湾县教育体育局
!m 当前位置 : 首页 > 通知公告
!t 关于暑假期间加强学生食品安全教育的通知_通知公告_钛湾县教育体育局
!m 发布者：安全股　｜　发布时间：2025-07-04 15:20　｜　阅读：1102
{BODY}
!l 【上一条】关于做好2025年中考录取工作的通知
!l 【下一条】关于开展暑期防溺水专项行动的通知
!m 钛湾县教育体育局　版权所有
""",
        body="""
⟦a 【字号：大 中 小】⟧各中小学、幼儿园：
暑假期间天气炎热，学生在外食用切开久放的西瓜、冷饮等引发肠胃疾病的情况时有发生。为此，现就有关事项通知如下：
1. 各校要在放假前上好一堂食品安全教育课。
2. 提醒学生不买路边无证摊点的切块瓜果，切开的西瓜要及时冷藏、尽快食用。
3. 请各校将《致家长的一封信》打印下发，由家长签字后收回回执。
回执：本人已阅读《致家长的一封信》。家长签字：________　____年__月__日
钛湾县教育体育局
2025年7月4日
""",
    ),
    dict(
        slug="oa-guotian-seedling-intranet-docview-html",
        site="瓜田种苗公司 内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.guotian-zm.example.local/doc/show.aspx?id=2025-0318",
        title="关于做好春季西瓜嫁接苗发货工作的通知",
        record_title="关于做好春季西瓜嫁接苗发货工作的通知",
        date="2025-03-18",
        notes="an intranet document view: header bar with user name, 流转记录 table, read count and an 'export' action; a customer-service line of the company kept in the body beside the system's helpdesk",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 瓜田种苗协同办公</title><script>var uid='u1092';</script></head><body>
<div class="bar">⟦m 瓜田种苗协同办公系统⟧　⟦m 当前用户：车敏（销售部）⟧　⟦a 退出⟧</div>
<div class="tabs">⟦m 待办　已办　公文　通讯录⟧</div>
<div class="doc"><h2>{T}</h2>
<div class="meta">⟦m 发文部门：总经理办公室　阅读：56次⟧</div>
{BODY}
</div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr><tr><td>⟦m 邱丽 拟稿 2025-03-17 → 杭宏 签发 2025-03-18⟧</td></tr></table>
<div class="ops">⟦a 导出　打印　归档⟧</div>
<div class="help">⟦w 系统使用问题请联系信息中心：分机 8010⟧</div>
</body></html>
""",
        body="""
各部门：
春季西瓜嫁接苗发货高峰即将到来，为确保按期保质交付，现就有关事项通知如下。
一、发货前由质检部逐批抽检，成活率不足95%的批次不得出圃。
二、物流部统一安排保温车辆，运输途中温度保持在15℃至25℃之间。
三、客户对到货苗有疑问的，请告知其拨打公司客服电话：0736-6619900。
总经理办公室
2025年3月18日
""",
    ),
    dict(
        slug="qa-nongwen-watermelon-sweetness-answer",
        site="农问网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.nongwen.example.com/question/220917.html",
        title="大棚西瓜不甜是什么原因？",
        record_title="大棚西瓜不甜是什么原因？ - 农问网",
        date="2025-05-20",
        notes="a farming Q&A: the question with a site suffix; an agronomist's answer with 回答于 as the page's date; a 'consult the expert' prompt; other answers list",
        page="""
!m 农问网 › 种植 › 瓜果
!t 大棚西瓜不甜是什么原因？ - 农问网
!m 问题补充：今年第一茬瓜个头够大就是不甜，求解答
!m 农技员 常青（钛湾县农技站）　回答于 2025-05-20
{BODY}
!a 赞同 17　｜　收藏　｜　举报
!w 一对一咨询农技专家，点此留言
!l 其他回答：多半是浇水太多了　——田间地头
""",
        body="""
大棚西瓜不甜，常见原因有三个。
一是膨瓜后期浇水过多，糖分被稀释。采收前7至10天应停止浇水。
二是光照不足，连续阴天或棚膜太脏都会影响糖分积累，要及时清洗棚膜。
三是采收过早。可以数一数授粉后的天数，中熟品种一般要30天左右。
""",
    ),
    dict(
        slug="collection-sicheng-watermelon-memoir-wrapped",
        site="锶城旧事 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://sicheng-jiushi.example.net/wen/88.html",
        title="守瓜棚的夏天",
        record_title="《锶城旧事》卷一·第8篇｜守瓜棚的夏天",
        date=None,
        wrap=58,
        indent="\u3000\u3000",
        notes="a collection: the memoir hard-wrapped at 58 columns; a 'written in the 1980s' note and an upload stamp are no dates; a chapter nav",
        page="""
!m 锶城旧事 · 卷一 · 田园
!t 《锶城旧事》卷一·第8篇｜守瓜棚的夏天
!m 上传于 2025-01-06　字数 180
{BODY}
!m （一九八〇年代旧稿，二〇二四年重抄）
!l 上一篇：割稻子　｜　下一篇：河边的水车
""",
        body="""
小时候每年七月，我都要跟着爷爷去守瓜棚。瓜棚搭在河滩地上，四根竹竿撑着一块油毡，晚上躺在里面能听见河水响。
爷爷守瓜不为防贼，他说过路的人口渴了摘一个不算偷，他防的是獾子。
半夜里獾子一来，爷爷就敲铜盆，我就举着手电筒满地乱照，那是我童年最热闹的时刻。
""",
    ),
    dict(
        slug="dangjian-jiaxi-watermelon-branch-summary",
        site="镓溪镇党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.jiaxi-zhen.example.gov.cn/dzbjs/2024/1220/771.html",
        title="镓溪村党支部“党建+西瓜产业”工作总结",
        record_title="【主题党日】镓溪村党支部“党建+西瓜产业”工作总结",
        date="2024-12-20",
        indent="\u3000\u3000",
        gap=True,
        junk=dict(lines=0, glued=2),
        notes="a Party-building page: decorated record title; junk glued after 。 (copied from a forum); a 'study online' button glued before a paragraph; the 成文日期",
        page="""
!m 镓溪镇党建网　｜　不忘初心 牢记使命
!m 首页 → 支部建设 → 工作交流
!t 【主题党日】镓溪村党支部“党建+西瓜产业”工作总结
!m 来源：镓溪村党支部　日期：2024-12-20
{BODY}
!a 点击进入网上党校学习
!m 中共镓溪镇委员会主办
""",
        body="""
今年以来，村党支部围绕西瓜产业抓党建、抓好党建促产业，全村西瓜种植面积扩大到1600亩，户均增收1.1万元。
一是支部领办合作社，统一购苗、统一技术、统一销售，社员西瓜收购价每斤高出市场价0.2元。
⟦a 【在线学习】⟧二是党员带头示范，12名党员种植户每人结对帮带3户困难户。
三是开展“瓜田党课”，在田间地头讲政策、教技术，全年开展16次。
镓溪村党支部
2024年12月20日
""",
    ),
    dict(
        slug="hospital-wuling-watermelon-diabetes-html",
        site="钨岭县中医医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.wlzyy.example.cn/jkzs/20250726/991.html",
        title="糖尿病患者夏天能不能吃西瓜",
        record_title=None,
        date=None,
        notes="a hospital page with no record title; the title found on the page; an 'online booking' float box and a 24-hour emergency line beside the clinic's own 咨询电话 (kept); an 更新时间 and 3天前 are no dates",
        page="""
<html><head><meta charset="utf-8"><title>钨岭县中医医院</title></head><body>
<div class="hd">⟦m 钨岭县中医医院　二级甲等中医医院⟧　⟦w 急救电话：0736-4120120（24小时）⟧</div>
<div class="nav">⟦m 首页　医院介绍　科室介绍　健康知识　就诊须知⟧</div>
<div class="bread">⟦m 首页 → 健康知识⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 更新时间：3天前　浏览：509⟧</div>
<div class="article">
{BODY}
</div>
<div class="fbox">⟦w 网上预约挂号 | 微信扫码预约⟧</div>
<div class="ft">⟦m 钨岭县中医医院 版权所有　地址：钨岭县杏林路12号⟧</div>
</body></html>
""",
        body="""
不少糖尿病患者问：夏天能不能吃西瓜？答案是可以吃，但要讲究方法。
西瓜含糖量约为6%至8%，血糖控制平稳的患者，每天可吃200克左右，最好放在两餐之间。
吃西瓜后，当餐主食应适当减少。血糖控制不佳的患者暂时不要吃。
如需个体化饮食指导，可咨询我院内分泌科：0736-4120563。
""",
    ),
    dict(
        slug="university-mengchuan-watermelon-practice-html",
        site="锰川职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mczy.example.edu.cn/xwzx/xydt/2025/0708/4410.htm",
        title="我院学生暑期赴瓜田开展助农直播实践",
        record_title="我院学生暑期赴瓜田开展助农直播实践-锰川职业技术学院",
        date="2025-07-08",
        notes="a college page: header with 信息门户/VPN links, a photo caption between paragraphs, an 'author/photo/editor' line after the last paragraph; byline date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院学生暑期赴瓜田开展助农直播实践-锰川职业技术学院</title></head><body>
<div class="top">⟦m 锰川职业技术学院⟧　⟦a 信息门户　VPN　图书馆　English⟧</div>
<div class="nav">⟦m 学院概况　院系设置　招生就业　校园新闻⟧</div>
<div class="pos">⟦m 首页 > 校园新闻 > 学院动态⟧</div>
<div class="news"><h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-07-08　作者：电商学院　浏览量：277⟧</div>
{BODY}
<p class="bj">⟦m 文/鲍洋　图/程思琦　编辑/贺婷⟧</p></div>
<div class="ft">⟦m 地址：锰川市职教大道9号　邮编：418000⟧</div>
</body></html>
""",
        body="""
7月上旬，电子商务学院“助农先锋”实践团走进锰川县西瓜主产区，开展为期一周的助农直播活动。
实践团队员分成四组，每天在瓜田里直播，向网友介绍西瓜的品种、口感和种植过程。
⟦m 图为实践团队员在瓜田直播。⟧
一周时间，实践团共直播28场，帮助瓜农销售西瓜4.6万斤。
""",
    ),
    dict(
        slug="localbbs-tiecheng-watermelon-stall-discuz-html",
        site="钛城论坛 (invented, Discuz-like)",
        style="地方论坛",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://bbs.taicheng.example.net/forum.php?mod=viewthread&tid=40018",
        title="致进城卖瓜瓜农朋友的一封信",
        record_title="致进城卖瓜瓜农朋友的一封信 - 便民信息 - 钛城论坛",
        date="2025-06-25",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        notes="a Discuz-like county forum: jammer fonts inside the post; poster's profile cell; the 发表于 date equals the letter's date; a 'reply' box and stats line",
        page="""
<html><head><meta charset="gbk"><title>致进城卖瓜瓜农朋友的一封信 - 便民信息 - 钛城论坛</title></head><body>
<div id="hd">⟦m 钛城论坛 — 钛城人自己的网上家园⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 钛城论坛 › 便民信息 › 查看内容⟧</div>
<table><tr><td class="pls">⟦m 城管小钛⟧<br>⟦m 帖子 156 积分 2031⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-6-25 10:40⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复　支持　反对　举报⟧</div></td></tr></table>
<div id="f_pst">⟦a 发表回复：请先登录后回帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　GMT+8, 2025-6-30 22:17⟧</div>
</body></html>
""",
        body="""
各位瓜农朋友：
西瓜上市了，欢迎大家进城卖瓜。为了让大家卖得顺心、市民买得放心，请注意以下几点。
请到指定的便民销售点销售，不要在主干道和路口停车摆卖。
收摊后请把瓜皮和垃圾带走，销售点每天晚上有人统一清扫。
有困难可拨打城管便民服务电话：0736-3312319。
钛城区城市管理局
2025年6月25日
""",
    ),
    dict(
        slug="download-ruanjian-watermelon-pest-plan",
        site="绿野资料网 (invented download station)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.lvye-zl.example.com/down/2025/1107.html",
        title="西瓜主要病虫害绿色防控技术方案",
        record_title="西瓜主要病虫害绿色防控技术方案.wps",
        date=None,
        indent="\u3000\u3000",
        notes="a text download page: a file-name title (.wps); size/format/grade rows; decimal headings; no date (a 收录时间 stamp is not a date); mirror links and a dead-link report",
        page="""
!m 绿野资料网 — 农业技术资料免费下载
!m 资料分类：种植技术 > 瓜类
!m 文件名：西瓜主要病虫害绿色防控技术方案.wps
!m 文件大小：38KB　　资料等级：★★★★　　收录时间：2025-01-07
!m 资料预览：
{BODY}
!a 【本地下载】　【网通下载】　【电信下载】
!a 链接失效请点此反馈
!d 声明：本站资料仅供学习研究，请于下载后24小时内删除。
""",
        body="""
1 防控原则
1.1 坚持“预防为主、综合防治”，优先采用农业防治、物理防治和生物防治措施。
2 主要措施
2.1 选用抗病品种，采用嫁接育苗防控枯萎病。
2.2 设置黄板和防虫网，防治蚜虫和粉虱。
2.3 确需用药时，选用高效低毒药剂，严格遵守安全间隔期。
""",
    ),
]
