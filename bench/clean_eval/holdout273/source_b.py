"""holdout273, part B: 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区 (one HTML and one text each).

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wechat-yishan-forest-fire-flint-strikers",
        site="公号存阅 (invented WeChat mirror)",
        style="公众号镜像",
        genre="通告",
        kind="notice",
        form="html",
        source="https://www.gonghaocunyue.net/a/yishanlincao/20250328/91527.html",
        title="进山不带火种　火镰取火表演同期暂停",
        record_title=None,
        date="2025-03-28",
        notes="WeChat mirror: 原创 tag, account line with its date (the page's date), a follow prompt glued before the salutation, a join-group line between paragraphs, 阅读原文/在看 row, QR line and the mirror's archive note; no title in the record, found in the <h1>",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>公号存阅 - 公众号文章存档</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
</head><body>
<div class="mirror-top">⟦m 公号存阅 · 公众号文章备份⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div id="img-content">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="orig">⟦m 原创⟧</span> <span>⟦m 桋山林草⟧</span> <em>⟦m 2025年3月28日 09:12⟧</em> <em>⟦m 发表于桋山县⟧</em></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rm-tools">⟦a 阅读原文⟧ ⟦m 阅读 2816⟧ ⟦a 分享⟧ ⟦a 点赞⟧ ⟦a 在看⟧</div>
<div class="qr">⟦a 长按下方二维码，把“桋山林草”加进常读⟧</div>
</div>
<div class="mirror-note">⟦d 本页为公众号文章存档，版权归原公众号，如需下架请写信至 cunyue@gonghaocunyue.net⟧</div>
</body></html>
""",
        p_html='<section><span style="font-size:16px;letter-spacing:1px;">{}</span></section>',
        body="""
⟦a 点上方蓝色小字“桋山林草”，防火消息不漏看⟧各位游客、村民朋友：
3月以来，我县持续晴好少雨，林区可燃物干燥，森林火险等级长期处于四级以上。根据县森林防灭火指挥部部署，现将清明前后林区用火管理有关事项提示如下。
一、3月25日至5月15日为森林高火险期，进入林区一律不得携带火柴、打火机、火镰等火种，不得在林区吸烟、烧纸、燃放孔明灯。
二、镵岭乡民俗村的“火镰取火”体验表演同期暂停，恢复时间另行告知。已预约研学活动的学校，可改为参观火镰展柜、听匠人讲解。
⟦a 想当护林志愿者？后台回复“护林”进群⟧
三、发现林区冒烟起火，请立即拨打森林火警电话12119。
防火就是防小火种。一根火柴、一块火镰迸出的火星，都可能酿成大灾。感谢大家的理解和配合！
桋山县林业局
""",
    ),
    dict(
        slug="wechat-jueyuan-beanbag-drive-pledge",
        site="爵园邻里 (invented community account, mirrored as text)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wxjingxiang.org/s/jueyuanlinli/2025-05-21-2",
        title="“百包进山”沙包募集倡议书",
        record_title="碎布头也能送温暖｜“百包进山”沙包募集倡议书 · 爵园邻里",
        date="2025-05-20",
        date_also=["2025-05-21"],
        notes="account mirror as text: star prompt, account line with its date, an extended-reading line between paragraphs; sentences about 转发分享 and 扫描二维码 are the pledge's own; the 倡议书's date expected, the account's date also accepted",
        page="""
!m 爵园邻里
!m 微信号：jueyuanlinli　　2025-05-21 18:30　　来自杙城市舨塘区
!a 戳上方“爵园邻里”→设为星标，社区消息第一时间到
!t 碎布头也能送温暖｜“百包进山”沙包募集倡议书
{BODY}
!a 阅读原文　　在看 32　　赞 57
!l 往期推荐：社区长者食堂新菜单来了 ｜ 楼道堆物清理通知
!d 镜像说明：本页内容由程序自动抓取，仅作存档浏览
!m 公众号镜像站 wxjingxiang.org
""",
        body="""
亲爱的居民朋友们：
镵岭乡中心小学地处深山，学生大多是留守儿童，课间能玩的器材不多。孩子们最喜欢丢沙包，可学校的沙包早已磨破。为此，爵园社区发起“百包进山”沙包募集活动，倡议大家：
一、清理家中闲置的碎花布、旧衣裤，洗净后送到社区服务站；
二、有针线手艺的居民，欢迎报名加入“巧手缝包”志愿小组，每周六上午在社区活动室集中缝制；
三、捐赠晒干的绿豆、玉米粒等填充物，请不要捐赠沙子和碎石。
⟦l 延伸阅读：去年“暖冬衣物”募集回顾⟧
活动截止到6月15日，目标缝制沙包100个，六一后统一送往学校。欢迎大家转发分享本倡议，也可扫描海报上的二维码报名缝包志愿者。
联系人：笪玉芬，电话：13907364582。
爵园社区居民委员会
2025年5月20日
""",
    ),
    dict(
        slug="docshare-shiwen-insight-dragonfly-lesson-docx",
        site="拾文共享网 (invented sharing reader)",
        style="文档分享",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://www.shiwengx.com/view/a7c2e90b31.html",
        title="上好一节“竹蜻蜓”科学课的几点体会",
        record_title="上好一节“竹蜻蜓”科学课的几点体会.docx",
        date=None,
        notes="sharing reader: upload notice, rating, a points lock between paragraphs, service WeChat; file-name title; a teacher's insight with no date",
        page="""
<!doctype html><html><head><meta charset="utf-8">
<title>上好一节“竹蜻蜓”科学课的几点体会.docx - 拾文共享网</title>
<script>window.__DOC__={"id":"a7c2e90b31","pages":2}</script>
</head><body>
<header><a href="/">⟦m 拾文共享网⟧</a> <a href="/cat/jiaoyu">⟦m 教育教学⟧</a> <a href="/upload">⟦a 传文档 领积分⟧</a></header>
<main>
<h1 class="doc-title">⟦t 上好一节“竹蜻蜓”科学课的几点体会.docx⟧</h1>
<div class="doc-info">⟦m 分享者：桔源老吴　　2 页　　评分 ★★★★☆　　被下载 57 次⟧</div>
<div class="doc-notice">⟦d 本文档由网友上传，拾文共享网仅提供信息存储空间，若有侵权请点举报⟧</div>
<section class="doc-content">
{BODY}
</section>
<div class="download-box">⟦a 下载这篇（docx，3积分）⟧　<a href="/report">⟦a 举报⟧</a></div>
<div class="relate"><h4>⟦l 相关资料⟧</h4><ul><li>⟦l 小学科学《风的力量》教学反思⟧</li><li>⟦l 科学优质课评比心得汇编⟧</li></ul></div>
</main>
<footer>⟦m 拾文共享网 © 2025　客服微信 shiwen_kf01⟧</footer>
</body></html>
""",
        body="""
上学期，我在四年级上了一节《竹蜻蜓为什么能飞》的科学课。原本以为让孩子们玩一玩就能懂，结果第一次试讲很失败：学生拿到竹蜻蜓就满教室乱飞，课堂秩序一团糟，道理却没说清楚。经过教研组两次磨课，我有三点体会。
一是先猜想后动手。上课先让学生观察桨叶，猜一猜它为什么要斜着削，再分组试飞，把猜想和现象对照起来，孩子们的注意力就从“玩”转到了“想”。
二是控制变量要简单。我们只改一个条件：把桨叶削平和保留斜面各做一只，比较谁飞得高。变量一多，四年级学生就乱了。
⟦a 以下段落需消耗3积分解锁⟧
三是安全规则放在前面。试飞前统一讲清楚放飞方向和间距，每组设一名安全员，课后收回所有竹蜻蜓。
这节课后来在全县科学优质课评比中获得二等奖。我体会到，好的科学课不在热闹，而在让孩子真正动脑。
""",
    ),
    dict(
        slug="docshare-sujian-contract-tray-template",
        site="素笺文档 (invented, text)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://sujian-doc.com/d/hetong/7731904.html",
        title="竹编蚕匾购销合同",
        title_also=["竹编蚕匾购销合同（范本）"],
        record_title="竹编蚕匾购销合同（范本）【空白可填】",
        date=None,
        notes="a purchase-contract template: ×× placeholders, ＿＿ blanks, 第N条 articles, ＿＿＿＿年＿＿月＿＿日 as its only date (no date); upload tip and download line",
        page="""
!m 素笺文档 · 合同协议 · 农业合同
!t 竹编蚕匾购销合同（范本）【空白可填】
!m 贡献者：桑农小帮手　｜　2 页　｜　阅读 376
!d 小提示：范本由用户上传，签约前请结合实际修改或咨询专业人士
{BODY}
!a 下载这份合同（.doc 格式，积分 1）
!l 你可能还需要：桑苗购销合同 ｜ 蚕茧收购协议范本
!m 素笺文档 sujian-doc.com
""",
        body="""
甲方（买方）：××县××镇××村股份经济合作社
乙方（卖方）：＿＿＿＿＿＿竹编专业合作社
为保障春蚕生产用具供应，经双方协商一致，订立本合同。
第一条　产品及数量。乙方向甲方供应竹编蚕匾＿＿＿只，规格为直径＿＿＿米，单价＿＿＿元，合计金额（大写）＿＿＿＿＿＿元。
第二条　质量要求。蚕匾须用当年生毛竹篾编制，篾面平整、无霉斑、无虫蛀，边框牢固，不得使用油漆或化学防腐剂处理。
第三条　交货。乙方于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由＿＿＿方承担。
第四条　验收。甲方收货后3日内按第二条抽检，不合格的乙方应无条件调换。
第五条　付款。验收合格后＿＿日内，甲方一次性付清货款。
第六条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
代表人：　　　　　　　代表人：
＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-jichuan-notice-dragonfly-show",
        site="笄川教育信息网 (invented education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jy.jichuan.gov.cn/jyjs/2025/0403/3318.html",
        title="关于举办全县中小学“竹蜻蜓”制作与放飞展示活动的通知",
        record_title="【教研通知】关于举办全县中小学“竹蜻蜓”制作与放飞展示活动的通知 - 笄川教育信息网",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="education portal: 读屏/大字 row, attachment download links beside the notice's own 附件 list, technical-support line beside the teaching office's contact; 下载附件/扫描二维码 as content; 成文日期 expected, the 发布日期 also accepted",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">
<title>【教研通知】关于举办全县中小学“竹蜻蜓”制作与放飞展示活动的通知 - 笄川教育信息网</title>
<link rel="stylesheet" href="/css/edu.css">
</head><body>
<div class="edu-top">⟦m 笄川教育信息网⟧ <span>⟦a 读屏模式 · 大字模式 · 高对比度⟧</span></div>
<ul class="edu-nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 教研动态⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 校园安全⟧</li></ul>
<div class="pos">⟦m 首页 ＞ 教研动态 ＞ 通知公告⟧</div>
<h2 class="title">{T}</h2>
<div class="attr">⟦m 发布日期：2025-04-03　　发布者：县教研室　　阅读：1137⟧</div>
<div class="text">
{BODY}
</div>
<div class="fujian"><p>⟦a 相关附件（点击下载）：⟧</p><p><a href="/upload/2025/huodongguize.doc">⟦a 活动规则及评分标准.doc（48KB）⟧</a></p><p><a href="/upload/2025/baoming.xls">⟦a 报名汇总表.xls（21KB）⟧</a></p></div>
<div class="tools">⟦a 【收藏】【打印】【关闭】⟧</div>
<div class="foot">⟦m 主办：笄川县教育局　技术支持：县电教馆 0719-6623100⟧<br>⟦m 鄂ICP备12009417号⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
为丰富学生课余生活，培养动手实践和科学探究能力，县教育局定于5月下旬举办全县中小学“竹蜻蜓”制作与放飞展示活动。现将有关事项通知如下。
一、参加对象。全县三至六年级学生，每校推荐1至2支队伍，每队3人。
二、活动内容。现场制作：在60分钟内用统一发放的竹片、竹签制作竹蜻蜓；放飞展示：每人放飞3次，取最好一次的滞空时间计分。
三、报名方式。请各学校下载附件1、附件2，填写后于5月9日前报送县教研室；也可扫描附件2中的二维码在线报名。
四、其他要求。各校要做好学生往返途中的安全管理，自带刻刀须经带队教师检查。
联系人：眭晓岚，电话：0719-6623015，邮箱：jys@jichuan-edu.cn。
附件：1.活动规则及评分标准
2.报名汇总表
笄川县教育局
2025年4月2日
""",
    ),
    dict(
        slug="edu-fushui-plan-beanbag-recess-decimal",
        site="泭水教育网 (invented, text)",
        style="教育门户",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.fsjyw.cn/xydt/syxx/2025/0226/1908.html",
        title="泭水县实验小学课间“沙包乐园”活动实施方案",
        record_title="泭水县实验小学课间“沙包乐园”活动实施方案（含场地安排）- 校园动态 - 泭水教育网",
        date="2025-02-24",
        notes="decimal headings 1.1–3.2, paragraphs apart by blank lines; a school's signature date; technical-support line in the footer",
        page="""
!m 泭水教育网
!a 读屏版 ｜ 大字版 ｜ 站内搜索
!m 当前：首页 ＞ 校园动态 ＞ 实验小学
!t 泭水县实验小学课间“沙包乐园”活动实施方案（含场地安排）
!m 发布单位：县实验小学　　录入：郑老师　　点击：352
{BODY}
!a 【打印本文】【关掉窗口】
!m 技术支持：泭水县教育信息中心 0736-8215520
!m 泭水县教育局主办　赣ICP备05012230号-2
""",
        gap=True,
        body="""
为让学生走出教室、动起来，传承传统游戏，学校决定在课间开展“沙包乐园”活动，特制定本方案。
1 活动目标
1.1 让学生走出教室，每天课间户外活动不少于20分钟。
1.2 传承丢沙包、踢沙包等传统游戏，培养规则意识和合作精神。
2 组织实施
2.1 器材配备。学校统一采购布面沙包，每班12只，由体育委员登记借还，破损的及时更换。
2.2 场地安排。一、二年级在东操场，三、四年级在篮球场，五、六年级在西操场，各年级错开区域，避免相互碰撞。
2.3 玩法推广。体育组编写《沙包游戏十种玩法》，利用体育课逐班教学。
3 安全保障
3.1 禁止向同学头部、面部投掷沙包。
3.2 值周教师在课间巡查各活动区域，发现追逐打闹及时制止。
泭水县实验小学
2025年2月24日
""",
    ),
    dict(
        slug="oa-ciwan-minutes-bottle-breakage",
        site="茨湾酱园协同办公 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.ciwanjiangyuan.com/doc/view.do?id=20250613007",
        title="关于酱油瓶破损率上升问题的专题会议纪要",
        record_title="【纪要·生产口】关于酱油瓶破损率上升问题的专题会议纪要 - 茨湾酱园协同办公",
        date="2025-06-12",
        date_also=["2025-06-13"],
        notes="OA document view: 流转记录, read count, a read-confirm button; the minutes' 时间/地点/主持/参会/记录 lines are body; the 时间 line's date expected, the registration date also accepted",
        page="""
<html><head><meta charset="utf-8">
<title>【纪要·生产口】关于酱油瓶破损率上升问题的专题会议纪要 - 茨湾酱园协同办公</title>
<script src="/oa/js/doc-view.js"></script>
</head><body class="oa">
<div class="oa-head">⟦m 茨湾酱园协同办公平台⟧ <span>⟦m 当前用户：质量部 厍德顺⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议纪要　通讯录⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<table class="doc-attr"><tr><td>⟦m 登记日期：2025-06-13⟧</td><td>⟦m 保密等级：厂内⟧</td><td>⟦m 阅读次数：38⟧</td></tr></table>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 06-13 09:20　厍德顺　起草⟧</p><p>⟦m 06-13 11:05　扈明礼　审核通过⟧</p><p>⟦m 06-13 14:40　办公室　分发至各部门⟧</p></div>
<div class="doc-btns"><button>⟦a 我已阅知⟧</button> <button>⟦a 转交他人⟧</button> <button>⟦a 下载正文⟧</button></div>
</div>
<div class="oa-foot">⟦m 信息中心运维 分机 8019⟧</div>
</body></html>
""",
        body="""
时间：2025年6月12日下午2:30
地点：公司二楼第三会议室
主持：生产副总经理 扈明礼
参会：灌装车间、质量部、采购部、设备科负责人
记录：厍德顺
5月以来，灌装线玻璃酱油瓶破损率由0.16%上升到0.42%，客户退货中的碎瓶投诉明显增加。会议听取了各部门的排查情况，议定如下事项：
一、质量部对新批次瓶子抽样做耐内压和热冲击试验，6月20日前出具报告；不合格批次由采购部通知供应商退换。
二、设备科6月底前更换洗瓶机出瓶星轮，调整输送带速度，减少瓶子相互碰撞。
三、灌装车间在装箱工序增加隔板，夜班增配一名巡检员。
四、采购部与供应商商定，今后每批次随货附出厂检验报告。
下次会议定于7月10日召开，通报整改效果。
""",
    ),
    dict(
        slug="oa-zhuyun-bulletin-tray-inspection",
        site="竹韵OA (invented intranet export, text)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://oa.zhuyun-bamboo.cn/notice/2025/0704/118.html",
        title="关于二季度蚕匾出厂抽检不合格情况的通报",
        date="2025-07-04",
        notes="title as in the record; intranet header with read counts, a 流转记录 line and an internal-use notice; a defects table; the quality office's signature date",
        page="""
!m 竹韵OA · 公司公告
!m 发起人：质检科 宁红梅　　阅读范围：全体中层　　已读 46 / 未读 9
{T}
!a 【标成已读】【转给同事】【导出成PDF】
{BODY}
!m 流转记录：质检科拟稿 → 生产部审核 → 总经理签发
!l 相关公告：关于梅雨季成品仓储防潮的通知
!d 内部资料，请勿外传
""",
        body="""
各车间、质检科：
二季度，质检科对出厂竹编蚕匾抽检1200只，不合格58只，不合格率4.8%，比一季度上升1.9个百分点。具体情况如下：
不合格项目　只数　主要车间
边框松脱　23　编织二车间
篾面毛刺　19　破篾车间
霉点　11　仓储组
尺寸偏差　5　编织一车间
经查，主要原因是新招编织工培训不足，以及梅雨期间仓库通风不良。公司决定：对编织二车间、破篾车间予以通报批评，扣减当月质量奖的30%；仓储组立即加装除湿机，成品蚕匾入库前须晒足两天。
请各车间引以为戒，严格执行首件检验和工序自检制度。
桋山县竹韵竹制品有限公司质检科
2025年7月4日
""",
    ),
    dict(
        slug="qa-wenzhidao-soy-bottle-for-oil",
        site="问知道 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhidao.cn/question/60318827.html",
        title="用完的玻璃酱油瓶能装食用油吗？",
        record_title=None,
        date=None,
        notes="Q&A page: question details, adopted-answer badge, vote row, more answers; no title in the record, the question is the title; 回答于 3天前 is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>用完的玻璃酱油瓶能装食用油吗？_问知道</title>
</head><body>
<div class="hd">⟦m 问知道⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 问知道 ＞ 生活 ＞ 厨房小窍门⟧</div>
<div class="question"><h1 class="q-title">{T}</h1>
<p class="q-desc">⟦m 家里攒了好几个空酱油瓶，扔了可惜，想拿来分装花生油，会不会有味道？⟧</p>
<p class="q-meta">⟦m 提问者：葱花饼不放葱　　浏览 1943 次⟧</p></div>
<div class="answer best"><div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-user">⟦m 厨房里的老周　　回答于 3天前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦a 👍 有用 128　　👎 没用 3　　评论 9⟧</div></div>
<div class="more"><h3>⟦l 其他 4 条回答⟧</h3><p>⟦l 小满：塑料的别装，玻璃的洗干净就行。⟧</p><p>⟦l 阿木：酱油味很难去，建议专瓶专用。⟧</p></div>
<div class="ft">⟦m 问知道 wenzhidao.cn　京ICP备18031402号⟧</div>
</body></html>
""",
        body="""
可以装，但要洗干净、晾干透，而且最好只装自家短期吃的油。
酱油瓶里残留的酱油含盐和糖，不洗净的话油里会混进水分，容易变质发哈。清洗时先用温水加几滴洗洁精摇晃，再用瓶刷刷瓶颈和瓶底，最后用开水烫一遍，倒扣晾两三天，确认瓶里没有水珠再装。
要注意三点：一是塑料酱油瓶不建议装热油，也不适合长期存油；二是瓶盖的密封圈如果发黄开裂，要换掉；三是装油后贴个标签写上“食用油”和装瓶日期，以免家里老人孩子拿错。
我家用的是500毫升的玻璃瓶，每次装够一周的量，放在灶台背光的一侧，用了两年没出过问题。
""",
    ),
    dict(
        slug="qa-dayifang-flint-striker-no-spark",
        site="答疑坊 (invented Q&A, text)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.dayifang.com/q/2287154.html",
        title="老火镰怎么打不出火星？",
        record_title="老火镰怎么打不出火星？蹲一个懂行的 - 答疑坊",
        date=None,
        notes="Q&A as text: best-answer header, answerer line with a relative time, vote row, other answers; no date",
        page="""
!m 答疑坊 › 生活 › 民俗器物
!t 老火镰怎么打不出火星？蹲一个懂行的
!m 提问者：黑河边的牧人　　3 个回答　　浏览 412
!m 最佳答案
!m 回答者：铁匠铺第三代　　回答于 2 天前　　采纳率 91%
{BODY}
!a 有帮助 37　　没帮助 2　　追问
!l 另有2个回答
!l 卡布奇诺：换块新火石试试。
!l 游牧者：火绒要干，潮了点不着。
!a 我来回答
!m 答疑坊 © 2025　意见反馈
""",
        body="""
火镰打不出火星，多半不是火镰的问题，而是火石和手法不对。
先看火石。火镰要配燧石、石英这类硬石头，边缘必须有锋利的棱角。石头用久了棱角磨圆，就很难擦出火星，可以敲掉一块露出新茬。
再看钢口。老火镰放久了表面生锈、钢口发软，用砂纸把击打面磨亮；如果钢口已经退火，就只能请铁匠重新淬火。
最后是手法。左手捏住火石，石棱朝外，火绒压在石头上；右手握火镰，由上往下快速斜擦石棱，不要硬砸。火星落到火绒上后轻轻吹气，冒烟就成功了。
另外提醒一句，试火请在院子里或水泥地上进行，旁边放一盆水，别在林地和草堆边玩。
""",
    ),
]
