"""holdout172, part D: aprons (围裙, lead aprons included). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="hospital-radiology-lead-apron-check-notice",
        site="璐江市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lj2yy.cn/yygg/2025/0514/661.html",
        title="关于开展放射防护铅围裙性能检测的通知",
        record_title="关于开展放射防护铅围裙性能检测的通知-璐江市第二人民医院",
        date="2025-05-13",
        notes="hospital notice as text: appointment and 24-hour line chrome; the 设备科's own contact in the body; 成文日期",
        page="""
!m 璐江市第二人民医院　三级乙等综合医院
!m 预约挂号　｜　门诊时间　｜　24小时服务热线：0719-8226120
!m 首页 > 医院公告
{T}
!m 发布部门：设备科　发布日期：2025-05-14　浏览量：402
{BODY}
!a 【打印】【关闭】
!l 上一条：关于调整门诊午间服务时间的公告
!l 下一条：2025年护士节表彰名单公示
!m 地址：璐江市人民南路256号　邮编：441700
""",
        date_also=["2025-05-14"],
        body="""
各相关科室：
铅围裙、铅围脖等个人防护用品长期折叠或挂放不当，容易出现铅层断裂，导致防护效果下降。为保障放射工作人员和受检者的安全，设备科定于5月19日至5月23日对全院放射防护铅围裙进行性能检测。
一、检测范围：放射科、介入手术室、口腔科、骨科手术室、体检中心在用的铅围裙、铅围脖、铅帽。
二、检测方式：由设备科联系有资质的检测机构，采用X射线透视方法逐件检查，发现铅层断裂、破损的立即停用。
三、有关要求：各科室于5月16日前将在用防护用品清单报设备科，平时使用后应平整悬挂，严禁折叠存放。
联系人：任嘉禾　电话：8226315（内线）
设备科
2025年5月13日
""",
    ),
    dict(
        slug="dangjian-red-apron-canteen-team-speech-cn-date",
        site="瑭城街道党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.tangcheng.gov.cn/jcdj/2025/1009/207.html",
        title="在“红围裙”助餐志愿服务队成立仪式上的讲话",
        record_title="在“红围裙”助餐志愿服务队成立仪式上的讲话",
        date="2025-10-09",
        notes="Party-building site: speaker line neutral, date in Chinese numerals under the title; share bar and related list",
        page="""
!m 瑭城街道党建网
!m 首页 ＞ 基层党建 ＞ 领导讲话
{T}
街道党工委书记　毛雪芹
（二〇二五年十月九日）
{BODY}
!l 分享到：朋友圈｜微博｜复制链接
!l 相关阅读：街道老年助餐点覆盖全部社区　｜　“红围裙”们的一天
!m 中共瑭城街道工作委员会主办
""",
        body="""
各位志愿者，同志们：
今天，我们在这里成立“红围裙”助餐志愿服务队。一条红围裙，系上的是责任，传递的是温暖。
街道目前有老年助餐点9个，每天为1100多位老人提供午餐，其中行动不便需要送餐上门的有260多人。仅靠助餐点的工作人员，很难把饭菜按时送到每一位老人手中。
服务队成立后，各社区党组织要把党员志愿者编入服务队，按楼栋认领送餐任务，做到送餐上门、问候到人、发现困难及时报告。
希望大家把这件好事办实、把实事办好，让老人们吃得热乎、过得舒心。
""",
    ),
    dict(
        slug="community-elderly-canteen-volunteer-recruit",
        site="琴湾社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qinwansq.cn/notice/detail?id=1206",
        title="长者食堂招募助餐志愿者的通知",
        record_title=None,
        date="2025-06-06",
        notes="residents' site: no record title (found in the h2); join-volunteers button glued after a sentence; the community's own contact beside the property hotline",
        page="""
