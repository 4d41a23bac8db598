"""holdout297, part B: a blog, WeChat mirrors, sharing sites, education portals, intranets, Q&A sites.

Invented text, written by hand (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="blog-laowu-summary-shared-garden-wrapped",
        site="老吴的园子 (invented blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://laowudeyuanzi.blog.cn/archives/418",
        title="娉湖镇共享花园春季种植小结",
        record_title="娉湖镇共享花园春季种植小结 - 园子日记 - 老吴的园子",
        date="2024-05-27",
        notes="blog text hard-wrapped at 68 columns; a related link between paragraphs; 扫码登记 of tools as content; the "
        "发表于 line is the page's date",
        page="""
!m 老吴的园子 · 一个退休教师的种花笔记
!m 首页 | 园子日记 | 种花问答 | 留言板
{T}
!m 发表于 2024-05-27 21:03　分类：园子日记　阅读(312)　评论(6)
{BODY}
!l 标签：共享花园　花铲　嬉坪村
!l 上一篇：育苗盘到底怎么挑　|　下一篇：入梅以后谨防烂根
!l 最新评论
!l 园艺小白：工具扫码借用这个办法好，我们小区也想学
!a 想说两句？先登录老吴的园子
!d 本博客文章版权归老吴所有，转载请注明出处
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
今年三月，娉湖镇嬉坪村的共享花园正式开园。两个多月来，二十三户村民和十一名志愿者一起翻地、育苗、栽花，把村口一块荒地变成了花园。趁着春季种植告一段落，做个小结。
一、基本情况。花园占地约六百平方米，划分为二十四个小地块，由认领家庭各自打理，公共区域由志愿者轮流维护。春季共栽种月季、百日草、波斯菊等十二个品种，成活率在九成以上。
⟦l 相关阅读：嬉坪村共享花园开园那天⟧
二、几点做法。一是工具共享。工具房里放了三十把花铲、十把锄头和两辆手推车，村民扫码登记就能借用，用完擦净归位。二是老带新。村里几位种了一辈子菜的老人当起了技术顾问，教大家怎么用花铲松土、怎么给苗子培土。三是每半个月在花园里开一次地头会。
三、存在问题。工具归还不够及时，有的花铲借出去一周才还；个别地块认领后疏于打理，长满了杂草。
夏季我们准备增设遮阳网，并把工具登记改为当天归还。
""",
    ),
    dict(
        slug="wechat-gonghao-pledge-cushions-for-elderly",
        site="公号文摘站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gonghaowz.com/a/zongwan-shequ/20241009/5518273.html",
        title="“一针一线暖夕阳”为敬老院老人缝制护腰靠枕倡议书",
        record_title="“一针一线暖夕阳”为敬老院老人缝制护腰靠枕倡议书 - 粽湾社区 - 公号文摘站",
        date="2024-10-08",
        date_also=["2024-10-09"],
        notes="WeChat mirror: a follow prompt glued before the salutation, 原创 tag, account line, a QR placeholder, "
        "阅读原文/在看 rows and the mirror's archive note; a sign-up QR and a service phone inside the pledge; the "
        "account's posting date differs from the signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>“一针一线暖夕阳”为敬老院老人缝制护腰靠枕倡议书 - 粽湾社区 - 公号文摘站</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="/static/lazyimg.js"></script>
</head>
<body>
<div class="site-top">⟦m 公号文摘站 · 好文章值得被存下来⟧　⟦a 搜公众号⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta"><span class="tag">⟦m 原创⟧</span> ⟦m 粽湾社区　2024-10-09 18:20　湖南⟧</div>
<div class="rich_media_content">
{BODY}
<p>⟦m ［图片：报名二维码］⟧</p>
</div>
<div class="bottom">⟦a 阅读原文⟧　⟦m 阅读 1426⟧　⟦a ♡ 在看 37⟧</div>
<div class="note">⟦d 本页由公号文摘站自动存档，文章著作权属于原公众号，如需删除请联系站务⟧</div>
</div>
<div class="more"><h4>⟦l 粽湾社区的其他文章⟧</h4><ul><li>⟦l 国庆假期社区服务站开放时间调整⟧</li><li>⟦l 粽湾社区“老伙伴”结对名单公示⟧</li></ul></div>
<footer>⟦m © 公号文摘站　粤ICP备20066318号⟧</footer>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;">{}</p>',
        body="""
