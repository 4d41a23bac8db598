"""holdout305, part B: a blog, WeChat mirrors, sharing pages, education portals, intranets and Q&As.

Invented text (places, people, sites, numbers); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-nanchuang-essay-grandpa-wooden-fork-wrapped",
        site="南窗下 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://nanchuangxia.blog.example.org/post/2025/grandpa-fork",
        title="爷爷的那把木草叉",
        record_title="【灯下闲笔·廿六】爷爷的那把木草叉 - 南窗下·博客",
        date=None,
        notes="a memoir hard-wrapped at 68 columns; a bracketed column prefix and a blog suffix in the title; the blog "
        "shows only a 写于 line and a relative 'updated' stamp, so no date",
        page="""
!m 南窗下 · 写给自己看的博客
!m 首页 ｜ 闲笔 ｜ 读书 ｜ 旧照片 ｜ 留言板
!t 【灯下闲笔·廿六】爷爷的那把木草叉
!m 作者：南窗　｜　归档：闲笔　｜　最近改动于 昨天 23:10
{BODY}
!m 写于一个加班回来的夜里
!l 标签：草叉　麦收　爷爷　旧物
!l ← 前一则：外婆的针线笸箩　　后一则：巷口修车铺 →
!l 已有 9 位路人留下了脚印　【我也说两句】
!d 南窗下的文字未经允许请勿搬运，谢谢。
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
爷爷有一把木草叉，是他年轻时自己做的。选一根分了三个杈的桑树枝，剥皮、火烤、定型，再放进牛栏边的粪坑里沤上一个月，拿出来晒干，又硬又韧，用了四十多年也没裂。
每年麦收，打麦场上就是这把草叉最忙的时候。爷爷用它把摊开的麦秸挑起来抖一抖，麦粒哗哗地落下去，麦秸被甩到一边堆成垛。我那时候个子小，只能在旁边拿扫帚扫麦粒，看爷爷一叉一叉地挑，像是在跟麦子说话。
后来村里有了收割机，打麦场改成了停车场，草叉就挂在了堆房的墙上。前几年爷爷走了，我把它带回了城里，挂在书房门后。
有时候加班到深夜，抬头看见它，就想起那个满是麦香的夏天。
""",
    ),
    dict(
        slug="wechat-mirror-xingshan-yingji-typhoon-window-latch",
        site="微文拾存 (invented WeChat mirror) / 硎山应急 account",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.weiwenshicun.com/a/xsyj/20250714_6637102.html",
        title="台风来了，家里的窗栓插好了吗？",
        record_title=None,
        date="2025-07-14",
        notes="no title in the record and only the mirror's name in <title>: the title is the article's <h1>; the account "
        "line gives the date; a follow prompt glued before the first words, 原创 and star prompts, 阅读原文/在看 rows "
        "and the mirror's archive note; a numbered list; the article's own 12345 stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>微文拾存 - 公众号文章存档</title>
<meta name="referrer" content="never"></head>
<body>
<div class="mirror-bar">⟦m 微文拾存 · 替你把好文章留下来⟧　<a href="/">⟦m 回存档首页⟧</a>　<a href="/s">⟦a 搜一搜别的号⟧</a></div>
<div id="js_content_wrap">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="ori">⟦m 原创⟧</span> ⟦m 硎山应急 · 硎山县应急管理局 2025-07-14 18:30 湖南⟧</div>
<p class="star">⟦a 把“硎山应急”设为星标，预警消息第一时间到⟧</p>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail"><a>⟦a 阅读原文⟧</a>　⟦m 阅读 2.6万⟧　⟦a 赞 318⟧　⟦a 在看 97⟧</div>
<div class="qr">⟦a 长按识别下方二维码，把硎山应急带回家⟧</div>
</div>
<div class="mirror-note">⟦d 本页为微文拾存自动留存的副本，版权属原公众号，原文删改以原号为准。⟧</div>
<div class="mirror-foot">⟦m 微文拾存 weiwenshicun.com　京ICP备21058870号⟧</div>
</body></html>
""",
        body="""
⟦a 点上方蓝字，防灾小知识天天见⟧今年第8号台风预计7月16日前后影响我县，届时将有8到10级大风，阵风可达12级。
大风天里，窗户是家中最容易出问题的地方。每年台风过境，都有窗扇被风吹开、玻璃碎落伤人的情况。
台风到来前，请大家做好这几件事：
1. 关紧所有窗户，把窗栓插到底，推拉窗要扣好月牙锁；
2. 窗栓松动、锈死的，尽快找物业或维修师傅更换；
3. 阳台上的花盆、杂物收进室内，窗台上不要放东西；
4. 在玻璃上贴米字胶带作用不大，关键是窗扇要固定牢。
如发现邻居家窗户没关或晃动，可拨打社区电话或12345反映。
""",
    ),
    dict(
        slug="wechat-mirror-puhu-crab-coop-trap-rules-text",
        site="存号阁 (invented WeChat mirror) / 圃湖蟹农合作社 account",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://cunhaoge.cn/mp/puhuxienong/2025091801.html",
        title="捕蟹季，这份蟹笼使用须知请收好",
        record_title="捕蟹季，这份蟹笼使用须知请收好 ┆ 圃湖蟹农合作社 · 存号阁",
        date="2025-09-18",
        notes="text copy of a mirrored article: the account line and the signature give the same date; a share stamp "
        "(分享于 3 天前) is no date; the cooperative's own phone stays; 赞赏 and 在看 rows, the mirror's note",
        page="""
!m 存号阁 · 公众号文章备份站
{T}
!m 原创　圃湖蟹农合作社　2025-09-18
!m 由 老蔡 分享于 3 天前
{BODY}
!a 喜欢作者 ▸ 赞赏
!a 阅读 4127　　点赞 86　　在看 31
!l 往期回顾：合作社今年扣蟹放养情况一览 ｜ 河蟹脱壳期管理要点
!d 存号阁备份内容仅供存档查阅，原作者要求删除的，请通过页面底部邮箱联系。
""",
        indent="",
        gap=True,
        body="""
各位社员：
9月下旬起，圃湖大闸蟹陆续进入捕捞季。为了让今年的蟹卖出好价钱，也为了明年湖里还有蟹，合作社把蟹笼使用的几条规矩再跟大家说一遍。
一、统一使用合作社发放的标准蟹笼，网目5厘米，每只笼上都有编号牌，不要自己加装网衣。
二、每户下笼不超过30只，下在自家承包的网围区内，不得下到航道和公共水域。
三、收笼后，不足规格的小蟹、抱卵蟹要当场放回湖里。
四、旧蟹笼不要随手扔在岸边，交回合作社统一回收，每只抵扣5元笼费。
有不清楚的地方，请打合作社电话0736-5841127，或者到合作社办公室当面问。
圃湖蟹农专业合作社
2025年9月18日
""",
    ),
    dict(
        slug="docshare-wenbao-request-crab-traps-docx",
        site="文宝分享网 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.wenbaofx.com/doc/3391720846.html",
        title="关于购置增殖放流效果监测蟹笼的请示",
        record_title="关于购置增殖放流效果监测蟹笼的请示.docx",
        date="2025-03-05",
        notes="file-name record title; a sharing reader with a rating row, an upload notice, a points lock and a service "
        "WeChat; the request's own 联系人/电话 stays; 成文日期 under the signature",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>关于购置增殖放流效果监测蟹笼的请示.docx - 文宝分享网</title></head>
<body>
<div class="wb-head"><a href="/">⟦m 文宝分享网⟧</a> <input placeholder="找文档"> <a href="/up">⟦a 传文档换积分⟧</a></div>
<div class="wb-file">
<p class="fname">⟦t 关于购置增殖放流效果监测蟹笼的请示.docx⟧</p>
<p class="finfo">⟦m 大小 21.7KB ｜ 共 2 页 ｜ 分享者 水产小黎⟧</p>
<p class="stars">⟦l ★★★★★ 4.8（36人评）⟧</p>
<p class="notice">⟦d 此文档由网友自行上传，文宝分享网只做存放，如有侵权可申诉下架。⟧</p>
</div>
<div class="wb-view">
<h2>{T}</h2>
{BODY}
</div>
<div class="wb-lock">⟦a 下载原文件需 8 积分，积分不够？签到七天送 20⟧</div>
<div class="wb-kefu">⟦w 找不到想要的材料？加文宝客服微信 wenbao_kf07 帮你找⟧</div>
<div class="wb-rel"><h4>⟦l 同类文档⟧</h4><p>⟦l 关于申请渔业资源增殖放流资金的请示.doc⟧</p><p>⟦l 增殖放流效果评估报告（样稿）.pdf⟧</p></div>
<div class="wb-foot">⟦m © 文宝分享网 2025　鄂ICP备18027714号⟧</div>
</body></html>
""",
        body="""
县财政局：
根据省农业农村厅增殖放流工作要求，我站今年将在圃湖投放中华绒螯蟹扣蟹12万只，放流后须开展为期一年的效果监测。现有监测用蟹笼大多使用超过五年，网衣破损严重，无法满足监测需要。
经测算，需购置监测专用蟹笼200只，单价85元；配套标志浮标200个，单价12元；合计19400元。
以上经费拟从县级渔业资源养护专项资金中列支。
妥否，请批示。
联系人：黎向东，电话：0736-5802263。
圃溪县水产技术推广站
2025年3月5日
""",
    ),
    dict(
        slug="docshare-jiayuwen-pledge-duck-crate-no-title",
        site="家屿文档 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://jiayuwendang.com/p/88130557",
        title="文明调运活禽 规范使用鸭笼倡议书",
        record_title=None,
        date="2025-01-10",
        notes="no title in the record: the page's title line gives it; an uploader line, an upload notice, a download "
        "button; a sentence asking transporters to scan a code (content); 成文日期 under the signature",
        page="""
!m 家屿文档 — 文档随手存，随处看
!m 分类：公文 › 倡议书
{T}
!m 上传人：荚塘禽协办公室　上传于 2025-01-12　浏览 377 次
!d 温馨说明：本篇由用户上传，家屿文档不审核内容，引用前请自行核实。
{BODY}
!a ⬇ 保存到本地（需登录）
!l 你可能还需要：春节活禽市场防疫倡议书 ｜ 家禽养殖户承诺书模板
""",
        indent="\u3000\u3000",
        body="""
全县活禽经营户、运输户：
春节将至，活禽调运进入高峰。运输鸭笼周转频繁，一旦带毒，病毒就会随车随笼四处扩散。为守护全县家禽养殖安全，县家禽产业协会向大家发出如下倡议：
一是做到一车一消。每次卸货后，及时冲洗鸭笼上的粪便和羽毛，用消毒液浸泡或喷洒，晾干后再装车。
二是做到专笼专用。运输鸭笼不混用、不外借，病死禽不得装入鸭笼转运。
三是做到诚信经营。主动配合检疫人员查验，自觉扫码登记调运信息，不收购、不贩运来路不明的活禽。
让我们携起手来，用一只只干净的鸭笼，守住全县家禽产业的安全门。
荚塘县家禽产业协会
2025年1月10日
""",
    ),
    dict(
        slug="edu-jiling-notice-classroom-window-latch-check",
        site="蒺岭县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jy.jiling.gov.cn/xyaq/202504/t20250410_9127.html",
        title="关于开展中小学教室窗栓及防坠设施专项检查的通知",
        record_title="关于开展中小学教室窗栓及防坠设施专项检查的通知_校园平安栏目_蒺岭县教育局",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="education portal: 适老版/读屏 links, an attachment download link and a technical-support line beside the "
        "notice's own contact, phone and mailbox; a sentence asking schools to scan and send a form (content); the "
        "portal's posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展中小学教室窗栓及防坠设施专项检查的通知_校园平安栏目_蒺岭县教育局</title></head>
<body>
<div class="edu-top">⟦m 蒺岭县教育局⟧ <span>⟦m 立德树人 办好人民满意的教育⟧</span>
<a>⟦a 适老版⟧</a> <a>⟦a 读屏⟧</a></div>
<div class="edu-nav">⟦m 首页 教育要闻 通知公告 校园平安 政务公开 办事指南⟧</div>
<div class="edu-path">⟦m 您所处的栏目：首页 → 校园平安 → 通知⟧</div>
<div class="edu-art">
<h2>{T}</h2>
<p class="edu-info">⟦m 发布日期：2025-04-10　发布者：安全股　点击量：1,408⟧</p>
{BODY}
<p class="edu-att"><a href="/u/2025/0410/zicha.xlsx">⟦a ↓ 点此获取附件：学校窗栓及防坠设施自查表.xlsx⟧</a></p>
</div>
<div class="edu-pn">⟦l 上条：关于做好2025年春季学校传染病防控的通知⟧<br>⟦l 下条：全县中小学防溺水专题教育周活动安排⟧</div>
<div class="edu-foot">
<p>⟦m 主办单位：蒺岭县教育局　地址：蒺岭县城关镇文昌路9号⟧</p>
<p>⟦m 网站技术保障：0731-8820999（仅受理网站访问故障）⟧</p>
<p>⟦m 湘ICP备09017252号⟧</p></div>
</body></html>
""",
        body="""
各中小学、幼儿园：
为防范学生坠楼事故，经研究，决定在全县中小学、幼儿园开展教室窗栓及防坠设施专项检查。现将有关事项通知如下：
一、检查范围：全县各中小学、幼儿园的教室、宿舍、功能室及走廊窗户。
二、检查内容：窗栓是否齐全有效、能否插牢；二层以上外窗是否加装限位器，开启宽度是否超过10厘米；窗台下是否堆放桌椅等可攀爬物品。
三、时间安排：4月14日至4月25日学校自查，4月28日至5月9日县局抽查。
四、各校请于4月25日前将自查表加盖公章后扫描发送至联系邮箱。
联系人：县教育局安全股　贺明远，电话：0731-8820571，邮箱：aqg@jljy.edu.cn。
附件：学校窗栓及防坠设施自查表
蒺岭县教育局
2025年4月8日
""",
    ),
    dict(
        slug="edu-qiliphu-school-notice-labour-class-hay-fork",
        site="柒里铺镇中学 (invented school site on a county education platform)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://qlpzx.yuchuanedu.cn/news/show-2217.html",
        title="关于组织七年级学生赴农耕实践基地开展劳动教育的通知",
        record_title="【耕读课堂】关于组织七年级学生赴农耕实践基地开展劳动教育的通知 - 柒里铺镇中学",
        date="2025-10-09",
        notes="school site: a bracketed column prefix and the school's name in the title; a scan-to-reply sentence and "
        "safety rules for hay forks (content); an author/reviewer/hits line, print and close buttons, prev/next",
        page="""
!m 圉川县柒里铺镇中学
!a 读屏模式 ｜ 大字版
!m 学校首页 ＞ 德育天地 ＞ 耕读课堂
!t 【耕读课堂】关于组织七年级学生赴农耕实践基地开展劳动教育的通知
!m 撰稿：政教处　审核：宋校长　点击：603
{BODY}
!a 〔打印本文〕〔关闭〕
!l 上一条：柒里铺镇中学2025年秋季运动会秩序册
!l 下一条：七年级新生行为习惯养成月活动方案
!m Copyright 柒里铺镇中学　地址：柒里铺镇学府路1号
""",
        indent="\u3000\u3000",
        body="""
各班主任、七年级全体学生家长：
根据学校劳动教育课程安排，学校定于10月15日（星期三）组织七年级学生赴镇农耕实践基地开展秋收劳动教育。现将有关事项通知如下：
一、活动内容：学习使用草叉、木锨、连枷等传统农具，参加翻晒稻草、堆草垛劳动，参观农具陈列室。
二、安全要求：使用草叉时叉齿一律朝下，不得追逐打闹，不得用农具指向他人；劳动中听从基地老师统一指挥。
三、学生着长袖长裤、运动鞋，自带水杯和毛巾。
四、请家长于10月13日前扫描班级群内二维码填写回执。
柒里铺镇中学
2025年10月9日
""",
    ),
    dict(
        slug="intranet-yuzhu-minutes-duck-crate-quality",
        site="圉竹笼具协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.yuzhulongju.local/doc/view?id=20250522-0071",
        title="鸭笼生产质量分析会会议纪要",
        record_title="〔质量月会·纪要〕鸭笼生产质量分析会会议纪要 - 圉竹协同办公",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="OA document view: the 时间/地点/主持/参会/记录 lines of minutes stay; the 时间 line gives the date, the "
        "page's issue date is also accepted; 流转记录, read count and a mark-as-read button",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔质量月会·纪要〕鸭笼生产质量分析会会议纪要 - 圉竹协同办公</title></head>
<body>
<div class="oa-top">⟦m 圉竹笼具 · 协同办公⟧　⟦m 当前用户：质检部 宁秀梅⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办(3) 已办 公文 纪要 通讯录 知识库⟧</div>
<div class="oa-doc">
<div class="oa-head"><span>⟦m 公文类别：会议纪要⟧</span> <span>⟦m 印发日期：2025-05-22⟧</span> <span>⟦m 知悉范围：本公司⟧</span></div>
<h1>{T}</h1>
{BODY}
<div class="oa-btns">⟦a 标记已阅⟧ ⟦a 转发同事⟧ ⟦a 存一份到本机⟧</div>
<div class="oa-read">⟦m 已阅 27 人 / 未阅 4 人⟧</div>
<table class="oa-flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 05-21 09:12 质检部 宁秀梅 起草⟧</td></tr>
<tr><td>⟦m 05-21 16:40 副总经理 柴永年 审核通过⟧</td></tr>
<tr><td>⟦m 05-22 08:30 综合办 分发至各部门⟧</td></tr></table>
</div>
<div class="oa-foot">⟦d 内部资料，严禁截屏外传⟧　⟦m 信息中心运维 分机 8016⟧</div>
</body></html>
""",
        body="""
时间：2025年5月20日14:30
地点：公司二楼会议室
主持：副总经理 柴永年
参会：生产部、质检部、采购部、销售部负责人
记录：宁秀梅
会议听取了质检部关于4月份塑料鸭笼质量情况的汇报，分析了客户投诉原因，议定事项如下：
一、4月份共抽检鸭笼1200只，底板开裂23只、笼门卡扣脱落17只，不合格率3.3%，高于2%的控制目标。
二、底板开裂主要因回收料比例偏高。自6月1日起，底板原料中回收料比例不得超过15%，由采购部负责落实。
三、笼门卡扣改用加厚款，生产部5月底前完成模具调整。
四、销售部对已发货的问题鸭笼逐一回访，免费更换。
下次会议6月17日召开，由质检部通报整改情况。
""",
    ),
    dict(
        slug="intranet-ruian-bulletin-window-latch-defects",
        site="锐安五金内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.1.20/portal/notice/2025/0402-1.html",
        title="关于3月份窗栓装配质量问题的通报",
        date="2025-04-02",
        notes="intranet text view: record title as is; a document number line (neutral); a defects table one row a "
        "paragraph with ideographic spaces; read counts, an IT helpdesk line; 成文日期 under the signature",
        page="""
!m 锐安五金 · 员工门户
!m 通知公告 ＞ 质量通报
{T}
锐安质〔2025〕7号
!m 发文部门：质量管理部　｜　阅读 214 次　｜　仅内网可见
{BODY}
!a ☐ 我已阅读并知晓
!m 门户故障请拨信息组 6021
""",
        indent="",
        body="""
各车间、班组：
3月份，质量管理部对铝合金窗栓装配线进行了月度抽检，共抽检成品窗栓960件，不合格41件，合格率95.7%，未达到98%的质量目标。具体情况如下：
问题类型　数量（件）　主要班组
弹簧漏装　17　装配二组
栓杆毛刺　14　装配一组
铆钉松动　10　装配二组
经分析，问题主要是新员工操作不熟练、首件检验流于形式。为此，要求：一是装配二组本周内完成全员复训；二是各班组严格执行首件检验和每两小时巡检制度；三是不合格品一律返工，不得让步放行。
质量管理部将于4月中旬组织复查。
质量管理部
2025年4月2日
""",
    ),
    dict(
        slug="qa-wenwenba-answer-shrimp-trap-depth-html",
        site="问津吧 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenjinba.com/q/77310285.html",
        title="虾笼放在多深的水里最好？",
        record_title="虾笼放在多深的水里最好？求老钓友指点一二 - 问津吧",
        date=None,
        notes="Q&A page: the question (decorated in the record) is the title; an adopted-answer badge, a vote row, more "
        "answers; the answer time is relative (2 天前); no date",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>虾笼放在多深的水里最好？求老钓友指点一二 - 问津吧</title></head>
<body>
<div class="wj-top"><a href="/">⟦m 问津吧⟧</a><span>⟦m 有疑问，就来问津⟧</span> <a>⟦a 我要提问⟧</a></div>
<div class="wj-q">
<h1>{T}</h1>
<p class="q-desc">⟦m 求老钓友指点一二⟧</p>
<p class="q-meta">⟦m 提问者：小河边的阿斌　｜ 分类：钓鱼 › 渔具　｜ 浏览 5,902⟧</p>
</div>
<div class="wj-best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<p class="a-user">⟦m 塘主老杜　｜ 回答于 2 天前⟧</p>
<div class="a-body">
{BODY}
</div>
<p class="vote">⟦a 有用 231　没用 4　｜ 评论 12⟧</p>
</div>
<div class="wj-more"><h3>⟦l 另外 6 个回答⟧</h3>
<p>⟦l 流浪的浮漂：一米左右吧，太深了不进虾⟧</p>
<p>⟦l 用户9420187：看季节，冬天往深处放⟧</p></div>
<div class="wj-rel"><h3>⟦l 猜你也想问⟧</h3><p>⟦l 虾笼用什么饵最好？⟧</p><p>⟦l 地笼和虾笼有什么区别？⟧</p></div>
<div class="wj-foot">⟦d 问津吧回答仅代表网友个人观点⟧　⟦m 琼ICP备20003871号⟧</div>
</body></html>
""",
        body="""
我在自家鱼塘下了三年虾笼，说说自己的经验。
青虾喜欢待在有水草、有遮挡的地方，白天躲在深一点的水里，晚上游到浅处觅食。所以虾笼一般放在离岸两三米、水深一米到一米五的位置最好，太深了水温低、溶氧少，虾反而不去。
放的时候让笼子平躺在底泥上，笼口对着岸边或者水草边，别悬在半空。诱饵用炒过的麦麸或者螺蛳肉都行。
傍晚放、清晨收，隔一晚收一次。夏天水温高的时候，可以适当往深处挪一点。
另外说一句，河道和湖泊很多地方常年禁捕，下笼前先问清楚当地规定，自家塘口就没这个顾虑。
""",
    ),
    dict(
        slug="qa-zhidaole-answer-ducks-per-crate-no-title",
        site="知道了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidaole.net/question/5527130.html",
        title="运输活鸭的时候，一个鸭笼装几只合适？",
        record_title=None,
        date=None,
        notes="no title in the record: the question line is the title; an answerer line with a relative time "
        "(昨天 16:02), likes, other answers, an app prompt; no date",
        page="""
!m 知道了问答　—　问了就知道
!m 首页 / 养殖 / 家禽
{T}
!m 3 个回答　·　被浏览 1,286
!m 最佳回答　｜　养鸭二十年的老韦　｜　昨天 16:02
{BODY}
!a 👍 87 人觉得有用　　💬 评论　　↗ 转给朋友
!l 其他回答：
!l 鸭鸭快跑：夏天少装点，闷死一笼就亏大了
!l 用户3309144：塑料笼比竹笼通风，能多装一两只
!a 打开知道了App，提问秒回
""",
        indent="",
        body="""
这个要看鸭笼的尺寸和鸭子的大小，不能一概而论。
常见的塑料运输鸭笼长90厘米、宽60厘米、高28厘米左右。装成年麻鸭的话，夏天一笼装8到10只，冬天可以装到12只；装大一些的白鸭，一笼6到8只就够了。
装得太挤，鸭子互相踩踏，路上容易闷死，尤其是夏天中午，损失会很大。装得太松也不好，车一颠簸鸭子在笼里乱撞，容易伤腿。
长途运输的，笼子要留出通风空间，上下层之间垫隔板，防止粪便淋到下层。运输途中每隔两小时停车查看一次。
还有一点，运输前要办好检疫证明，笼子事先清洗消毒，这是规定，路上是要查的。
""",
    ),
]
