"""Holdout5, part C: WeChat articles as readers and mirrors show them — a reader with 阅读原文 /
在看 / 赞 / 分享 / 留言 rows, a mirror site with the account card, an article with 点击蓝字关注
at the top and a 往期推荐 list, an HTML mirror with section-wrapped paragraphs, a 小程序 share,
a copied article with 预览时标签不可点. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wxreader-qingyan-speech-yuedu-yuanwen",
        site="微信读者页 · 青岩组工 (invented account)",
        style="公众号镜像",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="https://mp.weixin.example.com/s/Qy7kLm2Xc9dP0rT4uVwA1b",
        title="以严的基调强化正风肃纪——在县直机关党支部书记专题党课上的讲稿",
        record_title="以严的基调强化正风肃纪——在县直机关党支部书记专题党课上的讲稿",
        date="2024-06-20",
        notes="WeChat reader: 原创 tag, account and time line, 点击上方蓝字关注 prompt, then at the end 阅读原文 / 在看 / 赞 / "
        "分享 / 留言 rows, 预览时标签不可点, 微信扫一扫; headings 一是/二是 inside paragraphs; the only date is the account line's 发表 time",
        page="""
!m 原创　青岩组工　青岩组工　2024-06-20 08:01 发表于岫山
!a 点击上方蓝字“青岩组工”关注我们
{T}
{BODY}
!m 来源：县委组织部　编辑：小岩　审核：杜明
!a 阅读原文
!a 阅读 3146　　分享　　在看 58　　赞 102
!l 写留言
!d 预览时标签不可点
!a 微信扫一扫关注该公众号
""",
        body="""
同志们：
今天，我和大家一起学习交流，题目是“以严的基调强化正风肃纪”。
严是爱，松是害。党的纪律是全党必须遵守的行为规则，支部书记是基层党组织的“领头雁”，首先要把纪律立起来、严起来。
第一，要在学纪上更加主动。一是原原本本学条例，二是结合案例学条例，三是联系岗位学条例，真正把纪律规矩刻在心上。
第二，要在执纪上更加严格。对支部党员身上的苗头性、倾向性问题，要早提醒、早纠正，不能当“老好人”。
第三，要在守纪上更加自觉。支部书记要带头严守纪律，要求党员做到的自己首先做到，要求党员不做的自己坚决不做。
同志们，正风肃纪永远在路上。让我们从自身做起，从小事做起，以严的基调抓好支部建设。
""",
    ),
    dict(
        slug="wxmirror-yunxiu-summary-account-card",
        site="公众号文章镜像站 · 文摘阁 (invented)",
        style="公众号镜像",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wenzhaige.example.com/gzh/yunxiufabu/a/20240108_552190.html",
        title="云岫县妇联2023年工作总结",
        record_title="云岫县妇联2023年工作总结 - 云岫女声 - 文摘阁",
        date="2024-01-05",
        date_also=["2024-01-08"],
        notes="mirror site: the account card (名称、微信号、功能介绍) above the text, the mirror's own 收录时间, "
        "a 长按识别二维码 line between the last heading and its paragraph, a signature with a date, 文摘阁 footer",
        page="""
!m 文摘阁 · 公众号文章收录
!m 云岫女声　微信号：yunxiu_fulian
!m 功能介绍：云岫县妇女联合会官方公众号，发布妇女儿童工作动态。
{T}
!m 收录于 2024-01-08　原文发布 2024-01-08
{BODY}
!d 文摘阁仅收录公开文章，版权归原公众号所有，如有侵权请联系删除。
!l 同号文章：云岫县妇联召开十届五次执委会议 | 巾帼志愿服务进万家
""",
        body="""
2023年，县妇联在县委的坚强领导和市妇联的精心指导下，团结引领全县妇女听党话、跟党走，在服务全县发展大局中贡献了巾帼力量。
一、思想引领更有温度。组织“巾帼心向党”宣讲活动86场，覆盖妇女群众1.2万人次。
二、建功立业更有力度。举办家政、电商、手工编织等技能培训32期，帮助1460名妇女实现就业创业。
三、维权服务更有精度。
⟦a 长按识别二维码，关注云岫女声⟧
开展“法治进家庭”活动，受理妇女信访事项57件，办结率100%；为2100名农村妇女开展“两癌”免费筛查。
云岫县妇女联合会
2024年1月5日
""",
    ),
    dict(
        slug="wxhtml-tongyu-pledge-section-spans",
        site="桐屿共青团 微信文章 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://mp.weixin.example.com/s/tongyu-gqt-20240312",
        title="“绿色桐屿 青春先行”植树护绿倡议书",
        record_title="“绿色桐屿 青春先行”植树护绿倡议书",
        record_date="2024-03-12",
        date="2024-03-12",
        date_also=["2024-03-10"],
        notes="WeChat HTML: rich_media_meta spans, paragraphs wrapped in section/span with inline styles, a divider image alt, "
        "the 倡议 numbered list, a signature and date; 在看/点赞 and 喜欢此内容的人还喜欢 box",
        page="""
