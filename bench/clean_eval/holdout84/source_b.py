"""holdout84, part B: clog workshops, a subway company, pine-nut gatherers, kumquat growers,
soybean co-ops and a quinoa station on collections, Party-building sites, a hospital, a
university, a county forum, a download station, an exam site, a tender portal, a law firm and
a residents' site. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-muji-clogmaker-essay-chapter-nav",
        site="木屐匠人文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://www.mujiwenji.example.net/wenji/juan2/0007.html",
        title="父亲的木屐作坊",
        record_title="卷二·父亲的木屐作坊",
        date=None,
        notes="a personal collection: volume and chapter navigation, a word count line, the title repeated with its volume prefix; no date",
        page="""
!m 木屐匠人文集　｜　老檀著
!l 目录　卷一　卷二　卷三　附录
!t 卷二·父亲的木屐作坊
!m 本篇字数：486　收录时间：未知
{BODY}
!l ← 卷二·六　　返回目录　　卷二·八 →
!d 文集内容由作者家属整理授权发布，转载须经同意。
""",
        body="""
父亲的木屐作坊在老街尽头，一间不到二十平方米的屋子，墙上挂满了大大小小的鞋坯。
做一双木屐，先要选木。父亲只用三年以上的泡桐，他说泡桐轻，不裂，穿久了还有一股淡淡的香味。
下料、刨面、挖底、钉带，每道工序父亲都不肯马虎。街坊来取鞋，他总要让人当场穿上走几步，哪里磨脚就再修一修。
后来穿木屐的人少了，作坊里的刨花也一年比一年少。父亲却照旧每天开门，他说，总会有人记得这种声音。
去年县里办非遗展，有人找到作坊，请父亲去现场表演。那天他穿着自己做的木屐在展台上走了一圈，笑得像个孩子。
""",
    ),
    dict(
        slug="dangjian-guidao-subway-party-lecture-html",
        site="椤川轨道交通集团党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://dj.luochuanmetro.example.com/djyw/202507/t20250701_1203.html",
        title="在地铁运营分公司庆祝建党104周年暨“两优一先”表彰大会上的讲话",
        record_title="在地铁运营分公司庆祝建党104周年暨“两优一先”表彰大会上的讲话",
        date="2025-06-30",
        notes="Party-building site of a subway group: red header with slogan, column nav, a speaker line and a date under the title (neutral), a 'study corner' sidebar and a footer",
        page="""
