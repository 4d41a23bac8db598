"""holdout276, part B: blogs, WeChat mirrors, sharing sites, education portals, intranets.

Invented text, sites, places and people; written by hand, one case at a time.
"""

CASES = [
    dict(
        slug="blog-muxiezhai-go-bowl-turning-notes",
        site="木屑斋 (invented, Hexo-like static blog)",
        style="博客",
        genre="博客随笔",
        kind="other",
        form="html",
        source="https://muxiezhai.blog/2024/03/09/zaomu-qiguan-3/",
        title="枣木棋罐旋制笔记：掏膛与打磨",
        record_title="【旋木手记】枣木棋罐旋制笔记：掏膛与打磨 | 木屑斋",
        date="2024-03-09",
        notes="static blog: a reading-time line, a licence block, a tag cloud, an archive and a comment form; the post's "
        "发布于 line is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Hexo 6.3.0">
<title>【旋木手记】枣木棋罐旋制笔记：掏膛与打磨 | 木屑斋</title>
<link rel="alternate" href="/atom.xml" title="木屑斋" type="application/atom+xml">
<script>window.twikooEnv="muxiezhai";</script>
</head>
<body>
<header id="header"><a class="brand" href="/">⟦m 木屑斋⟧</a><p class="subtitle">⟦m 一个业余旋木匠的车床边记事⟧</p>
<nav><a>⟦m 首页⟧</a><a>⟦m 归档⟧</a><a>⟦m 分类⟧</a><a>⟦m 关于⟧</a></nav></header>
<main>
<article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 发布于 2024-03-09 22:17 · 分类于 旋木手记 · 字数 612 · 阅读约 2 分钟⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="post-copyright">⟦d 文章采用 CC BY-NC-SA 4.0 协议授权，转载请注明来自木屑斋⟧</div>
<div class="post-tags">⟦l #棋罐 #枣木 #掏膛⟧</div>
<div class="post-nav">⟦l ‹ 枣木棋罐旋制笔记：选料与粗坯⟧ ⟦l 藤编棋罐初体验 ›⟧</div>
<div id="tcomment"><h3>⟦l 来都来了，说两句⟧</h3><p>⟦l 昵称　邮箱　网址（选填）⟧</p><button>⟦a 提交留言⟧</button>
<p>⟦l 炒栗子的猫 · 2 天前：罐盖不晃这个标准学到了⟧</p></div>
</article>
<aside>
<div class="widget"><h4>⟦l 标签云⟧</h4><p>⟦l 旋木 棋罐 砂纸 核桃油 车床 藤编 木勺⟧</p></div>
<div class="widget"><h4>⟦l 文章归档⟧</h4><p>⟦l 2024年03月 (3)⟧</p><p>⟦l 2024年02月 (5)⟧</p><p>⟦l 2024年01月 (4)⟧</p></div>
</aside>
</main>
<footer>⟦m © 2021 - 2024 木屑斋 · 由 Hexo 驱动 · 主题 Butterfly⟧</footer>
</body>
</html>
""",
        body="""
上一篇说了选料和粗坯，这一篇接着记掏膛和打磨。
棋罐的膛要掏得深浅合适。我做的这对罐子外径12厘米，膛深8厘米，刚好装下181颗黑子。掏膛用的是自己磨的钩刀，转速调到每分钟800转，每次只吃进一两毫米，手要稳，不然容易崩口。
掏到一半要停下来量一次壁厚。枣木硬，壁厚留到6毫米就够了，太薄了棋子落下去声音发飘。
打磨从240目砂纸开始，依次换到400目、800目，最后用核桃油擦两遍。罐盖和罐身要配着打磨，盖上以后转一圈不晃、不涩，才算合格。
这对罐子前后做了五个晚上，送给了教我下棋的老师。下一篇准备试试用藤条编一只。
""",
    ),
    dict(
        slug="blog-nanchuang-memoir-biscuit-tin-wrapped-58",
        site="南窗絮语 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="https://nanchuangxuyu.blogbus.example.cn/post/2025/04/1127",
        title="母亲的饼干盒",
        record_title="母亲的饼干盒 - 南窗絮语 - 随笔",
        date=None,
        notes="a memoir hard-wrapped at 58 columns with a blank line between paragraphs; ends with a season-and-year line (no "
        "date); counters, prev/next and comments around",
        wrap=58,
        indent="\u3000\u3000",
        gap=True,
        page="""
!m 南窗絮语
!m 一扇窗，一盏茶，几行字
!m 首页　随笔　读书　相册　留言板
{T}
!m 分类：随笔　｜　阅读（228）　｜　评论（6）
{BODY}
!a 喜欢　｜　转载　｜　分享到朋友圈
!l 上一篇：父亲的二八自行车
!l 下一篇：外婆家的腌菜坛
!l 网友评论
!l 晚秋：我家也有一只这样的盒子，装的全是纽扣。
!l 木木：看哭了，想妈妈了。
!m 南窗絮语 © 2009-2025　本博客文字未经许可请勿转载
""",
        body="""
母亲的针线盒，是一只印着牡丹花的铁皮饼干盒。那是一九八六年父亲出差带回来的，饼干早就吃完了，盒子却在我家用了将近四十年。
盒盖上的牡丹褪了颜色，边角磕出了几个小坑。打开盒子，里面是一卷卷彩线、一板板纽扣，还有一枚磨得发亮的顶针。小时候我的衣服破了，母亲总是先把饼干盒从柜顶上搬下来，戴上老花镜，就着灯光一针一针地缝。
后来我去外地读书，母亲在盒子里塞了两张粮票和一张纸条，上面写着“天冷加衣”。那张纸条我到现在还夹在日记本里。
去年母亲搬来和我同住，别的东西都没带，只带了这只饼干盒。她说，里面的东西用惯了，换个盒子就找不着了。
二〇二五年早春，写于南窗下
""",
    ),
    dict(
        slug="wechat-mirror-hospital-heatpad-burn-h1",
        site="号外阅读 (invented WeChat mirror) / 昱溪县人民医院 account",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://haowai-read.cn/a/yxrmyy/20241220_2",
        title="暖宝宝这样贴，小心低温烫伤",
        record_title=None,
        date="2024-12-20",
        notes="WeChat mirror: the title only in an <h1>; an account line with the date; a follow prompt glued before the "
        "first words; a department's own phone in the body; 阅读原文/在看 rows, a topic tag, a QR line and the mirror's note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>号外阅读 - 公众号好文随时看</title>
<script src="https://haowai-read.cn/static/mirror.js"></script>
</head>
<body>
<div class="hw-top">⟦m 号外阅读⟧ <a>⟦a 搜公众号⟧</a> <a>⟦a 登录同步书架⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 昱溪县人民医院 2024年12月20日 18:30 云南⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool"><a>⟦a 阅读原文⟧</a> ⟦m 阅读 4117⟧ ⟦a 赞 96⟧ ⟦a 在看 31⟧</div>
<div class="topic">⟦l #冬季健康小课堂 9篇⟧</div>
<div class="qr">⟦a 长按识别二维码，预约专家门诊少排队⟧</div>
</div>
<div class="hw-note">⟦d 号外阅读仅作公众号文章的离线存档，版权归原公众号所有⟧</div>
<div class="hw-more"><h4>⟦l 该公众号的其他文章⟧</h4><p>⟦l 冬季老人防跌倒，记住这五点⟧</p><p>⟦l 流感高发季，儿科就诊指南⟧</p></div>
</body>
</html>
""",
        p_html='<section style="margin:8px 0"><p style="font-size:16px">{}</p></section>',
        body="""
⟦a 点击上方蓝字“昱溪县人民医院”，健康知识早知道⟧进入隆冬，暖宝宝成了不少人出门的“标配”。但最近一周，我院烧伤整形科已接诊4名因使用暖宝宝导致低温烫伤的患者，其中一位老人小腿上的创面需要植皮治疗。
低温烫伤是指皮肤长时间接触高于体温的低热物体造成的烫伤。暖宝宝表面温度可达50℃以上，贴在同一位置超过1小时，就可能损伤皮肤深层组织，而且起初往往只是发红，很容易被忽视。
医生提醒：一是暖宝宝要贴在内衣外面，不要直接贴皮肤；二是睡觉时不要使用；三是老人、婴幼儿和糖尿病患者感觉迟钝，更要谨慎使用；四是一旦发现皮肤发红起疱，要立即用凉水冲洗并及时就医。
如需咨询，可拨打烧伤整形科电话0879-5230716。
""",
    ),
    dict(
        slug="wechat-mirror-go-association-junior-contest-notice",
        site="微文仓 (invented WeChat mirror) / 杲阳围棋 account",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.weiwencang.com/mp/gaoyangweiqi/2025030501.html",
        title="关于举办2025年杲阳县少儿围棋段级位赛的通知",
        record_title="关于举办2025年杲阳县少儿围棋段级位赛的通知 | 杲阳围棋 - 微文仓",
        date="2025-03-03",
        date_also=["2025-03-05"],
        notes="WeChat mirror text: account line with the post date, a subscribe prompt glued before the addressee line; the "
        "association's own contact and a 扫码 sentence in the body; 成文日期 differs from the post date",
        page="""
!m 微文仓 · 公众号文章存档
!t 关于举办2025年杲阳县少儿围棋段级位赛的通知 | 杲阳围棋
!m 原创　杲阳围棋　2025年03月05日 12:06　云南
{BODY}
!a 阅读原文
!l 往期回顾：2024年县运会围棋比赛成绩公告
!a 分享　点赞　在看
!m 微信扫一扫，关注“杲阳围棋”
!d 本页为微文仓存档副本，内容以公众号原文为准
""",
        body="""
⟦a ↑ 戳蓝字「杲阳围棋」订阅赛事消息⟧各围棋培训机构、各中小学：
为推动少儿围棋普及，经研究，定于2025年3月29日至30日在县全民健身中心举办2025年杲阳县少儿围棋段级位赛。现将有关事项通知如下：
一、参赛对象。2011年1月1日以后出生、在本县学习围棋的少年儿童。
二、比赛器材。比赛用棋盘、棋子和围棋罐由组委会统一提供。为防止混用，选手不得自带棋罐进入赛场，提子须放入本方罐盖内。
三、报名办法。请各单位于3月20日前扫描海报二维码填写报名信息，报名费每人60元。
联系人：钟一帆　电话：13908723516
杲阳县围棋协会
2025年3月3日
""",
    ),
    dict(
        slug="docshare-gongxiang-go-bowl-contract-template-wps",
        site="共享书斋 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.gongxiangshuzhai.com/doc/310572948.html",
        title="围棋罐采购合同范本",
        record_title="围棋罐采购合同范本.wps",
        date=None,
        notes="sharing page: file-name record title; an upload notice, a points lock, a service WeChat, ratings; a contract "
        "template with 第N条 articles, ＿＿ blanks, a ×× placeholder and ＿＿＿＿年＿＿月＿＿日 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>围棋罐采购合同范本.wps-共享书斋</title>
<script>var docInfo={fid:310572948,ext:"wps",score:3};</script>
</head>
<body>
<div class="gx-header"><a>⟦m 共享书斋⟧</a><span>⟦m 好文档，大家一起读⟧</span><a>⟦a 上传赚积分⟧</a> <a>⟦a 登录⟧</a></div>
<div class="gx-crumb">⟦m 共享书斋 / 合同协议 / 买卖合同⟧</div>
<div class="gx-doc">
<h2 class="gx-name">⟦t 围棋罐采购合同范本.wps⟧</h2>
<p class="gx-info">⟦m 贡献者：棋乐无穷88　大小：26KB　页数：2　评分：★★★★☆（41人）⟧</p>
<p class="gx-notice">⟦d 本文档由共享书斋用户上传，书斋只做空间存储，内容是否侵权请自行判断，发现问题可点举报⟧</p>
<div class="gx-text">
<p class="center">{T}</p>
{BODY}
</div>
<div class="gx-lock">⟦a 下载此文档需消耗3积分，余额不足？做任务领积分⟧</div>
<div class="gx-kf">⟦w 找不到想要的合同？书斋客服微信 gxsz_kefu 帮你找⟧</div>
</div>
<div class="gx-side"><h4>⟦l 相似合同⟧</h4><p>⟦l 体育器材采购合同（通用）⟧</p><p>⟦l 木制工艺品订货合同⟧</p></div>
<div class="gx-foot">⟦m 共享书斋 gongxiangshuzhai.com　苏ICP备21033906号⟧</div>
</body>
</html>
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：＿＿＿＿＿＿＿＿
第一条　甲方向乙方采购××牌枣木围棋罐＿＿对，单价＿＿元，合同总价人民币＿＿＿＿元。
第二条　围棋罐外径不小于12厘米，罐身无裂纹、无虫眼，罐盖开合顺畅，表面不得使用含苯油漆。
第三条　乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　甲方收货后5个工作日内组织验收，验收合格后10个工作日内付清货款。
第五条　任何一方违约，应向对方支付合同总价10%的违约金。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wencun-request-heatpads-traffic-police-docx",
        site="文存网 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.wencun.net/p/2024-12/88270415.html",
        title="关于为户外执勤交警配发暖宝宝等防寒物资的请示",
        record_title="关于为户外执勤交警配发暖宝宝等防寒物资的请示.docx",
        date="2024-12-02",
        notes="sharing page text: file-name record title; the request's own 联系人/电话 next to the site's service WeChat; a "
        "numbered list of costs; 成文日期 under the signature",
        page="""
!m 文存网｜机关文档共享平台
!t 关于为户外执勤交警配发暖宝宝等防寒物资的请示.docx
!m 分享者：冬日暖阳2020　　格式：docx　　浏览：967　　下载：88
!a ☆收藏　⇩下载（2积分）　⚑举报
{BODY}
!w 文存网客服微信：wencun_kf01（工作日9:00-18:00）
!l 同类文档：关于申请购置防寒服的请示　关于冬季执勤补贴的请示
!d 文存网所有文档均由网友分享，仅供参考，不代表本站观点
""",
        body="""
县财政局：
入冬以来，我县最低气温已降至零下8℃，城区12个交通岗的执勤民警和辅警每天在路口站岗6小时以上，防寒保暖压力较大。为保障一线执勤人员身体健康，我大队拟为132名执勤民警、辅警配发暖宝宝和防寒护膝，所需经费如下：
1.暖宝宝2.4万片，每片0.8元，计1.92万元；
2.防寒护膝264副，每副45元，计1.19万元。
以上合计3.11万元，拟从大队公用经费中列支，不足部分恳请县财政给予解决。
妥否，请批示。
联系人：黎志坚　电话：0871-69132205
晖岭县公安局交通警察大队
2024年12月2日
""",
    ),
    dict(
        slug="edu-huiling-notice-go-in-class-attachment-link",
        site="晖岭县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.huiling.gov.cn/tzgg/2025/0226/4471.html",
        title="关于组织开展“棋韵校园”围棋进课堂活动的通知",
        record_title="关于组织开展“棋韵校园”围棋进课堂活动的通知-通知公告-晖岭县教育体育局",
        date="2025-02-24",
        date_also=["2025-02-26"],
        notes="education portal: a 大字版/盲人阅读 row, an attachment download link next to the notice's own 附件 list, the "
        "notice's 联系人/电话/邮箱 beside the site's technical line; a 下载附件 sentence (content); 成文日期 differs from the 发布时间",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>关于组织开展“棋韵校园”围棋进课堂活动的通知-通知公告-晖岭县教育体育局</title>
<script src="/static/js/slide.js"></script>
</head>
<body>
<div class="access">⟦a 大字版 ｜ 盲人阅读 ｜ 简/繁⟧</div>
<div class="head"><img src="/img/jtj_logo.png" alt="">⟦m 晖岭县教育体育局⟧<span>⟦m 办人民满意的教育⟧</span></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 教育资讯⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="where">⟦m 现在位置：首页 → 通知公告⟧</div>
<div class="news-show">
<h1>{T}</h1>
<div class="news-attr">⟦m 发布时间：2025年02月26日　发布科室：基础教育股　点击数：1862⟧</div>
<div class="news-txt">
{BODY}
</div>
<div class="news-file"><p>⟦a 附件下载：“棋韵校园”试点学校申报表.docx　围棋课教学进度参考.pdf⟧</p></div>
<div class="news-pn">⟦l 上一篇：关于做好2025年春季学期开学工作的通知⟧<br>⟦l 下一篇：晖岭县中小学校园足球联赛竞赛规程⟧</div>
</div>
<div class="foot">
<p>⟦m 主办单位：晖岭县教育体育局　地址：晖岭县城关镇育才路9号⟧</p>
<p>⟦m 网站技术支持：晖岭县电化教育站　电话：0872-7630099⟧</p>
<p>⟦m 黔ICP备10003528号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学校：
为弘扬中华优秀传统文化，培养学生专注、坚韧的品格，县教育体育局决定在全县中小学开展“棋韵校园”围棋进课堂活动。现将有关事项通知如下：
一、活动内容。各校每周安排一节围棋课，三年级以上学生参加。县教育体育局为首批20所试点学校配送围棋盘和围棋罐各400套。
二、器材管理。学校要指定专人保管棋具，围棋罐应编号存放，每学期清点一次，损坏的及时报修。
三、有关要求。请各学校下载附件，填写试点学校申报表，于3月10日前报送至县教体局基础教育股邮箱。
附件：1.“棋韵校园”试点学校申报表
2.围棋课教学进度参考
联系人：焦海燕　电话：0872-7632018　邮箱：hljtj_jyg@163.com
晖岭县教育体育局
2025年2月24日
""",
    ),
    dict(
        slug="edu-xihu-plan-tin-frog-science-decimal-headings",
        site="熙湖区教育网 (invented district education site)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.xihuedu.cn/jyky/202503/t20250319_6612.html",
        title="小学科学“玩具里的力学”铁皮青蛙拆装实践活动方案",
        record_title="〔教研动态〕小学科学“玩具里的力学”铁皮青蛙拆装实践活动方案_熙湖区教育网",
        date="2025-03-18",
        date_also=["2025-03-19"],
        notes="education site text: decimal headings 1.1–4; a safety section; 成文日期 under the signature (the page's 时间 "
        "line differs); the site's screen-reader row and a scan-to-read line around",
        page="""
!m 熙湖区教育网
!a 无障碍浏览　｜　长者模式　｜　返回首页
!m 您在这里：首页 » 教研科研 » 教研动态
!t 〔教研动态〕小学科学“玩具里的力学”铁皮青蛙拆装实践活动方案
!m 来源：区教研室　　时间：2025-03-19　　阅读次数：531
{BODY}
!a 手机扫一扫，本页带回家
!l 相关链接：区小学科学实验操作比赛通知　｜　科学教师实验技能培训安排
!m 熙湖区教育局主办　熙湖区教育信息中心维护
""",
        body="""
1.活动目的
1.1 通过拆装铁皮青蛙，让学生认识发条、齿轮和连杆的作用。
1.2 培养学生动手操作和合作探究的能力。
2.活动安排
2.1 时间：2025年4月第二周，每校安排2课时。
2.2 对象：全区小学五年级学生，每4人一组。
2.3 材料：每组铁皮青蛙1只、小号螺丝刀1把、护目镜4副，由区教研室统一配送。
3.安全要求
3.1 铁皮边缘较锋利，拆装时必须佩戴手套，教师要全程巡视。
3.2 发条拆下后不得随意拉伸，防止弹出伤人。
4.成果展示
各校选送2个小组的拆装记录和改进设想，参加区级展评。
熙湖区教育局教研室
2025年3月18日
""",
    ),
    dict(
        slug="oa-donghui-bulletin-tin-stamping-rectification",
        site="东晖食品有限公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.donghui-food.local/doc/view?id=20250312007",
        title="关于制罐车间冲压工序安全隐患整改情况的通报",
        record_title="【车间安全通报】关于制罐车间冲压工序安全隐患整改情况的通报 - 东晖协同办公",
        record_date="2025-03-12",
        date="2025-03-12",
        notes="OA document view: a 文号 line (neutral), 流转记录, a read count and a 签收 button; the department's own extension "
        "beside the IT desk's; a 抄送 line in the body; the record gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【车间安全通报】关于制罐车间冲压工序安全隐患整改情况的通报 - 东晖协同办公</title>
<script src="/oa/js/docview.js"></script>
</head>
<body>
<div class="oa-top">⟦m 东晖协同办公⟧ <span>⟦m 欢迎您，包装二车间 陆雯⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文管理⟧ ⟦m 通知公告⟧ ⟦m 流程中心⟧ ⟦m 个人设置⟧</div>
<div class="oa-doc">
<div class="doc-head">⟦m 公文类型：通报　密级：内部　紧急程度：普通⟧</div>
<p class="docno">东晖安〔2025〕6号</p>
<h2>{T}</h2>
<div class="doc-body">
{BODY}
</div>
<div class="doc-act"><button>⟦a 签收⟧</button> <button>⟦a 转给同事阅知⟧</button> <button>⟦a 另存为PDF文件⟧</button></div>
<div class="doc-read">⟦m 已读 214 人　未读 17 人⟧</div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 2025-03-12 09:40　安全环保部 覃志远 拟稿⟧</td></tr>
<tr><td>⟦m 2025-03-12 14:05　分管副总 韦启明 签发⟧</td></tr>
<tr><td>⟦m 2025-03-12 15:20　办公室 分发至各车间、各部门⟧</td></tr></table>
</div>
<div class="oa-foot">⟦m 系统问题请联系信息中心 分机8000⟧　⟦d 仅限东晖员工内部阅知⟧</div>
</body>
</html>
""",
        body="""
各车间、各部门：
3月5日，公司安全环保部对制罐车间开展专项检查，发现饼干盒冲压工序存在以下问题：一是2台冲床的双手按钮被擅自短接；二是部分员工未戴防割手套搬运铁皮；三是废边料堆放占用安全通道。
针对上述问题，制罐车间已于3月10日前完成整改：恢复冲床双手按钮并加装防护光栅，为冲压岗位员工补发防割手套48副，清理废边料1.6吨。
现对制罐车间给予通报批评，扣减车间当月安全绩效2分。各车间要举一反三，于3月20日前完成一次设备防护装置自查。
安全环保部联系人：覃志远，分机8306。
东晖食品有限公司安全环保部
2025年3月12日
抄送：公司领导班子成员。
""",
    ),
    dict(
        slug="intranet-tianxu-minutes-wrapper-supplier-review",
        site="甜旭糖果厂内部信息网 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://info.tianxu-candy.local/hyjy/2024/1016_03.html",
        title="糖纸包装材料供应商评审会会议纪要",
        date="2024-10-15",
        notes="intranet text: the minutes' 时间/地点/主持/参会/记录 lines; the 时间 line gives the date; an upload-to-system "
        "sentence (content); the intranet's header, read count and footer",
        page="""
!m 甜旭糖果厂内部信息网
!m 当前栏目：会议纪要　｜　发布部门：厂办公室
{T}
!m 录入：庞小菲　审核：谢雨桐　浏览：86次
{BODY}
!a 【打印】【收藏到我的文件夹】
!l 本栏目更多：三季度安全生产例会纪要　｜　新品研发立项会纪要
!d 本网信息仅限厂内员工查阅，请勿截图外传
!m 技术支持：厂信息室　内线 6012
""",
        body="""
时间：2024年10月15日下午2:30
地点：厂部三楼会议室
主持：副厂长　谢雨桐
参会：采购科、质检科、生产技术科负责人及包装车间主任
记录：庞小菲
会议对三家糖纸包装材料供应商的送样进行了评审，纪要如下：
一、会议认为，熙湖印务送样的玻璃糖纸透明度好、扭结后不回弹，评审得分最高，确定为主供应商。
二、烁口彩印送样的蜡纸有轻微油墨气味，要求其整改后重新送样，暂列备选。
三、质检科要在每批糖纸到货后抽检溶剂残留，检测报告扫描上传至质量系统，留存两年。
四、采购科于10月底前完成合同签订。
""",
    ),
]