⟦a 戳上方“粽湾社区”加个关注⟧亲爱的居民朋友们：
重阳节就要到了。社区联系的娉湖镇敬老院里住着八十六位老人，其中不少人长期坐轮椅，腰背酸痛是他们最常说的烦恼。为此，粽湾社区居委会、社区妇联向全体居民发出倡议：
一、捐一块布。家中闲置的棉布、旧床单、旧衣服洗净后，可送到社区服务站，用来缝制靠枕套。
二、出一份力。会缝纫的居民可报名参加10月12日、13日两天的集中缝制活动，社区备有缝纫机和棉花。
三、送一份暖。重阳节当天，我们将和志愿者一起把靠枕送到敬老院，欢迎居民带着孩子同去。
报名请扫描文末二维码，或拨打社区服务站电话0736-8253 6620。也欢迎大家把这份倡议分享给身边的邻居。
小小靠枕，托起的是老人的腰，暖的是老人的心。让我们一起行动起来！
粽湾社区居委会
粽湾社区妇联
2024年10月8日
""",
    ),
    dict(
        slug="wechat-weiyue-cdc-condiment-bottles-cleaning",
        site="微阅存档 (invented WeChat mirror, text)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://weiyuecd.net/s/chuyangjk/2024081201",
        title="厨房里的调味瓶，多久该洗一次？",
        record_title="厨房里的调味瓶，多久该洗一次？—— 褚阳疾控（微信文章转存）",
        date="2024-08-12",
        notes="mirrored account article: the account line is the page's date; a listen button; a past-articles link "
        "between paragraphs; a numbered list; a like-and-share prompt glued after the last sentence",
        page="""
!m 微阅存档｜公众号文章转存
!t 厨房里的调味瓶，多久该洗一次？
!m 褚阳疾控　2024年8月12日 17:30
!a ▷ 点这里听全文
{BODY}
!a 阅读原文
!l 往期回顾：夏季剩饭剩菜怎么存｜隔夜茶到底能不能喝
!d 转存内容版权归原作者，微阅存档仅做备份，不做任何修改
""",
        body="""
