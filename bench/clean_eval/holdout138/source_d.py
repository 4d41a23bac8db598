"""holdout138, part D: land-boat dance (跑旱船) troupes, village culture stations and folk-art
societies. Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-hanchuan-troupe-summary-wrapped",
        site="笔架范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.bijiafw.example.com/zj/wenhua/40217.html",
        title="荞塘村旱船队2024年工作总结",
        record_title="【精选】荞塘村旱船队2024年工作总结（通用3篇）",
        date="2024-12-26",
        notes="hard-wrapped at 62 columns; writing-service box on a line of its own between paragraphs; date under signature",
        page="""
!m 笔架范文网 - 工作总结 - 文化工作总结
{T}
!m 时间：2025-01-03　浏览：1,203　本文约 600 字
!a 【复制全文】【下载Word】
{BODY}
!l 相关范文：秧歌队年度工作总结　村文艺队活动总结
!d 本站范文由网友投稿整理，仅供参考，严禁商用。
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
2024年，在镇综合文化站的指导下，我村旱船队坚持每周排练两次，全年外出演出26场，观众超过两万人次，较好地完成了各项任务。
一、队伍建设方面。新吸收队员9名，其中青年队员5名，队员平均年龄由58岁下降到49岁，老中青结合的梯队初步形成。
⟦w 材料写不出来？本站提供一对一代写服务，加微信 bjfw_2024 咨询⟧
二、节目创作方面。在传统“渡口相会”的基础上，新编了《丰收船》《喜迎新春》两个节目，其中《丰收船》在县春节文艺展演中获得一等奖。
三、存在的不足。船身道具老化，部分彩绸褪色，排练场地冬季没有取暖。
2025年，我们将争取项目资金更新道具，继续培养年轻队员，把旱船这门老手艺传下去。
荞塘村旱船队
2024年12月26日
""",
    ),
    dict(
        slug="wenku-qiaotang-boat-dance-plan-html-pages",
        site="墨林文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.molinwenku.example.com/doc/6602871.html",
        title="荞塘镇2025年春节旱船巡演活动方案",
        record_title="荞塘镇2025年春节旱船巡演活动方案 - 墨林文库",
        date="2025-01-06",
        notes="preview reader: page markers as HTML paragraphs; pay prompt; date under signature",
        page="""
<html><head><meta charset="utf-8"><title>荞塘镇2025年春节旱船巡演活动方案 - 墨林文库</title></head>
<body><div class="top">⟦m 墨林文库⟧<a>⟦a 开通VIP⟧</a><a>⟦a 登录⟧</a></div>
<div class="reader"><h1>{T}</h1><p class="i">⟦m 上传于 2025-01-08　共3页　2.1千次阅读⟧</p>
{BODY}
</div>
<div class="end">⟦a 还剩 1 页未读，继续阅读需支付 5 墨币⟧</div>
<div class="rel">⟦l 相关文档：春节文艺汇演方案　元宵节民俗展演方案⟧</div>
<div class="ft">⟦d 墨林文库所有文档均由用户上传，仅供参考。⟧ ⟦m 客服邮箱 kefu@molinwenku.example.com⟧</div>
</body></html>
""",
        pages=dict(fmt="·第{n}页·", every=120, start=2),
        body="""
为丰富群众节日文化生活，展示我镇民俗文化特色，结合实际，制定本方案。
一、时间安排：2025年1月29日（正月初一）至2月12日（正月十五）。
二、巡演路线：由荞塘村出发，依次到上湾、下湾、石桥、新庄等8个村（社区）演出，每村演出不少于40分钟。
三、保障措施：镇文化站负责节目统筹，派出所负责沿途交通疏导，卫生院安排医护人员随队保障。
四、工作要求：各村要提前平整演出场地，确保安全有序。
荞塘镇人民政府
2025年1月6日
""",
    ),
    dict(
        slug="gov-lianshui-boat-dance-notice-banji",
        site="莲水镇人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lianshui.example.gov.cn/zwgk/tzgg/202501/t20250114_3301.html",
        title="莲水镇关于做好春节期间民俗表演安全工作的通知",
        record_title="莲水镇关于做好春节期间民俗表演安全工作的通知_通知公告_莲水镇人民政府网",
        date="2025-01-14",
        notes="document number neutral; 抄送 and 印发 版记 kept; contact beside the site's phone",
        page="""
