"""holdout67, part A: harmonica ensembles and clubs (口琴). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-qinyun-speech-harmonica-festival-html",
        site="琴韵范文库 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.qinyunfw.example.com/jianghua/wenti/2025/8812.html",
        title="在籁阳县首届口琴艺术节开幕式上的致辞",
        record_title="在籁阳县首届口琴艺术节开幕式上的致辞（精选2篇）_琴韵范文库",
        date="2025-05-18",
        notes="old table layout; decorated record title; date under the speech title; glued copy prompt after a sentence",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在籁阳县首届口琴艺术节开幕式上的致辞（精选2篇）_琴韵范文库</title>
<script>var hits=0;</script></head><body>
<table width="960" align="center"><tr><td class="logo">⟦m 琴韵范文库·好材料一搜就有⟧</td><td>⟦a 设为首页 | 加入书签⟧</td></tr></table>
<table width="960"><tr><td>⟦m 所在栏目：首页 &gt;&gt; 致辞讲话 &gt;&gt; 文体活动致辞⟧</td></tr></table>
<table width="960"><tr><td width="700">
<h1>⟦t 在籁阳县首届口琴艺术节开幕式上的致辞⟧</h1>
<div class="info">⟦m 整理：小琴　人气：1022　更新：2025-05-20⟧</div>
<p>县文化馆馆长　钟书蔚</p>
<p>（2025年5月18日）</p>
{BODY}
<div class="fy">⟦l 上一篇：广场舞展演活动主持词⟧ ⟦l 下一篇：少儿书法比赛颁奖仪式讲话⟧</div>
</td><td width="260" valign="top">
<div class="side"><b>⟦l 本周热读⟧</b><br>⟦l 全民阅读月启动仪式致辞⟧<br>⟦l 文艺汇演开幕词（通用版）⟧</div>
</td></tr></table>
<table width="960"><tr><td>⟦d 本站内容均由网友投稿，仅供参考学习，若有侵权请与我们联系删除。⟧<br>⟦m 琴韵范文库 www.qinyunfw.example.com 闽ICP备20250177号⟧</td></tr></table>
</body></html>
""",
        body="""
各位来宾，各位琴友：
小小一把口琴，陪伴了几代籁阳人的青春岁月。
今天，首届口琴艺术节在这里开幕，来自全县的二十一支口琴队、三百余名琴友同台献艺。⟦a 【复制本段】⟧
艺术节为期三天，将举办重奏展演、独奏比赛和口琴进校园活动。
希望大家以琴会友、以乐传情，让口琴声飘进更多的街巷和校园。
""",
    ),
    dict(
        slug="wenku-jianshu-plan-harmonica-class-markers",
        site="简书文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.jianshuwk.example.cn/p/5520913.html",
        title="箫湖镇中心小学口琴社团活动方案",
        record_title="箫湖镇中心小学口琴社团活动方案.docx",
        date="2025-02-24",
        notes="file-name title; preview markers ⁅n⁆ cutting sentences; numbered list; 成文日期 at the end",
        pages=dict(fmt="⁅{n}⁆", every=90, start=2),
        page="""
!m 简书文库 > 教育资料 > 社团活动
!t 箫湖镇中心小学口琴社团活动方案.docx
!m 页数：3　大小：26KB　贡献者：小箫老师
!a 全文预览已到底，开通会员即可无限下载本篇
{BODY}
!a 下载本文档需要2个下载券　立即下载
!l 你可能喜欢：小学合唱社团活动计划 / 竖笛兴趣小组实施方案
!d 本文档由用户上传，平台仅提供存储空间，如涉及版权请提交申诉。
""",
        body="""
为丰富学生课余生活，培养学生的音乐素养，学校决定成立口琴社团，特制定本方案。
一、活动时间：每周二、周四下午课后服务时段，每次四十五分钟。
二、活动对象：三至五年级自愿报名的学生，每期招收四十人。
三、活动内容：1.口琴的握持与呼吸方法；2.单音吹奏与简单曲目；3.二重奏与合奏练习。
四、成果展示：学期末在校园艺术节上进行汇报演出。
箫湖镇中心小学
2025年2月24日
""",
    ),
    dict(
        slug="gov-lanyang-notice-harmonica-venue-html",
        site="籁阳县文化和旅游局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://wlj.laiyang.example.gov.cn/tzgg/2025/0410/3321.html",
        title="关于开放县文化馆排练厅供群众文艺团队预约使用的通知",
        record_title=None,
        date="2025-04-10",
        notes="no record title; index table with 索引号; own 联系人/电话 next to the site's correction line; 附件 list; elder-mode row",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开放县文化馆排练厅供群众文艺团队预约使用的通知_籁阳县文化和旅游局</title><script src="/js/stat.js"></script></head>
<body><header><div class="logo">⟦m 籁阳县文化和旅游局⟧</div><div class="tools">⟦a 长者模式　｜　读屏　｜　简/繁⟧</div></header>
<nav>⟦l 首页　机构概况　政务公开　文旅资讯　互动交流⟧</nav>
<div class="pos">⟦m 位置：首页 / 政务公开 / 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11330927MB0L52/2025-00418⟧</td><td>⟦m 发文机构：县文化和旅游局⟧</td></tr></table>
<h1>⟦t 关于开放县文化馆排练厅供群众文艺团队预约使用的通知⟧</h1>
<div class="meta">⟦m 发布时间：2025-04-10 09:12　浏览次数：386⟧</div>
<article>
{BODY}
</article>
<div class="ops">⟦a 【打印正文】【关闭本页】⟧</div>
<footer><p>⟦m 网站纠错电话：0570-8120011⟧</p><p>⟦m 主办单位：籁阳县文化和旅游局　浙ICP备05011123号⟧</p></footer>
</body></html>
""",
        body="""
各乡镇（街道）文化站，各群众文艺团队：
为满足群众文艺团队排练需求，县文化馆二楼排练厅自5月1日起免费向社会开放预约。
一、开放时间：每周二至周日8:30—11:30、14:00—17:00。
二、预约方式：团队负责人提前三天到文化馆一楼服务台登记，或拨打预约电话办理。
三、使用要求：爱护场内设施，口琴、手风琴等自带乐器须自行保管，离场时关闭门窗电源。
联系人：邵晴　联系电话：0570-8126630
附件：1.排练厅预约登记表
2.排练厅使用须知
籁阳县文化和旅游局
2025年4月10日
""",
    ),
    dict(
        slug="news-zhengling-harmonica-veterans-text",
        site="筝岭新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.zhengling.example.cn/shehui/2025-06/03/c_62215.htm",
        title="筝岭退役军人口琴队走进养老院",
        record_title="筝岭退役军人口琴队走进养老院 - 筝岭新闻网",
        date="2025-06-03",
        record_date="2025-06-03",
        notes="byline time line is the page's date; photo caption between paragraphs; editor line glued after last paragraph",
        page="""
!m 筝岭新闻网　本地　社会
!t 筝岭退役军人口琴队走进养老院 - 筝岭新闻网
!m 2025-06-03 17:26:40　来源：筝岭日报　记者 谷禾
!a 字号 A+ A-　　分享到
{BODY}
!l 相关阅读
!l ·老兵志愿服务队开展清明祭扫
!l ·县社会福利中心举办生日会
!d 凡本网注明“来源：筝岭新闻网”的作品，转载须注明出处。
""",
        body="""
6月3日上午，筝岭县退役军人口琴队来到县社会福利中心，为八十多位老人带来一场口琴专场演出。
《打靶归来》《我和我的祖国》等曲目一响起，不少老人跟着节拍轻声哼唱。
⟦m 图为口琴队队员在福利中心演奏。记者 谷禾 摄⟧
口琴队由十七名退役老兵组成，成立四年来已开展公益演出六十余场。
队长马德全说，今后每季度都会来一次，让老人们常听到熟悉的旋律。⟦m （编辑：陆小溪）⟧
""",
    ),
    dict(
        slug="forum-koqinba-post-reed-repair-junk",
        site="口琴吧论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.kouqinba.example.net/thread-90211-1-1.html",
        title="半音阶口琴簧片保养的几点体会",
        record_title="[经验分享] 半音阶口琴簧片保养的几点体会 - 乐器保养 - 口琴吧",
        date=None,
        notes="forum junk lines and glued; relative time and floor meta; no date",
        junk=dict(lines=1, glued=2),
        page="""
!m 口琴吧 › 版块 › 乐器保养 › 查看帖子
!t [经验分享] 半音阶口琴簧片保养的几点体会 - 乐器保养 - 口琴吧
!m 楼主：木簧先生　发表于 3 天前　只看该作者
{BODY}
!l 回复（12）　收藏（30）　评分
!l 沙发 小半音：学到了，谢谢楼主
!a 登录后才能回帖，没有账号？立即注册
""",
        body="""
玩半音阶口琴七年，踩过不少坑，把自己保养簧片的做法写下来，供琴友参考。
吹奏前不要吃甜食，口腔里的糖分会粘在簧片上，时间长了音准就会偏。
吹完后把琴孔朝下轻轻拍几下，再放在通风处晾干，不要直接装进密封盒。
簧片走音时不要自己用刀片刮，最好送到专业的维修师傅那里调音。
""",
    ),
    dict(
        slug="blog-muhuang-harmonica-diary-html",
        site="木簧小筑 (invented)",
        style="博客",
        genre="随笔",
        kind="insight",
        form="html",
        source="https://muhuang.example.blog/2025/03/first-stage.html",
        title="第一次登台吹奏《红河谷》",
        record_title="第一次登台吹奏《红河谷》 | 木簧小筑",
        date="2025-03-16",
        notes="blog with bracketed post time, tag cloud, archive; a sentence that speaks of 分享 as content",
        page="""
<html><head><meta charset="utf-8"><title>第一次登台吹奏《红河谷》 | 木簧小筑</title></head><body>
<div id="site-title">⟦m 木簧小筑 — 一个老琴友的碎碎念⟧</div>
<ul class="menu"><li>⟦l 首页⟧</li><li>⟦l 琴谱⟧</li><li>⟦l 关于我⟧</li></ul>
<h2 class="entry-title">⟦t 第一次登台吹奏《红河谷》⟧</h2>
<div class="entry-meta">⟦m [2025-03-16 21:40]　分类：琴边杂记　阅读(58)⟧</div>
<div class="entry">
{BODY}
</div>
<div class="tags">⟦l 标签：口琴　登台　红河谷⟧</div>
<div class="comments">⟦l 评论(3)　发表评论⟧</div>
<aside><h3>⟦l 文章归档⟧</h3><p>⟦l 2025年3月 (4)⟧</p><p>⟦l 2025年2月 (6)⟧</p><h3>⟦l 标签云⟧</h3><p>⟦l 复音口琴 半音阶 调音 合奏⟧</p></aside>
<footer>⟦d © 木簧小筑 保留所有权利，转载请联系博主⟧</footer>
</body></html>
""",
        body="""
今晚在社区文艺晚会上第一次登台，吹的是练了半年的《红河谷》。
上台前手心全是汗，吹到第二段才慢慢稳下来。
下台后，队里的老周把现场视频分享到了群里，我看了三遍，换气的地方还是有点急。
下个月还有一场演出，我打算把换气重新练一练。
""",
    ),
    dict(
        slug="wechat-jiale-harmonica-recruit-mirror",
        site="笳川口琴协会公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.mirror-read.example.com/s/JiaChuanKQ_20250702",
        title="笳川口琴乐团2025年暑期招新公告",
        record_title=None,
        date="2025-07-02",
        notes="no record title; account line with date; follow prompt at top; own 报名电话 and 扫码 sentence kept; reading count and like bar",
        page="""
!a 点击上方蓝字“笳川口琴”关注我们
{T}
!m 笳川口琴协会　2025-07-02 08:00　发表于笳川
{BODY}
!l 阅读 1203　　赞 46　　在看 12
!l 写留言
!a 长按识别二维码，关注更多精彩
!d 本页面为公众号文章镜像，版权归原作者所有
""",
        body="""
笳川口琴乐团面向全市中小学生开展暑期招新，欢迎喜爱音乐的同学加入。
招收对象：8至15岁学生，零基础亦可报名。
培训时间：7月15日至8月20日，每周六上午。
报名方式：家长扫描海报下方二维码填写报名表，或拨打报名电话0577-6602318。
笳川口琴协会
2025年7月2日
""",
    ),
    dict(
        slug="docshare-yinyue-summary-harmonica-team",
        site="音悦文档分享 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.yinyuedoc.example.com/d/88a0c3.html",
        title="箜城街道老年口琴队2024年工作总结",
        record_title="【精选】箜城街道老年口琴队2024年工作总结（可编辑）",
        date="2024-12-26",
        notes="decorated title; data table one row a paragraph with ideographic spaces; share bar between paragraphs; upload notice",
        page="""
!m 音悦文档分享 | 资料共享平台
!t 【精选】箜城街道老年口琴队2024年工作总结（可编辑）
!m 上传者：艾文　上传时间：2小时前　格式：DOC
{BODY}
!a 喜欢就收藏一下吧　⭐收藏
!d 文档为网友上传分享，仅作交流之用，如有不当请联系平台处理。
""",
        body="""
2024年，街道老年口琴队在街道文化站指导下，坚持每周排练，全年各项活动有序开展。
全年活动情况如下：
项目　场次　参与人次
日常排练　96　2150
公益演出　18　640
比赛交流　3　75
⟦l 分享到：朋友圈 ｜ QQ好友 ｜ 复制链接⟧
存在的主要问题是队员年龄偏大，新队员补充不足。
2025年，口琴队将联合社区学校开办零基础口琴班，吸收更多居民加入。
箜城街道老年口琴队
2024年12月26日
""",
    ),
    dict(
        slug="edu-houshan-notice-harmonica-contest-html",
        site="篌山市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.houshan.example.gov.cn/jyxw/2025/0908/1177.html",
        title="关于举办全市中小学生口琴比赛的通知",
        record_title="关于举办全市中小学生口琴比赛的通知",
        date="2025-09-05",
        notes="文号 neutral; byline date differs from 成文日期 (document date expected, byline also accepted); decimal headings; 抄送 版记",
        date_also=["2025-09-08"],
        page="""
<html><head><meta charset="utf-8"><title>关于举办全市中小学生口琴比赛的通知-篌山市教育局</title></head><body>
<div class="top">⟦m 篌山教育网　立德树人　办好人民满意的教育⟧</div>
<div class="nav">⟦l 首页 | 教育新闻 | 通知公告 | 招生考试 | 下载中心⟧</div>
<div class="bread">⟦m 您现在所处位置：首页 › 通知公告⟧</div>
<h3>{T}</h3>
<div class="sub">⟦m 发布人：市教育局体卫艺科　发布时间：2025年09月08日　点击：722⟧</div>
<p class="wh">篌教体艺〔2025〕19号</p>
{BODY}
<div class="bt">⟦a 打印　收藏　关闭⟧</div>
<div class="links">⟦l 友情链接：省教育厅　市人民政府　市青少年宫⟧</div>
<div class="foot">⟦m 篌山市教育局主办　电话：0591-2211001　地址：篌山市文昌路8号⟧</div>
</body></html>
""",
        body="""
各县（区）教育局，市直各学校：
为推动中小学器乐教学普及，经研究，决定举办全市中小学生口琴比赛。
1.1 比赛分小学组和初中组，设独奏和合奏两个项目。
1.2 各县（区）于10月15日前完成初赛，每组推荐不超过三个节目参加决赛。
2.1 决赛于11月上旬在市青少年宫举行，具体时间另行通知。
篌山市教育局
2025年9月5日
抄送：市青少年宫，市音乐家协会。
""",
    ),
    dict(
        slug="oa-fengming-minutes-harmonica-union",
        site="凤鸣机械厂内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.fengming-jx.example.local/doc/view?id=20250311-07",
        title="厂工会文体协会口琴分会筹备会议纪要",
        record_title="厂工会文体协会口琴分会筹备会议纪要",
        date="2025-03-11",
        notes="intranet: approval trail, read counts; minutes 时间/地点/主持/参会/记录 lines kept",
        page="""
!m 凤鸣机械厂协同办公平台 ＞ 公文管理 ＞ 会议纪要
!m 拟稿：厂工会　审核：何春　签发：韩立军
!m 已阅 46 人　未阅 9 人
{T}
{BODY}
!a 【转发】【导出PDF】【返回列表】
!m 流转记录：2025-03-12 厂办 已阅
!d 内部资料，严禁外传
""",
        body="""
时间：2025年3月11日下午
地点：工会活动室
主持：厂工会副主席 何春
参会：各车间文体委员、口琴爱好者代表共十五人
记录：秦小满
会议商定成立厂工会文体协会口琴分会，由装配车间罗建国任分会长。
分会每周三下班后在活动室集中排练，厂工会负责购置二十把复音口琴。
会议要求分会年内排练三首合奏曲，参加“五一”职工文艺汇演。
""",
    ),
    dict(
        slug="qa-wenwen-answer-harmonica-choice",
        site="问问知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://zhidao.wenwen.example.com/q/7731209.html",
        title="初学口琴选复音还是半音阶？",
        record_title=None,
        date=None,
        notes="question as title; answerer line with relative time; vote bar; no date",
        page="""
!m 问问知道 > 文化艺术 > 乐器
{T}
!m 提问者：叶子青青　｜　浏览 2108 次
!m 最佳答案　答主：笛溪琴叟　回答于 昨天
{BODY}
!l 有用（88）　没用（2）　评论
!l 其他回答（5）
!a 我来回答　邀请好友回答
""",
        body="""
零基础的话建议先从24孔复音口琴入手，价格便宜，吹出来的曲子也好听。
复音口琴练上半年，能吹出完整的歌曲后，再考虑换半音阶口琴。
买琴时选C调的就行，大部分入门教材都是按C调编写的。
""",
    ),
    dict(
        slug="collection-laoqin-essay-harmonica-wrapped",
        site="《秋簧集》个人文集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="insight",
        form="text",
        source="http://www.qiuhuangji.example.net/juan1/017.html",
        title="父亲的那把口琴",
        record_title="《秋簧集》卷一·第17篇｜父亲的那把口琴",
        date=None,
        notes="hard-wrapped at 60 columns; collection navigation; a year in the text is no date",
        wrap=60,
        indent="\u3000\u3000",
        page="""
!m 秋簧集　　作者：秦望
!l 目录 | 上一篇 | 下一篇
!t 《秋簧集》卷一·第17篇｜父亲的那把口琴
{BODY}
!l ← 上一篇：巷口的修鞋摊　　下一篇：冬夜听雪 →
!m 本篇字数：约400字
""",
        body="""
父亲有一把上海产的口琴，琴盒上的红漆早已掉得斑斑驳驳，他却一直放在抽屉最里面。小时候我常趁他不在家，偷偷拿出来吹，吹出来的只有刺耳的单音。
后来才知道，那把琴是一九七八年他进厂时师傅送的。父亲说，那时候车间里休息十分钟，大家就围在一起听他吹一曲《南泥湾》。
如今父亲年过七十，手指不再灵活，口琴却还常常拿出来擦一擦。去年春节，我给他买了一把新琴，他试了两下，还是把旧琴放回了抽屉里。
""",
    ),
]