油盐酱醋天天用，可家里的调味瓶你多久洗一次？不少人的回答是：“用完就添，从来不洗。”
疾控专家提醒，调味瓶口长期沾着油和酱汁，温度合适时容易滋生霉菌和细菌。特别是装酱油、醋、蚝油的瓶子，瓶口结的硬壳里往往藏着污垢。
那么调味瓶该怎么清洗呢？
1.先倒空。瓶里剩下的调味品不要直接倒回新料里，可单独用掉。
2.再浸泡。用温水加少量洗洁精浸泡十分钟，瓶口和瓶盖用小刷子刷净。
3.要晾干。洗好后倒扣晾干，瓶内不能留水，否则新倒进去的酱油容易变质。
⟦l 👉 往期推荐：冰箱里的生熟食品怎样分层放⟧
建议油瓶、酱油瓶每月至少清洗一次，盐罐、糖罐保持干燥即可。如果调味品出现白膜、结块或异味，应及时丢弃。⟦a 觉得有用就点个赞，转给家里掌勺的人⟧
""",
    ),
    dict(
        slug="docshare-dieye-contract-template-duvet-laundry",
        site="叠页文档 (invented sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.dieyedoc.com/p-60731928.html",
        title="被罩洗涤服务合同（范本）",
        record_title="被罩洗涤服务合同（范本）.doc",
        date=None,
        notes="sharing page with an upload notice, a points lock and a service WeChat; a contract template with ×× "
        "placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; the upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>被罩洗涤服务合同（范本）.doc - 叠页文档</title>
<script src="https://cdn.dieyedoc.com/js/viewer.js"></script>
</head>
<body>
<div class="header"><span class="logo">⟦m 叠页文档⟧</span><span>⟦m 首页 · 合同范本 · 行业文档 · 教育资料⟧</span><span>⟦a 上传赚积分⟧</span></div>
<div class="doc-title"><h1>⟦t 被罩洗涤服务合同（范本）.doc⟧</h1>
<div class="info">⟦m 分享者：布草管家　｜　2页　｜　上传于 2023-12-19　｜　下载 2315 次⟧</div></div>
<div class="notice">⟦d 本文档为网友分享，叠页文档不对其合法性负责，使用前请结合实际咨询专业人士。⟧</div>
<div class="doc-view">
{BODY}
</div>
<div class="lock">⟦a 下载完整版需15积分，积分不足？签到领积分⟧</div>
<div class="kefu">⟦w 定制合同找叠页客服，微信：dieye_kf08⟧</div>
<div class="rel"><h3>⟦l 猜你想找⟧</h3><ul><li>⟦l 酒店布草租赁合同⟧</li><li>⟦l 医院被服洗涤外包协议⟧</li></ul></div>
<div class="foot">⟦m 叠页文档　粤ICP备19103562号-1⟧</div>
</body>
</html>
""",
        body="""
甲方（委托方）：××宾馆
乙方（洗涤方）：××洗涤服务有限公司
为明确双方权利义务，经协商一致，就甲方委托乙方洗涤被罩等布草事宜订立本合同。
第一条　洗涤范围。甲方客房使用的被罩、床单、枕套，预计每月洗涤被罩＿＿＿＿条。
第二条　洗涤标准。乙方应按高温洗涤、分类消毒的要求洗涤，交回的被罩应洁净无渍、无异味、折叠整齐。
第三条　收送时间。乙方每日＿＿时前上门收取，次日＿＿时前送回。
第四条　价格与结算。被罩每条＿＿元，按月结算，甲方于次月＿＿日前付清上月费用。
第五条　损坏赔偿。因乙方原因造成被罩破损、染色、丢失的，按采购价的＿＿%赔偿。
第六条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
＿＿＿＿年＿＿月＿＿日　　＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wenhuixiang-rules-bamboo-workshop",
        site="文汇享 (invented sharing site, text)",
        style="文档分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://wenhuixiang.cn/view/2024/3391806.html",
        title="竹编车间安全操作规程",
        record_title="竹编车间安全操作规程（可编辑）_文汇享",
        date=None,
        notes="sharing page: an upload notice at the top, a member line between articles, a 扫码登记 article as content; "
        "rules with only an effective clause: no date",
        page="""
!m 文汇享 —— 资料共享，知识互助
!m 分类：企业管理 > 安全生产 > 操作规程
!t 竹编车间安全操作规程（可编辑）
!d 本资料由会员“簌溪竹艺”上传，文汇享仅提供存储服务，若有侵权请发送邮件至站务邮箱处理。
!m 格式：docx　大小：18KB　页数：1　共享时间：2天前
{BODY}
!a ［下载此文档］　［加入我的文库］　［纠错］
!l 同分类热门：木工车间安全操作规程｜打磨工序岗位作业指导书
!m 文汇享 wenhuixiang.cn　备案号：闽ICP备22010476号
""",
        body="""
第一条　为保障竹夫人等竹编产品生产安全，预防机械伤害和火灾事故，结合本车间实际，制定本规程。
第二条　破竹、劈篾、刮篾等工序使用刀具时，应佩戴防割手套，刀口不得朝向他人。
第三条　开片机、打磨机启动前应检查防护罩，运行中严禁用手清理竹屑。
⟦a 以下条款开通文汇享会员后可复制⟧
第四条　竹材蒸煮房内严禁吸烟，蒸煮锅炉由持证人员操作，每班记录压力和水位。
第五条　车间竹屑、竹粉应每班清扫，集中存放于指定地点，不得堆放在配电箱附近。
第六条　员工领用刀具须在工具柜前扫码登记，下班前归还并由班组长核对。
第七条　本规程由生产部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="edu-naoxi-notice-duvet-cover-washing",
        site="瑙溪教育网 (invented county education bureau portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.naoxijy.edu.cn/tzgg/2024/1105/4127.html",
        title="关于做好寄宿制学校秋冬季学生被罩集中清洗工作的通知",
        record_title="【后勤保障】关于做好寄宿制学校秋冬季学生被罩集中清洗工作的通知 - 瑙溪教育网",
        date="2024-11-04",
        date_also=["2024-11-05"],
        notes="education portal: 适老/读屏 links, an 附件 list beside an attachment download link, the notice's own contact "
        "and mailbox beside the portal's technical-support line; the portal's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【后勤保障】关于做好寄宿制学校秋冬季学生被罩集中清洗工作的通知 - 瑙溪教育网</title>