<html><head><meta charset="utf-8"><title>琴湾社区网</title><script>var v=2;</script></head>
<body>
<div class="logo">⟦m 琴湾社区网 · 邻里一家亲⟧</div>
<div class="menu">⟦m 首页 ｜ 通知公告 ｜ 办事指南 ｜ 邻里活动 ｜ 志愿服务⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 琴湾社区党群服务中心　2025-06-06　阅读 518⟧</div>
{BODY}
<div class="btns">⟦l 👍 点赞 46　💬 评论 12　↗ 转发⟧</div>
<div class="foot">⟦m 物业客服热线：0591-87661020⟧ ⟦m 琴湾社区网 版权所有⟧</div>
</body></html>
""",
        body="""
社区长者食堂开业以来，每天中午为辖区60岁以上老人提供平价午餐。为了让老人们吃得更方便，现面向辖区居民招募助餐志愿者。
一、服务内容：上午11点至12点30分在食堂协助打菜、引导就座、收拾餐具；为行动不便的老人送餐上门。志愿者统一佩戴社区发放的围裙和帽子。⟦a 我要报名成为志愿者⟧
二、报名条件：身体健康，年满18周岁，每月能参加服务不少于4次，持有健康证者优先。
三、报名方式：到社区党群服务中心一楼登记，或电话报名。
联系人：林晓岚　电话：0591-87662031
琴湾社区居委会
2025年6月6日
""",
    ),
    dict(
        slug="news-apron-factory-export-title-glued",
        site="璟南新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.jingnannews.cn/jj/2025/0311/88127.shtml",
        title="璟南围裙远销三十多个国家和地区",
        record_title="璟南围裙远销三十多个国家和地区_璟南新闻网",
        date="2025-03-11",
        notes="news text: title printed twice, the second time glued to the lead; the time line is the page's date; photo caption and editor line",
        page="""
!m 璟南新闻网　www.jingnannews.cn
!m 首页 > 经济 > 正文
{T}
!m 2025年03月11日 09:26　来源：璟南日报　作者：郑沐阳
{T}{BODY}
!m 编辑：冯青　审核：蒋帆
!l 热点推荐
!l · 璟南高铁站改造工程进入收尾阶段
!l · 春季招聘会提供岗位5600余个
!d 凡本网注明“来源：璟南日报”的作品，版权均属璟南日报社所有，转载须经授权。
""",
        body="""
