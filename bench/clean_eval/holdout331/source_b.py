"""holdout331, part B: WeChat mirrors, document-sharing pages, education portals, intranets,
Q&A sites and personal collections. Every site, place, person, firm, URL and number is
invented; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wechat-heyang-consumer-laundry-ball-h1",
        site="微文存档馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="消费提示",
        kind="other",
        form="html",
        source="https://www.weiwencundang.com/a/heyangxfwq/20250314_6630172.html",
        title="洗衣球能代替洗衣液吗？县消协提醒：理性看待“免洗”宣传",
        record_title=None,
        date="2025-03-14",
        notes="WeChat mirror: no record title (the <h1>); the account line's date; a follow prompt glued before "
        "the salutation; 关注 as content in the last item; 阅读原文/在看 rows, QR line and the mirror's note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>洗衣球能代替洗衣液吗？县消协提醒：理性看待“免洗”宣传 - 微文存档馆</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
</head>
<body>
<div class="mirror-bar">⟦m 微文存档馆 · 公众号好文备份⟧　<a>⟦a 搜公众号⟧</a></div>
<div class="crumb">⟦m 存档首页 / 曷阳消费维权 / 文章⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　曷阳县消费者协会　曷阳消费维权　2025-03-14 18:30⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧　⟦l 阅读 2307　在看 12　赞 37⟧</div>
<div class="qr">⟦a 打开微信“扫一扫”，关注曷阳消费维权⟧</div>
</div>
<div class="more"><h4>⟦l 该公众号的其他存档⟧</h4>
<p>⟦l 3·15特别策划｜这些预付卡陷阱要当心⟧</p><p>⟦l 消费提示：春季购买电动自行车注意事项⟧</p></div>
<div class="foot">⟦d 本页为公众号文章存档，版权归原作者，如需删除请发邮件至 cundang_del@126.com⟧</div>
<script src="/static/mirror/lazyimg.js"></script>
</body>
</html>
""",
        body="""
⟦a 戳一下上面蓝色的“曷阳消费维权”，关注后消费提示第一时间送达⟧亲爱的消费者朋友们：
近来，不少消费者向我们咨询：网上热卖的洗衣球，真能代替洗衣液吗？为此，县消协查阅了相关资料，并请县产品质量检验所的技术人员做了简单试验。
试验发现，洗衣球的主要作用是在滚筒里增加摩擦、减少衣物缠绕，本身并不含去污成分。只放洗衣球、不放洗衣液，对汗渍、油渍等污渍基本没有效果。
县消协提醒：
一、购买洗衣球时，要看清产品标签，对“不用洗衣液”“永久使用”等宣传保持警惕；
二、洗衣球可以配合洗衣液使用，起到防缠绕的作用；
三、发现虚假宣传，可拨打12315投诉，也可关注本公众号，在菜单栏“我要投诉”中留言。
曷阳县消费者协会
""",
    ),
    dict(
        slug="wechat-xianhu-property-screen-brush",
        site="公号文摘库 (invented WeChat mirror)",
        style="公众号镜像",
        genre="生活提示",
        kind="other",
        form="text",
        source="https://wzk.gonghaowz.cn/xianhuwuye/2025/04/09/18822.html",
        title="换季清洗纱窗，用对纱窗刷省一半力气",
        record_title="换季清洗纱窗，用对纱窗刷省一半力气丨藓湖物业管家·文章转存",
        date="2025-04-09",
        notes="WeChat mirror as text: the account line is the date; a photo placeholder between items; an "
        "'在看' prompt glued after the last sentence; numbered list; the property's own notice stays",
        page="""
!m 公号文摘库 ｜ 转存好文，随时回看
!m 藓湖物业管家
{T}
!m 原创　藓湖物业管家　2025-04-09 08:30　阅读 856
{BODY}
!a 长按下方二维码，把“藓湖物业管家”加进通讯录
!l 往期推荐：电动车进楼入户的危害有多大？｜小区二次供水水箱清洗公告
!d 转存自微信公众号“藓湖物业管家”，仅作阅读备份，版权归原作者所有。
""",
        body="""
各位业主：
天气转暖，蚊虫就要多起来了。很多业主问管家：纱窗积了一冬的灰，怎么洗才省事？今天给大家整理了几个小窍门。
1. 不拆纱窗也能洗。准备一把双面纱窗刷，先用干刷面把浮灰刷掉，再用湿海绵面从上往下刷一遍，最后用干布吸干水分。
⟦m [图片：双面纱窗刷使用示意图]⟧
2. 油污重的厨房纱窗，可以在刷子上蘸少量洗洁精，刷完用清水再过一遍。
3. 高层住户请不要探身到窗外刷纱窗，够不着的地方可以联系物业。
4. 刷完后检查纱网有没有破洞，需要更换的，物业服务中心可以代为联系维修师傅。
本周六上午，物业将在小区东门广场免费发放纱窗刷200把，每户限领一把，凭业主卡领取。⟦a 觉得有用，右下角点个“在看”吧⟧
藓湖物业服务中心
""",
    ),
    dict(
        slug="docshare-xiangwen-pledge-safe-window-cleaning",
        site="享文网 (invented document-sharing site)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.xiangwen365.com/doc/2025051260117.html",
        title="关于安全擦窗、文明擦窗的倡议书",
        record_title="【倡议模板】关于安全擦窗、文明擦窗的倡议书（可编辑）- 享文网",
        date="2025-05-06",
        notes="sharing page: upload notice with an upload stamp (no date), points lock, service WeChat; 分享 as "
        "content in item four; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【倡议模板】关于安全擦窗、文明擦窗的倡议书（可编辑）- 享文网</title>
<link rel="stylesheet" href="//cdn.xiangwen365.com/css/doc.css">
</head>
<body>
<header><a class="logo">⟦m 享文网⟧</a>　<span>⟦m 好文档，大家享⟧</span>　<a>⟦a 上传赚积分⟧</a> <a>⟦a 登录⟧</a></header>
<div class="bread">⟦m 享文网 ＞ 公文范本 ＞ 倡议书⟧</div>
<div class="doc">
<h1>⟦t 【倡议模板】关于安全擦窗、文明擦窗的倡议书（可编辑）⟧</h1>
<div class="upinfo">⟦d 本文档由用户「米禾」于 2025-05-12 上传至享文网，仅供学习交流，不代表本站观点⟧</div>
<div class="star">⟦l 评分 ★★★★☆ 4.6　（31人评价）⟧</div>
<div class="docbody">
{BODY}
</div>
<div class="pay">⟦a 本文档共2页，下载需消耗6积分　［立即下载］⟧</div>
<div class="kefu">⟦w 找不到合适的范本？享文客服代为定制，微信 xiangwen_kf01⟧</div>
</div>
<aside><h3>⟦l 同类文档⟧</h3>
<ul><li>⟦l 高空抛物专项整治倡议书⟧</li><li>⟦l 文明养犬倡议书（社区版）⟧</li><li>⟦l 垃圾分类进家庭倡议书⟧</li></ul></aside>
<footer>⟦m 享文网 xiangwen365.com　粤ICP备21099341号-2⟧</footer>
<script src="//cdn.xiangwen365.com/js/reader.js"></script>
</body>
</html>
""",
        body="""
全县广大居民朋友们：
擦窗是家家户户都要做的家务，但近年来，因擦窗不慎造成的坠落、坠物事故时有发生。为保障大家的生命财产安全，我们发出如下倡议：
一、安全第一。擦外窗时不站窗台、不探身窗外，尽量使用长柄玻璃刮或磁吸双面擦，老人和孩子不要单独擦窗。
二、文明擦窗。擦窗前检查窗扇、纱窗是否牢固，不把污水从窗口直接倒下，不在窗台摆放花盆等容易坠落的物品。
三、量力而行。高层外窗无法安全擦拭的，请联系物业或有资质的保洁服务机构。
四、互相提醒。请把这份倡议分享给家人和邻居，共同守护“头顶上的安全”。
赉山县精神文明建设委员会办公室
2025年5月6日
""",
    ),
    dict(
        slug="docshare-gongxiang-contract-fridge-seal-docx",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.docgx.com/d/7740982.html",
        title="冰箱密封条采购合同（范本）",
        record_title="冰箱密封条采购合同（范本）.docx",
        date=None,
        notes="file-name title; a contract template with ×××× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; "
        "第N条 articles; an upload stamp is no date; points prompt and a drafting-service WeChat",
        page="""
!m 共享文档站 docgx.com ｜ 上传文档，分享知识
!m 首页 > 合同范本 > 买卖合同
!t 冰箱密封条采购合同（范本）.docx
!m 大小：26KB　格式：DOCX　上传时间：2025-06-03　下载：77次
!d 本文由用户「禾川文具」上传分享，条款仅供参考，使用前请结合实际修改。
{BODY}
!a 下载本合同需 8 积分，积分不够？去做任务领积分
!w 合同起草、审核一条龙，客服微信：docgx_kefu
!l 相关文档：五金配件采购合同范本　｜　家电配件供货框架协议
""",
        body="""
甲方（采购方）：××××有限公司
乙方（供货方）：××××密封件有限公司
第一条 甲乙双方经友好协商，就甲方向乙方采购冰箱门密封条事宜达成如下协议。
第二条 产品规格、数量及价款：规格型号＿＿＿＿，数量＿＿＿＿条，单价＿＿＿＿元，合同总价＿＿＿＿元（大写：＿＿＿＿）。
第三条 质量要求：产品应符合国家有关标准，硬度、拉伸强度、耐低温性能须经检验合格，乙方随货提供检验报告。
第四条 交货时间和地点：乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点。
第五条 验收：甲方收货后7日内验收，发现质量问题的，乙方应在接到通知后15日内无条件调换。
第六条 付款方式：验收合格后30日内，甲方凭乙方开具的发票支付全部货款。
第七条 本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-goushui-notice-classroom-stoppers",
        site="彀水县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.goushui.gov.cn/tzgg/202510/t20251030_22915.html",
        title="彀水县教育体育局关于做好中小学校冬季教室门底挡安装工作的通知",
        record_title="［校园安全］彀水县教育体育局关于做好中小学校冬季教室门底挡安装工作的通知 - 彀水县教育体育局",
        date="2025-10-28",
        date_also=["2025-10-30"],
        notes="education portal: 关怀模式/读屏 links, the title repeated glued to the addressee line, a 文号 line "
        "(neutral), the document's contact and mailbox beside the site's technical-support line, 附件 beside an "
        "attachment download link; the portal's posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>［校园安全］彀水县教育体育局关于做好中小学校冬季教室门底挡安装工作的通知 - 彀水县教育体育局</title>
<script src="/static/js/common.js"></script>
</head>
<body>
<div class="head"><div class="logo">⟦m 彀水县教育体育局⟧</div><div class="tools">⟦a <a>关怀模式</a> ｜ <a>读屏版</a> ｜ <a>English</a>⟧</div></div>
<ul class="menu"><li>⟦m 机构概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 教育资讯⟧</li><li>⟦m 校园安全⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="loc">⟦m 当前栏目：通知公告⟧</div>
<div class="art">
<h2>⟦t ［校园安全］彀水县教育体育局关于做好中小学校冬季教室门底挡安装工作的通知⟧</h2>
<div class="info">⟦m 发布日期：2025-10-30　来源：安全股　浏览：1024⟧</div>
<p class="wh">彀教体〔2025〕62号</p>
<div class="con">
{BODY}
</div>
<div class="att">⟦a 附件：教室门底挡安装情况统计表.docx（点击下载，28KB）⟧</div>
<div class="prt">⟦a 〔打印本文〕〔关闭窗口〕〔返回顶部〕⟧</div>
</div>
<div class="foot">
<p>⟦m 主办：彀水县教育体育局　地址：彀水县文庙街16号⟧</p>
<p>⟦m 网站技术支持：彀水县教育信息中心　电话：0937-5528000⟧</p>
<p>⟦m 陇ICP备09002318号-3⟧</p>
</div>
</body>
</html>
""",
        body="""
⟦t 彀水县教育体育局关于做好中小学校冬季教室门底挡安装工作的通知⟧各中小学校、幼儿园：
入冬以来，部分学校反映教室门下缝隙较大，冷风直入，影响师生上课。为改善教室保暖条件，现就做好教室门底挡安装工作通知如下。
一、各校要对教室、功能室、宿舍的门缝情况进行一次全面排查，门下缝隙超过5毫米的，应当安装门底挡。
二、门底挡应选用阻燃材料，安装牢固，不得影响门的正常开关，疏散通道上的门严禁加装门槛式挡条。
三、所需经费从学校公用经费中列支，确有困难的学校，可向县教育体育局计划财务股申请。
四、请各校于11月15日前完成安装，并填写附件表格报县教育体育局安全股。
联系人：殷卫东，电话：0937-5528104，邮箱：gsjtjaqg@126.com。
附件：教室门底挡安装情况统计表
彀水县教育体育局
2025年10月28日
""",
    ),
    dict(
        slug="edu-wucheng-plan-screen-brush-labour-decimal",
        site="鋈城县教育网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.wuchengedu.cn/xyfc/sxxx/2025/0321/4417.html",
        title="鋈城县实验小学“小手擦亮窗”劳动教育实践活动方案",
        record_title="【擦窗劳动课】鋈城县实验小学“小手擦亮窗”劳动教育实践活动方案_鋈城县教育网",
        date="2025-03-20",
        notes="decimal headings 1/1.1/2.1 …; a school's plan on the county education site; share and print row",
        page="""
!m 鋈城县教育网 · 校园动态
!m 首页 ＞ 学校风采 ＞ 鋈城县实验小学
!t 【擦窗劳动课】鋈城县实验小学“小手擦亮窗”劳动教育实践活动方案
!m 供稿：实验小学德育处　审核：县教育局宣传股　阅读：417
{BODY}
!a 〖转发至微信〗〖打印此方案〗
!l 上一条：鋈城县第二中学开展春季消防疏散演练
!m 鋈城县教育网 版权所有　技术支持：鋈城县电化教育馆
""",
        body="""
1 活动目的
1.1 引导学生掌握擦窗、刷纱窗等基本家务技能，养成热爱劳动的习惯。
1.2 结合春季爱国卫生运动，美化校园和家庭环境。
2 活动安排
2.1 时间：2025年3月24日至4月4日。
2.2 内容：一二年级学习用抹布擦拭教室内窗台；三四年级学习使用纱窗刷清洁教室纱窗；五六年级在家长陪同下，在家中完成一次纱窗清洁，并拍照记录。
2.3 工具：纱窗刷由学校统一配发，每班10把，用后交回总务处。
3 安全要求
3.1 学生不得攀爬窗台，不得擦拭室外一侧窗户。
3.2 使用清洁剂须在老师指导下进行。
4 评价方式
各班评选“劳动小能手”5名，学校在4月的升旗仪式上予以表扬。
鋈城县实验小学
2025年3月20日
""",
    ),
    dict(
        slug="intranet-ruifeng-minutes-door-seal-quality",
        site="瑞封协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.ruifeng-seal.com/doc/view.do?docId=20250516007",
        title="关于冰箱门封条压缩永久变形超标问题的质量分析会纪要",
        record_title="〔质量分析会〕关于冰箱门封条压缩永久变形超标问题的质量分析会纪要 ‖ 瑞封OA",
        date="2025-05-16",
        notes="OA document view: the minutes' 时间/地点/主持/参会/记录 lines; 流转记录, read count, a mark-as-read "
        "button and a watermark line; the meeting date is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔质量分析会〕关于冰箱门封条压缩永久变形超标问题的质量分析会纪要 ‖ 瑞封OA</title>
<script src="/oa/js/watermark.js"></script>
</head>
<body>
<div class="oa-top">⟦m 暌城瑞封密封件有限公司 · 协同办公⟧　⟦m 欢迎您，葛树林⟧　<a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项 ｜ 公文管理 ｜ 会议纪要 ｜ 知识库 ｜ 通讯录⟧</div>
<div class="doc-view">
<div class="doc-title"><h2>{T}</h2></div>
<div class="doc-meta">⟦m 文档编号：ZL-JY-2025-031　密级：内部　阅读次数：58⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="btns"><button>⟦a 设为已读⟧</button> <button>⟦a 转给其他同事⟧</button> <button>⟦a 存成PDF文件⟧</button></div>
<table class="flow"><tr><th>⟦l 流转记录⟧</th></tr>
<tr><td>⟦l 温小茹 拟稿 05-16 17:42⟧</td></tr>
<tr><td>⟦l 严启明 审核通过 05-17 09:10⟧</td></tr>
<tr><td>⟦l 分发至：质量部、技术部、生产一车间、采购部、销售部⟧</td></tr></table>
</div>
<div class="wm">⟦d 内部资料 注意保密 葛树林 0516⟧</div>
<div class="oa-foot">⟦m 信息中心维护　IT服务台分机：8000⟧</div>
</body>
</html>
""",
        body="""
时间：2025年5月16日下午2:30
地点：公司三楼第二会议室
主持：副总经理 严启明
参会：质量部、技术部、生产一车间、采购部负责人及相关班组长
记录：质量部 温小茹
会议听取了质量部关于5月上旬两批磁性门封条压缩永久变形超标情况的汇报，经讨论，形成如下意见：
一、问题原因初步判定为挤出工序冷却水温偏高，部分胶料塑化不足。由技术部牵头，于5月23日前完成工艺验证。
二、生产一车间自即日起每班增加一次冷却水温记录，超出规定范围的立即停机调整。
三、采购部对本月进厂的两批PVC粒料重新送检，检验合格后方可投用。
四、已发出的两批产品，由销售部联系客户逐一核实，需要调换的及时调换。
""",
    ),
    dict(
        slug="intranet-jieliang-rules-squeegee-assembly",
        site="洁亮内网 (invented intranet)",
        style="企业内网",
        genre="规程",
        kind="rules",
        form="text",
        source="http://10.20.1.8/zhidu/anquan/2025-007.html",
        title="鞲阳洁亮清洁用品有限公司玻璃刮装配车间安全操作规程",
        date="2025-03-01",
        notes="record title as is; 第N条 articles; 成文日期 in Chinese numerals under the signature; the "
        "intranet's 流转记录 and a no-screenshot notice",
        page="""
!m 洁亮内网 ｜ 制度文件库
!m 当前位置：内网首页 / 规章制度 / 安全生产
{T}
!m 发布部门：生产部　密级：内部　阅读次数：203
!a 收藏 ｜ 打印 ｜ 另存为PDF
{BODY}
!l 流转记录：生产部拟稿 → 安全环保部会签 → 总经理签发
!d 本页仅限公司内网访问，请勿截图外传
!m 信息部维护　内线：6100
""",
        body="""
第一条 为保障玻璃刮装配车间作业安全，防止机械伤害和割伤事故，制定本规程。
第二条 本规程适用于装配车间刮条裁切、手柄装配、伸缩杆组装和包装各工序。
第三条 作业人员上岗前须经安全培训，考试合格后方可独立操作。
第四条 刮条裁切机开机前应检查防护罩是否完好，裁切时手指与刀口保持十厘米以上距离，严禁徒手清理刀口上的碎屑。
第五条 铝合金伸缩杆组装时须佩戴防割手套，杆件毛刺应先打磨再装配。
第六条 成品包装区通道宽度不少于一点二米，纸箱堆放高度不超过一点五米。
第七条 发生割伤等事故时，应立即停机，报告班组长，并到车间急救箱取用药品处置。
第八条 本规程由生产部负责解释，自发布之日起施行。
鞲阳洁亮清洁用品有限公司
二〇二五年三月一日
""",
    ),
    dict(
        slug="qa-zhiliao-laundry-ball-answer-question-title",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiliaowenda.com/question/5521873",
        title="洗衣球真的能洗干净衣服吗？值不值得买？",
        record_title=None,
        date=None,
        notes="Q&A: no record title, the question is the title; the adopted answer is the body; 回答于 3天前 (no "
        "date); vote row, more answers, related questions",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>洗衣球真的能洗干净衣服吗？值不值得买？_知了问答</title>
</head>
<body>
<div class="zl-header">⟦m 知了问答⟧　⟦m 问一问，就知了⟧　<a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="zl-crumb">⟦m 知了问答 › 生活 › 家居日用⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="qmeta">⟦m 匿名用户提问　3天前　1.2万人看过⟧</p>
<p class="qbtn">⟦l 关注问题　写回答　邀请回答⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m 提问者采纳⟧</div>
<div class="user">⟦m 修机十二年的老孟　家电维修技师　回答于 3天前⟧</div>
<div class="content">
{BODY}
</div>
<div class="vote">⟦l 赞同 238　｜　踩　｜　评论 17　｜　收藏⟧</div>
</div>
<div class="other"><h4>⟦l 其他 5 条回答⟧</h4>
<p>⟦l 一只兔：我买的那种是硅胶的，洗羽绒服的时候放两个，确实蓬松些⟧</p></div>
<div class="related"><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 洗衣机里放网球能防止衣服缠绕吗？⟧</li><li>⟦l 洗衣凝珠和洗衣液哪个更划算？⟧</li></ul></div>
<div class="zl-foot">⟦m © 2025 知了问答　沪ICP备19042117号⟧</div>
<script>var zl_qid=5521873;</script>
</body>
</html>
""",
        body="""
我在洗衣机维修这行干了十几年，说点实际的。
市面上的洗衣球大体有两种：一种是带软刺的塑料或硅胶球，作用是让衣服在滚筒里不缠在一起；另一种号称里面装了陶瓷颗粒、能“释放负离子去污”的所谓魔力球。
第一种有用，尤其是洗床单、被罩这些大件，能明显减少缠绕，衣服也甩得更干。第二种你就别指望了，去污靠的是洗涤剂里的表面活性剂，一个球放进去，顶多增加点摩擦。
所以我的建议是：想防缠绕，买几个十块钱以内的就行；想省洗衣液，不如按说明书减量使用，别多放。
另外提醒一句，洗衣球放进洗衣机前看看有没有破损，碎片卡进排水泵里，修起来可比一个球贵多了。
""",
    ),
    dict(
        slug="qa-haowenfang-door-stopper-which",
        site="好问坊 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.haowenfang.net/q/884120937.html",
        title="门底挡哪种好用？硅胶的还是毛刷的？",
        record_title="门底挡哪种好用？硅胶的还是毛刷的？跪求过来人 - 好问坊",
        date=None,
        notes="Q&A as text: the question with the asker's 'waiting online' aside and the site as the record title; "
        "the best answer is the body; relative times only",
        page="""
!m 好问坊 — 问得好，答得妙
!m 好问坊 > 生活 > 家居装修
!t 门底挡哪种好用？硅胶的还是毛刷的？跪求过来人
!m 提问者：暖暖的小窝　｜　2 天前　｜　浏览 1540
!a 我来答　｜　关注该问题　｜　分享
!m 最佳回答
!m 装修老周　家装设计师　回答于 2 天前
{BODY}
!l 有用 86　｜　没用 3　｜　评论
!l 其他回答（4）
!l 月半弯：我家用的毛刷款，冬天还是有点漏风
!m 好问坊 © 2025　京ICP证150933号
""",
        body="""
看你家门缝多大、地面平不平。
如果门下缝隙在1厘米以内、地面是瓷砖或木地板，选硅胶条的就行，贴在门板底部，密封好，还能挡灰挡虫。缺点是时间长了会被磨薄，一两年要换一次。
如果门缝大，或者门口地面有高低差、铺了地垫，选毛刷的更合适。毛刷能跟着地面起伏，开关门也不费劲，就是挡风效果比硅胶差一点。
还有一种是自动升降的，门关上时挡条落下，门打开时抬起，适合经常开关的入户门，价格贵一些，要在门上开槽安装。
买的时候量好门宽，选可以裁剪的款式，安装前把门底擦干净，不然双面胶粘不牢。
""",
    ),
    dict(
        slug="collection-taihen-memoir-screen-brush-gb2312",
        site="知止斋 · 宋守拙文集 (invented personal site, gb2312)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.zhizhizhai.net/taihenji/05.htm",
        title="母亲的纱窗刷",
        record_title="《苔痕集》第五篇·母亲的纱窗刷",
        date=None,
        notes="old personal site in a gb2312 table layout: chapter links, guestbook, visitor counter, the "
        "author's mailbox; a memoir with no date (80年代 only)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《苔痕集》第五篇·母亲的纱窗刷</title>
<style>body{font-size:14px;background:#f6f1e4}</style>
</head>
<body>
<table width="760" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 知止斋⟧</font><br>⟦m 宋守拙的文字小屋⟧</td></tr>
<tr><td align="center">⟦m <a href="/">斋中首页</a> · <a href="/taihenji/">苔痕集</a> · <a href="/suibi/">随笔</a> · <a href="/gbook.asp">留言簿</a>⟧</td></tr>
<tr><td align="center">⟦m 苔痕集　第五篇⟧</td></tr>
<tr><td align="center"><h3>{T}</h3></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ← 第四篇　巷口的磨刀人⟧　⟦l 目录⟧　⟦l 第六篇　父亲的搪瓷缸 →⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：songshouzhuo@sina.com⟧</td></tr>
<tr><td align="center">⟦m 本斋自开张以来，共有 031477 位朋友来过⟧</td></tr>
<tr><td align="center">⟦d 斋中文字皆为宋守拙所作，转载请先来信⟧</td></tr>
</table>
<script language="javascript" src="/count/counter.asp?page=taihen05"></script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
母亲有一把纱窗刷，是父亲用旧牙刷改的。
那是八十年代，家里的纱窗是铁丝纱，一年下来，落满了煤灰和油烟。母亲嫌拆下来洗麻烦，父亲就找来三把旧牙刷，把刷头并排绑在一根竹片上，又在竹片另一头缠了几圈布条当把手。
每年端午前后，母亲就拿着这把刷子，端一盆碱水，站在小板凳上，一格一格地刷纱窗。刷下来的黑水顺着窗台流，她就用抹布一遍遍地接。
后来家里换了铝合金窗，纱窗也换成了尼龙纱，超市里卖的纱窗刷又轻又好用，可母亲还是留着那把竹片刷子，挂在阳台的钉子上。
前年收拾老房子，我又看见了它，刷毛早已掉了大半。我把它带回了家，和父亲的老花镜放在一起。
""",
    ),
    dict(
        slug="collection-lubian-essay-fridge-seal-oneline",
        site="炉边拾遗 · 汪穆之个人文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://lubianshiyi.net/juan2/14.html",
        title="老冰箱的那圈密封条",
        record_title="老冰箱的那圈密封条 ·《炉边拾遗》卷二",
        date=None,
        notes="an essay whose body is on one line (paragraphs only by their indent); years but no date; a "
        "collection suffix in the record title",
        page="""
!m 炉边拾遗 · 汪穆之个人文集
!m 目录 ｜ 卷一 ｜ 卷二 ｜ 卷三 ｜ 留言
!t 老冰箱的那圈密封条 ·《炉边拾遗》卷二
!m 收录于：卷二·家常　第14篇
{BODY}
!l ← 上一篇：父亲的自行车　｜　下一篇：外婆的针线筐 →
!m 本文集文字由作者授权发布　联系作者：wangmuzhi_writes@163.com
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
我家的第一台冰箱是1993年买的，双门，白色，花了两千多块，几乎是父亲大半年的工资。
冰箱搬进家那天，邻居们都来看。父亲最得意的是冰箱门上那圈灰白色的密封条，他拿一张纸夹在门缝里，让我们使劲往外抽，纸纹丝不动，他就哈哈大笑。
那圈密封条后来成了父亲的心病。每年夏天，他都要用软布蘸着温水擦一遍，说里面藏了脏东西，门就关不严。有一年密封条开了一个小口，他跑了三趟县城，才买到一根一样的。
那台冰箱一直用到2012年才换掉。搬走那天，父亲又拿纸试了一次，纸一抽就出来了。他叹了口气，说：“老了。”
我不知道他说的是冰箱，还是他自己。
""",
    ),
]