<html><head><meta charset="utf-8"><title>“绿色桐屿 青春先行”植树护绿倡议书</title></head><body>
<div id="js_content_top"><h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 桐屿共青团⟧</span> <em>⟦m 2024-03-12 07:50⟧</em> <span>⟦m 广东⟧</span></div></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读 986　分享　收藏　点赞 41　在看 17⟧</div>
<div class="recommend"><h4>⟦l 喜欢此内容的人还喜欢⟧</h4><p>⟦l 桐屿青年夜校春季班开课啦！⟧</p></div>
</body></html>
""",
        p_html='<section style="margin:0 8px;"><p><span style="font-size:15px;color:#333;">{}</span></p></section>',
        body="""
亲爱的青年朋友们：
春回大地，万物复苏。又是一年植树时，团区委向全区广大团员青年发出如下倡议：
一、做植绿的先行者。积极参加义务植树活动，每人每年至少种下一棵树、认养一片绿。
二、做护绿的守护者。爱护身边一草一木，不践踏草坪，不攀折花木，劝阻破坏绿化的行为。
三、做低碳的践行者。绿色出行、节约用纸、垃圾分类，从点滴小事做起，让绿色成为青春最亮的底色。
共青团桐屿区委员会
2024年3月10日
""",
    ),
    dict(
        slug="wx-miniprogram-share-oneline",
        site="公文素材库 小程序分享页 (invented)",
        style="范文APP",
        genre="表态发言",
        kind="speech",
        form="text",
        source="https://mini.gwsck.example.com/share?aid=66102&scene=1036",
        title="在全市安全生产工作会议上的表态发言",
        record_title="在全市安全生产工作会议上的表态发言（县长）",
        title_also=["在全市安全生产工作会议上的表态发言（县长）"],
        date=None,
        notes="mini-program share page: the whole body on one line (paragraphs only by their indent), 进入小程序 and "
        "'剩余60%内容' prompts after it, record title with a （县长） qualifier also accepted",
        page="""
!m 公文素材库丨小程序
{T}
!m 素材编号：66102　热度：★★★★☆
{BODY}
!a 剩余60%内容，进入小程序继续阅读
!a 长按识别小程序码 ▸ 进入公文素材库
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
尊敬的各位领导、同志们：
刚才，市政府与各县（区）签订了安全生产目标责任书，市长作了重要讲话，我们将坚决贯彻落实。
一是坚决扛起安全责任。严格落实党政同责、一岗双责，县委常委会、县政府常务会议每季度至少专题研究一次安全生产工作。
二是全力抓好隐患整治。聚焦危化品、燃气、自建房等重点领域，开展全覆盖排查，对排查出的隐患实行清单化管理、闭环式整改。
三是持续夯实基层基础。充实乡镇安监力量，推进企业安全生产标准化建设，提升本质安全水平。
我们将以最坚决的态度、最有力的措施，确保全县安全生产形势持续稳定。
""",
    ),
    dict(
        slug="wx-copied-insight-js-leftovers",
        site="复制的微信文章 · 个人博客转载 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://blog.luchen.example.net/2024/11/wx-zhuanzai-xinde.html",
        title="驻村第一书记工作心得",
        record_title="驻村第一书记工作心得",
        date=None,
        notes="a WeChat article copied into a blog with the reader's leftovers: 微信号/功能介绍, '继续滑动看下一个', "
        "'轻触阅读原文', '向上滑动看下一个', '知道了'; a 转载自 line; no date",
        page="""
!m 鹿尘的博客 › 转载 › 驻村第一书记工作心得
!m 转载自公众号“岚山青年说”
{T}
!m 岚山青年说　微信号　lanshan_qnsay　功能介绍　分享基层青年干部的成长故事
{BODY}
!a 继续滑动看下一个
!a 轻触阅读原文
!a 向上滑动看下一个
!a 知道了
!l 分类：转载　｜　评论(3)　｜　阅读(271)
""",
        body="""