记者从县商务局获悉，今年1至2月，我县围裙、袖套等家居纺织品出口额达到1.36亿元，同比增长21%，产品远销欧美、东南亚等三十多个国家和地区。
我县围裙产业起步于上世纪九十年代，目前共有生产企业140余家，从业人员近万人，年产各类围裙8000万条，形成了从面料印染、缝制到包装出口的完整产业链。
⟦m 图：璟南一家家纺企业的工人在赶制出口围裙订单。⟧
近年来，不少企业开发了防水防油、可机洗的功能面料围裙，还通过跨境电商直接对接海外零售商，订单量稳中有升。
""",
    ),
    dict(
        slug="fanwen-old-asp-canteen-staff-hygiene-pledge",
        site="公文范文大全网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="承诺书",
        kind="other",
        form="html",
        source="http://www.gwfwdq.com/html/chengnuo/2025/13977.html",
        title="食堂从业人员卫生承诺书",
        record_title="食堂从业人员卫生承诺书（通用5篇）_公文范文大全网",
        date=None,
        notes="old ASP table layout with marquee, visitor counter and a reading font-size row; a pledge template with ____年__月__日 (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>食堂从业人员卫生承诺书（通用5篇）_公文范文大全网</title>
<script language="javascript" src="/js/count.asp?id=13977"></script></head>
<body bgcolor="#FFFFFF">
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" class="logo">⟦m 公文范文大全网⟧</td><td class="ad">⟦m 最全的公文范文网站⟧</td></tr>
<tr><td colspan="3"><marquee>⟦m 欢迎光临公文范文大全网！本站每日更新范文数百篇，收藏本站方便下次访问！⟧</marquee></td></tr>
<tr><td colspan="3" class="dh">⟦m 网站首页 | 工作总结 | 工作计划 | 承诺书 | 心得体会 | 演讲稿⟧</td></tr>
<tr><td width="700" valign="top">
<div class="wz">⟦m 当前位置：公文范文大全网 &gt;&gt; 承诺书 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="zh">⟦a 【阅读字号：加大 标准 缩小】⟧</div>
{BODY}
<div class="down">⟦a ★下载本篇文章的Word文档★⟧</div>
</td>
<td width="20"></td>
<td width="240" valign="top"><div class="hot">⟦l 热门承诺书⟧</div>
<div>⟦l ·食品经营者食品安全承诺书⟧</div><div>⟦l ·学校食堂食品安全责任承诺书⟧</div></td></tr>
<tr><td colspan="3" class="foot">⟦m 您是本站第 00298476 位访客⟧　⟦m Copyright 2008-2025 gwfwdq.com⟧</td></tr>
</table>
</body></html>
""",
        body="""
为保证师生饮食安全，我作为食堂从业人员，郑重承诺如下：
一、持有效健康证明上岗，患有发热、腹泻、皮肤伤口感染等有碍食品安全疾病的，主动报告并暂停接触直接入口食品的工作。
二、上岗时穿戴清洁的工作衣帽和围裙，加工生、熟食品时分别使用不同颜色的围裙，离开加工区域时脱下围裙。
三、不留长指甲、不涂指甲油、不佩戴饰物，操作前按规定洗手消毒。
四、严格执行原料索证索票、食品留样等制度，不使用过期变质原料。
如有违反，愿接受单位处理。
承诺人：__________
____年__月__日
""",
    ),
    dict(
        slug="wechat-kindergarten-painting-apron-letter",
        site="萤光幼儿园 (invented WeChat account, mirrored)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.mirrorread.cn/a/yingguangyey/20250901",
        title="关于为幼儿准备美术课罩衣的温馨提示",
        record_title="家园共育｜关于为幼儿准备美术课罩衣的温馨提示",
        date="2025-09-01",
        notes="WeChat-style mirror: account line, mini-program card and 在看 bar; a 回执 with blanks kept in the body; the account date is the page's date",
        page="""
<html><head><meta charset="utf-8"><title>家园共育｜关于为幼儿准备美术课罩衣的温馨提示</title></head>
<body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 萤光幼儿园⟧ <em>⟦m 2025年9月1日 18:05⟧</em> <span>⟦m 江苏⟧</span></div>
<div id="js_content">
<section style="line-height:1.8">
{BODY}
</section>
</div>
<div class="card">⟦l 小程序 · 萤光幼儿园家园通⟧</div>
<div class="bar">⟦a 阅读 1068　分享　点赞　在看⟧</div>
<div class="mirror">⟦d 以上内容来自微信公众号，本站仅作镜像保存。⟧</div>
</div>
</body></html>
""",
        body="""
亲爱的家长朋友们：
新学期美术课和生活区的手工活动即将开始。为避免颜料、胶水弄脏孩子的衣服，请家长为孩子准备一件美术罩衣或儿童围裙。
一、款式要求：长袖、后背系带或粘扣，长度过膝，面料防水易洗。请在罩衣内侧写上孩子的姓名和班级。
二、交送时间：9月5日（周五）前交给班级老师，由老师统一挂放在教室罩衣架上，每周五带回家清洗。
三、家中确有困难的，请告知班级老师，幼儿园将统一提供。
回执
幼儿姓名：________　班级：________　罩衣已准备（　）　需幼儿园提供（　）
萤光幼儿园
2025年9月1日
""",
    ),
    dict(
        slug="tender-canteen-apron-uniform-bid-result",
        site="琬山县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.wanshan.gov.cn/cgjg/2025/0826/1471.html",
        title="琬山县中小学食堂从业人员工作服及围裙采购项目中标结果公告",
        record_title="琬山县中小学食堂从业人员工作服及围裙采购项目中标结果公告",
        date="2025-08-26",
        notes="procurement result: a bid result table; purchaser and agency contacts beside the platform's CA line; 公告日期",
        page="""
!m 琬山县政府采购网
!m 首页 ＞ 采购结果 ＞ 中标（成交）公告
{T}
!m 发布时间：2025-08-26 15:30　　来源：琬山县政府采购中心
{BODY}
!a 附件下载（需登录）　　打印本页
!m 本网CA证书服务电话：400-017-2255
!d 本网站信息由采购人和采购代理机构发布，本网不对其真实性承担责任。
""",
        body="""
一、项目编号：WSCG-2025-0412
二、项目名称：琬山县中小学食堂从业人员工作服及围裙采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1　琬山县锦程服饰有限公司　186400
2　琬山县洁雅纺织品有限公司　73850
四、主要标的：食堂工作服1200套，防水防油围裙2400条（按生熟分区分为红、绿、蓝三色）。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：琬山县教育体育局　联系人：郭梓涵　电话：0855-7521108
采购代理机构：琬山县政府采购中心　联系人：冉晴　电话：0855-7523340
""",
    ),
    dict(
        slug="blog-grandma-sewing-aprons-wrapped",
        site="针脚人家 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://zhenjiaorenjia.blogcn.net/archives/3317.html",
        title="外婆缝的花围裙",
        record_title="外婆缝的花围裙 - 针脚人家的博客",
        date="2025-02-16",
        notes="blog text hard-wrapped at 64 columns; bracketed post time is the page's date; archive and tags",
        page="""
!m 针脚人家的博客
!m 记录缝缝补补的日子
{T}
!m [2025-02-16 21:40:05]　分类：家常　｜　阅读(146)　评论(4)
{BODY}
!l 标签：外婆 围裙 手工
!l 上一篇：过年炸丸子　｜　下一篇：老缝纫机的脚踏板
!l 最新评论：小满：看哭了，我外婆也有一台蜜蜂牌缝纫机。
!a 订阅本博客　｜　RSS
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
外婆的樟木箱子里，压着七八条围裙，都是她自己缝的。有的是用旧床单改的，有的是拿做衣服剩下的边角料拼的，最好看的一条是碎花布镶了一圈红边。
小时候，外婆系着围裙在灶台前忙，锅铲碰得叮当响。我踮着脚往锅里看，她就把围裙角撩起来给我擦嘴。
今年回老家，外婆把那条镶红边的围裙塞给我，说你现在也会做饭了，系着它，油溅不到衣服上。我系上试了试，长度刚好到膝盖，好像外婆早就量过似的。
""",
    ),
    dict(
        slug="forum-discuz-chef-apron-oil-stain-jammer",
        site="灶台人家论坛 (invented, Discuz-style)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://bbs.zaotairj.com/forum.php?mod=viewthread&tid=40921",
        title="后厨围裙上的油渍怎么洗干净？分享几个土办法",
        record_title="后厨围裙上的油渍怎么洗干净？分享几个土办法 - 厨师交流 - 灶台人家论坛 - Powered by Discuz!",
        date=None,
        notes="Discuz page with jammer fonts inside the post; relative time; floor info and reply box",
        page="""
<html><head><meta charset="gbk"><title>后厨围裙上的油渍怎么洗干净？分享几个土办法 - 厨师交流 - 灶台人家论坛 - Powered by Discuz!</title></head><body>
<div id="hd">⟦m 灶台人家论坛⟧ <a>⟦a 设为首页⟧</a> <a>⟦a 收藏本站⟧</a></div>
<div id="pt">⟦m 灶台人家论坛 › 厨师交流 › 查看内容⟧</div>
<table><tr><td class="pls"><div class="authi">⟦m 老灶头⟧</div><p>⟦m 帖子 618 积分 2240 厨艺等级：大厨⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 4 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="po">⟦a 回复 支持 反对 举报⟧</div></td></tr></table>
<div class="pgs">⟦l 上一主题：冬天后厨地面防滑有什么好办法⟧</div>
<div id="f_pst">⟦a 您需要登录后才可以回帖 登录 | 注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 灶台人家论坛 ( 鲁ICP备17022908号 )⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
干后厨的都知道，围裙一天下来全是油，普通洗衣粉根本洗不掉。我在饭店干了十几年，总结了几个土办法，分享给大家。
第一，趁油渍新鲜处理。下班后先用热水把围裙泡上，水温六七十度最好，油一泡就软。
第二，用洗洁精打底。洗衣服的东西去不了油，洗碗的洗洁精倒是专门对付油的，直接抹在油渍上搓几分钟再下洗衣机。
第三，顽固的老油渍可以用小苏打加白醋调成糊，敷半小时再刷。
最后提醒一句，生熟区的围裙要分开洗、分开晾，别图省事。
""",
    ),
    dict(
        slug="netdisk-rural-women-apron-sewing-training-pdf",
        site="易存网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yicunpan.com/share/preview/7fa2e0c1",
        title="玥溪镇妇女居家灵活就业围裙缝制技能培训方案",
        record_title="玥溪镇妇女居家灵活就业围裙缝制技能培训方案.pdf",
        date="2025-04-02",
        notes="cloud-drive preview page: file-name record title; preview cut by 〘n〙 marker paragraphs; a schedule table; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>玥溪镇妇女居家灵活就业围裙缝制技能培训方案.pdf - 易存网盘</title></head>
<body>
<div class="hd">⟦m 易存网盘⟧ ⟦a 登录⟧ ⟦a 注册领2T空间⟧</div>
<div class="fileinfo">⟦m 玥溪镇妇女居家灵活就业围裙缝制技能培训方案.pdf　412KB　2025-04-09 分享⟧</div>
<div class="ops">⟦a 下载⟧ ⟦a 保存到网盘⟧ ⟦a 分享给好友⟧</div>
<div class="preview">
<h3>{T}</h3>
{BODY}
</div>
<div class="more">⟦a 预览仅显示前3页，下载后查看完整文件⟧</div>
<div class="ft">⟦d 易存网盘严厉打击侵权及违法内容分享，一经发现立即删除。⟧</div>
</body></html>
""",
        p_html='<p class="pdf-line">{}</p>',
        pages=dict(fmt="〘{n}〙", every=150, start=2),
        body="""
为帮助农村妇女实现家门口就业，镇妇联联合镇人社服务中心和璟南一家家纺企业，开展围裙缝制技能培训。
一、培训对象：全镇有意愿居家就业的农村妇女，优先安排脱贫户、监测户家庭成员，计划培训80人。
二、培训安排：
期次　时间　地点　人数
第一期　4月14日—4月25日　镇文化站　40
第二期　5月12日—5月23日　镇文化站　40
三、培训内容：缝纫机操作与保养、围裙裁剪和缝制工艺、质量检验标准。
四、就业保障：培训合格的学员由合作企业发放加工订单，按件计酬，企业负责上门送料和收货。
玥溪镇妇女联合会
2025年4月2日
""",
    ),
    dict(
        slug="print-food-safety-kitchen-apron-cleaning-notice",
        site="瑜阳县市场监督管理局 (invented), print view",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://scjg.yuyang.gov.cn/print.jsp?id=30218",
        title="关于规范餐饮服务从业人员工作衣帽和围裙管理的通知",
        record_title="〔打印稿〕关于规范餐饮服务从业人员工作衣帽和围裙管理的通知",
        date="2025-07-15",
        notes="print view calling window.print(); a document number line under the title is neutral; print footer; 抄送 line kept",
        page="""
<html><head><meta charset="utf-8"><title>打印</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a [确认打印]⟧ ⟦a [关闭本页]⟧</div>
<div class="src">⟦m 瑜阳县市场监督管理局　http://scjg.yuyang.gov.cn⟧</div>
<h2>{T}</h2>
<p class="wh">瑜市监食〔2025〕31号</p>
{BODY}
<div class="pf">⟦p －第1页 共1页－⟧</div>
</body></html>
""",
        body="""
各市场监管所，各餐饮服务单位：
为规范餐饮服务从业人员个人卫生管理，防止交叉污染，现就工作衣帽和围裙管理有关要求通知如下。
一、从业人员进入加工区须穿戴清洁的工作衣帽，专间操作人员还须佩戴口罩。
二、粗加工、切配、烹饪和专间操作应分别使用不同颜色或标识的围裙，不得混用。
三、工作衣帽和围裙每日清洗更换，脏污时随时更换，不得穿戴工作衣帽和围裙进入卫生间。
四、各市场监管所在日常检查中将工作衣帽和围裙管理情况纳入检查内容。
瑜阳县市场监督管理局
2025年7月15日
抄送：县卫生健康局、县教育体育局。
""",
    ),
]
