"""holdout81, part D: sachet (香囊) makers, workshops and heritage bodies. Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-fangxiang-html-sachet-heritage-list",
        site="芳乡县文化和旅游局 (invented)",
        style="政府门户",
        genre="公示",
        kind="notice",
        form="html",
        source="http://wlj.fangxiang.example.gov.cn/gsgg/202505/t20250512_3301.html",
        title="第六批县级非物质文化遗产代表性传承人（香囊制作技艺）推荐名单公示",
        record_title=None,
        date="2025-05-12",
        notes="county portal with elder-mode row; no record title; table of nominees kept; the document's own 监督电话 kept beside a site hotline",
        page="""
<html><head><meta charset="utf-8"><title>芳乡县文化和旅游局</title></head><body>
<div class="tool">⟦a 长者模式　|　读屏专用　|　繁體⟧</div>
<div class="logo">⟦m 芳乡县文化和旅游局⟧</div>
<div class="pos">⟦m 首页 ＞ 公示公告⟧</div>
<h1>⟦t 第六批县级非物质文化遗产代表性传承人（香囊制作技艺）推荐名单公示⟧</h1>
<div class="src">⟦m 日期：2025-05-12　　访问量：745⟧</div>
<div class="zw">
{BODY}
</div>
<div class="foot">⟦m 网站纠错热线：0731-8850100　湘ICP备09011457号⟧</div>
</body></html>
""",
        body="""
经个人申报、乡镇推荐和专家评审，拟推荐以下人员为县级非物质文化遗产代表性传承人，现予公示。
姓名　性别　项目
兰秀英　女　芳乡香囊制作技艺
周梦荷　女　芳乡香囊制作技艺
公示期为5月12日至5月18日，如有异议，请向县文化和旅游局反映，监督电话：0731-8851326。
""",
    ),
    dict(
        slug="news-duanwu-sachet-fair-glued-title",
        site="兰陵晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lanling-wb.example.com/2025/0529/shehui/61204.shtml",
        title="端午将至 手工香囊走俏艾城集市",
        record_title="端午将至 手工香囊走俏艾城集市_社会_兰陵晚报网",
        date="2025-05-29",
        notes="the title glued to the news lead; a reporter line before the lead; photo caption and editor line",
        page="""
!m 兰陵晚报网 > 社会新闻
!t 端午将至 手工香囊走俏艾城集市_社会_兰陵晚报网
!m 2025年05月29日 08:15　来源：兰陵晚报
{BODY}
!m （编辑：葛青　校对：石岚）
!l 延伸阅读：端午假期出行提示 | 粽子价格走势
""",
        body="""