去年三月，我从县直机关来到黄坳村任驻村第一书记。一年多来，我最大的体会是：要真正扎下根，先得迈开腿。
刚到村里，我用两个月时间走遍了全村312户，记满了三本笔记。哪家缺劳力、哪家孩子上学难、哪条水渠漏水，我心里都有了一本账。
我体会到，驻村不是“走读”，群众看的是你能不能办成事。我们争取资金修好了村里的灌溉渠，引进企业建起了香菇种植基地，村集体收入从不到5万元增加到23万元。
今后，我将继续俯下身子、沉下心来，和乡亲们一起把黄坳村建设得更好。
""",
    ),
    dict(
        slug="wx-school-notice-parents-contact-kept",
        site="棠溪镇中心小学 公众号 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mp.weixin.example.com/s/tangxi-zx-hanjia-2025",
        title="棠溪镇中心小学2025年寒假放假通知",
        record_title="棠溪镇中心小学2025年寒假放假通知",
        date="2025-01-15",
        notes="school account: the notice's own 联系电话 line and 安全提醒 list stay in the body while the account's "
        "留言 and 关注 prompts and a 点击下方名片 line go; a 喜报 box between two paragraphs",
        page="""
!m 棠溪镇中心小学　2025年01月16日 17:30
!a ▲点击下方名片，关注我们
{T}
{BODY}
!a 点分享　点收藏　点点赞　点在看
!l 留言区：家长们有疑问请在下方留言，小编会一一回复~
""",
        date_also=["2025-01-16"],
        body="""
各位家长：
根据县教育局校历安排，我校2025年寒假时间为1月18日至2月16日，2月17日正式开学上课。现将有关事项通知如下：
1.假期安全。请家长切实履行监护责任，教育孩子注意交通、防溺水、用火用电和燃放烟花爆竹安全。
2.作息规律。合理安排孩子作息时间，每天适量体育锻炼，控制电子产品使用时间。
⟦l 【喜报】我校在全县小学生书法比赛中荣获团体一等奖⟧
3.返校报到。2月16日下午2:00至5:00学生返校报到，交寒假作业。
假期如有事情，请联系各班班主任或学校值班室，值班电话：0751-5526180。
棠溪镇中心小学
2025年1月15日
""",
    ),
    dict(
        slug="wx-mirror-minutes-html-qr-between",
        site="政务号聚合 · 看点政务 (invented)",
        style="公众号镜像",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.kandianzw.example.com/wx/canglan-zjj/2024/0417/1203.html",
        title="沧岚市住建局2024年第4次局务会议纪要",
        record_title="沧岚市住建局2024年第4次局务会议纪要",
        date="2024-04-16",
        notes="aggregator of government accounts (HTML): a QR-code box and a 原文链接 between the meeting's items, "
        "出席/列席 lines and 纪要 numbered items kept, an 抄送 版记 at the end; 原文发布时间 in the meta",
        page="""
<html><head><meta charset="utf-8"><title>沧岚市住建局2024年第4次局务会议纪要 | 看点政务</title></head><body>
<div class="site">⟦m 看点政务 — 政务新媒体聚合平台⟧</div>
<div class="acc">⟦m 来源公众号：沧岚住建　原文发布时间：2024-04-17⟧</div>
<h2>{T}</h2>
<div class="art">
{BODY}
</div>
<div class="copy">⟦d 本文转自政务公众号，著作权归原作者，本平台仅提供信息聚合服务。⟧</div>
</body></html>
""",
        date_also=["2024-04-17"],
        body="""
4月16日下午，局党组书记、局长曾启明主持召开2024年第4次局务会议。
出席：局领导班子成员；列席：局机关各科室、局属各单位主要负责人。
会议研究了以下事项：
一、会议听取了城市燃气安全专项整治进展情况汇报，要求4月底前完成全市餐饮场所燃气报警器安装全覆盖。
⟦a 扫描二维码查看会议图片⟧
二、会议研究了2024年城镇老旧小区改造计划，同意将东门片区等9个小区纳入年度计划。
⟦l 原文链接：沧岚住建2024年4月17日推送⟧
三、会议同意局机关2024年度公开招聘事业单位工作人员方案。
抄送：市政府办公室，市纪委监委派驻第五纪检监察组。
""",
    ),
    dict(
        slug="wx-health-hospital-popsci-reading-stats",
        site="鹤泽市第二人民医院 公众号 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="text",
        source="https://mp.weixin.example.com/s/hz2y-kepu-0523",
        title="夏季腹泻高发，这几点要记牢",
        record_title="夏季腹泻高发，这几点要记牢",
        date=None,
        notes="hospital account: 预约挂号 and 就诊指南 menu items, a 作者 line with the doctor's department, a 温馨提示 that is "
        "the document's own last paragraph kept; 医院地址/门诊电话 footer dropped",
        page="""