<link rel="stylesheet" href="/css/edu.css">
<script src="/js/slide.js"></script>
</head>
<body>
<div class="top">⟦a 适老化浏览｜读屏模式｜手机版⟧</div>
<div class="head"><h2>⟦m 瑙溪教育网⟧</h2><p>⟦m 瑙溪县教育体育局主办⟧</p></div>
<div class="nav">⟦m 首页　教育要闻　通知公告　政策法规　招生考试　教师发展　局长信箱⟧</div>
<div class="position">⟦m 您所在的位置：首页 » 通知公告⟧</div>
<div class="con">
<h1>{T}</h1>
<div class="attr">⟦m 发文时间：2024-11-05　文章来源：后勤服务中心　点击数：1203⟧</div>
<div class="text">
{BODY}
</div>
<div class="attach">⟦a 📎 点击下载附件：寄宿生被罩配备情况汇总表.xlsx⟧</div>
<div class="op">⟦a 〖收藏〗〖打印〗〖关闭〗⟧</div>
</div>
<div class="news-list"><h3>⟦l 最新公告⟧</h3><ul><li>⟦l 关于开展冬季校园消防安全检查的通知⟧</li><li>⟦l 2024年秋季学期学生资助工作安排⟧</li></ul></div>
<div class="footer">
<p>⟦m 版权所有：瑙溪县教育体育局　地址：瑙溪县城关镇文昌路18号⟧</p>
<p>⟦m 技术支持：瑙溪县教育信息中心　电话：0738-6612 0011⟧</p>
<p>⟦m 湘ICP备14022118号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校：
为改善寄宿生住宿卫生条件，根据全县寄宿制学校被罩配备和清洗情况调研结果，县教育体育局决定从11月起在全县寄宿制学校推行被罩集中清洗。现将有关事项通知如下。
一、清洗频次。寄宿生被罩每两周集中清洗一次，床单、枕套同步清洗。
二、清洗方式。有条件的学校由后勤统一收洗；不具备条件的学校可委托有资质的洗涤企业，费用从公用经费中列支。
三、登记管理。各校要为每名寄宿生建立被罩领用登记，被罩上缝制姓名标签，防止混用。
四、报送要求。请各校于11月15日前将被罩配备情况汇总表报县教育体育局后勤服务中心。
联系人：杜明轩，电话：0738-6612 3390，邮箱：nxjyhq@naoxijy.edu.cn
附件：1.寄宿生被罩配备情况汇总表
2.集中洗涤企业资质要求
瑙溪县教育体育局
2024年11月4日
""",
    ),
    dict(
        slug="edu-chuyang-plan-school-garden-decimal",
        site="褚阳县教育信息网 (invented, text)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.cyxjy.cn/xxdt/2024/0227/2209.html",
        title="褚阳县实验小学劳动教育种植园春季实践活动方案",
        date="2024-02-26",
        notes="title as the record gives it; decimal headings 1.1–3.2; a sentence asking teachers to 下载 and 打印 a "
        "safety sheet as content; a school-news column header and a hits line",
        page="""
!m 褚阳县教育信息网
!m 首页 - 学校动态 - 实验小学
{T}
!m 作者：教务处　　点击：286　　【大 中 小】
{BODY}
!a ［打印此页］［返回列表］
!l 上一条：实验小学召开新学期家长会
!l 下一条：实验小学春季运动会秩序册
!m 褚阳县教育局主办　县电教站维护　备案号：湘ICP备09011024号
""",
        body="""