⟦t 端午将至 手工香囊走俏艾城集市⟧⟦m 本报记者 罗一帆⟧端午节临近，艾城老街集市上的手工香囊摊位前挤满了挑选的市民。
摊主何阿婆告诉记者，她做的香囊里装的是艾叶、苍术、白芷等十多味中草药，一天能卖出两百多个。
⟦m 市民在集市上挑选手工香囊。罗一帆 摄⟧
市场监管部门提醒，购买香囊时要闻一闻气味是否自然，孕妇和过敏体质人群应慎用。
""",
    ),
    dict(
        slug="forum-xiuhua-html-sachet-pattern-discuz",
        site="绣花针手作论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="article",
        form="html",
        source="http://www.xiuhuazhen.example.net/thread-40128-1-1.html",
        title="分享一个简单的五彩香囊缝法，新手也能学会",
        record_title="分享一个简单的五彩香囊缝法，新手也能学会 - 手作教程 - 绣花针手作论坛",
        date="2025-05-20",
        notes="Discuz-like forum with jammer fonts; 发表于 line is the page date; numbered steps kept; 下载图纸 sentence kept",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>分享一个简单的五彩香囊缝法，新手也能学会 - 手作教程 - 绣花针手作论坛</title></head><body>
<div id="hd">⟦m 绣花针手作论坛⟧ ⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 论坛 › 手作教程 › 查看内容⟧</div>
<h1>⟦t 分享一个简单的五彩香囊缝法，新手也能学会⟧</h1>
<div class="authi">⟦m 针线阿梅　发表于 2025-5-20 21:37⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复　收藏 12　评分　分享⟧</div>
<div id="ft">⟦d Powered by 手作社区程序 © 2011-2025⟧</div>
</body></html>
""",
        body="""
端午快到了，给大家分享一个我常用的五彩香囊缝法，材料简单，一个晚上就能做好。
1. 剪两块八厘米见方的棉布，正面相对，留一个口，三边缝合后翻面。
2. 装入艾草和薄荷干叶，再把口子用藏针法缝上。
3. 用五色丝线编一根挂绳，穿在香囊顶端，系上流苏就完成了。
需要纸样的姐妹可以去我的相册下载图纸，打印出来照着剪就行。
""",
    ),
    dict(
        slug="blog-aicao-sachet-grandma-wrapped",
        site="艾草的小屋 (invented blog)",
        style="博客",
        genre="随笔",
        kind="article",
        form="text",
        source="https://aicao.example-blog.net/archives/2025/06/0212.html",
        title="外婆的香囊",
        record_title="外婆的香囊 - 艾草的小屋",
        date="2025-06-02",
        notes="blog, hard-wrapped at 66 columns; bracketed post time; tag and archive rows; a reprint notice glued after the last sentence",
        wrap=66,
        indent="　　",
        page="""
!m 艾草的小屋 —— 记录慢生活
!t 外婆的香囊 - 艾草的小屋
!m 【2025年6月2日 22:10】 | 分类：旧时光 | 阅读 211
{BODY}
!l 标签：端午 外婆 手工
!l 上一篇：雨后的菜园　下一篇：六月读书笔记
""",
        body="""
小时候每到端午，外婆都会在我胸前挂一个香囊，红红绿绿的，走到哪儿都带着一股药香。
外婆的香囊是用旧衣服的边角料缝的，里面装着她从山上采来晒干的艾叶，针脚细密，一个能用上好几年。
如今外婆已经不在了，我照着记忆缝了一个，针脚歪歪扭扭，可闻起来，还是那年夏天的味道。⟦d 本文为博主原创，未经许可请勿转载⟧
""",
    ),
    dict(
        slug="wechat-xiangyun-mirror-sachet-class",
        site="香韵社区 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.mirror-read.example.com/a/xyshequ_0526",
        title="端午香囊DIY亲子活动报名啦",
        record_title="端午香囊DIY亲子活动报名啦",
        date="2025-05-26",
        notes="WeChat mirror as text: 阅读原文/在看 bar, tap-to-follow on top; an account line with date; the community's own 报名电话 and a 扫码报名 sentence kept",
        page="""
!a 👆点击蓝字 关注香韵社区
{T}
!m 香韵社区 2025年5月26日 18:02
{BODY}
!l 阅读原文　　在看 26　　分享
!d 镜像页面仅供阅读，版权归原公众号所有。
""",
        body="""
端午节快到了，社区将于5月30日下午在党群服务中心举办香囊DIY亲子活动。
活动名额三十组家庭，材料由社区免费提供，每个家庭可制作两个香囊带回家。
报名请扫描海报下方二维码，或拨打社区电话0731-8866205。
""",
    ),
    dict(
        slug="docshare-tongxin-sachet-cooperative-report",
        site="同心文档 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://doc.tongxin.example.com/p/8841302.html",
        title="芷湾村香囊编织合作社理事长2024年述职报告",
        record_title="芷湾村香囊编织合作社理事长2024年述职报告.wps",
        date="2025-01-12",
        notes="file-name title (.wps); ▏N▕ markers glued; a writing-service prompt before the 述职人 line",
        pages=dict(fmt="▏{n}▕", every=90, start=2, glue=True),
        page="""
!m 同心文档 · 分享知识
!t 芷湾村香囊编织合作社理事长2024年述职报告.wps
!m 共3页　上传时间：2025-02-03　阅读：67
{BODY}
!a 下载此文档　|　加入收藏　|　举报
""",
        body="""
2024年，在村两委的带领下，合作社社员同心协力，香囊编织产业取得了较好的成绩。
全年接到订单二十六笔，生产各类香囊十一万个，销售收入八十六万元，带动四十五名留守妇女在家门口就业。
存在的不足是产品设计更新慢，线上销售渠道还没有打开，明年要重点加以改进。
⟦w 述职报告不会写？专业老师帮您改，QQ 30882***16⟧
述职人：陆春燕
2025年1月12日
""",
    ),
    dict(
        slug="edu-lanzhi-html-sachet-labour-lesson",
        site="兰芷区教育网 (invented)",
        style="教育门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lanzhi-edu.example.cn/xxdt/2025-06/04/3321.html",
        title="兰芷小学开展端午香囊劳动实践课",
        record_title="兰芷小学开展端午香囊劳动实践课 - 学校动态 - 兰芷区教育网",
        date="2025-06-04",
        notes="education portal with a 信息员 byline, photo caption between paragraphs, more-news list",
        page="""
<html><head><meta charset="utf-8"><title>兰芷小学开展端午香囊劳动实践课 - 学校动态 - 兰芷区教育网</title></head><body>
<div class="hd">⟦m 兰芷区教育网　办人民满意的教育⟧</div>
<div class="nav">⟦l 首页 | 教育要闻 | 学校动态 | 教研天地 | 招生考试⟧</div>
<h2>⟦t 兰芷小学开展端午香囊劳动实践课⟧</h2>
<div class="inf">⟦m 信息员：蒋雯　发布：2025-06-04　浏览：388次⟧</div>
<div class="ct">
{BODY}
</div>
<div class="more">⟦l 更多学校动态 &gt;&gt;⟧</div>
<div class="ft">⟦m 兰芷区教育局主办　地址：兰芷区育才路2号⟧</div>
</body></html>
""",
        body="""
6月3日，兰芷小学三年级的同学们在劳动实践课上学做端午香囊。
⟦m 学生在老师指导下缝制香囊⟧
老师先介绍了香囊的来历和寓意，再手把手教同学们穿针引线、填装香料。
一节课下来，每位同学都完成了自己的作品，不少同学说要把香囊送给爷爷奶奶。
""",
    ),
    dict(
        slug="oa-fangcao-sachet-factory-intranet-notice",
        site="芳草日化 协同办公 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.fangcao.example.local/gw/view.do?id=25-0412",
        title="关于端午香囊礼盒生产期间加强防火安全的通知",
        record_title="关于端午香囊礼盒生产期间加强防火安全的通知",
        date="2025-04-12",
        notes="intranet document view: 流转记录 table, read count, sign-off buttons; 抄送 line kept; document number neutral",
        page="""
<html><head><meta charset="utf-8"><title>公文查看</title></head><body>
<div class="sys">⟦m 芳草日化协同办公平台　当前用户：车间主任⟧</div>
<div class="btns">⟦a 签收　|　转办　|　打印　|　返回⟧</div>
<h3>⟦t 关于端午香囊礼盒生产期间加强防火安全的通知⟧</h3>
<p>芳草安〔2025〕7号</p>
<div class="doc">
{BODY}
</div>
<table class="flow"><tr><td>⟦m 流转记录⟧</td></tr><tr><td>⟦m 安环部 王健 2025-04-12 10:21 已发送⟧</td></tr><tr><td>⟦m 香料车间 已阅（12人）⟧</td></tr></table>
</body></html>
""",
        body="""
各车间、仓库：
端午香囊礼盒生产进入高峰，车间内艾草、香料等易燃物品大量堆放，火灾风险明显增加。
现就有关要求通知如下：一是车间内严禁吸烟和使用明火；二是香料仓库每日下班前由专人检查断电；三是各班组每周开展一次灭火器使用演练。
安全环保部
2025年4月12日
抄送：公司领导班子成员。
""",
    ),
    dict(
        slug="qa-zhidao-html-sachet-herbs-answer",
        site="知道吧问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.zhidaoba.example.com/question/20250527/553019.html",
        title="香囊里面一般放什么中药？能放多久？",
        record_title=None,
        date="2025-05-27",
        notes="Q&A page without a record title: the question is the title; an answer's time line; an adopt bar; other answers list",
        page="""
<html><head><meta charset="utf-8"><title>香囊里面一般放什么中药？能放多久？-知道吧问答</title></head><body>
<div class="top">⟦m 知道吧问答⟧ ⟦a 提问　登录⟧</div>
<h1>⟦t 香囊里面一般放什么中药？能放多久？⟧</h1>
<div class="ans-head">⟦m 本草小铺掌柜　2025-05-27 回答⟧</div>
{BODY}
<div class="adopt">⟦l 已采纳　👍 58　评论(4)⟧</div>
<div class="others">⟦l 其他回答（3）　查看全部⟧</div>
<div class="foot">⟦d 回答内容由网友提供，仅供参考，不构成诊疗建议。⟧</div>
</body></html>
""",
        body="""
常见的香囊配方有艾叶、藿香、苍术、白芷、丁香、薄荷等，一般选三到五味，研成粗末装袋即可。
香味一般能保持一到两个月，香味淡了可以更换里面的药末。
香囊要放在干燥的地方，受潮后容易发霉，发霉了就不能再用了。
""",
    ),
    dict(
        slug="collection-xiangcao-sachet-essays-oneline",
        site="香草斋文集 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="article",
        form="text",
        source="http://xiangcaozhai.example.org/wenji/juan1/12.html",
        title="香囊小记",
        record_title="《香草斋文集》卷一·第12篇｜香囊小记",
        date=None,
        notes="a collection chapter on one line; a 收录 stamp is no date; chapter nav",
        oneline=True,
        indent="　　",
        page="""
!l 目录　|　上一篇：端午杂忆　|　下一篇：夏夜听蛙
!t 《香草斋文集》卷一·第12篇｜香囊小记
{BODY}
!m 收录时间：2024-11-02　字数：约200字
""",
        body="""
香囊之俗，由来已久，古人佩之以辟秽，今人挂之以祈福。
我所见最精巧的香囊，出自乡间一位老绣娘之手，方寸之间，绣着一对鸳鸯，针脚细得几乎看不见。
她说，做香囊不难，难的是一份心意，缝的人用了心，戴的人自然能感觉到。
""",
    ),
    dict(
        slug="dangjian-aixi-sachet-party-day",
        site="艾溪镇党建网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://dj.aixi.example.gov.cn/zbhd/2025/0530/208.html",
        title="芷湾村党支部开展“浓情端午·香囊送暖”主题党日活动",
        record_title="【主题党日】芷湾村党支部开展“浓情端午·香囊送暖”主题党日活动",
        date="2025-05-30",
        notes="Party-building site: a scan-to-read prompt and a study-online button between paragraphs",
        page="""
!m 艾溪镇党建网　支部风采
!t 【主题党日】芷湾村党支部开展“浓情端午·香囊送暖”主题党日活动
!m 发布时间：2025-05-30　供稿：芷湾村党支部
{BODY}
!a 分享到：微信 | QQ空间 | 微博
!m 主办：中共艾溪镇委员会
""",
        body="""
5月29日，芷湾村党支部组织党员开展“浓情端午·香囊送暖”主题党日活动。
⟦a 进入网上党校在线学习 ＞＞⟧
党员们先集中学习了有关文件精神，随后与合作社妇女一起缝制香囊一百余个。
活动结束后，党员们分组走访了村里的独居老人和困难家庭，把香囊和粽子送到他们手中。
""",
    ),
    dict(
        slug="hospital-tcm-html-sachet-children",
        site="芳乡县中医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="html",
        source="https://www.fxzyy.example.com/kpzs/2025/0601-19.html",
        title="儿童佩戴中药香囊要注意什么",
        record_title="【健康课堂】儿童佩戴中药香囊要注意什么",
        date="2025-06-01",
        notes="hospital page: emergency line and booking prompt; the department's own 咨询电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>【健康课堂】儿童佩戴中药香囊要注意什么</title></head><body>
<div class="head">⟦m 芳乡县中医院⟧<span>⟦m 急救电话：0731-8812120⟧</span></div>
<div class="nav">⟦l 首页　名医名科　中医特色　健康课堂　就诊须知⟧</div>
<h1>⟦t 【健康课堂】儿童佩戴中药香囊要注意什么⟧</h1>
<div class="meta">⟦m 作者：儿科 柯敏　发布日期：2025-06-01⟧</div>
<div class="content">
{BODY}
</div>
<div class="yy">⟦a 网上预约　｜　检查报告查询　｜　来院导航⟧</div>
</body></html>
""",
        body="""
端午前后，不少家长会给孩子佩戴中药香囊，中医认为香囊有芳香化湿、辟秽防病的作用。
儿科医生提醒：三岁以下幼儿不宜长时间佩戴，更不能让孩子放进嘴里啃咬。
如孩子出现打喷嚏、皮肤发红等情况，应立即取下香囊。
如需定制儿童香囊配方，可咨询我院儿科，咨询电话：0731-8812367。
""",
    ),
    dict(
        slug="university-xiangxue-html-sachet-culture-week",
        site="湘雪师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://tw.xxsf.example.edu.cn/tzgg/2025/0520/552.htm",
        title="关于举办第三届“端午香囊文化周”活动的通知",
        record_title="关于举办第三届“端午香囊文化周”活动的通知-湘雪师范学院团委",
        date="2025-05-20",
        notes="university youth league page: schedule table kept; 附件 list kept; contact e-mail of the document kept",
        page="""
<html><head><meta charset="utf-8"><title>关于举办第三届“端午香囊文化周”活动的通知-湘雪师范学院团委</title></head><body>
<div class="top">⟦m 共青团湘雪师范学院委员会⟧</div>
<div class="menu">⟦l 网站首页　团情快讯　通知公告　青年之声⟧</div>
<h2>⟦t 关于举办第三届“端午香囊文化周”活动的通知⟧</h2>
<div class="info">⟦m 发布者：团委办公室　时间：2025-05-20　点击数：1406⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="copy">⟦d 版权所有 © 湘雪师范学院团委　技术支持：信息中心⟧</div>
</body></html>
""",
        body="""
各学院团委：
为弘扬中华优秀传统文化，学校定于5月26日至30日举办第三届“端午香囊文化周”活动。
日期　活动　地点
5月26日　香囊非遗讲座　图书馆报告厅
5月28日　香囊制作比赛　大学生活动中心
请各学院于5月23日前将参赛名单发送至tw_xxsf@example.edu.cn。
附件：香囊制作比赛报名表
共青团湘雪师范学院委员会
2025年5月20日
""",
    ),
    dict(
        slug="localforum-fangxiang-sachet-stall-complaint",
        site="芳乡在线论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="article",
        form="text",
        source="http://bbs.fangxiang-online.example.com/thread-77031-1-1.html",
        title="步行街卖香囊的摊子能不能规范一下",
        record_title="步行街卖香囊的摊子能不能规范一下 - 民生杂谈 - 芳乡在线",
        date="2025-06-05",
        date_also=["2025-06-06"],
        notes="county forum: a post and the official reply; the reply's date differs (both accepted); a sign-up prompt between the floors",
        page="""
!m 芳乡在线 › 民生杂谈
!t 步行街卖香囊的摊子能不能规范一下
!m 楼主：小城夜归人　发表于 2025-6-5 20:11
{BODY}
!l 相关帖子：步行街夜市什么时候开？　|　端午节城区交通管制
""",
        body="""
这几天步行街上卖香囊的摊子越来越多，把盲道都占了，晚上推婴儿车根本过不去。
希望有关部门管一管，划个固定区域，大家都方便。
⟦a 注册芳乡在线账号，参与更多民生话题讨论⟧
【官方回复】感谢网友反映，县城管局已于6月6日在步行街东口划定临时摆卖区，并安排队员每晚巡查。
""",
    ),
    dict(
        slug="download-wenxiang-sachet-lesson-plan",
        site="文香教案下载站 (invented)",
        style="资料下载站",
        genre="教案",
        kind="plan",
        form="text",
        source="http://www.wenxiang-jiaoan.example.com/down/45219.html",
        title="三年级综合实践活动《做一个端午香囊》教学设计",
        record_title="三年级综合实践活动《做一个端午香囊》教学设计.doc下载",
        date=None,
        notes="download station: file info, mirror links and a dead-link report; a lesson plan with no date; decimal headings kept",
        page="""
!m 文香教案下载站 | 免费教案课件
!t 三年级综合实践活动《做一个端午香囊》教学设计.doc下载
!m 文件类型：DOC　大小：58KB　更新：2025-05-15　授权：免费
{BODY}
!a 下载地址一（电信）　下载地址二（移动）
!l 下载不了？报告错误
""",
        body="""
1. 教学目标
1.1 了解端午香囊的由来和寓意。
1.2 学会用平针法缝制简单的香囊。
2. 教学过程
2.1 导入：出示几个不同样式的香囊，请学生说说在哪里见过。
2.2 示范与练习：教师示范缝制步骤，学生分组练习，教师巡回指导。
""",
    ),
]
