"""holdout102, part B: old-clothes recycling bins and farm plastic-mulch recovery.
Invented text: sites, places, people, numbers, URLs."""

CASES = [
    dict(
        slug="community-xingyuan-clothes-bin-notice-html",
        site="杏园社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xingyuansq.example.com/gg/2025/0305/218.html",
        title="关于小区旧衣物回收箱调整摆放位置的通知",
        record_title=None,
        date="2025-03-05",
        notes="residents' site: 物业 login bar, a 'useful?' vote row and 邻里留言 box; the community's own 联系电话 kept next to the site's 便民热线",
        page="""
<html><head><meta charset="utf-8"><title>杏园社区网 - 社区公告</title></head><body>
<div class="bar">⟦a 业主登录⟧ ⟦a 物业缴费⟧ ⟦m 便民热线 96128⟧</div>
<div class="nav">⟦m 社区首页 · 社区公告 · 邻里互助 · 办事指南⟧</div>
<h3>{T}</h3>
<div class="by">⟦m 杏园社区居委会　2025-03-05　浏览 905 次⟧</div>
<div class="main">
{BODY}
</div>
<div class="vote">⟦l 本文对您有帮助吗？ 有用(31) 没用(2)⟧</div>
<div class="msg">⟦l 邻里留言（4）：发表您的留言…⟧</div>
<div class="ft">⟦d 杏园社区网 © 2025 仅供本社区居民交流使用⟧</div>
</body></html>
""",
        body="""
各位居民：
根据居民反映，原设于3号楼东侧的旧衣物回收箱占用消防通道，社区决定于3月8日将其移至小区北门垃圾分类亭旁。
投放的衣物请清洗干净、打包装袋，内衣、袜子、破损严重的衣物请勿投放。
回收箱由益衫环保公司每周二、周五清运，清运后的衣物经分拣消毒后用于捐赠或再生利用。
如发现箱体满溢或损坏，请联系社区居委会，联系电话：0731-8462210。
杏园社区居民委员会
2025年3月5日
""",
    ),
    dict(
        slug="corp-yishan-recycling-annual-summary",
        site="益衫环保科技有限公司 (invented)",
        style="企业官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.yishan-eco.example.com/news/2025/0110.html",
        title="益衫环保2024年度旧衣回收工作总结",
        record_title="益衫环保2024年度旧衣回收工作总结 | 益衫环保官网",
        date="2025-01-10",
        notes="company site: slogan line, a data table one row a paragraph, a cooperation hotline between paragraphs, a WeChat QR prompt and ICP at the bottom",
        page="""
!m 益衫环保 —— 让每一件旧衣找到新去处
!m 首页 / 新闻中心 / 企业动态
!t 益衫环保2024年度旧衣回收工作总结
!m 发布日期：2025-01-10　作者：综合部
{BODY}
!a 扫码关注益衫环保服务号，预约上门回收
!m 商务合作：400-826-1187
!m 湘ICP备2021018876号-1
""",
        body="""
2024年，公司在全市新增投放旧衣回收箱420个，覆盖小区、学校和机关单位六百余处。
全年主要数据如下：
项目　2023年　2024年
回收量（吨）　1860　2745
捐赠量（件）　3.1万　5.6万
再生利用率　61%　68%
⟦w 合作投放回收箱请致电 400-826-1187 联系区域经理⟧
一年来，公司与三家慈善机构建立长期合作，将分拣出的冬衣送往山区学校和敬老院。
2025年，公司将推进回收箱智能化改造，实现满箱自动报警和称重积分。
益衫环保科技有限公司
2025年1月10日
""",
    ),
    dict(
        slug="tender-ningpo-clothes-bins-result-html",
        site="宁坡区政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://zfcg.ningpo.example.gov.cn/cggg/jggg/2025/0422/99120.html",
        title="宁坡区智能旧衣回收箱采购项目中标结果公告",
        record_title="宁坡区智能旧衣回收箱采购项目中标结果公告",
        record_date="2025-04-22",
        date="2025-04-22",
        notes="tender platform: a CA hotline in the footer beside the purchaser's and agency's own contacts in the body; a result table; 项目编号 line kept",
        page="""
<html><head><meta charset="utf-8"><title>宁坡区智能旧衣回收箱采购项目中标结果公告 - 宁坡区政府采购网</title></head><body>
<div class="hd">⟦m 宁坡区政府采购网⟧ <a>⟦a 供应商注册⟧</a> <a>⟦a 专家登录⟧</a></div>
<div class="crumb">⟦m 首页 » 采购公告 » 结果公告⟧</div>
<h1>{T}</h1>
<div class="attr">⟦m 公告时间：2025年04月22日 15:30　浏览次数：188⟧</div>
<div class="bd">
{BODY}
</div>
<div class="btn">⟦a 【打印公告】⟧ ⟦a 【收藏】⟧</div>
<div class="ft">⟦m CA数字证书办理咨询：0574-8800112⟧<br>⟦d 宁坡区财政局主办 宁坡区公共资源交易中心承办⟧</div>
</body></html>
""",
        body="""
一、项目编号：NPCG-2025-0317
二、项目名称：宁坡区智能旧衣回收箱采购项目
三、中标信息
供应商名称　中标金额（元）　服务期
宁坡市绿织再生资源有限公司　386500　三年
四、主要标的信息：智能旧衣回收箱150台，含安装、清运及三年运维服务。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：宁坡区城市管理局，联系人：伍先生，电话：0574-8812301。
采购代理机构：衡信招标咨询有限公司，联系人：岑女士，电话：0574-8853766。
""",
    ),
    dict(
        slug="localforum-qingshi-clothes-bin-scam-post",
        site="青石论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.qingshi.example.net/read.php?tid=441802",
        title="提醒：路边来历不明的“爱心回收箱”别乱投",
        record_title="[民生] 提醒：路边来历不明的“爱心回收箱”别乱投 - 青石杂谈 - 青石论坛",
        date="2025-11-03",
        notes="town forum: 发表于 line is the page's date; relative times of replies are no dates; poster's signature, a reply quote box and board stats",
        page="""
!m 青石论坛 » 青石杂谈
!m 主题：1.2万　今日：86
!t [民生] 提醒：路边来历不明的“爱心回收箱”别乱投
!m 街口老王　发表于 2025-11-03 19:12　查看：2306　回复：17
{BODY}
!m 签名：青石人，青石事，青石论坛见。
!l 引用 街口老王 的帖子：查一下箱体上的备案编号
!l 二楼 · 小区保安队长 · 3小时前：我们小区也有，明天报物业
!l 三楼 · 西门豆花 · 昨天：感谢提醒
!a 快速回复　高级模式　发表回复
""",
        body="""
最近城西几个路口冒出一批绿色的“爱心旧衣回收箱”，箱子上只有一个手机号，没有任何单位名称。
我打电话问了街道，街道说这些箱子没有备案，也不是正规公司放的。
正规回收箱一般都贴有备案编号和清运单位，衣服最后去了哪里也能查得到。
大家投衣服之前多看一眼，别让好心变成别人赚钱的工具。
""",
    ),
    dict(
        slug="wenku-hezhou-textile-recycling-plan-pages",
        site="文海文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenhai.example.com/view/5b1c7e09a2.html",
        title="禾州市废旧纺织品循环利用实施方案",
        record_title="禾州市废旧纺织品循环利用实施方案（可编辑版）",
        date=None,
        notes="paid 文库 preview: page markers ❨n❩ cutting sentences, preview-end and VIP prompts, uploader line; no date in the document",
        page="""
!m 文海文库 > 行业资料 > 环境保护
!t 禾州市废旧纺织品循环利用实施方案（可编辑版）
!m 上传者：禾风　页数：6　下载券：8
!a 开通文库会员，海量文档免费下
{BODY}
!a 试看已到尽头，余下4页请付费后阅读全文
!a 立即下载　加入文集　举报
!l 相似文档：城市生活垃圾分类收运体系建设方案
!l 相似文档：再生资源回收网点布局规划说明
""",
        pages=dict(fmt="❨{n}❩", every=120, start=2),
        body="""
为推动废旧纺织品循环利用，减少资源浪费和环境污染，结合我市实际，制定本实施方案。
一、工作目标
到2027年，全市建成规范的废旧纺织品回收网点一千个以上，城区小区覆盖率达到百分之九十，废旧纺织品循环利用率达到百分之三十。
二、重点任务
（一）完善回收体系。将废旧纺织品回收纳入生活垃圾分类体系，统一回收箱标识，建立投放、收集、运输、分拣全链条台账。
（二）提升分拣加工能力。支持建设区域性分拣中心两个，推广机械化分拣和消毒处理设备，严禁未经消毒的旧衣物流入二手市场。
（三）拓展再利用渠道。鼓励符合条件的旧衣物用于公益捐赠，支持企业开发再生纤维产品。
""",
    ),
    dict(
        slug="mail-fenghe-clothes-drive-forward",
        site="丰禾区团委 转发邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:tuanwei@fenghe.example.gov.cn",
        title="关于开展“旧衣焕新 温暖冬日”衣物捐赠活动的通知",
        record_title="转发：关于开展“旧衣焕新 温暖冬日”衣物捐赠活动的通知",
        date="2025-11-12",
        date_also=["2025-11-13"],
        notes="forwarded mail: mail headers (from/to/sent) as meta, the forwarder's note, a mail client's footer; 附件 list of the document kept; send date differs from 成文日期",
        page="""
!m 发件人：丰禾区团委办公室 <tuanwei@fenghe.example.gov.cn>
!m 发送时间：2025年11月13日（星期四）上午9:02
!m 收件人：各街道团工委
!t 转发：关于开展“旧衣焕新 温暖冬日”衣物捐赠活动的通知
!w 各位好，转发如下，请于本周内落实，有问题随时电话联系小钟 13907318842。
!m ---------- 原始邮件 ----------
{BODY}
!a 附件（1个）：捐赠物资登记表.xlsx　预览　下载
!d 此邮件由邮件系统自动附加：请勿将工作秘密通过互联网邮箱传输
""",
        body="""
各街道团工委、区直各团组织：
为帮助困难群众温暖过冬，区团委决定在全区开展“旧衣焕新 温暖冬日”衣物捐赠活动。
一、捐赠物品：八成新以上、清洗干净的冬季衣物、棉被，以及全新的手套、围巾。
二、收集时间：11月17日至11月28日。
三、各单位将收集的衣物分类打包，填写登记表后统一送至区青少年活动中心一楼。
附件：捐赠物资登记表
共青团丰禾区委员会
2025年11月12日
""",
    ),
    dict(
        slug="gov-shaling-mulch-recovery-plan-wrapped",
        site="沙岭县农业农村局 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://nyj.shaling.example.gov.cn/zwgk/ghjh/2025/0226/311.html",
        title="沙岭县2025年农田废旧地膜回收利用工作方案",
        record_title="沙岭县2025年农田废旧地膜回收利用工作方案",
        date="2025-02-26",
        notes="text-only portal page hard-wrapped at 64 columns; indent; decimal-free Chinese headings; byline and a font/print/close row; footer",
        page="""
!m 沙岭县农业农村局　政务公开
!m 发布时间：2025-02-26　信息来源：农业生态股
!a [ 字号：大 中 小 ] [ 打印 ] [ 关闭 ]
沙农发〔2025〕9号
{BODY}
!l 【上一条】沙岭县春季农资打假专项行动方案
!l 【下一条】关于做好2025年春耕生产工作的通知
!d 沙岭县人民政府办公室主办　沙岭县农业农村局维护
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
为有效防治农田“白色污染”，保护耕地质量，根据上级有关要求，结合我县实际，制定本方案。
一、目标任务
2025年全县地膜覆盖面积稳定在二十八万亩左右，当季地膜回收率达到百分之八十五以上，推广加厚高强度地膜和全生物降解地膜八万亩。
二、主要措施
（一）源头把控。县市场监管局会同农业农村局开展地膜产品质量抽检，严禁生产、销售厚度低于0.01毫米的地膜。
（三）回收网点建设。每个乡镇至少建设一个废旧地膜回收站，村级设立临时收集点，回收站按每公斤0.4元标准收购。
三、保障措施
县财政安排专项资金二百万元，对回收站点和使用全生物降解地膜的种植户给予补贴。
沙岭县农业农村局
2025年2月26日
""",
    ),
    dict(
        slug="fanwen-old-table-mulch-summary-html",
        site="公文宝典网 (invented, old table layout)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.gwbdw.example.com/zongjie/nongye/20251118_5521.html",
        title="乡镇2025年废旧地膜回收工作总结",
        record_title="【精选】乡镇2025年废旧地膜回收工作总结（通用3篇）_公文宝典网",
        date="2025-11-18",
        notes="old gb2312 table layout: marquee, 【字体大小】 row, visitor counter, floating QQ consult box; a writing-service prompt glued after a sentence; 成文日期 at the end",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】乡镇2025年废旧地膜回收工作总结（通用3篇）_公文宝典网</title></head>
<body><table width="960" align="center"><tr><td>⟦m 公文宝典网⟧</td><td><marquee>⟦a 热烈祝贺本站会员突破三十万！年终总结、述职报告一站搞定⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 首页 | 工作总结 | 工作计划 | 讲话稿 | 心得体会 | 述职报告⟧</td></tr>
<tr><td colspan="2">⟦m 您现在的位置： 公文宝典网 &gt;&gt; 工作总结 &gt;&gt; 农业总结⟧</td></tr>
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td colspan="2">⟦a 【字体大小：大 中 小】⟧ ⟦m 更新时间：2025-11-20⟧ ⟦m 本文已影响 4,117 人⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td>⟦l 上一篇：村委会秋季防火工作总结⟧</td><td>⟦l 下一篇：农技站2025年工作总结⟧</td></tr>
<tr><td colspan="2">⟦w 在线客服QQ：2851104477 专业代写各类材料⟧</td></tr>
<tr><td colspan="2">⟦m 您是本站第 00381246 位访客⟧ ⟦d 本站部分文章来自网络，如有侵权请告知删除⟧</td></tr></table></body></html>
""",
        body="""
今年以来，我镇把废旧地膜回收作为农业面源污染治理的重点，全镇当季地膜回收率达到百分之八十七。⟦w 需要原创材料请联系站长微信gwbd88⟧
一是建强回收网络。新建镇级回收站一个、村级收集点十四个，明确专人负责收购、登记和转运。
二是推行以旧换新。农户交回废旧地膜五公斤可兑换新膜一公斤，全年兑换新膜十一吨。
三是强化宣传引导。利用村村响广播和宣传车开展宣传六十余场次，发放明白纸八千份。
存在的不足主要是山地地块残膜捡拾难、回收站运行成本偏高，明年将积极争取机械化捡拾设备。
××镇人民政府
2025年11月18日
""",
    ),
    dict(
        slug="netdisk-maoping-mulch-meeting-minutes",
        site="云舟网盘 分享页 (invented)",
        style="网盘分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://pan.yunzhou.example.com/s/1mQ8kTz",
        title="茂坪镇废旧地膜回收工作推进会会议纪要",
        record_title="茂坪镇废旧地膜回收工作推进会会议纪要.docx",
        date="2025-06-12",
        date_also=["2025-06-10"],
        notes="cloud-drive share: file-name title, sharer and expiry stamps (no dates), save/download buttons; minutes' 时间/地点/主持/参会 lines kept; 印发 date expected, meeting date also accepted",
        page="""
!m 云舟网盘
!m 茂坪镇废旧地膜回收工作推进会会议纪要.docx　22.6KB
!m 分享者：镇农办小刘　有效期：永久　分享于 3 天前
!a 保存到我的网盘　普通下载　超速下载
{BODY}
!a 预览仅显示部分内容，下载后查看完整文档
!d 请勿分享违法违规内容，平台有权删除侵权文件
""",
        body="""
时间：2025年6月10日上午9时
地点：镇政府三楼会议室
主持：副镇长 钟明远
参会：镇农办、综合执法队、各村党支部书记
会议听取了各村上半年地膜回收工作情况汇报，研究部署下一阶段工作。
一、截至6月上旬，全镇已回收废旧地膜三十二吨，但东坪、石门两村进度明显滞后。
二、会议要求各村在秋收前完成田间残膜清理，回收站延长收购时间至每天下午六时。
三、综合执法队对焚烧、填埋废旧地膜的行为加强巡查。
茂坪镇人民政府办公室
2025年6月12日印发
""",
    ),
    dict(
        slug="univ-xibei-biodegradable-film-trial-html",
        site="西陲农业大学资源环境学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://zhxy.xcau.example.edu.cn/info/1032/6621.htm",
        title="学院全生物降解地膜田间试验通过现场测产",
        record_title="学院全生物降解地膜田间试验通过现场测产-西陲农业大学资源环境学院",
        date="2025-09-29",
        notes="university school page: top links, a 作者/摄影/审核 line, photo caption between paragraphs, 'back to top', footer with address and 邮编",
        page="""
<html><head><meta charset="utf-8"><title>学院全生物降解地膜田间试验通过现场测产-西陲农业大学资源环境学院</title></head><body>
<div class="toplinks">⟦m 学校主页⟧ ⟦m 信息门户⟧ ⟦m English⟧</div>
<div class="logo">⟦m 资源环境学院 College of Resources and Environment⟧</div>
<div class="nav">⟦m 学院概况 学科建设 人才培养 科学研究 党建工作 学院新闻⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：乔思远　摄影：阎晨　审核：马骥　发布时间：2025-09-29　浏览：[ 642 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="gotop">⟦a 返回顶部⟧ ⟦a 关闭窗口⟧</div>
<div class="foot">⟦m 地址：西陲市学府路1号　邮编：734000⟧ ⟦d 版权所有 © 西陲农业大学资源环境学院⟧</div>
</body></html>
""",
        body="""
9月26日，由学院承担的全生物降解地膜棉田应用试验项目在沙湾试验站通过专家现场测产。
专家组随机选取三个样方实收测产，降解地膜处理区籽棉亩产达到三百八十六公斤，与普通聚乙烯地膜处理区基本持平。
⟦l 专家组在试验田现场测产⟧
项目负责人介绍，试验所用地膜在覆盖九十天后开始崩解，收获后田间基本无残膜，可有效解决残膜回收难的问题。
下一步，团队将扩大示范面积，进一步降低降解地膜的使用成本。
""",
    ),
    dict(
        slug="print-lianqiao-mulch-subsidy-notice",
        site="莲桥县财政局 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://czj.lianqiao.example.gov.cn/print.jsp?id=20251030",
        title="关于拨付2025年废旧地膜回收补贴资金的通知",
        record_title="〔打印稿〕关于拨付2025年废旧地膜回收补贴资金的通知",
        date="2025-10-30",
        notes="print view: print stamp and page URL at the top, a 抄送 版记 and 印发 line kept, print footer 页码 marker, print/close buttons",
        page="""
!m 莲桥县财政局
!m 打印日期：2025-11-04　网址：http://czj.lianqiao.example.gov.cn/zwgk/20251030.html
!t 〔打印稿〕关于拨付2025年废旧地膜回收补贴资金的通知
莲财农〔2025〕58号
{BODY}
!p ∷ 第 1 页 / 全 1 页 ∷
!a 〖打印本页〗〖关闭窗口〗
""",
        body="""
各乡镇人民政府：
根据《莲桥县2025年农田废旧地膜回收利用工作方案》，经县农业农村局审核，现拨付2025年废旧地膜回收补贴资金共计一百二十六万元，具体分配见附表。
请各乡镇收到资金后及时兑付到回收站点和种植户，不得截留、挪用，并于12月10日前报送资金使用情况。
附件：2025年废旧地膜回收补贴资金分配表
莲桥县财政局
2025年10月30日
抄送：县农业农村局，县审计局。
莲桥县财政局办公室　2025年10月30日印发
""",
    ),
    dict(
        slug="gkforum-shenlun-white-pollution-material",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论素材",
        kind="other",
        form="text",
        source="https://bbs.shangan.example.com/thread-77129-1-1.html",
        title="治理农田白色污染，关键在于建立长效机制",
        record_title="[申论素材] 治理农田白色污染，关键在于建立长效机制（附金句积累）- 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum: tags, a course ad between paragraphs, a reply-to-see prompt, poster's level; relative times (no date)",
        page="""
!m 上岸公考论坛 › 申论交流 › 素材积累
!t [申论素材] 治理农田白色污染，关键在于建立长效机制（附金句积累）
!m 楼主：稳稳上岸2026　等级：考霸　发表于 5 天前
{BODY}
!a 回复本帖可查看隐藏的金句积累内容
!l 标签：#申论# #生态环保# #三农#
!l 推荐阅读：2025年国考申论真题解析合集
!m 上岸公考论坛 ©2025 | 意见反馈 | 删帖申请
""",
        body="""
地膜覆盖技术让不少干旱地区实现了增产增收，但废旧地膜残留也带来了土壤板结、农机缠绕等问题。
治理农田白色污染，不能只靠一阵风式的集中清理，关键在于建立长效机制。
⟦a 【广告】申论一对一批改，限时体验9.9元⟧
一方面，要从源头提升地膜质量，让地膜“收得起来”；另一方面，要通过补贴和以旧换新，让农民“愿意回收”。
同时，还应培育回收加工企业，让废旧地膜“有地可去”，形成生产、使用、回收、再利用的闭环。
""",
    ),
]
