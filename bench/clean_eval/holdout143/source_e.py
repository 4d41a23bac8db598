"""holdout143, part E: written blind. Invented sites, counties, people, URLs and chrome wording."""

CASES = [
    dict(
        slug="hospital-text-qinghu-pain-clinic-opening",
        site="清湖县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qhxrmyy.example.com/yydt/2025/1020/2077.html",
        title="我院疼痛科正式开诊",
        record_title="【医院动态】我院疼痛科正式开诊",
        date="2025-10-20",
        notes="hospital text page: decorated title; 预约挂号 chrome vs the clinic's own 咨询电话 kept; photo caption between paragraphs; 健康科普 list",
        page="""
!m 清湖县人民医院　仁心济世　精医惠民
!w 24小时预约挂号：0717-96633　微信预约请搜“清湖县人民医院”
!m 首页 → 医院动态
{T}
!m 来源：医务科　作者：聂思远　日期：2025-10-20　浏览：711
{BODY}
!l 健康科普｜颈椎病的自我锻炼　带状疱疹后神经痛别硬扛
!d 本站内容仅供参考，不作为诊断和医疗依据
""",
        body="""
10月20日，清湖县人民医院疼痛科正式开诊，填补了我县慢性疼痛专科诊疗的空白。
疼痛科设在门诊楼三楼，开放床位十二张，主要诊治颈肩腰腿痛、带状疱疹后神经痛、癌性疼痛等疾病。
⟦m 图：疼痛科医生为患者进行超声引导下神经阻滞治疗⟧
科室负责人蔡立文副主任医师曾在省级医院疼痛中心进修一年，可开展射频消融、臭氧注射等微创治疗。
门诊时间为周一至周六全天，疼痛科咨询电话：0717-3126655。
""",
    ),
    dict(
        slug="univ-html-nanqiao-work-study-notice",
        site="南乔师范学院学生处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://xsc.nqnu.example.edu.cn/info/1012/4431.htm",
        title="关于做好2025—2026学年勤工助学岗位申报工作的通知",
        record_title="关于做好2025—2026学年勤工助学岗位申报工作的通知-南乔师范学院学生处",
        date="2025-09-03",
        notes="university HTML: 发布时间 line, 点击数 by script (not visible), 附件 download links (chrome) vs the notice's 附件 list (kept), the office's contact kept, footer",
        page="""
<html><head><meta charset="utf-8"><title>关于做好2025—2026学年勤工助学岗位申报工作的通知-南乔师范学院学生处</title></head>
<body>
<div class="header">⟦m 南乔师范学院学生处 · 学生资助管理中心⟧</div>
<div class="nav">⟦m 首页　机构设置　资助工作　学生管理　心理健康　下载专区⟧</div>
<div class="main">
<h2>⟦t 关于做好2025—2026学年勤工助学岗位申报工作的通知⟧</h2>
<div class="info">⟦m 发布时间：2025-09-03　作者：资助中心　点击：⟧<script>_showDynClicks("wbnews",1,4431)</script></div>
{BODY}
<ul class="attach"><li>⟦a 附件【勤工助学岗位申报表.docx】已下载 218 次⟧</li></ul>
</div>
<div class="footer">⟦m 地址：南乔市学院路1号 学生处⟧　⟦d 版权所有 © 南乔师范学院⟧</div>
</body></html>
""",
        body="""
各单位：
为做好新学年勤工助学工作，现就岗位申报有关事项通知如下：
一、岗位类型：固定岗位和临时岗位，固定岗位每周工作时间原则上不超过八小时。
二、申报要求：各单位应根据实际需要申报岗位，优先安排家庭经济困难学生。
三、报酬标准：校内固定岗位每小时二十二元，按月发放。
四、请各单位于9月12日前将岗位申报表报送学生资助管理中心。
附件：勤工助学岗位申报表
联系人：柏老师，电话：0753-2289016。
学生处
2025年9月3日
""",
    ),
    dict(
        slug="localforum-html-gushan-xiangju-village-stage",
        site="孤山论坛 (invented)",
        style="地方论坛",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gushanbbs.example.com/thread-661203-1-1.html",
        title="湘剧团下乡演出下周到我们村了",
        record_title="湘剧团下乡演出下周到我们村了【孤山论坛】",
        date=None,
        notes="county forum HTML: poster's relative time (3天前, not a date), 楼层, 回复 box; no date in the document; a schedule table of the post",
        page="""
<html><head><meta charset="utf-8"><title>湘剧团下乡演出下周到我们村了【孤山论坛】</title></head>
<body>
<div class="top">⟦m 孤山论坛 — 孤山人自己的网上家园⟧ ⟦a 登录 注册⟧</div>
<div class="crumb">⟦m 孤山论坛 › 孤山杂谈⟧</div>
<h1>⟦t 湘剧团下乡演出下周到我们村了⟧</h1>
<div class="poster">⟦m 楼主　山脚下的老陈　3天前　查看 2381⟧</div>
{BODY}
<div class="floor">⟦m 沙发　湘江水　2天前⟧</div>
<div class="floor-text">⟦l 好耶，带我奶奶去看！⟧</div>
<div class="reply">⟦a 回复帖子⟧ ⟦l 上一主题 下一主题⟧</div>
</body></html>
""",
        body="""
刚从村委会那里看到通知，县湘剧团“送戏下乡”下周要到咱们这一片演出，时间地点抄下来给大家。
日期　村　剧目
周二晚　石门村　《拜月记》选场
周四晚　桃坪村　《琵琶上路》
周六晚　孤山村　新编现代戏《山里的灯》
演出都在村部广场，晚上七点半开始，不要票，自带板凳。
听说这次还有青年演员现场教大家唱两句湘剧高腔，有兴趣的可以早点去占位置。
""",
    ),
    dict(
        slug="download-text-jiucai-biogas-safety-manual",
        site="九采资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.jiucaizl.example.com/down/html/19822.html",
        title="农村户用沼气池安全使用须知",
        record_title="农村户用沼气池安全使用须知.pdf",
        date=None,
        notes="download station text: file-name title, file info lines, download mirrors, 解压密码 prompt, no date; numbered rules",
        page="""
!m 九采资料站 — 农业资料免费下载
!m 当前位置：首页 > 农村能源 > 沼气技术
!m 文件名称：农村户用沼气池安全使用须知.pdf
!m 文件大小：1.2MB　更新：2025-04-02　下载次数：3,417
!m 资料简介：
{BODY}
!a ▼ 下载地址 ▼　本地下载 ｜ 网通下载 ｜ 百度网盘
!a 解压密码：www.jiucaizl.example.com
!d 本站部分资料来自互联网，仅供学习研究，请于下载后24小时内删除
""",
        body="""
1. 沼气池进出料口要加盖，防止人畜掉入。
2. 严禁在沼气池出料口或导气管口点火试气，应在灶具上试火。
3. 入池出料或维修前，必须先揭开活动盖板通风一天以上，并用小动物试验确认安全后方可下池。
4. 下池时必须系好安全绳，池外要有专人看护，严禁单人作业。
5. 室内闻到沼气臭味时，应立即打开门窗，严禁开关电器和使用明火。
""",
    ),
    dict(
        slug="rsks-text-heshan-assessor-selection",
        site="禾山市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.hsrsks.example.gov.cn/tzgg/202506/t20250605_4812.html",
        title="禾山市2025年人民陪审员选任资格审查公告",
        record_title="禾山市2025年人民陪审员选任资格审查公告（附名单）",
        date="2025-06-05",
        notes="personnel site text: decorated title; list rows with ideographic spaces; the bureau's own 联系电话 kept beside a technical hotline; 分享到 bar",
        page="""
!m 禾山市人事考试网
!m 首页 > 通知公告 > 其他公告
{T}
!m 发布日期：2025-06-05　　【字体：大 中 小】
{BODY}
!l 分享到：　微信　QQ　微博
!w 报名系统技术咨询：0755-96001（9:00-17:00）
!d 主办：禾山市人力资源和社会保障局　承办：禾山市人事考试院
""",
        body="""
根据《人民陪审员法》和人民陪审员选任工作有关规定，现将通过资格审查人员名单公告如下：
序号　姓名　性别　工作单位
1　戴国栋　男　禾山市第三中学
2　梁晓雪　女　城北街道办事处
3　邵金海　男　禾山市供电公司
公告期为2025年6月5日至6月11日。对公告人员有异议的，可在公告期内向市司法局反映。
联系电话：0755-6631207（市司法局人民参与和促进法治科）。
禾山市司法局
2025年6月5日
""",
    ),
    dict(
        slug="tender-html-qilin-vending-machine-procurement",
        site="麒林市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ccgp.qilin.example.gov.cn/cggg/gkzb/202504/t20250418_330912.html",
        title="麒林市体育中心自助售卖设备采购项目公开招标公告",
        record_title="麒林市体育中心自助售卖设备采购项目公开招标公告",
        date="2025-04-18",
        notes="tender HTML: CA/bidding-tool hotline (chrome), purchaser and agency contacts (kept), lot table, 获取招标文件 steps that speak of 下载 (kept), related notices",
        page="""
<html><head><meta charset="utf-8"><title>麒林市政府采购网</title></head>
<body>
<div class="logo">⟦m 麒林市政府采购网　阳光采购 廉洁高效⟧</div>
<div class="nav">⟦m 首页 | 采购公告 | 结果公告 | 政策法规 | 办事指南⟧</div>
<div class="pos">⟦m 首页 &gt; 采购公告 &gt; 公开招标⟧</div>
<h3>⟦t 麒林市体育中心自助售卖设备采购项目公开招标公告⟧</h3>
<div class="time">⟦m 发布时间：2025-04-18 10:30:12　浏览次数：87⟧</div>
{BODY}
<div class="help">⟦w 电子投标客户端及CA服务热线：400-663-2018⟧</div>
<div class="rel">⟦l 同项目其他公告：暂无⟧</div>
<div class="foot">⟦m 主办单位：麒林市财政局⟧ ⟦m 桂ICP备11003377号⟧</div>
</body></html>
""",
        body="""
项目编号：QLCG2025-0341
预算金额：人民币58.6万元
采购内容
包号　品目　数量
1　自助饮料售卖机　20台
2　自助零食售卖机　12台
投标人资格要求：具有独立承担民事责任的能力，本项目不接受联合体投标。
获取招标文件：2025年4月18日至4月25日，登录麒林市政府采购网免费下载招标文件。
开标时间：2025年5月9日9:30。
采购人：麒林市体育中心　联系人：甘先生　电话：0772-3396015
代理机构：麒林公正招标咨询有限公司　联系人：龚女士　电话：0772-3380112
""",
    ),
    dict(
        slug="lawfirm-text-henghe-consumer-rights-letter",
        site="衡和律师事务所 (invented)",
        style="律所网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.henghelaw.example.cn/news/html/1193.html",
        title="致全市经营者的一封信——守法经营 共建放心消费环境",
        record_title="致全市经营者的一封信——守法经营 共建放心消费环境",
        record_date="2025-03-14",
        date="2025-03-14",
        notes="law firm site text reposting the consumer association's letter: record date; 转载 note; lawyer consult prompt; disclaimer",
        page="""
!m 衡和律师事务所　专注民商事法律服务
!m 首页 ＞ 新闻动态 ＞ 公益普法
{T}
!m 转载自：鹿川市消费者协会　　发布：2025-03-14
{BODY}
!w 企业合规问题？衡和律师为您把关　电话 0731-85226600
!d 本文为转载，仅供普法学习之用，不代表本所观点
!l ◂ 上一篇 · 下一篇 ▸
""",
        body="""
全市广大经营者：
3月15日是国际消费者权益日，市消费者协会向全市经营者发出如下倡议：
一、诚信经营，明码标价，不搞价格欺诈，不设消费陷阱。
二、严把商品质量关，不销售假冒伪劣、过期变质商品。
三、落实七日无理由退货制度，不得以“最终解释权归商家所有”等格式条款侵害消费者权益。
四、畅通投诉渠道，主动化解消费纠纷。
鹿川市消费者协会
2025年3月14日
""",
    ),
    dict(
        slug="community-html-donghu-centenarian-visit",
        site="东湖街道社区网 (invented)",
        style="社区网站",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.donghujd.example.cn/sqdt/2025/1011/773.html",
        title="重阳节前夕社区走访慰问百岁老人",
        record_title="重阳节前夕社区走访慰问百岁老人 - 社区动态",
        date="2025-10-11",
        notes="residents' HTML: neighbourhood nav, 发布时间 line, photo caption, comment box, 志愿者报名 button, footer",
        page="""
<html><head><meta charset="utf-8"><title>重阳节前夕社区走访慰问百岁老人 - 东湖街道社区网</title></head>
<body>
<div class="hd">⟦m 东湖街道社区网　幸福东湖 温暖家园⟧</div>
<div class="nav">⟦m 首页 | 社区动态 | 便民服务 | 邻里互助 | 志愿者之家⟧</div>
<h1>⟦t 重阳节前夕社区走访慰问百岁老人⟧</h1>
<div class="meta">⟦m 发布时间：2025-10-11　发布人：翠苑社区　浏览 266⟧</div>
{BODY}
<div class="btn">⟦a 我要报名当志愿者⟧</div>
<div class="cmt">⟦l 邻居留言（3）⟧ ⟦l 请输入留言内容⟧</div>
<div class="ft">⟦d 东湖街道办事处 主办⟧</div>
</body></html>
""",
        body="""
重阳节即将到来，10月10日上午，翠苑社区党委书记佟丽带领社区工作人员和志愿者，走访慰问辖区三位百岁老人。
每到一户，大家都仔细询问老人的饮食起居和身体状况，送上长寿面、牛奶和慰问金。
⟦m 图为志愿者为102岁的骆奶奶测量血压。⟧
今年102岁的骆奶奶精神矍铄，拉着大家的手说：“社区的人常来看我，我心里暖和。”
社区还为百岁老人建立了“一人一档”，安排网格员每周上门探访一次。
""",
    ),
    dict(
        slug="assoc-html-zhenhai-self-employed-training",
        site="镇海县个体劳动者协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zhgxh.example.org.cn/tzgg/20250520/612.html",
        title="关于举办个体工商户经营者免费培训班的通知",
        record_title="关于举办个体工商户经营者免费培训班的通知_通知公告_镇海县个体劳动者协会",
        date="2025-05-20",
        notes="association HTML: member login, 发布日期 line, the notice's 报名 contact kept, a sentence telling members to 扫码 (kept), QR footer, ICP",
        page="""
<html><head><meta charset="utf-8"><title>关于举办个体工商户经营者免费培训班的通知_通知公告_镇海县个体劳动者协会</title></head>
<body>
<div class="top">⟦m 镇海县个体劳动者协会⟧ ⟦a 会员登录⟧ ⟦a 会员服务⟧</div>
<div class="nav">⟦m 协会简介　通知公告　政策速递　会员风采　联系我们⟧</div>
<h1>⟦t 关于举办个体工商户经营者免费培训班的通知⟧</h1>
<div class="info">⟦m 发布日期：2025年5月20日　阅读：409⟧</div>
{BODY}
<div class="qr">⟦a 微信扫一扫，关注协会公众号⟧</div>
<div class="foot">⟦d ©镇海县个体劳动者协会⟧　⟦m 浙ICP备17022158号⟧</div>
</body></html>
""",
        body="""
各会员及全县个体工商户：
为提升个体工商户经营管理水平，县个体劳动者协会定于6月10日至12日举办经营者免费培训班。
培训内容包括：税收优惠政策解读、网店运营实务、食品经营安全规范、消费纠纷处理。
培训地点：县市场监督管理局五楼培训室，名额一百人，报满为止。
报名方式：扫描协会公众号推文中的报名码，或拨打协会办公室电话0574-86302219报名。
镇海县个体劳动者协会
2025年5月20日
""",
    ),
    dict(
        slug="company-text-laozihao-jiangyuan-brand-speech",
        site="江源老酱园 (invented)",
        style="企业官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.jiangyuanlaojiang.example.com/about/news/2025-0118.html",
        title="在江源老酱园创建一百六十周年纪念大会上的讲话",
        record_title="在江源老酱园创建一百六十周年纪念大会上的讲话_新闻中心_江源老酱园",
        date="2025-01-18",
        notes="company site text: record title _column_site; speech date under title neutral; speaker line neutral; online-shop prompt and hotline at bottom",
        page="""
!m 江源老酱园　中华老字号　始于1865
!m 首页｜品牌故事｜产品中心｜新闻中心｜网上商城
{T}
2025年1月18日
董事长　乔永年
{BODY}
!a 官方旗舰店 · 扫码下单
!w 订购热线：400-6188-165
!d Copyright © 江源老酱园食品有限公司
""",
        body="""
各位来宾、各位老员工、同事们：
一百六十年前，我们的先辈在江源古镇挑起了第一副酱担子，从此“江源”这块招牌代代相传。
一百六十年来，老酱园经历了风风雨雨，始终坚守“三伏晒酱、秋后出缸”的古法工艺。
近几年，我们一手抓传承，一手抓创新，建起了恒温发酵车间，开发了减盐酱油等新产品。
新的起点上，希望大家守住手艺、守住诚信，让江源老酱园的老味道走得更远。
谢谢大家！
""",
    ),
]