!m 莲水镇人民政府网
!m 首页 > 政务公开 > 通知公告
{T}
!m 发布时间：2025-01-15　来源：镇党政办　字体：[大 中 小]
莲政办〔2025〕3号
{BODY}
!a 【打印】【关闭】
!m 莲水镇人民政府办公室　联系电话：0735-4420101　湘ICP备13008264号
""",
        body="""
各村（社区），镇直有关单位：
春节期间，旱船、舞龙、踩高跷等民俗表演活动集中，人员聚集多。为确保群众生命财产安全，现就有关事项通知如下：
一、凡组织民俗表演的，须于1月24日前向镇文化站报备表演时间、地点、路线和参与人数。
二、表演队伍通过公路时，须安排专人疏导交通，不得占用主干道长时间停留。
三、燃放烟花爆竹须远离表演人群和道具，严防火灾。
联系人：镇文化站　彭晓兰，电话：0735-4421876
莲水镇人民政府办公室
2025年1月14日
抄送：镇派出所、镇卫生院。
莲水镇人民政府办公室　2025年1月14日印发
""",
        date_also=["2025-01-15"],
    ),
    dict(
        slug="news-wanbao-boat-dance-feature-hotlist",
        site="蓉江晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.rongjiangwb.example.cn/html/2025-02/10/content_9921.htm",
        title="七旬“船娘”跑了五十年旱船",
        record_title="七旬“船娘”跑了五十年旱船_蓉江晚报网",
        date="2025-02-10",
        notes="evening paper: edition line gives the date; photo caption; hot list sidebar; editor line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>七旬“船娘”跑了五十年旱船_蓉江晚报网</title><script>var pageid=9921;</script></head>
<body><div class="hd">⟦m 蓉江晚报网⟧　⟦m 数字报　|　往期回顾⟧</div>
<div class="nav">⟦m 要闻　社会　文体　民生　评论⟧</div>
<div class="art"><h1>{T}</h1>
<div class="info">⟦m 2025年02月10日　第A06版：城事　记者 钟一帆⟧</div>
{BODY}
<p class="ed">⟦m 编辑：邝蕾　校对：胡敏⟧</p></div>
<div class="hot"><h4>⟦l 24小时热榜⟧</h4><ol><li>⟦l 元宵灯会交通管制公告⟧</li><li>⟦l 蓉江今年将新增3条公交线⟧</li></ol></div>
<div class="ft">⟦d 未经蓉江晚报书面授权，不得转载、摘编本网作品⟧</div>
</body></html>
""",
        body="""
正月初八，荞塘村的晒谷场上锣鼓一响，71岁的陈桂英撑起彩绸扎成的旱船，碎步一走，船身就像漂在水面上一样。
⟦m 陈桂英（中）在晒谷场上表演旱船。记者 钟一帆 摄⟧
“跑旱船，脚下要稳，腰上要活。”陈桂英16岁学艺，一跑就是五十多年。她说，船娘的步子要小、要密，上身不能晃，才显得船在水上。
这几年，她带出了十几个徒弟，最小的才12岁。她笑着说，只要有人愿意学，她就一直教下去。
""",
    ),
    dict(
        slug="forum-minyi-boat-prop-discuz-jammer",
        site="民艺之家论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.minyizhijia.example.com/thread-55120-1-1.html",
        title="分享一下旱船道具的扎制方法",
        record_title="[经验交流] 分享一下旱船道具的扎制方法 - 民俗道具 - 民艺之家论坛",
        date="2025-03-02",
        notes="Discuz-like post with jammer fonts glued and between paragraphs; 发表于 absolute date taken as the page's date",
        page="""
<html><head><meta charset="utf-8"><title>[经验交流] 分享一下旱船道具的扎制方法 - 民俗道具 - 民艺之家论坛</title></head>
<body><div id="hd">⟦m 民艺之家论坛⟧　<a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 民艺之家论坛 › 手艺交流 › 民俗道具⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 扎船老周　帖子 338　积分 1720⟧</td>
<td class="plc"><h1>{T}</h1><div class="pti">⟦m 发表于 2025-3-2 20:16:41⟧</div>
<div class="t_f">
{BODY}
</div></td></tr></table>
<div class="po">⟦l 回复　支持(12)　反对(0)　收藏⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5⟧　⟦d 帖子内容由网友发布，与本站立场无关⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
好多坛友问旱船怎么扎，我把这些年的做法整理一下。
船架用竹篾，长约一米八，宽六十公分，船头船尾各翘起二十公分。竹篾先用火烤软再弯，弯好后用铁丝扎牢。
船身外面蒙一层白布，再贴彩纸或缝彩绸，船舷挂流苏。船中间留一个圆口，表演的人站在里面，用布带把船挂在肩上。
整个船重量最好控制在四斤以内，不然跑一场下来肩膀受不了。
""",
    ),
    dict(
        slug="blog-chuanniang-diary-bracket-time",
        site="船娘小记（个人博客） (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://chuanniang.example.blog.cn/2025/02/18/first-show.html",
        title="第一次当船娘",
        record_title="第一次当船娘 – 船娘小记",
        date="2025-02-18",
        notes="personal blog: bracketed post time is the date; categories and comment box",
        page="""
!m 船娘小记 | 一个90后的民俗笔记
!m 首页　民俗　随笔　关于
{T}
!m [2025-02-18 22:31] 分类：随笔 | 阅读(412) | 评论(6)
{BODY}
!l 上一篇：腊月里学锣鼓点　|　下一篇：元宵夜的旱船队
!l 评论（6）　发表你的看法……
!d 本博客所有文字均为原创，转载请注明出处。
""",
        body="""
今年正月，我第一次正式当了船娘。
以前只是在队里打打杂，帮着收拾道具。桂英奶奶说我个子合适，步子也轻，就让我试试。
上场前我紧张得手心出汗，船挂在肩上总觉得歪。锣鼓一响，反倒什么都忘了，只记得奶奶说的“脚下小碎步，肩膀别乱动”。
演完下来，好几个小朋友围着我要摸船上的流苏。那一刻我忽然明白，这门手艺为什么要传下去。
""",
    ),
    dict(
        slug="wechat-wenhuaguan-boat-dance-campus-initiative",
        site="莲水文化馆（公众号镜像） (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wx.mirrorhub.example.com/a/lianshuiwhg/20250311",
        title="让旱船“划”进校园——非遗进校园倡议书",
        record_title="让旱船“划”进校园——非遗进校园倡议书",
        date="2025-03-11",
        notes="WeChat mirror: account date line; mini-program card and 阅读原文/在看; the document's 关注 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>让旱船“划”进校园——非遗进校园倡议书</title></head>
<body><div class="rich_media">
<h1>{T}</h1>
<div class="meta">⟦m 莲水文化馆　2025-03-11 18:02　湖南⟧</div>
<div class="content">
{BODY}
</div>
<div class="mp-card">⟦a 小程序｜莲水文化馆预约⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦l 分享⟧　⟦l 在看 31⟧</div>
<div class="qr">⟦a 长按识别二维码，关注莲水文化馆⟧</div>
</div><div class="mirror-ft">⟦d 内容来源于公开公众号，如有侵权请联系删除⟧</div></body></html>
""",
        body="""
各中小学校、各位家长：
旱船是我县流传百年的民间舞蹈，被列入市级非物质文化遗产代表性项目名录。为让孩子们了解和喜爱家乡的传统文化，我们倡议：
一、每所学校组建一支旱船兴趣小组，文化馆免费派老师上门教学。
二、将旱船表演纳入校园艺术节和大课间活动。
三、家长朋友们多带孩子观看民俗展演，在家讲讲旱船的故事。
有意向的学校，请关注本馆公众号后留言报名。
莲水县文化馆
2025年3月11日
""",
    ),
    dict(
        slug="qa-boat-dance-how-many-people-votebar",
        site="知道吧问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://zhidaoba.example.com/question/7723018.html",
        title="跑旱船一般需要几个人配合？",
        record_title=None,
        date=None,
        notes="Q&A: no record title; 回答于 a relative time (no date); vote bar",
        page="""
<html><head><meta charset="utf-8"><title>跑旱船一般需要几个人配合？_知道吧问答</title></head>
<body><div class="hd">⟦m 知道吧问答⟧ <a>⟦a 我要提问⟧</a></div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：匿名　2个回答⟧</p></div>
<div class="a"><p class="who">⟦m 民俗爱好者阿平　回答于 4天前⟧</p>
{BODY}
<div class="vote">⟦l 有用 57　没用 1　评论⟧</div></div>
<div class="rel">⟦l 相关问题：旱船和采莲船有什么区别？⟧</div>
<div class="ft">⟦d 回答内容由网友提供，仅供参考。⟧</div>
</body></html>
""",
        body="""
最基本的是两个人：一个船娘在船里，一个艄公在船外拿桨。
艄公要围着船做划桨、撑篙、拉纤的动作，和船娘一唱一和，讲究配合默契。
热闹一点的还会加一个丑角，专门逗乐，再加上锣鼓班子，一般四五个人就够了。
""",
    ),
    dict(
        slug="tender-rongjiang-boat-props-consult",
        site="蓉江市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://ccgp.rongjiang.example.gov.cn/cgxx/cggg/2025/1102.html",
        title="蓉江市群众艺术馆民俗表演道具采购项目竞争性磋商公告",
        record_title="蓉江市群众艺术馆民俗表演道具采购项目竞争性磋商公告 - 蓉江市政府采购网",
        date="2025-04-02",
        notes="tender: buyer and agency contacts beside the platform's hotline; lot table; the document speaks of 下载 采购文件",
        page="""
!m 蓉江市政府采购网
!m 采购信息 > 采购公告 > 竞争性磋商
{T}
!m 发布日期：2025-04-02　项目编号：RJCG2025-0309
{BODY}
!w 平台服务热线：0731-88109900
!a 我要投标　　收藏项目　　打印
!d 本公告由采购代理机构发布，内容以采购文件为准。
""",
        body="""
一、项目名称：蓉江市群众艺术馆民俗表演道具采购项目
二、采购内容
包号　品目　数量　预算（万元）
一　旱船（含彩绸、流苏）　12套　4.8
二　舞龙道具　6套　7.2
三、获取磋商文件：2025年4月3日至4月9日，供应商登录本平台免费下载。
四、联系方式
采购人：蓉江市群众艺术馆　联系人：欧阳老师　电话：0731-88201163
代理机构：蓉江诚达项目管理有限公司　联系人：唐工　电话：0731-88337026
""",
    ),
    dict(
        slug="assoc-minwenxie-boat-dance-minutes",
        site="蓉江市民间文艺家协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.rjmwx.example.org.cn/xhdt/2025/0520.html",
        title="旱船艺术保护传承座谈会纪要",
        record_title="【协会动态】旱船艺术保护传承座谈会纪要",
        date="2025-05-16",
        notes="association site: member login; minutes' 时间/地点/主持/出席/记录 lines kept; date from the meeting line",
        page="""
<html><head><meta charset="utf-8"><title>【协会动态】旱船艺术保护传承座谈会纪要</title></head>
<body><div class="top">⟦m 蓉江市民间文艺家协会⟧ <a>⟦a 会员登录⟧</a> <a>⟦a 入会申请⟧</a></div>
<div class="nav">⟦m 协会概况　协会动态　会员风采　民艺资源⟧</div>
<div class="con"><h2>{T}</h2><p>⟦m 发布：秘书处　2025-05-20⟧</p>
{BODY}
</div>
<div class="ft">⟦m 地址：蓉江市文化路3号文联大楼　邮编：410600⟧</div>
</body></html>
""",
        date_also=["2025-05-20"],
        body="""
时间：2025年5月16日上午9时
地点：市文联三楼会议室
主持：协会副主席 龙少华
出席：协会会员、各县旱船队代表共24人
记录：刘芳
一、与会代表交流了各地旱船队现状。目前全市在册旱船队31支，队员平均年龄超过55岁，传承断层问题突出。
二、会议议定：年内编印《蓉江旱船》资料集，开展旱船艺术口述史采集，推荐3支队伍参加省级民俗展演。
""",
    ),
]