<html><head><meta charset="utf-8"><title>在地铁运营分公司庆祝建党104周年暨“两优一先”表彰大会上的讲话-党建网</title>
<style>.hd{background:#c00}</style></head>
<body>
<div class="hd">⟦m 椤川轨道交通集团党建网⟧<span>⟦m 不忘初心　轨道先行⟧</span></div>
<ul class="nav"><li>首页</li><li>党建要闻</li><li>支部风采</li><li>学习园地</li><li>廉洁轨道</li></ul>
<div class="pos">⟦m 位置：党建网 > 党建要闻⟧</div>
<h1>⟦t 在地铁运营分公司庆祝建党104周年暨“两优一先”表彰大会上的讲话⟧</h1>
<p class="sp">分公司党委书记　霍振东</p>
<p class="sp">（2025年6月30日）</p>
<div class="meta">⟦m 发布：党群工作部　浏览：2207次⟧</div>
<div class="article">
{BODY}
</div>
<div class="side"><h3>⟦l 学习园地⟧</h3><ul><li>⟦l 党纪学习教育应知应会100题⟧</li><li>⟦l 一线支部工作法汇编⟧</li></ul></div>
<div class="foot">⟦m 椤川轨道交通集团有限公司党委主办⟧ ⟦d 版权所有 © 2025 未经许可不得复制⟧</div>
</body></html>
""",
        body="""
同志们：
在庆祝中国共产党成立104周年之际，我们在这里召开大会，表彰一批优秀共产党员、优秀党务工作者和先进基层党组织。
过去一年，分公司各级党组织围绕安全运营中心任务，开展“党员先锋岗”创建，全线网列车正点率达到百分之九十九点九八。
受表彰的同志，有的在凌晨检修线路上一干就是十多年，有的在大客流车站带头值守，他们是全体员工学习的榜样。
希望大家以先进为镜，立足岗位作贡献，让每一趟地铁都安全准点，让每一位乘客都满意而归。
""",
    ),
    dict(
        slug="hospital-songling-kumquat-allergy-news-wrapped",
        site="蒹川县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.jcxrmyy.example.com/yydt/2025/0118/881.html",
        title="我院皮肤科提醒：金桔采摘季注意防范接触性皮炎",
        record_title=None,
        date="2025-01-18",
        notes="hospital site: no record title (title line on the page); a 发布时间 line is the page's date; appointment and hotline prompts; the document's own 咨询电话 of the department kept; hard-wrapped at 64",
        wrap=64,
        page="""
!m 蒹川县人民医院　二级甲等综合医院
!a 预约挂号　｜　智慧导诊　｜　报告查询
!m 首页 > 医院动态 > 健康科普
{T}
!m 发布时间：2025-01-18　作者：皮肤科　浏览次数：906
{BODY}
!w 24小时服务热线：0778-6212120
!a 关注医院微信服务号，扫码即可在线预约
!m 地址：蒹川县人民路118号　备案号：桂ICP备13004417号
""",
        body="""
近期正值金桔采摘和修剪季节，我院皮肤科门诊陆续接诊了多名手部、前臂出现红斑、瘙痒的果农，诊断为接触性皮炎。
皮肤科主任梁秀云介绍，金桔果皮和枝叶中的挥发油对部分人群有刺激性，长时间徒手采摘，加上农药残留，容易引起皮肤过敏。
医生建议，果农在采摘和修剪时应戴好手套、穿长袖衣服，收工后及时用清水洗手；出现红肿、水疱时不要抓挠，尽快就医。
皮肤科咨询电话：0778-6212356（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="university-xuelin-quinoa-field-school-html",
        site="芑城农业大学 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qcnydx.example.edu.cn/info/1012/20931.htm",
        title="我校藜麦科技小院获评省级优秀科技小院",
        record_title="我校藜麦科技小院获评省级优秀科技小院-芑城农业大学新闻网",
        date="2025-09-12",
        notes="university news site: 作者/摄影/审核 byline, a 'top' link and previous/next, a print-and-close row; decorated record title with site suffix",
        page="""
<html><head><meta charset="utf-8"><title>我校藜麦科技小院获评省级优秀科技小院-芑城农业大学新闻网</title></head>
<body>
<div class="logo">⟦m 芑城农业大学新闻网⟧</div>
<div class="nav">学校首页 | 农大要闻 | 综合新闻 | 媒体农大 | 校园人物</div>
<h2>⟦t 我校藜麦科技小院获评省级优秀科技小院⟧</h2>
<div class="byline">⟦m 作者：农学院 付晓蓉　摄影：伍然　审核：宣传部　发布日期：2025年09月12日　点击：⟧<span id="hits">⟦m 1877⟧</span></div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn"><p>⟦l 上一条：我校举行2025级新生开学典礼⟧</p><p>⟦l 下一条：动物科技学院召开教学工作会议⟧</p></div>
<div class="tool">⟦a 【打印本页】 【关闭窗口】⟧</div>
<div class="copy">⟦m 芑城农业大学党委宣传部　地址：芑城市学府路9号　邮编：046100⟧</div>
</body></html>
""",
        body="""
近日，省科协公布2025年度优秀科技小院名单，我校设在芑城县高台乡的藜麦科技小院榜上有名。
藜麦科技小院成立于2022年，由农学院师生常驻，围绕高寒山区藜麦品种筛选、轻简栽培和机械收获开展技术攻关。
三年来，小院先后筛选出适宜本地种植的藜麦品种三个，示范推广面积一万二千亩，带动周边农户户均增收四千余元。
研究生们每年驻村时间超过一百五十天，他们说，论文写在田野上，心里特别踏实。
""",
    ),
    dict(
        slug="localforum-zhangxi-soybean-subsidy-post",
        site="枧溪论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.jianxi.example.cn/forum.php?mod=viewthread&tid=227310",
        title="枧溪镇关于做好2025年大豆生产者补贴申报工作的通知",
        record_title="转：枧溪镇关于做好2025年大豆生产者补贴申报工作的通知",
        date="2025-08-25",
        notes="a county forum repost: poster line, 'repost' prefix in the record title, a moderator's edit note, the document's own 联系人 line, forum ads and a quick-reply box",
        page="""
!m 枧溪论坛 » 枧溪资讯 » 政务公告
!t 转：枧溪镇关于做好2025年大豆生产者补贴申报工作的通知
!m 发帖人：老豆腐坊　　发表于 2025-8-26 10:03
!m 本帖最后由 版主小溪 于 2025-8-26 11:20 编辑
{BODY}
!a 点赞 0　收藏 3　分享
!l 快速回复：请遵守论坛规定，文明发帖
!w 枧溪论坛广告位招租，联系QQ 3300912746
""",
        body="""
各村（社区）：
根据县农业农村局有关要求，现就做好2025年大豆生产者补贴申报工作通知如下。
一、补贴对象：在本镇实际种植大豆的农户、家庭农场和农民专业合作社。
二、申报时间：9月1日至9月20日。
三、申报方式：由种植户向所在村（社区）申报种植面积，村（社区）核实公示五天无异议后，于9月25日前报镇农业服务中心。
四、联系人：镇农业服务中心 温立新，电话：0554-3126611。
枧溪镇人民政府
2025年8月25日
""",
    ),
    dict(
        slug="download-xiazaiba-pinenut-rules-file-table",
        site="资源侠下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.ziyuanxia.example.com/soft/doc/61422.html",
        title="红松林松子采集安全管理规定",
        record_title="红松林松子采集安全管理规定.doc",
        date=None,
        notes="old-style download station: file-info table (size, language, rating), mirror links, a dead-link report and a 'hot downloads' list; file-name title; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>红松林松子采集安全管理规定.doc - 资源侠下载站</title></head>
<body>
<table width="960" align="center"><tr><td>⟦m 资源侠下载站 — 绿色、安全、免费⟧</td><td>⟦m www.ziyuanxia.example.com⟧</td></tr></table>
<table class="info">
<tr><td>⟦t 红松林松子采集安全管理规定.doc⟧</td></tr>
<tr><td>⟦m 文件大小：38 KB　｜　文件语言：简体中文　｜　评分：★★★★☆⟧</td></tr>
<tr><td>⟦m 更新时间：见文件属性　｜　下载次数：本周 58⟧</td></tr>
</table>
<div class="intro"><b>⟦m 内容简介：⟧</b>
{BODY}
</div>
<div class="down"><a>⟦a 电信高速下载⟧</a> <a>⟦a 联通高速下载⟧</a> <a>⟦a 备用下载地址⟧</a></div>
<div class="bad">⟦a 下载不了？点此报告死链⟧</div>
<div class="hot">⟦l 热门下载：林场防火责任书范本 · 护林员巡山记录表 · 采伐作业安全规程⟧</div>
<div class="ft">⟦d 本站资源来自互联网收集，仅供学习研究，请下载后24小时内删除。⟧</div>
</body></html>
""",
        body="""
第一条　为加强红松林松子采集安全管理，防止高空坠落和森林火灾事故，根据有关法律法规，制定本规定。
第二条　进入林区采集松子的人员，须经林场登记并参加安全培训，取得采集证后方可作业。
第三条　上树采集必须佩戴安全带和安全帽，严禁在大风、雨雪天气上树作业，严禁单人进山。
第四条　采集期间严禁携带火种进山，严禁在林区吸烟、野炊。
第五条　采用打落、摇晃等方式损伤树木的，由林场责令停止采集，收回采集证。
第六条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="rsks-tuanjie-subway-recruit-exam-notice",
        site="椤川市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lcrsks.example.gov.cn/kwgg/2025/0605/6620.html",
        title="椤川市轨道交通运营有限公司2025年公开招聘笔试公告",
        record_title="椤川市轨道交通运营有限公司2025年公开招聘笔试公告",
        date="2025-06-05",
        notes="personnel-exam site: 考生服务 prompts, a login to print the admission ticket (chrome), while the document itself tells candidates to 打印准考证 (kept); a table of exam sessions; the 咨询电话 of the document next to the site's technical hotline",
        page="""
!m 椤川市人事考试网　｜　考生服务中心
!a 考生登录　｜　注册　｜　找回密码
!m 当前位置：首页 → 考务公告
{T}
!m 发布日期：2025-06-05　来源：市人事考试中心　【字体：大 中 小】
{BODY}
!w 网站技术支持：0739-8801666（仅限报名系统故障）
!l 相关公告：2025年上半年事业单位笔试成绩查询 ｜ 考试违纪违规行为处理规定
""",
        body="""
根据《椤川市轨道交通运营有限公司2025年公开招聘公告》，现将笔试有关事项公告如下。
一、打印准考证。请报考人员于6月16日9:00至6月20日17:00登录报名系统打印准考证。
二、笔试时间和科目
日期　时间　科目
6月21日　9:00—11:00　综合知识
6月21日　14:00—15:30　专业知识
三、考试地点：椤川职业技术学院（椤川市北环路55号）。
四、注意事项：考生须凭准考证和有效身份证件参加考试，开考三十分钟后不得入场。
咨询电话：0739-8812345
椤川市人事考试中心
2025年6月5日
""",
    ),
    dict(
        slug="tender-jiaoyi-kumquat-cold-storage-bid",
        site="棪溪县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.yanxi.example.gov.cn/jyxx/zfcg/cggg/20251103/0021.html",
        title="棪溪县金桔产业园冷链仓储设施建设项目招标公告",
        record_title="棪溪县金桔产业园冷链仓储设施建设项目招标公告",
        date="2025-11-03",
        notes="tender portal: 项目编号 and 公告类型 table, 'I want to bid' and CA login buttons, a disclaimer box, bid documents to 下载 in the document's own words (kept); the document's 联系人 and the platform's 客服",
        page="""
<html><head><meta charset="utf-8"><title>棪溪县金桔产业园冷链仓储设施建设项目招标公告</title></head>
<body>
<div class="top">⟦m 棪溪县公共资源交易中心⟧ ⟦m 全流程电子化交易平台⟧</div>
<div class="menu">交易信息 | 政策法规 | 办事指南 | 诚信体系 | 专家库</div>
<div class="crumb">⟦m 首页 > 交易信息 > 政府采购 > 采购公告⟧</div>
<h3>⟦t 棪溪县金桔产业园冷链仓储设施建设项目招标公告⟧</h3>
<table class="gg"><tr><td>⟦m 项目编号：YX-ZFCG-2025-0318⟧</td><td>⟦m 公告类型：招标公告⟧</td><td>⟦m 发布时间：2025-11-03 17:30⟧</td></tr></table>
<div class="ct">
{BODY}
</div>
<div class="op"><a>⟦a 我要投标⟧</a> <a>⟦a CA锁登录⟧</a> <a>⟦a 收藏公告⟧</a></div>
<div class="sm">⟦d 声明：本平台发布的信息由招标人或代理机构提供，其真实性由发布者负责。⟧</div>
<div class="ft">⟦w 平台客服：0593-2230110（工作日）⟧</div>
</body></html>
""",
        body="""
棪溪县金桔产业园冷链仓储设施建设项目已批准建设，资金来源为财政资金，现对该项目进行公开招标。
一、项目概况：新建冷库三千立方米及配套分拣车间，最高投标限价六百八十万元，工期一百二十日历天。
二、投标人资格要求：具备建筑工程施工总承包三级及以上资质，近三年无重大安全事故。
三、招标文件的获取：请于2025年11月4日至11月10日登录交易平台免费下载招标文件。
四、投标截止时间：2025年11月24日9时30分。
五、联系方式
招标人：棪溪县金桔产业发展服务中心　联系人：詹先生　电话：0593-2216078
招标代理机构：棪溪正源工程咨询有限公司　联系人：何女士　电话：0593-2235102
""",
    ),
    dict(
        slug="lawfirm-hengzheng-clog-trademark-article",
        site="衡正律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="article",
        form="text",
        source="https://www.hengzhenglaw.example.com/anli/2025/144.html",
        title="老字号木屐作坊商标被抢注，如何维权？",
        record_title="老字号木屐作坊商标被抢注，如何维权？｜衡正律所",
        date="2025-05-14",
        notes="law firm site: lawyer-profile meta, a 'free consultation' box, a not-legal-advice disclaimer, practice-area tags; 发布于 line as the page's date",
        page="""
!m 衡正律师事务所　HENGZHENG LAW FIRM
!m 首页 ／ 案例评析 ／ 知识产权
!t 老字号木屐作坊商标被抢注，如何维权？｜衡正律所
!m 撰稿：段文清 律师　发布于 2025-05-14
{BODY}
!w 免费咨询：点击右侧在线律师，或拨打 400-807-5512
!d 本文仅为一般性法律知识介绍，不构成对具体案件的法律意见。
!l 相关标签：#商标抢注 #老字号 #知识产权
""",
        body="""
【案情】某县一家经营四十余年的木屐作坊，一直使用“檀记”字号，但从未注册商标。去年作坊准备开网店时发现，“檀记”已被外地一家公司注册在鞋类商品上。
【分析】根据商标法规定，申请商标注册不得以不正当手段抢先注册他人已经使用并有一定影响的商标。作坊长期使用“檀记”，在当地有一定知名度，可以主张对方属于恶意抢注。
【建议】一是收集作坊使用字号的证据，如老照片、票据、媒体报道；二是在商标注册五年内向国家知识产权局请求宣告无效；三是尽快就核心商品申请注册自己的商标。
""",
    ),
    dict(
        slug="community-heyuan-subway-construction-notice",
        site="栟湖街道和园社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.heyuansq.example.cn/sqgg/20250930/215.html",
        title="关于地铁6号线和园站施工期间交通调整的温馨提示",
        record_title="关于地铁6号线和园站施工期间交通调整的温馨提示",
        date="2025-09-30",
        notes="residents' site: 网格员 contact, a WeChat group prompt, a numbered list kept, a property-service ad glued after the last sentence",
        page="""
!m 和园社区网 · 邻里一家亲
!m 社区公告 > 温馨提示
{T}
!m 发布：社区居委会　时间：2025-09-30　阅读 688
{BODY}
!w 加入和园社区居民群，请添加网格员微信 hy-wangge01
!l 上一条：国庆假期社区服务安排　下一条：秋季流感疫苗接种通知
""",
        body="""
各位居民朋友：
地铁6号线和园站将于10月8日起进行主体结构施工，施工周期约十八个月。为保障出行安全，现将交通调整情况提示如下：
1.和园路（学苑街至栟湖大道段）实行半幅封闭，机动车单向通行。
2.和园小区北门临时关闭，居民请从东门、南门出入。
3.公交18路、26路和园站临时南移一百米。
施工期间给大家带来的不便，敬请谅解。如有问题请联系社区居委会，电话：0571-8872036。⟦a 家政保洁、管道疏通，社区便民服务一键预约⟧
和园社区居民委员会
2025年9月30日
""",
    ),
]
