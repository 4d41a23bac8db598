"""holdout253, part B: 博客 (text), 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="blog-zhenjiao-essay-knitted-wrist-guard-wrapped",
        site="针脚集 (invented, Typecho-like personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://zhenjiaoji.net/archives/214/",
        title="给父亲织一副护腕",
        record_title="【针线日记】给父亲织一副护腕 —— 针脚集",
        date=None,
        notes="essay hard-wrapped at 62 columns; 'posted 2 weeks ago' is no date; like/collect row, prev/next, comments",
        page="""
!m 针脚集 · 一个普通人的手作与日常
!m 首页 / 手作 / 家人 / 读书 / 留言板
!t 【针线日记】给父亲织一副护腕
!m 发布于 2 周前 · 分类：家人 · 阅读 206 · 喜欢 31
{BODY}
!a ♥ 喜欢这篇　　☆ 存进收藏夹　　↗ 转给朋友
!l 上一篇：羊毛线怎么挑才不起球
!l 下一篇：母亲的顶针
!l 读者留言（3）
!l 小满：看得鼻子一酸
!l 木木：求双罗纹的织法图解
!m 本站由 Typecho 驱动 · 主题 Pencil · © 针脚集
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
父亲在菜市场卖了三十年豆腐，每天凌晨推磨、压板、搬豆腐箱，手腕早就落下了毛病。今年入冬，他右手腕肿了好几回，端碗都发抖。
去医院看过，医生说是腱鞘炎，让他少用力，平时戴个护腕。药店里卖的护腕是弹力布做的，父亲嫌勒得慌，戴了两天就扔进了抽屉。
我想起小时候母亲教过我织毛线，就翻出一团灰色的羊毛线，按父亲手腕的粗细起了四十针，织了一段双罗纹，又在虎口的位置留了个口，让大拇指能伸出来。织了三个晚上，拆了两回，才算织成。
父亲戴上后，攥了攥拳头，说：“软和，不勒。”第二天一早，他就戴着去推磨了。
后来母亲告诉我，父亲把那副护腕洗了晾在灶台边，生怕它缩了水。
""",
    ),
    dict(
        slug="wechat-weiwen-cdc-sunhat-tips-h1-html",
        site="微文集萃 (invented WeChat mirror) / 璀川疾控 (invented account)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.weiwenjicui.com/a/cuichuan-cdc/20250715/3308121.html",
        title="太阳帽怎么选？记住这四点",
        record_title=None,
        date="2025-07-15",
        notes="no title in the record (found in the h1); 原创 tag, account line as the page's date, a follow prompt glued before the "
        "first words, 阅读原文/在看 row, QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>微文集萃 - 好文章值得再读一遍</title>
<meta property="og:site_name" content="微文集萃">
<script src="/static/mirror.js"></script>
</head>
<body>
<div class="mirror-top"><a href="/">⟦m 微文集萃⟧</a> <span>⟦m 好文章值得再读一遍⟧</span> <a href="/acc/cuichuan-cdc">⟦a 查看该号全部文章⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="original">⟦m 原创⟧</span> <span>⟦m 璀川疾控　璀川疾控⟧</span> <em>⟦m 2025-07-15 07:30　江西⟧</em></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别下方二维码，关注璀川疾控⟧</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦l 阅读 2381⟧　⟦a 在看 46⟧　⟦a 赞 73⟧</div>
</div>
<div class="mirror-note">⟦d 微文集萃仅收录已公开发表的公众号文章，著作权归原公众号所有，如需下架请来信。⟧</div>
<div class="mirror-more"><h4>⟦l 该号近期文章⟧</h4><ul><li>⟦l 高温天，这几类人要格外当心⟧</li><li>⟦l 暑期溺水预防，家长必读⟧</li></ul></div>
<footer>⟦m 微文集萃 weiwenjicui.com　沪ICP备22018563号⟧</footer>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点上方蓝字“璀川疾控”，关注我们⟧连日来，我县最高气温持续在35℃以上，不少市民出门都会戴上一顶太阳帽。可帽子戴不对，遮阳效果会大打折扣。
一看帽檐。帽檐宽度最好在7厘米以上，能遮住面部和颈部；骑车时可选前檐长、后有护颈布的款式。
二看颜色。浅色帽子反射阳光多，戴着更凉快；帽檐内侧为深色的，能减少地面反光对眼睛的刺激。
三看材质。棉麻、草编帽子透气性好，适合长时间户外活动；标有防晒系数的帽子，UPF值在40以上、UVA透过率低于5%才算合格。
四看透气。帽顶有通风孔或网眼的，头部不容易闷汗。
需要提醒的是，太阳帽只能挡住头面部的直射阳光，高温时段仍应尽量减少外出。如出现头晕、恶心、大量出汗等症状，应立即到阴凉处休息，症状不缓解要及时就医。
""",
    ),
    dict(
        slug="wechat-wxread-pledge-relay-walk",
        site="公众号文章阅读站 (invented mirror) / 憬城田径 (invented account)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://wxread-archive.cn/s/jctj/2025090318",
        title="关于开展“传递接力棒·全民健步走”活动的倡议书",
        record_title="憬城田径丨关于开展“传递接力棒·全民健步走”活动的倡议书（全文照录）",
        date="2025-09-01",
        date_also=["2025-09-03"],
        notes="account decoration before the title; star prompt, 阅读原文 row, a helper's WeChat; the pledge asks readers to 扫码 and "
        "分享 (content); 成文日期 differs from the account's posting date",
        page="""
!m 公众号文章阅读站 · wxread-archive.cn
!t 憬城田径丨关于开展“传递接力棒·全民健步走”活动的倡议书（全文照录）
{T}
!m 憬城田径　2025-09-03 18:20　发表于江西
!a 👆点“憬城田径”，设为星标，活动消息一条不落
{BODY}
!a 阅读原文　　在看　　分享　　点赞
!w 活动咨询请添加小助手微信：jctj_xzs（备注“健步走”）
!d 本页由阅读站从公开的公众号文章自动生成，文章版权归原公众号所有。
""",
        body="""
全市广大市民朋友们：
一根接力棒，连着一座城的脚步。为迎接全民健身日，市田径协会决定于9月中旬开展“传递接力棒·全民健步走”活动，特向全市市民发出如下倡议：
一、走出家门。以社区、单位为单位组队，每队10人，每人手持接力棒步行1公里后交给下一位队员，全程10公里。
二、科学健身。活动前做好热身，量力而行，老年人和慢性病患者应在家人陪同下参加。
三、文明参与。不占用机动车道，不乱扔垃圾，接力棒用完后交回各报名点。
四、扫码报名。各社区报名点设有报名二维码，市民可扫码登记队伍信息。
请把这份倡议书分享给身边的亲友，让我们一起动起来！
憬城市田径协会
2025年9月1日
""",
    ),
    dict(
        slug="docshare-wenxiang-request-vault-docx-html",
        site="文享网 (invented sharing site)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.wenxiangwang.com/doc/7f21c9a0e3.html",
        title="关于购置体操跳马及配套保护垫的请示",
        record_title="关于购置体操跳马及配套保护垫的请示.docx",
        date="2025-03-04",
        notes="file-name record title; sharing reader with ratings, an upload notice, a coin lock and a service WeChat beside the "
        "request's own 联系人/电话; 成文日期 under the signature",
        page="""
<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>关于购置体操跳马及配套保护垫的请示.docx - 文享网</title>
<script>var DOC={id:"7f21c9a0e3",ext:"docx",coin:3};</script>
<script src="/assets/reader.js"></script>
</head>
<body>
<header class="site-hd"><a href="/">⟦m 文享网⟧</a> <span>⟦m 文档共享，知识共赢⟧</span>
<nav><a href="/cat/xingzheng">⟦m 行政公文⟧</a> <a href="/cat/jiaoyu">⟦m 教育资料⟧</a> <a href="/upload">⟦a 传文档，领文享币⟧</a></nav></header>
<main>
<div class="doc-top"><h1>{T}</h1>
<div class="doc-meta">⟦m 贡献者：溥口体育组　格式：docx　页数：2　评分：★★★★☆（12人评）⟧</div></div>
<div class="notice-up">⟦d 温馨提醒：本文档系网友自行上传，文享网仅提供存储与展示，请勿用于商业用途。⟧</div>
<article class="doc-view">
{BODY}
</article>
<div class="coin-lock">⟦a 下载这份文档需要 3 文享币，余额不足可充值⟧ <a href="/pay">⟦a 去充值⟧</a></div>
<div class="kefu">⟦w 文档代找代写，客服微信：wenxiang_kf01⟧</div>
<section class="rel"><h3>⟦l 同类文档推荐⟧</h3><ul><li>⟦l 关于申请购置学校体育器材的请示（范文）⟧</li><li>⟦l 学校体育器材更新申请报告⟧</li></ul></section>
</main>
<footer>⟦m 文享网 wenxiangwang.com　粤ICP备20093317号-2⟧</footer>
</body>
</html>
""",
        body="""
县教育体育局：
我校现有体操跳马1台，购置于2003年，马身皮面多处开裂、支架锈蚀，经县体育器材检测站鉴定已不宜继续使用。按照学校体育器材设施配备标准，我校24个教学班应配备跳马2台。
为保障体育课正常开展和学生安全，我校拟购置可调节高度跳马2台、配套保护垫4块、踏跳板2块，经市场询价，共需资金约2.86万元。
以上所需资金，恳请县教育体育局从学校体育设施专项经费中予以安排。
妥否，请批示。
联系人：聂舒，联系电话：13907952614。
璀川县溥口镇中学
2025年3月4日
""",
    ),
    dict(
        slug="docshare-gongyue-host-script-relay-markers",
        site="共阅文档 (invented sharing site)",
        style="文档分享",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://gongyuedoc.com/d/55031928",
        title="熹溪县第六届职工运动会开幕式主持词",
        record_title="熹溪县第六届职工运动会开幕式主持词.docx",
        date=None,
        notes="file-name record title; preview converter's page markers ⩽n⩾ on lines of their own cutting sentences; host script, no date",
        page="""
!m 共阅文档 — 让每份文档都被看见
!m 文件：熹溪县第六届职工运动会开幕式主持词.docx　大小：21KB　共3页
!a 在线预览　｜　下载（1积分）　｜　收藏
{T}
{BODY}
!a 预览到此为止，完整内容请下载后查看
!d 上传说明：此文档由共阅用户上传，只作参考借鉴，如涉及版权问题请联系我们删除。
!l 相似文档：运动会开幕式主持稿（学校版）　职工趣味运动会闭幕式主持词
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⩽{n}⩾", every=110, start=2),
        body="""
尊敬的各位领导，各位运动员、裁判员，同志们：
金秋送爽，丹桂飘香。在这个收获的季节，我们相聚在县体育中心，迎来熹溪县第六届职工运动会。
下面，我宣布：熹溪县第六届职工运动会开幕式现在开始！请全体起立，奏国歌。
请坐下。下面进行火炬接力。今年的开幕式不点火炬，我们用一根红色接力棒代替火炬，由六位来自不同行业的职工依次传递。第一棒是县人民医院急诊科护士长，第二棒是公交公司的驾驶员，第三棒是环卫工人代表，第四棒是县第一中学体育教师，第五棒是退役军人代表，最后一棒是上届职工运动会男子百米冠军。
现在，接力棒已经交到最后一棒手中，他正跑向主席台。让我们用热烈的掌声欢迎他！
下面，请县总工会主席致开幕词。
""",
    ),
    dict(
        slug="edu-xixi-notice-relay-invitational-html",
        site="熹溪县教育体育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.xixi.gov.cn/jydt/tzgg/202509/t20250915_118734.html",
        title="关于举办2025年熹溪县中小学田径接力邀请赛的通知",
        record_title="关于举办2025年熹溪县中小学田径接力邀请赛的通知 - 通知公告 - 熹溪教育体育",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="education portal: 适老版/读屏 links, a 文号 line (neutral), an attachment download link and a 技术支持 line beside the "
        "notice's own 联系人/电话/邮箱; the notice asks schools to 扫描 a QR code (content); 成文日期 differs from 发布时间",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于举办2025年熹溪县中小学田径接力邀请赛的通知 - 通知公告 - 熹溪教育体育</title>
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script src="/static/js/aria.js" defer></script>
</head>
<body>
<div class="tool-top"><a href="#">⟦a 适老版⟧</a> <a href="#">⟦a 读屏⟧</a> <a href="#">⟦a 高对比度⟧</a></div>
<div class="logo-row"><span>⟦m 熹溪县教育体育局⟧</span> <span>⟦m 办人民满意的教育⟧</span></div>
<ul class="main-nav"><li>⟦m 首页⟧</li><li>⟦m 机构职能⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 体育工作⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="pos">⟦m 您现在的位置：首页 » 通知公告⟧</div>
<div class="art">
<h2 class="art-title">{T}</h2>
<p class="art-no">熹教体字〔2025〕41号</p>
<p class="art-info">⟦m 发布时间：2025-09-15 16:20　来源：体卫艺股　访问量：527⟧</p>
<div class="art-content">
{BODY}
</div>
<div class="attach">⟦a 附件下载：报名二维码及报名表.docx（18KB）　竞赛规程.pdf（96KB）⟧</div>
<div class="art-tools">⟦a 【收藏本页】【打印本页】【关闭】⟧</div>
</div>
<div class="foot">
<p>⟦m 主办单位：熹溪县教育体育局　地址：熹溪县文昌路36号⟧</p>
<p>⟦m 技术支持：熹溪县教育信息中心　0793-4410000⟧</p>
<p>⟦m 赣ICP备12004533号-1⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各中小学：
为推动学校体育工作，展示我县中小学生团结协作的精神风貌，经研究，决定举办2025年熹溪县中小学田径接力邀请赛。现将有关事项通知如下：
一、比赛时间和地点：10月18日，县体育中心田径场。
二、比赛项目：小学组4×50米接力，初中组、高中组4×100米接力和4×400米接力，分男女组进行。
三、参赛办法：每校每个项目限报1队，每队4至6人。比赛用接力棒由大会统一提供，各队不得自带。
四、报名办法：请各校于10月8日前扫描附件1中的二维码报名，并将盖章的报名表扫描件发送至指定邮箱。
联系人：温立冬，电话：0793-4410627，邮箱：jlsai@xixi-edu.cn。
附件：1.报名二维码及报名表
2.竞赛规程
熹溪县教育体育局
2025年9月12日
""",
    ),
    dict(
        slug="edu-xiyang-erzhong-plan-wrist-guard-decimal",
        site="羲阳县第二中学校园网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.xyez.edu.cn/xwgk/gzzd/2025/0226/1907.html",
        title="羲阳县第二中学体育课运动损伤预防及护具佩戴实施方案",
        record_title="【校务公开】羲阳县第二中学体育课运动损伤预防及护具佩戴实施方案_羲阳县第二中学",
        date="2025-02-24",
        notes="school site; decimal headings 1 / 1.1 / 2.1 in the body; the site's 更新时间 is an update stamp, not the date",
        page="""
!m 羲阳县第二中学 · 校园网
!m 学校首页 ｜ 学校概况 ｜ 校务公开 ｜ 教育教学 ｜ 德育天地
!m 当前位置：首页 >> 校务公开 >> 规章制度
{T}
!m 作者：体育组　来源：教务处　点击数：173　更新时间：2025-02-26
{BODY}
!a 【打印该页】 【返回上页】
!l 上一条：羲阳二中2025年春季开学安全工作方案
!l 下一条：关于开展阳光大课间评比活动的通知
!m 版权所有：羲阳县第二中学　地址：羲阳县城关镇学府路8号　电话：0797-5841022
""",
        body="""
为减少体育课和课外训练中的运动损伤，保障学生身体健康，结合我校实际，制定本方案。
1 适用范围
1.1 本方案适用于全校体育课、大课间和校运动队训练。
1.2 涉及支撑跳跃、投掷和器械练习的课次，须按本方案佩戴护具。
2 护具配备
2.1 学校为体育组配备护腕60副、护膝60副，由器材室统一保管。
2.2 校田径队、篮球队队员每人配发护腕1副，由个人保管使用。
3 佩戴要求
3.1 支撑跳跃、俯卧撑测试和实心球练习前，学生须佩戴护腕，松紧以能插入一指为宜。
3.2 护腕使用后由体育委员收回，每周清洗消毒一次。
4 职责分工
4.1 体育教师负责课前检查护具佩戴情况。
4.2 校医室负责运动损伤的初步处理和登记。
羲阳县第二中学
2025年2月24日
""",
    ),
    dict(
        slug="oa-tieqing-minutes-barbell-plates-html",
        site="铁擎协同办公平台 (invented enterprise OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.tieqing-fit.com/doc/view.jsp?docid=20250409007",
        title="关于奥林匹克杠铃片批次质量问题的专题会议纪要",
        record_title="〔质量会商〕关于奥林匹克杠铃片批次质量问题的专题会议纪要｜铁擎OA",
        date="2025-04-09",
        notes="OA document view: user bar, 密级 line, 流转记录 table, read count and a 标记已阅 button; the minutes' "
        "时间/地点/主持/参会/记录 lines stay in the body and the 时间 line gives the date",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>〔质量会商〕关于奥林匹克杠铃片批次质量问题的专题会议纪要｜铁擎OA</title>
<link rel="stylesheet" href="/oa/css/docview.css">
<script src="/oa/js/docview.js"></script>
</head>
<body>
<div class="oa-bar">⟦m 铁擎协同办公平台⟧　⟦m 当前用户：销售部 庞乐　｜　待办 6　｜　退出⟧</div>
<div class="oa-menu">⟦m 工作台　公文管理　会议管理　流程中心　知识库⟧</div>
<div class="doc-hd">
<h2>{T}</h2>
<p>⟦m 密级：内部　｜　发文部门：质量部　｜　登记号：TQ-JY-2025-014⟧</p>
</div>
<div class="doc-bd">
{BODY}
</div>
<div class="doc-ops"><button>⟦a 我已阅读此件⟧</button> <button>⟦a 转发同事⟧</button> <button>⟦a 另存PDF副本⟧</button></div>
<table class="flow">
<tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 2025-04-10 09:12　质量部 姜沅　起草⟧</td></tr>
<tr><td>⟦m 2025-04-10 15:40　副总经理 宗文博　签发⟧</td></tr>
<tr><td>⟦m 2025-04-11 08:30　办公室　分发⟧</td></tr>
</table>
<div class="readinfo">⟦m 阅读情况：已阅 31 人　未阅 4 人⟧</div>
<div class="oa-foot">⟦d 本平台信息仅限公司内部使用，未经许可不得截图外传。⟧</div>
</body>
</html>
""",
        body="""
时间：2025年4月9日14:30
地点：公司三楼第一会议室
主持：副总经理 宗文博
参会：质量部、生产部、采购部、销售部负责人及铸造车间主任
记录：质量部 姜沅
会议听取了质量部关于3月批次20公斤奥林匹克杠铃片重量偏差问题的情况汇报。经抽检，该批次1200片中有47片实际重量低于标称值2%以上，超出企业标准允许偏差。会议议定如下事项：
一、该批次未出库的杠铃片全部封存，逐片复称，不合格品回炉处理。
二、已发往客户的320片，由销售部在4月20日前联系更换。
三、铸造车间在浇注工序增加称重复核，每片称重数据录入质量追溯系统。
四、采购部对同期采购的铸铁原料重新送检。
""",
    ),
    dict(
        slug="intranet-wanli-bulletin-wrist-guard-stitching",
        site="腕力护具企业内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.wanli-huju.com/notice/q/2025060602.html",
        title="关于缝制车间护腕缝线开裂问题的通报",
        record_date="2025-06-06",
        date="2025-06-06",
        notes="title and date from the record; intranet header, read log and an internal-use notice",
        page="""
!m 腕力护具 · 企业内网门户
!m 首页 > 公司公告 > 质量通报
{T}
!m 发文部门：质量管理部　发布人：焦立　阅读次数：214
!a 收藏　　打印　　转发至邮箱
{BODY}
!l 阅读记录：已读 186 人，未读 23 人　　查看明细
!d 内部资料，禁止外传，违者按公司信息安全规定处理。
""",
        body="""
各车间、各部门：
近期，售后部门连续收到客户反馈，我公司5月份生产的加压运动护腕在使用两周左右出现缝线开裂。经质量部调查，问题出在缝制二车间第3条生产线：该线自5月12日起换用了新供应商的涤纶缝线，线径偏细，且操作工未按工艺要求调整针距，导致缝线强度不足。
经研究，对此次质量问题通报如下：
一、对缝制二车间给予通报批评，扣除该车间5月质量奖。
二、对擅自放宽针距标准的班组长罗小川给予警告处分。
三、采购部暂停与该缝线供应商合作，已入库的缝线全部退货。
各车间要引以为戒，严格执行工艺纪律，换料、换线必须经质量部确认后方可投产。
翩水腕力护具有限公司
2025年6月6日
""",
    ),
    dict(
        slug="qa-wenzhi-vault-fear-question-html",
        site="问知网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhiwang.com/question/58830127",
        title="体操课跳马总是不敢起跳，跑到跳马前就停下来怎么办？",
        record_title=None,
        date=None,
        notes="no title in the record: the question (h1) is the title; adopted-answer badge, vote bar, other answers; "
        "'回答于 3 天前' is no date; a numbered list in the answer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>问知网 - 有问必答</title>
<script src="https://static.wenzhiwang.com/qa.js"></script>
</head>
<body>
<div class="qa-head"><a href="/">⟦m 问知网⟧</a> <form><input placeholder="搜索你感兴趣的问题"></form> <a href="/ask">⟦a 我要提问⟧</a> <a href="/login">⟦a 登录｜注册新号⟧</a></div>
<div class="q-box">
<h1 class="q-title">{T}</h1>
<p class="q-meta">⟦m 提问者：匿名用户　·　2 个回答　·　浏览 5,204⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦l ✔ 提问者采纳⟧</div>
<div class="ans-user">⟦m 体育组长老顾　中学体育教师　回答于 3 天前⟧</div>
<div class="ans-text">
{BODY}
</div>
<div class="vote">⟦l 有帮助 126　｜　没帮助 3　｜　评论 8⟧</div>
</div>
<div class="answer">
<div class="ans-user">⟦l 其他回答　　跳跳糖妈妈⟧</div>
<div class="ans-text">⟦l 我家孩子也是，后来在家用沙发垫练了一周胆子就大了。⟧</div>
</div>
<aside><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 跳山羊和跳马有什么区别？⟧</li><li>⟦l 分腿腾越的保护动作怎么做？⟧</li></ul></aside>
<footer>⟦m 问知网 wenzhiwang.com⟧　⟦d 回答内容由网友提供，仅供参考，不构成专业建议。⟧</footer>
</body>
</html>
""",
        body="""
我是中学体育老师，这种情况在初学阶段非常普遍，根子在“怕”，不在“不会”。可以试试下面几步：
1. 先降高度。把跳马换成跳箱，从两节箱开始，让孩子先体会踩板、推手、越过的完整过程。
2. 分解练习。在垫子上练踏跳后的双手支撑，再练助跑三五步上板，不追求一次完成。
3. 请老师保护。上跳马时让老师站在落地一侧，一手扶上臂，一手托腹部。知道有人接着，心里会踏实很多。
4. 不要在犹豫中起跳。一旦助跑出去就别急停，急停最容易崴脚。实在害怕，就在起跑前决定今天不跳，换到跳箱上练。
练上三四次课，大多数孩子都能跨过这道坎。
""",
    ),
    dict(
        slug="qa-dayou-relay-dropped-baton-rule",
        site="答友社区 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.dayoushequ.com/q/2291805.html",
        title="接力赛中接力棒掉了，捡起来继续跑算不算犯规？",
        record_title="【运动规则】接力赛中接力棒掉了，捡起来继续跑算不算犯规？ - 答友社区",
        date=None,
        notes="Q&A answer; the question is the title, decorated with a bracket tag and the site suffix; '昨天 16:02' is no date",
        page="""
!m 答友社区 - 有问题，就有答友
!m 首页 › 体育运动 › 田径
!t 【运动规则】接力赛中接力棒掉了，捡起来继续跑算不算犯规？
!m 3 个回答　·　被浏览 1,806 次
!l ★ 最佳答案
!m 答友：田径裁判老蒋　二级裁判员　昨天 16:02 回答
{BODY}
!l 赞同 57　｜　评论 4　｜　收藏
!l 其他答案（2）
!l 跑步达人：我们运动会就有人掉棒，捡起来还拿了第二
!l 查看全部回答 ›
!a 打开答友APP，看更多精彩回答
!d 内容由网友回答，只代表个人观点，不代表答友社区立场。
""",
        body="""
不算犯规，但有条件。
按照田径竞赛规则，比赛中接力棒掉落，必须由掉棒的运动员自己捡起，捡的时候可以离开自己的分道，但不能因此缩短比赛距离，也不能妨碍其他运动员。捡起后应回到掉棒的位置继续比赛。
需要注意三点：
第一，必须是掉棒的人捡。交接时掉的，如果接棒人还没握住，由交棒人捡；如果接棒人已经握住后掉落，由接棒人捡。
第二，交接必须在接力区内完成。捡棒后如果交接位置超出接力区，仍然会被取消成绩。
第三，不能用别的队的接力棒，拿错了也要判犯规。
所以平时训练一定要多练交接，掉棒虽然不一定犯规，但损失的时间是追不回来了。
""",
    ),
]
