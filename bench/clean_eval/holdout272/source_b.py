"""holdout272, part B: a blog, WeChat mirrors, document-sharing pages, education portals, intranets and Q&As.

Every page, site, place, person, number and URL here is invented; each case was written by
hand. Markup: see ../build.py.
"""

CASES = [
    # 12 ── 博客, text ── sugar jars, a memoir hard-wrapped at 54 columns
    dict(
        slug="blog-yanxia-memoir-grandma-sugar-jar-wrapped",
        site="檐下听雨 (invented personal blog)",
        style="博客",
        genre="essay",
        kind="other",
        form="text",
        source="https://yanxiatingyu.blog.example.net/post/2024/tangguan",
        title="外婆的糖罐",
        record_title="【岁末旧忆】外婆的糖罐 ‖ 檐下听雨",
        date=None,
        notes="memoir hard-wrapped at 54 columns; only a relative 前天 stamp and a 写于 line with a lunar date (no "
        "date); a blog header, a reading-time line, tags and a comment box",
        page="""
!m 檐下听雨 · 记下那些慢慢远去的日子
!m 首页 ｜ 随笔 ｜ 读书 ｜ 留言板
!t 【岁末旧忆】外婆的糖罐
!m 发布于 前天 22:10　·　阅读约 3 分钟　·　随笔
{BODY}
!l 标签：外婆　糖罐　童年
!l 上一篇：巷口的修伞人　｜　下一篇：那年冬天的煤球炉
!l 已有 7 条留言　｜　写下你的留言……
!m © 檐下听雨　转载请留原文地址
""",
        wrap=54,
        indent="\u3000\u3000",
        body="""
外婆家的碗柜最上层，放着一只绿玻璃糖罐，罐口塞着一个木塞子，塞子上缠了一圈红布条。那是我小时候最惦记的东西。
外婆管糖管得严。谁家来了客人，她才踮起脚把糖罐取下来，用调羹舀两勺白糖冲一碗糖水；过年的时候，罐子里会换成橘子糖和芝麻糖，一人一天只许拿两颗。
有一年我趁外婆去赶集，搬了凳子去够糖罐，手一滑，罐子在水泥地上摔出一道裂纹。我吓得直哭，外婆回来却只是笑笑，拿胶布把裂纹缠了两圈，说：“罐子破了还能装，人不伤着就好。”
后来外婆走了，那只缠着胶布的糖罐被我带回了城里，放在书架上，里面装着几颗早已化不开的橘子糖。
写于甲辰年小寒
""",
    ),
    # 13 ── 公众号镜像, HTML ── aluminium pots, a market-supervision account's consumer tip, title only in the <h1>
    dict(
        slug="wechat-weiyue-mirror-aluminium-pot-pickles",
        site="微阅存档 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://weiyuecundang.com/a/yuxiscjg/2024071601.html",
        title="铝锅煮酸菜、腌菜，到底安不安全？",
        record_title=None,
        date="2024-07-16",
        notes="title missing in the record and in <title> (mirror name only): found in the <h1>; a follow prompt "
        "glued before the first words; 阅读原文/在看/赞 rows, a mirror archive note; a numbered list; a sentence "
        "asking readers to 分享 the tip and one naming the account's 投诉 column stay in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>微阅存档 · 公众号文章备份</title>
<script src="/static/mirror.js" defer></script>
</head><body>
<div class="mirror-top">⟦m 微阅存档 —— 好文章不该消失⟧　⟦a <a href="/login">登录收藏</a>⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　纡溪市场监管　2024年7月16日 11:02　江西⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 2.1万⟧　⟦a 赞 86　在看 41⟧</div>
<div class="rich_media_extra">⟦l 留言区：不锈钢锅就完全没问题吗？｜作者回复：也要选正规厂家的⟧</div>
</div>
<div class="mirror-note">⟦d 本页由微阅存档自动抓取备份，版权归原公众号所有，如需删除请联系 del@weiyuecundang.com⟧</div>
<div class="mirror-foot">⟦l 该公众号近期文章：汛期食品安全六提醒　｜　小心！这些“网红零食”抽检不合格⟧</div>
<script>mirror.lazy();</script>
</body></html>
""",
        body="""
⟦a 点击蓝字「纡溪市场监管」，关注我们⟧不少家庭习惯用铝锅煮酸菜、焖腌菜，觉得铝锅导热快、不粘底。但铝锅真的适合做这类菜吗？
铝是一种比较活泼的金属。普通铝锅表面只有一层很薄的氧化膜，遇到酸、碱、盐含量高的食物，氧化膜容易被破坏，锅里的铝就会溶到菜里。长期摄入过多的铝，对人体健康不利。
为此提醒大家：
1．酸菜、腌菜、番茄等酸咸食物，尽量不要用铝锅长时间炖煮；
2．做好的菜不要放在铝锅里过夜；
3．不要用钢丝球使劲刷铝锅，保护好表面的氧化膜；
4．锅底发黑、变薄、起坑的旧铝锅，建议及时更换。
家里做饭的多是老人，欢迎把这篇提示分享给家里掌勺的长辈。购买锅具遇到质量问题，可拨打12315或通过本号菜单“投诉举报”栏目反映。
""",
    ),
    # 14 ── 公众号镜像, text ── cotton-fluffing bows, a feature on one line
    dict(
        slug="wechat-haowai-mirror-cotton-bow-feature-oneline",
        site="号外镜像站 (invented WeChat mirror, text export)",
        style="公众号镜像",
        genre="news",
        kind="news",
        form="text",
        source="http://haowaijingxiang.cn/gunyangwenlv/20241202/3",
        title="一张弹棉弓，弹暖三代人的冬天",
        record_title="一张弹棉弓，弹暖三代人的冬天 ｜ 绲阳文旅（号外镜像站收录）",
        date="2024-12-02",
        notes="the whole article on one line (paragraphs apart only by their indent); the account line's date is "
        "the page's date; a star prompt, a QR line and a 'like + 在看' row around it",
        page="""
!m 号外镜像站 ▸ 绲阳文旅 ▸ 往期
!t 一张弹棉弓，弹暖三代人的冬天
!m 绲阳文旅　2024-12-02 18:30　发表于湖南
!a ☆ 星标「绲阳文旅」，第一时间收到推送
{BODY}
!a 长按识别下方二维码，关注绲阳文旅
!a 👍 点赞　｜　在看　｜　转发给朋友
!d 号外镜像站仅作存档，不代表原作者观点
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
纩坪镇石家的弹棉铺，开了整整三代。
爷爷石老满那一辈，背着弹棉弓走村串户，谁家要弹被子，就在谁家堂屋里支起门板，一弹就是一整天。父亲石茂根接手后，在老街上租了间铺面，弹棉弓挂在墙上，来的都是熟客。
到了孙子石小川这一代，铺子开起了网店。顾客把旧棉被寄过来，石茂根用弓弹松、重新拉纱，石小川拍视频、打包寄回去。去年冬天，铺子一共弹了四百多床被子，一半是网上来的单子。
“机器弹得快，可手工弹的棉被松软，盖着不板结。”石小川说，他打算明年在铺子里开个体验角，让来绲阳的游客也试着拉一拉那张老弓。
""",
    ),
    # 15 ── 文档分享, HTML ── sugar jars, a pledge shared as a .docx
    dict(
        slug="docshare-shiwen-pledge-sugar-jar-docx",
        site="拾文共享网 (invented document-sharing site)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.shiwengx.com/view/b7e20c91a4d3.html",
        title="关于“家中糖罐少一勺”全民减糖行动的倡议书",
        record_title="关于“家中糖罐少一勺”全民减糖行动的倡议书.docx",
        date="2024-10-16",
        notes="file-name record title; an upload notice, a points lock, a service WeChat, a 'shared by' line with an "
        "upload stamp (no date); the pledge asks readers to share it (content); date under the signature",
        page="""
<!doctype html><html><head><meta charset="utf-8">
<title>关于“家中糖罐少一勺”全民减糖行动的倡议书.docx - 拾文共享网</title>
<script>var SW={id:"b7e20c91a4d3",fmt:"docx"};</script>
</head><body>
<header><a href="/">⟦m 拾文共享网⟧</a><nav>⟦m 公文 · 倡议书 · 健康教育⟧</nav><a href="/up">⟦a 上传文档领积分⟧</a></header>
<main>
<div class="file-head"><h1>{T}</h1>
<p>⟦m 文件格式：DOCX　大小：21.6KB　分享人：健康小卫士　上传于 2024-10-21⟧</p></div>
<div class="notice">⟦d 温馨提示：本文档为网友自行分享，拾文共享网不对其准确性负责，仅供个人学习⟧</div>
<div class="doc-view">
{BODY}
</div>
<div class="lock">⟦a 文档后半部分已折叠，花 3 积分解锁全文⟧</div>
<div class="dl">⟦a 下载这份文档 ⇩⟧　⟦a 存到我的文档库⟧</div>
</main>
<aside><h4>⟦l 同主题文档⟧</h4><p>⟦l 全民健康生活方式倡议书（简短版）⟧</p><p>⟦l “三减三健”进社区倡议书⟧</p></aside>
<footer>⟦w 下载遇到问题加客服微信 swgx_help01⟧<br>⟦m 拾文共享网 2016-2024　沪ICP备16050213号⟧</footer>
</body></html>
""",
        body="""
广大居民朋友：
吃糖过多，是肥胖、龋齿、糖尿病的重要诱因。为推动全区减糖行动，鬟湖区健康促进委员会向全区居民发出如下倡议：
一、从一只糖罐做起。在家中糖罐里放一把控糖勺，炒菜、冲饮每次少放一勺，全家每人每天添加糖不超过25克。
二、少喝含糖饮料。多喝白开水和淡茶，孩子的书包里不放含糖饮料。
三、看清食品标签。购买食品时留意配料表和营养成分表，选择低糖、无糖产品。
四、带动身边的人。请把这份倡议分享给亲友，邀请家人一起少吃一勺糖。
让我们从今天做起，从自家的糖罐做起，吃出健康好生活！
鬟湖区健康促进委员会
2024年10月16日
""",
    ),
    # 16 ── 文档分享, text ── embroidery hoops, a contract template with blanks
    dict(
        slug="docshare-wendangyizhan-contract-embroidery-template",
        site="文档驿站 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.wendangyizhan.com/hetong/9413802.html",
        title="刺绣来料加工合同（范本）",
        record_title="刺绣来料加工合同（范本）【可直接填写】",
        date=None,
        notes="a template: ××× placeholders, ＿＿ blanks, ＿＿年＿＿月＿＿日 and 第N条 articles (no date); an "
        "upload stamp and a relative share time; a points prompt between articles",
        page="""
!m 文档驿站 — 合同协议 · 范本大全
!t 刺绣来料加工合同（范本）【可直接填写】
!m 分享者：huayang_88　｜　6 天前分享　｜　页数：2　｜　下载 318
!d 本范本由网友分享，仅供参考，签订前请咨询专业律师。
{BODY}
!a 下载原版Word（2 驿币）　｜　在线编辑后导出
!l 猜你在找：手工艺品委托加工合同　｜　家庭代加工协议书　｜　绣品购销合同
!m 文档驿站 wendangyizhan.com　闽ICP备20011384号-1
""",
        body="""
甲方（委托方）：×××刺绣工艺有限公司
乙方（加工方）：＿＿＿＿＿＿＿＿
第一条　甲方向乙方提供绣花绷、绣针、底布和丝线，绣花绷按每只＿＿元作价，合同终止时由乙方如数交回，遗失或损坏的按作价赔偿。
第二条　乙方按甲方提供的图样加工，每月交付绣片＿＿幅，针脚平整、无跳线、无污渍。
⟦a 本范本全文共8条，余下条款请下载后查看⟧
第三条　加工费按每幅＿＿元计算，甲方在验收合格后＿＿日内付清。
第四条　乙方不得将甲方的图样、底布转借他人或用于其他加工。
第五条　本合同一式两份，甲乙双方各执一份，自签字之日起生效。
甲方（盖章）：＿＿＿＿　乙方（签字）：＿＿＿＿
＿＿年＿＿月＿＿日
""",
    ),
    # 17 ── 教育门户, HTML ── embroidery hoops, a contest notice with contact, 附件 and a download link
    dict(
        slug="edu-zanshan-notice-embroidery-contest-attachments",
        site="缵山县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.zanshan.gov.cn/tzgg/202404/t20240412_77105.html",
        title="关于举办全县中小学生刺绣作品展评活动的通知",
        record_title="关于举办全县中小学生刺绣作品展评活动的通知 ‖ 通知公告 ‖ 缵山县教育体育局",
        date="2024-04-10",
        date_also=["2024-04-12"],
        notes="education portal: 长辈版/读屏 links, an attachment download link beside the notice's own 附件 list, "
        "a technical-support line beside the notice's 联系人/电话/邮箱; 请各校下载附件 stays in the body; the "
        "portal's 发布时间 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>关于举办全县中小学生刺绣作品展评活动的通知 ‖ 通知公告 ‖ 缵山县教育体育局</title>
<script src="/js/jquery.min.js"></script><script src="/js/site.js"></script>
</head><body>
<div class="topline">⟦a 长辈版 ｜ 读屏 ｜ 简/繁⟧　⟦a 登录教育云平台⟧</div>
<div class="logo">⟦m 缵山县教育体育局⟧⟦m 立德树人 · 办人民满意的教育⟧</div>
<div class="menu">⟦m 首页　机构概况　教育动态　通知公告　招生考试　体育工作　政务公开⟧</div>
<div class="pos">⟦m 现位置：首页 ＞＞ 通知公告 ＞＞ 正文⟧</div>
<div class="news-con">
<h2>{T}</h2>
<div class="news-info">⟦m 发布时间：2024-04-12 15:26　发布者：基教股　点击数：1093⟧</div>
<div class="news-txt">
{BODY}
</div>
<div class="att">⟦a 附件下载：📎 展评报名表.xlsx（14KB）　📎 作品信息标签.docx（11KB）⟧</div>
<div class="pn">⟦l 上一条：关于做好2024年春季学期学生资助工作的通知⟧<br>⟦l 下一条：缵山县第十二届中小学生运动会竞赛规程⟧</div>
</div>
<div class="foot">
<p>⟦m 缵山县教育体育局主办　地址：缵山县文昌路16号⟧</p>
<p>⟦m 网站技术支持：0743-3370188（工作日9:00-17:00）⟧</p>
<p>⟦m 湘ICP备13002567号-2　湘公网安备43312202000071号⟧</p>
</div>
<script>site.stat("zs-jtj");</script>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
为传承缵山刺绣非遗技艺，丰富学生课余生活，县教育体育局决定举办全县中小学生刺绣作品展评活动。现将有关事项通知如下：
一、参赛对象。全县中小学在校学生，分小学组和中学组。
二、作品要求。作品须为学生本人在绣花绷上手工完成，尺寸不超过30厘米×30厘米，题材反映家乡风物。
三、报送时间。5月20日前将作品连同报名表送县教育体育局基教股。
请各校下载附件1填写报名表，并将附件2打印后贴在作品背面。
附件：1．缵山县中小学生刺绣作品展评报名表
2．作品信息标签
联系人：欧阳蕙，电话：0743-3371426，邮箱：zsjtj_jj@163.com
缵山县教育体育局
2024年4月10日
""",
    ),
    # 18 ── 教育门户, text ── fine-tooth combs, a PDF notice with page markers on lines of their own
    dict(
        slug="edu-minchuan-notice-head-lice-combs-markers",
        site="缗川教育信息网 (invented, PDF-to-text)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.mcjy.edu.cn/uploadfile/2024/0301/20240301094418.pdf.txt",
        title="关于做好春季学期学生头虱防治工作的通知",
        record_title="〔校园卫生〕关于做好春季学期学生头虱防治工作的通知 - 缗川教育信息网",
        date="2024-03-01",
        notes="a PDF attachment rendered as text: page markers ⏊ pn ⏊ on lines of their own cut sentences; a 文号 "
        "line (neutral); a download line and a viewer line; date under the signature",
        page="""
!m 缗川教育信息网　›　卫生与健康　›　附件预览
!a 当前为文本预览模式，原文请点“下载PDF”
{T}
缗教体卫〔2024〕4号
{BODY}
!a 下载PDF　｜　返回通知页
!m 缗川县教育局　版权所有　　电话：0739-6612003
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⏊ p{n} ⏊", every=110, start=2),
        body="""
各中小学、幼儿园：
近期，个别学校陆续发现学生感染头虱的情况。头虱主要通过头部接触以及共用梳子、帽子、枕巾传播，在低年级学生和寄宿生中较易发生。为做好春季学期头虱防治工作，现将有关事项通知如下。
一、开展一次排查。各校要在3月15日前组织校医或班主任对学生头发进行一次排查，发现感染的要及时告知家长。
二、指导规范处置。感染学生应在医生指导下使用灭虱药物，并用细齿篦子每天篦头两次，连续篦十天，篦下的虫卵要用纸巾包好丢弃。篦子用后要用开水烫洗。
三、做好宿舍卫生。寄宿制学校要督促学生勤洗头、勤换枕巾，不共用梳子、篦子和毛巾。
缗川县教育局
2024年3月1日
""",
    ),
    # 19 ── 企业内网, HTML ── aluminium pots, OA quality-meeting minutes with 时间/地点/主持/参会/记录
    dict(
        slug="intranet-yinguang-minutes-aluminium-pot-quality-oa",
        site="银光铝业协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.yinguang-al.com/doc/view.do?docid=20240807003",
        title="2024年7月铝锅产品质量分析会纪要",
        record_title="〔内部资料〕2024年7月铝锅产品质量分析会纪要 - 银光协同办公",
        date="2024-08-06",
        date_also=["2024-08-07"],
        notes="OA document view: a 流转记录 table, a read count, a 标记已读 button; the minutes' 时间/地点/主持/参会/"
        "记录 lines are body; the meeting's 时间 line is the date, the OA 发文日期 differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔内部资料〕2024年7月铝锅产品质量分析会纪要 - 银光协同办公</title>
<script src="/oa/js/oa-core.js"></script>
</head><body class="oa">
<div class="oa-top">⟦m 纡溪县银光铝制品有限公司 · 协同办公平台⟧　⟦m 当前用户：质检部 温彩霞⟧　⟦a 退出⟧</div>
<div class="oa-left"><ul>
<li>⟦m 待办事项 (3)⟧</li><li>⟦m 公文管理⟧</li><li>⟦m 会议纪要⟧</li><li>⟦m 通讯录⟧</li></ul></div>
<div class="oa-main">
<div class="doc-head"><h2>{T}</h2>
<p>⟦m 发文部门：质量管理部　发文日期：2024-08-07　密级：内部　阅读 57 次⟧</p>
<p>⟦a 标记为已读　｜　转发　｜　导出PDF⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 2024-08-07 09:12　质量管理部 庞建业 起草⟧</td></tr>
<tr><td>⟦m 2024-08-07 10:40　分管副总 宋锦程 审核通过⟧</td></tr>
<tr><td>⟦m 2024-08-07 11:05　办公室 分发至各车间⟧</td></tr></table>
</div>
<div class="oa-foot">⟦m 银光铝业信息中心维护　内线 8012⟧</div>
<script>OA.docView.init();</script>
</body></html>
""",
        body="""
时间：2024年8月6日下午3:00
地点：公司三楼会议室
主持：宋锦程
参会：质量管理部、压制车间、抛光车间、包装车间负责人及质检员
记录：温彩霞
会议通报了7月份铝锅产品质量情况，分析了存在问题，明确了整改措施。纪要如下：
一、7月共生产铝锅4.8万口，一次交检合格率97.2%，比6月下降0.9个百分点，主要问题是锅底厚度不均和手柄铆钉松动。
二、压制车间要在8月15日前完成三台压机模具的检修，每班开机前抽测锅底厚度不少于5口。
三、抛光车间要更换铆钉枪，铆接后逐口做拉力测试。
四、质量管理部每周通报一次合格率，连续两周低于98%的车间，扣减当月质量奖。
""",
    ),
    # 20 ── 企业内网, text ── sugar jars, a packing-line breakage 通报 (record title and record date)
    dict(
        slug="intranet-jingtian-circular-sugar-jar-breakage-record",
        site="晶甜玻璃内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.16.2.8/portal/notice/2024/0919-02.html",
        title="关于糖罐包装线玻璃罐破损问题的通报",
        record_date="2024-09-19",
        date="2024-09-19",
        notes="record title and record date as they are; intranet chrome (a login line, a menu, an IT desk line); a "
        "confirm-read prompt glued after a 。; the document's own extension beside the IT desk's",
        page="""
!m 鞔岭晶甜玻璃制品有限公司 · 员工门户
!m 欢迎您，包装车间 戚海燕　｜　修改密码　｜　注销
!m 门户首页 > 公司通报 > 查看
{T}
!m 发布部门：生产管理部　　发布日期：2024-09-19　　已读 112 人
{BODY}
!a 【确认已阅】　【打印本页】
!l 本栏目其他通报：关于8月份安全生产检查情况的通报 ｜ 关于表扬窑炉车间抢修小组的通报
!m 信息中心服务台：内线 6100　　本门户仅限公司内部访问
""",
        indent="\u3000\u3000",
        body="""
各车间、部门：
9月16日至18日，包装车间糖罐生产线连续发生玻璃罐装箱破损，三天共破损糖罐1260只，直接损失约9800元。经生产管理部调查，主要原因是：一、新换的瓦楞纸隔板厚度不够，罐与罐之间互相碰撞；二、夜班装箱工未按规定放置泡沫护角；三、叉车转运时速度过快。⟦a 阅后请点击“确认已阅”⟧
为此，公司决定：对包装车间夜班班长通报批评，扣减当月绩效200元；采购部立即退换不合格隔板；包装车间每班开工前由班长检查护角和隔板。
各车间要引以为戒，发现包装问题及时报告。联系人：生产管理部 霍振宇，内线6132。
生产管理部
2024年9月19日
""",
    ),
    # 21 ── 问答社区, HTML ── fine-tooth combs, a Q&A whose question is the title
    dict(
        slug="qa-wenlai-cleaning-fine-comb-adopted",
        site="问来问往 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenlaiwenwang.com/q/7719043.html",
        title="篦子缝里的头皮屑和油垢怎么清理干净？",
        record_title=None,
        date=None,
        notes="title missing: the question in the <h1> is the title; an adopted-answer badge, a vote row, "
        "more answers, a related-questions box; only relative times (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问来问往 - 有问题，就来问</title>
<script src="//static.wenlaiwenwang.com/js/qa.js"></script></head>
<body>
<div class="nav">⟦m 问来问往⟧　⟦m 生活 · 家居清洁⟧　⟦a 我要提问⟧　⟦a 登录 或 新建账号⟧</div>
<div class="q">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：不想再买新篦子　3 天前　·　浏览 1,482⟧</p>
<p class="q-desc">⟦m 奶奶留下的竹篦子，缝里全是黑乎乎的东西，用水冲不掉，有什么好办法？⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-author">⟦m 家居小能手阿岚　|　回答于 3 天前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦a 👍 有用 205　👎 没用 3　评论 12⟧</div>
</div>
<div class="more"><h3>⟦l 其他 4 个回答⟧</h3><p>⟦l 梳篦匠老范：竹篦子别用开水烫，容易变形开裂。⟧</p></div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><p>⟦l 牛角梳子怎么保养？⟧</p><p>⟦l 木梳子发霉了还能用吗？⟧</p></div>
<div class="ft">⟦m 问来问往 ©2024　京ICP备21044107号⟧</div>
</body></html>
""",
        body="""
我家也有两把老篦子，用下面这个办法清理，试过很多次了：
一、先干刷。拿一把旧牙刷，顺着齿的方向从齿根往齿尖刷，把表面的头皮屑先刷掉。
二、再泡洗。用温水加几滴洗洁精，或者加一勺小苏打，把篦子泡十分钟左右。竹篦子不要泡太久，泡久了会开胶。
三、过线。齿缝太密牙刷进不去的，可以剪一段棉线，两手拉紧在齿缝间来回拉，油垢一下就带出来了。
四、晾干。用干毛巾吸掉水分，放在通风处阴干，别放太阳底下暴晒。干透以后抹一点橄榄油，竹子不容易干裂。
平时用完顺手刷一下，就不会积那么多垢了。
""",
    ),
    # 22 ── 问答社区, text ── aluminium pots, a Q&A answer with a numbered list
    dict(
        slug="qa-zhifou-season-new-aluminium-pot",
        site="知否问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhifouwenda.com/question/3390418/answer/88201",
        title="新买的铝锅第一次用要不要“开锅”？怎么开？",
        record_title="新买的铝锅第一次用要不要“开锅”？怎么开？_知否问答·厨房",
        date=None,
        notes="a Q&A text page: the question repeated, an answerer line with a relative time (2 个月前), a numbered "
        "list, a 'follow the answerer' button glued after the last 。, more answers below (no date)",
        page="""
!m 知否问答 ｜ 厨房
!t 新买的铝锅第一次用要不要“开锅”？怎么开？
!m 关注者 86　被浏览 12,340
!a 写回答　邀请回答　好问题 27
!m 灶台边的老周　·　2 个月前回答　·　赞同 412
{BODY}
!a 展开其余 18 个回答 ∨
!l 相关问题：铝锅和不锈钢锅哪个好？　铁锅怎么开锅不生锈？
!m 知否问答 zhifouwenda.com　沪ICP备22006019号
""",
        body="""
要开，但铝锅开锅跟铁锅不一样，不用猛火烧油。我家开铝锅一般这样做：
1．先用温水加洗洁精把锅里外洗一遍，洗掉表面的抛光油和铝屑。
2．锅里放淘米水，没过锅身一半，小火煮开后再煮十分钟，倒掉。淘米水里的淀粉能在锅面形成一层保护膜。
3．擦干后，在锅内抹一层薄薄的食用油，小火烘一两分钟，关火放凉。
4．头几次尽量煮粥、蒸馒头，别马上炖酸菜或者煮番茄。
开过锅的铝锅不容易粘锅，也不容易发黑。平时刷锅别用钢丝球，用洗碗布就行。⟦a ＋关注答主⟧
""",
    ),
]