1　活动目标
1.1　让学生在翻土、播种、浇水、收获的全过程中学会使用花铲、锄头等简单农具。
1.2　培养学生爱惜劳动成果、团结协作的习惯。
2　活动安排
2.1　3月第1周：各班领取种植园地块，清理杂草。
2.2　3月第2周至第4周：播种向日葵、豌豆和小白菜，每人配发一把儿童花铲。
2.3　4月至6月：日常管护，每班每周轮值两次，做好生长观察记录。
3　安全要求
3.1　花铲、锄头等工具由劳动教师统一发放和回收，不得带出种植园。
3.2　请各班主任下载《种植园安全须知》并打印张贴在教室，活动前逐条讲解。
褚阳县实验小学
2024年2月26日
""",
    ),
    dict(
        slug="intranet-liaoxiang-minutes-condiment-bottles",
        site="缭香餐饮协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.liaoxiang-cy.com/doc/view.do?id=20240315003",
        title="关于门店调味瓶标准化管理的专题会议纪要",
        record_title="【运营纪要】关于门店调味瓶标准化管理的专题会议纪要 - 缭香协同办公",
        date="2024-03-14",
        notes="OA document view: 流转记录 with stamps, a read count and a sign-off button; the minutes' "
        "时间/地点/主持/参会/记录 lines kept; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【运营纪要】关于门店调味瓶标准化管理的专题会议纪要 - 缭香协同办公</title>
<script src="/oa/js/doc-view.js"></script>
</head>
<body>
<div class="oa-top">⟦m 缭香协同办公平台⟧　⟦m 当前用户：门店03-店长⟧　⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办　已办　公文　通知　制度　通讯录⟧</div>
<div class="doc-head"><h2>{T}</h2>
<p>⟦m 发文部门：运营部　密级：内部　已阅人数：37⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-btn">⟦a 确认已读并签收⟧</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 运营部 邵建华 起草 2024-03-15 09:12⟧</p>
<p>⟦m 总经理 审批通过 2024-03-15 11:40⟧</p>
<p>⟦m 综合办 分发至各门店 2024-03-15 14:05⟧</p></div>
<div class="oa-foot">⟦m 系统问题请联系信息部，分机 8023⟧</div>
</body>
</html>
""",
        body="""
时间：2024年3月14日下午
地点：公司总部三楼会议室
主持：运营副总经理　邵建华
参会：运营部、品控部、采购部负责人，8家门店店长
记录：品控部　褚小雨
会议听取了品控部关于门店调味瓶抽查情况的汇报，讨论了调味瓶标准化管理方案，议定如下事项：
一、统一瓶型。采购部于3月底前统一采购带刻度、带防尘盖的玻璃调味瓶，每桌配置醋、酱油、辣椒油三件套。
二、统一清洗。各门店每日闭店后清空残液，每周一集中高温清洗消毒，填写清洗记录表。
三、统一检查。品控部每月对门店调味瓶进行一次突击抽查，结果纳入店长月度考核。
四、请各门店店长于3月20日前组织员工学习本纪要，并在门店工作群内签收。
""",
    ),
    dict(
        slug="intranet-ganwan-hotel-bulletin-duvet-damage-wps",
        site="橄湾宾馆内网 (invented intranet, text export)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.16.2.8/gw/tongbao/2024/0621_17.wps",
        title="关于客房部被罩洗涤破损问题的通报",
        record_title="关于客房部被罩洗涤破损问题的通报.wps",
        date="2024-06-21",
        notes="file-name record title; an intranet export with a document header and a read-receipt line; numbered "
        "causes; 抄送 and 印发 lines kept",
        page="""
!m 橄湾宾馆内部办公网 › 公文 › 通报
!m 文件：关于客房部被罩洗涤破损问题的通报.wps　上传：综合办　导出时间：2024-06-24 10:15
{T}
{BODY}
!a 阅读后请在“公文签收”栏点击确认
!m 内部资料　注意保管　信息部维护（分机 6006）
""",
        body="""
各部门：
6月上旬，客房部在布草盘点中发现，5月份送洗的被罩中有47条出现破洞、染色和拉链损坏，损耗率达到3.2%，远高于1%的控制指标。经调查，主要原因是：
1.客房服务员收撤被罩时未检查，夹带的发卡、笔等硬物在洗涤中划破面料；
2.洗涤合作方将深色台布与白色被罩混洗，造成染色；
3.布草间未按规定分类存放，破损被罩未及时挑出送修。
为此，公司决定：对客房部提出通报批评，扣减当月部门绩效2分；由采购部向洗涤合作方书面交涉，按合同索赔；客房部于7月1日前完成布草间整改。
各部门要引以为戒，切实加强物品管理。
猷城市橄湾宾馆有限公司
2024年6月21日
抄送：总经理室
猷城市橄湾宾馆有限公司综合办公室　2024年6月21日印发
""",
    ),
    dict(
        slug="qa-wenzhile-bamboo-wife-mould",
        site="问知了 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhile.com/question/7720918",
        title="新买的竹夫人有股味道，还发霉了，怎么处理？",
        record_title=None,
        date=None,
        notes="no title in the record: the question as the page's <h1>; an adopted-answer badge, a vote row and more "
        "answers; relative answer times are no dates",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新买的竹夫人有股味道，还发霉了，怎么处理？_问知了</title>
<script src="//s.wenzhile.com/js/qa.js"></script>
</head>
<body>
<div class="top">⟦m 问知了⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="crumb">⟦m 问知了 › 生活 › 家居日用⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦m 网上买的，拆开就有一股酸味，放了几天缝里出了白点点。⟧</p>
<p class="q-meta">⟦m 提问者：夏天怕热的猫　｜　浏览 4718⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 竹匠老褚 · 竹器作坊主 · 回答于 2 天前⟧</div>
<div class="answer-content">
{BODY}
</div>
<div class="vote">⟦l 有用 86　｜　没用 2　｜　评论 5⟧</div>
</div>
<div class="others"><h3>⟦l 其他 3 条回答⟧</h3>
<p>⟦l 清风徐来：用醋泡一下就行，我家年年这么干。⟧</p>
<p>⟦l 匿名用户：发霉了就扔了吧，不值几个钱。⟧</p></div>
<div class="ask">⟦a 还有疑问？向竹匠老褚追问⟧</div>
<div class="foot">⟦m 问知了 wenzhile.com　京ICP备20047352号⟧</div>
</body>
</html>
""",
        body="""
我家做了二十多年竹器，说说处理办法。
新竹夫人有味道，一般是竹材蒸煮后没晾透，带着竹子本身的青气和少量酸味，不算质量问题。发霉就要处理了：
1.先用软毛刷蘸淡盐水把霉斑刷掉，缝隙里的用牙刷。
2.再用温水冲一遍，放在通风阴凉处晾两到三天。不要暴晒，暴晒容易开裂。
3.晾干后用干布蘸少量白醋擦一遍，可以抑制霉菌再长。
平时用完别塞在柜子里，挂在通风的地方。如果霉斑已经渗进篾片里面、刷不掉，建议换新的，毕竟是贴身用的东西。
""",
    ),
    dict(
        slug="qa-youwen-cushion-driving-lumbar",
        site="有问必答社区 (invented Q&A, text)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.youwenbida.net/q/3361024.html",
        title="腰椎间盘突出，开车时垫靠枕有用吗？",
        record_title="腰椎间盘突出，开车时垫靠枕有用吗？ - 有问必答社区",
        date=None,
        notes="Q&A text: the question repeated, a professional badge, a hidden-answers prompt between paragraphs, "
        "a vote row; a numbered list; relative times are no dates",
        page="""
!m 有问必答社区 › 健康 › 骨科康复
{T}
!m 2个回答　｜　被浏览 2.1万次
!m 康复治疗师 林一苇 · 认证：某三甲医院康复科 · 编辑于 3 天前
{BODY}
!l 赞同 512　｜　反对　｜　收藏　｜　举报
!l 查看全部 2 个回答
!a 打开有问必答App，查看更多医生回答
!m 有问必答社区　沪ICP备21016620号
""",
        body="""
作为康复科治疗师，简单回答一下：有用，但要垫对位置、选对厚度。
开车时腰部悬空，腰椎长时间处于前屈状态，椎间盘压力会增大。在腰后垫一个靠枕，可以帮助维持腰椎的正常生理弯曲。
⟦a 以下内容需展开阅读⟧
选靠枕要注意三点：
1.位置：靠枕中心对准腰带上方一拳左右，而不是顶在后背中间。
2.厚度：以坐进去后腰部刚好贴实为宜，一般5到8厘米，太厚反而把人往前推。
3.硬度：选中等硬度的记忆棉，太软的一坐就塌，起不到支撑作用。
另外，靠枕只是辅助，连续开车最好每隔一小时下车活动几分钟。如果已经出现腿麻、腿痛，还是要及时就医。
""",
    ),
]