!m 鹤泽二院　健康鹤泽
!a 预约挂号 | 就诊指南 | 报告查询
{T}
!m 作者：消化内科　袁小蔓　主治医师
{BODY}
!m 医院地址：鹤泽市北湖路208号　门诊电话：0798-8236120
!a 本期编辑：宣传科　　点击“在看”，把健康分享给更多人
""",
        body="""
进入夏季，气温升高，细菌繁殖加快，因饮食不当引起的腹泻明显增多。近期，我院消化内科门诊每天接诊腹泻患者40余人次。
一、注意饮食卫生。生熟分开，剩饭剩菜要冷藏并彻底加热后再吃，不吃变质食物。
二、及时补充水分。腹泻后容易脱水，可以少量多次饮用口服补液盐，不要只喝白开水。
三、不要滥用抗生素。大多数腹泻可以自愈，是否使用抗生素应遵医嘱。
温馨提示：如出现持续高热、便中带血、尿量明显减少等情况，请及时到医院就诊。
""",
    ),
    dict(
        slug="wx-mirror-speech-wrapped-title-glued",
        site="公文派 · 公众号精选 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.gongwenpai.example.com/jx/2024/9917.html",
        title="在全县秋冬季农业生产工作会议上的讲话",
        record_title="【精选】在全县秋冬季农业生产工作会议上的讲话",
        date="2024-10-09",
        notes="mirror: the title glued to the first line, a speaker line and a date under the title, the body hard-wrapped "
        "at 64 columns, a 付费阅读 prompt and 作者 card after",
        page="""
!m 公文派 ｜ 每天一篇好材料
!t 【精选】在全县秋冬季农业生产工作会议上的讲话
县委副书记　何子墨
（2024年10月9日）
{T}{BODY}
!a 以上内容为付费阅读部分预览，支付2元阅读全文
!m 作者：公文派编辑部　｜　本文共2680字
""",
        wrap=64,
        body="""
同志们：
今天召开全县秋冬季农业生产工作会议，主要是总结前段时间秋收工作，安排部署秋冬种和冬春农田水利建设。
一、抓紧抓实秋冬种。今年全县秋冬种计划面积38万亩，其中油菜21万亩、小麦9万亩、冬季蔬菜8万亩。各乡镇要把任务分解到村、落实到田块，确保应种尽种。
二、大力推进冬春水利建设。要以山塘清淤、渠道防渗、机耕道建设为重点，完成投资1.2亿元，新增和恢复灌溉面积3.5万亩。
三、加强组织领导。各乡镇党政主要负责同志要亲自抓，县直有关部门要加强指导服务，确保各项工作落到实处。
""",
    ),
    dict(
        slug="wx-reader-plan-cover-alt-text",
        site="微信读者页 · 汀江教育 (invented account)",
        style="公众号镜像",
        genre="实施方案",
        kind="other",
        form="text",
        source="https://mp.weixin.example.com/s/tjjy-yuedu-2024",
        title="汀江县中小学“书香校园”阅读推广活动实施方案",
        record_title="汀江县中小学“书香校园”阅读推广活动实施方案",
        date="2024-04-18",
        notes="reader page: a cover image's alt text and 图片 placeholders between body paragraphs, 汀江教育 header, "
        "the body's own 附件 and 联系人 lines, a 2024年4月18日 成文日期 under the signature",
        page="""
!m 汀江教育　汀江县教育局
{T}
!m [图片]
{BODY}
!a 阅读原文　　在看　　赞
""",
        body="""
为深入推进全民阅读，营造浓厚的校园读书氛围，决定在全县中小学开展“书香校园”阅读推广活动，特制定本方案。
一、活动时间：2024年4月23日至12月31日。
二、活动内容：（一）开展“每日悦读半小时”活动；（二）评选“书香班级”“阅读之星”；（三）举办教师读书分享会。
⟦m [图片] 图为去年读书节活动现场⟧
三、工作要求：各校要保障图书室每天开放，确保生均图书不少于30册，活动情况于12月20日前报县教育局基础教育股。
联系人：蒋立群，电话：0597-7712035。
附件：1.“书香班级”评选标准　2.阅读活动情况统计表
汀江县教育局
2024年4月18日
""",
    ),
]
