"""Holdout361, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text (places, people, sites, URLs, phones, chrome); see ../README.md and ../build.py
for the markup. Written by hand for this part only.
"""

CASES = [
    dict(
        slug="localforum-tiaochuan-post-grout-cracks-jammer",
        site="迢川生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.tiaochuanlife.com/thread-90215-1-1.html",
        title="新房美缝刚半年就开裂，装修公司推说是材料问题",
        record_title="[民声直通] 新房美缝刚半年就开裂，装修公司推说是材料问题（现场九图）- 百姓呼声 - 迢川生活网",
        date=None,
        notes="county forum with jammer fonts: weather line, medals, a decoration ad with a QQ, a forward-to-"
        "bureau link and an official-reply link; relative times are no dates",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[民声直通] 新房美缝刚半年就开裂，装修公司推说是材料问题（现场九图）- 百姓呼声 - 迢川生活网</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="tc-top">⟦m 迢川生活网 · 迢川人自己的网上家园⟧　⟦m 今日迢川：多云 19~27℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 快速注册⟧</a></div>
<div class="tc-nav">⟦m 首页 ｜ 百姓呼声 ｜ 房产家居 ｜ 二手市场 ｜ 招聘求职 ｜ 便民信息⟧</div>
<div class="tc-bread">⟦m 迢川生活网 › 百姓呼声 › 查看帖子⟧</div>
<div class="tc-ad">⟦w 迢川好家装 免费量房设计，一站式装修，QQ 3377120486⟧</div>
<table class="tc-post"><tr>
<td class="tc-user"><div>⟦m 柱湾老郑⟧</div><div>⟦m 勋章：热心网友 / 爆料达人⟧</div><div>⟦m 帖子 88　威望 12⟧</div></td>
<td class="tc-msg">
<h1>{T}</h1>
<div class="tc-time">⟦m 发表于 4 天前｜只看楼主｜查看：4471｜回复：63⟧</div>
<div class="tc-content">
{BODY}
</div>
<div class="tc-op"><a>⟦a 转交县市场监管局⟧</a> <a>⟦a 查看官方回复（1）⟧</a> <a>⟦a 收藏本帖⟧</a> <a>⟦a 举报⟧</a></div>
</td></tr></table>
<div class="tc-reply">⟦l 2楼　啸口人家：去县消委会投诉，留好合同。⟧</div>
<div class="tc-reply">⟦l 3楼　装修那点事：半年开裂多半是没清缝，不一定是材料的事。⟧</div>
<div class="tc-foot">⟦m 迢川生活网　客服热线：0798-5268888　冶ICP备14011129号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
去年十月，我家新房装修，找的是城东一家装修公司，合同里美缝单独报价，按全屋瓷砖算一共3600元，说好用的是环氧彩砂美缝剂。
今年四月开始，卫生间和厨房的缝先后出现裂纹，有几处一抠就掉，底下的旧缝还是湿的。我拍了照片找装修公司，对方先说是我们家用水太多，后来又说是材料厂家的问题，让我自己去找厂家。
我问他们要材料的购买凭证和产品合格证，对方一直推说找不到。合同上写的质保期是两年，现在才过半年。
想问问大家，这种情况该找谁？消委会能不能管？有没有遇到过类似情况的朋友说说经验。
""",
    ),
    dict(
        slug="localforum-yixi-post-rental-shelf-fell-junk",
        site="逸溪万事帮论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.yixiwsb.com/forum.php?mod=viewthread&tid=33871",
        title="租的房子浴室置物架掉了砸坏洗手盆，该谁赔？",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; text forum junk (lines and glued); replies after "
        "the post; relative times are no dates",
        page="""
!m 逸溪万事帮论坛　｜　逸溪人的事，大家帮
!m 论坛首页 » 租房买房 » 浏览帖子
!m 主题：
{T}
!m 楼主　阿眺妈妈　｜　昨天 20:47　｜　来自手机
{BODY}
!a 点赞　收藏　回复　转发到微信
!l 2# 万事帮版主：建议先和房东好好沟通，照片、视频都留着。
!l 3# 逸溪老陈：吸盘的本来就不牢，房东装的房东负责。
!l 4# 阿紫：同问，我家也是房东留下的架子。
!a 发帖回帖请先实名认证
!m 逸溪万事帮论坛　Discuz! 技术支持　版务QQ群 51128830
""",
        junk=dict(lines=2, glued=2),
        body="""
我在县城租了一套两居室，浴室墙上有一只房东留下的玻璃置物架，是用吸盘吸在瓷砖上的。前天晚上它突然掉下来，玻璃隔板砸在洗手盆边上，洗手盆裂了一道缝。
房东说置物架是我自己没用好，洗手盆要我照价赔，报价八百块。我觉得冤：架子不是我装的，我也没在上面放重东西，就几瓶洗发水。
租房合同里只写了“乙方损坏房屋设施应照价赔偿”，没说置物架这种东西归谁管。
请问这种情况到底该谁赔？我需要准备什么证据？有懂的朋友帮忙出出主意，谢谢了。
""",
    ),
    dict(
        slug="download-daocaoren-rules-bakery-sandwich-maker-doc",
        site="稻草人文档下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规定/制度",
        kind="other",
        form="html",
        source="http://www.daocaorenxz.com/soft/31207.html",
        title="烘焙坊三明治机安全操作规程",
        record_title="烘焙坊三明治机安全操作规程.doc",
        date=None,
        notes="gb2312 download station: file-info table, three mirror links, an unzip password, a dead-link "
        "report and a floating ghost-writer ad; 第N条 articles, one of them about printing the rules; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>烘焙坊三明治机安全操作规程.doc - 稻草人文档下载站</title>
<script src="/js/dcr_ads.js"></script>
</head>
<body bgcolor="#FFFFFF">
<table width="970" align="center" border="0"><tr>
<td><font size="5" color="#CC6600">⟦m 稻草人文档下载站⟧</font> ⟦m www.daocaorenxz.com⟧</td>
<td align="right">⟦m 公文 | 制度 | 表格 | 合同 | 课件⟧</td></tr></table>
<table width="970" align="center"><tr><td>⟦m 当前位置：首页 → 规章制度 → 安全生产制度 → 烘焙坊三明治机安全操作规程.doc⟧</td></tr></table>
<table width="970" align="center" border="1" cellspacing="0" bordercolor="#DDDDDD">
<tr><td width="120">⟦m 资料体积：⟧</td><td>⟦m 28 KB⟧</td><td width="120">⟦m 文件格式：⟧</td><td>⟦m Word⟧</td></tr>
<tr><td>⟦m 运行环境：⟧</td><td>⟦m WPS/Office⟧</td><td>⟦m 添加时间：⟧</td><td>⟦m 一年前⟧</td></tr>
<tr><td>⟦m 被下载过：⟧</td><td>⟦m 2641⟧</td><td>⟦m 软件评级：⟧</td><td>⟦m 好评：四星半⟧</td></tr>
</table>
<table width="970" align="center"><tr><td><b>{T}</b></td></tr>
<tr><td>⟦m 内容预览：⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table width="970" align="center" bgcolor="#FFF8E8"><tr><td>
⟦a ◆ 电信下载一⟧　⟦a ◆ 联通下载二⟧　⟦a ◆ 本地高速下载⟧<br>
⟦a 解压密码：www.daocaorenxz.com⟧<br>
⟦a 下载不了？点此报告死链，管理员24小时内修复⟧
</td></tr></table>
<table width="970" align="center"><tr><td>⟦l 同类下载：面包房烤箱操作规程.doc ｜ 后厨电器安全管理制度.docx ｜ 食品加工间卫生制度.wps⟧</td></tr></table>
<div style="position:absolute;left:2px;top:260px;width:110px;border:1px dashed #C60">⟦w 各类制度代写 加微 dcr-xiezuo⟧</div>
<table width="970" align="center"><tr><td align="center">⟦d 本站资源均来自网络收集，仅供学习交流，下载后请于24小时内删除。⟧<br>⟦m Copyright 2008-2024 稻草人文档下载站　湘ICP备08009917号⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为规范烘焙坊三明治机的使用，防止烫伤、触电和火灾事故，制定本规程。
第二条　三明治机应放置在平稳、干燥、远离水池的台面上，周围30厘米内不得堆放纸盒、抹布等可燃物。
第三条　使用前检查电源线和插头有无破损，确认烤盘清洁、无残留油渣后方可通电预热。
第四条　操作时须佩戴隔热手套，开合上盖应握住手柄，严禁用手触碰烤盘和上盖外表面。
第五条　设备运行中操作人员不得离开，发现冒烟、异味或指示灯异常，应立即断电并报告店长。
第六条　每日营业结束后，待设备完全冷却，用软布擦拭烤盘，不得用水直接冲洗机身。
第七条　本规程打印后张贴在操作台旁，新员工上岗前须经店长现场培训并签字确认。
""",
    ),
    dict(
        slug="download-sucaixia-rules-gym-massage-ball-lending",
        site="素材匣下载 (invented download station)",
        style="资料下载站",
        genre="规定/制度",
        kind="other",
        form="text",
        source="https://www.sucaixia.com/doc/zhidu/18840.html",
        title="健身房按摩球等小器械借用管理规定",
        record_title="健身房按摩球等小器械借用管理规定（A4版式·打出来就能挂）免费下载 - 素材匣",
        date=None,
        notes="download station text page: decorated record title; 第N条 articles with only an effective "
        "clause; an 更新 stamp is no date; mirror links and a password line after the body",
        page="""
!m 素材匣下载 — 办公素材一匣装
!m 位置：素材匣 / 规章制度 / 体育场馆
!m 资料名称：健身房按摩球等小器械借用管理规定
!m 资料大小：19KB　|　格式：docx　|　更新：3个月前　|　下载：988次
!a 下载地址一（推荐）　　下载地址二　　网盘下载
!a 提取码：sc8x
{BODY}
!l 你可能还需要：健身房会员管理制度 ｜ 体育器材室管理办法 ｜ 器材借用登记表模板
!d 素材匣所有资源均为网友分享，如有侵权请发邮件至 jubao@sucaixia.com
""",
        indent="",
        body="""
第一条　为方便职工使用健身房按摩球、筋膜棒、弹力带等小器械，减少丢失和损坏，制定本规定。
第二条　借用小器械须凭工作证到前台登记，每人每次限借两件，借用时间不超过当日闭馆时间。
第三条　按摩球等器械仅限在健身房内使用，不得带出馆外；确需带回办公室使用的，须经健身房管理员同意并登记。
第四条　借用人应爱护器械，不得用按摩球砸墙、抛掷，不得用尖锐物品刺戳。因使用不当造成损坏的，照价赔偿。
第五条　器械归还时由前台当面检查，按摩球、弹力带等贴身使用的器械，归还后由管理员用消毒湿巾擦拭。
第六条　本规定由工会负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="examsite-yecheng-notice-western-pastry-skill-test",
        site="冶城人才考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.ycrcks.cn/jnjd/2024/0603/5531.html",
        title="2024年冶城市西式面点师职业技能等级认定考试公告",
        record_title="【技能认定·第二批】2024年冶城市西式面点师职业技能等级认定考试公告_冶城人才考试网",
        date="2024-06-03",
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, a technical line beside the "
        "centre's own 咨询电话; an exam timetable one row a paragraph; sentences about downloading and "
        "printing the admission ticket",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【技能认定·第二批】2024年冶城市西式面点师职业技能等级认定考试公告_冶城人才考试网</title>
<link rel="stylesheet" href="/css/ks.css">
</head>
<body>
<div class="ks-notice">⟦d 系统维护通知：6月8日22:00至6月9日06:00报名系统暂停服务，请合理安排时间。⟧</div>
<div class="ks-head">⟦m 冶城人才考试网⟧ ⟦m 冶城市职业技能鉴定指导中心主办⟧</div>
<div class="ks-nav">⟦m 首页 · 考试公告 · 技能认定 · 成绩查询 · 证书查询 · 政策法规⟧</div>
<div class="ks-pos">⟦m 所在位置：首页 > 技能认定 > 考试公告⟧</div>
<h1>{T}</h1>
<div class="ks-info">⟦m 发布单位：冶城市职业技能鉴定指导中心　发布时间：2024-06-03　阅读：3902⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="ks-float">⟦a 准考证打印入口⟧<br>⟦a 成绩查询入口⟧</div>
<div class="ks-foot">⟦m 网站技术支持：0798-6659001（仅限系统故障）⟧<br>⟦m 冶城市职业技能鉴定指导中心　冶ICP备13005221号⟧</div>
</body>
</html>
""",
        body="""
根据年度职业技能等级认定工作安排，现将2024年第二批西式面点师（四级、五级）职业技能等级认定考试有关事项公告如下。
一、报名时间：2024年6月10日至6月20日，考生登录本网站报名系统填报信息并上传照片。
二、考试安排
科目　等级　时间　地点
理论知识　四级、五级　7月6日9:00—10:30　冶城技师学院A楼
技能操作　五级　7月7日8:30开始　冶城技师学院烘焙实训室
技能操作　四级　7月8日8:30开始　冶城技师学院烘焙实训室
三、技能操作考核说明：考核内容包括面团调制、吐司烘烤、三明治制作与装盘等。考场统一提供烤箱、三明治机和操作台，考生自带工作服、帽子和口罩。
四、考生须于7月1日至7月5日登录本网站下载并打印准考证，凭准考证和有效身份证件参加考试。
五、咨询电话：冶城市职业技能鉴定指导中心 0798-6659326（工作日9:00—17:00）。
冶城市职业技能鉴定指导中心
2024年6月3日
""",
    ),
    dict(
        slug="examsite-tiaochuan-notice-grout-worker-assessment",
        site="迢川人社 (invented human-resources site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.tiaochuan.gov.cn/ksxx/2024/0411/1277.html",
        title="关于开展美缝工专项职业能力考核的通知",
        record_title="〔能力考核专栏〕关于开展美缝工专项职业能力考核的通知 - 迢川人社",
        date="2024-04-11",
        notes="text page: 附件 list beside an attachment download line; the notice's own 咨询电话 beside the "
        "site's service line; 成文日期 under the signature",
        page="""
!m 迢川人社　|　迢川县人力资源和社会保障局
!m 首页 > 考试信息 > 考务动态
{T}
!m 发布者：职业能力建设股　　发布时间：2024-04-11　　浏览：508
{BODY}
!a 📎 附件：美缝工专项职业能力考核报名表.docx（点击下载）
!a 【纸质打印】【关闭此页】
!m 人社服务热线：12333　　地址：迢川县城中路37号
!m 迢川县人力资源和社会保障局　冶ICP备16002284号
""",
        indent="\u3000\u3000",
        body="""
各乡镇人力资源和社会保障所，各职业培训机构：
为提升家装从业人员技能水平，促进农村劳动力就业，经研究，决定于2024年5月开展美缝工专项职业能力考核。现将有关事项通知如下。
一、考核对象：从事或准备从事瓷砖美缝施工的城乡劳动者，年龄18周岁以上。
二、考核内容：包括旧缝清理、美缝剂调配、打胶、压缝收光和质量自检五个项目，采用现场实际操作的方式，考核时长90分钟。
三、报名方式：4月15日至4月30日，到各乡镇人社所或县人社局职业能力建设股报名，报名时提交报名表和身份证复印件。
四、考核合格者，由县人社局颁发专项职业能力证书，并按规定享受职业培训补贴。
咨询电话：0798-5233107。
附件：美缝工专项职业能力考核报名表
迢川县人力资源和社会保障局
2024年4月11日
""",
    ),
    dict(
        slug="tender-yuanling-award-canteen-splatter-screens",
        site="猿岭县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.yuanling.gov.cn/jyxx/zfcg/zbgg/2024/0920/3320.html",
        title="猿岭县中小学食堂后厨设备（防溅罩）采购项目中标结果公告",
        record_title="【中标结果·教育装备】猿岭县中小学食堂后厨设备（防溅罩）采购项目中标结果公告_猿岭县公共资源交易网",
        date="2024-09-19",
        date_also=["2024-09-20"],
        notes="tender portal: publicity countdown, CA and trading-system lines beside the purchaser's and the "
        "agency's own contacts; a lots table; the announcement's date under the agency (the posting date differs)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【中标结果·教育装备】猿岭县中小学食堂后厨设备（防溅罩）采购项目中标结果公告_猿岭县公共资源交易网</title>
<link rel="stylesheet" href="/res/ggzy.css">
</head>
<body>
<div class="gz-top">⟦m 猿岭县公共资源交易网⟧ ⟦m 公开 公平 公正 诚信⟧ <a>⟦a 交易主体登录⟧</a></div>
<div class="gz-nav">⟦m 首页 ｜ 交易信息 ｜ 政府采购 ｜ 工程建设 ｜ 政策法规 ｜ 服务指南⟧</div>
<div class="gz-loc">⟦m 当前位置：交易信息 > 政府采购 > 中标公告⟧</div>
<h2>{T}</h2>
<div class="gz-info">⟦m 信息来源：猿岭县政府采购中心　发布时间：2024-09-20 10:30⟧</div>
<div class="gz-count">⟦m 公示期剩余：00天 18时 42分⟧</div>
<div class="gz-txt">
{BODY}
</div>
<div class="gz-help">⟦m CA证书办理及驱动问题：0798-5598100⟧<br>⟦m 交易系统技术支持：400-078-1166⟧</div>
<div class="gz-foot">⟦m 猿岭县公共资源交易中心　地址：猿岭县政务服务中心四楼⟧<br>⟦m 冶ICP备17009341号⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：YLCG-2024-0417
二、项目名称：猿岭县中小学食堂后厨设备（防溅罩）采购项目
三、中标信息
包号　采购内容　数量　中标供应商　中标金额（元）
1　不锈钢油锅防溅罩（直径36厘米）　420只　冶城市逸家厨具有限公司　29820
2　不锈钢油锅防溅罩（直径46厘米）　160只　冶城市逸家厨具有限公司　15360
3　隔热手套　600副　猿岭县鸿顺劳保用品商行　10800
四、评审专家名单：祝海川、郑若谷、曾思远（组长）
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：猿岭县教育局，联系人：倪老师，电话：0798-5587023。
采购代理机构：猿岭县政府采购中心，联系人：左工，电话：0798-5592216。
猿岭县政府采购中心
2024年9月19日
""",
    ),
    dict(
        slug="tender-yixi-inquiry-elderly-centre-bathroom-shelves",
        site="逸溪采购信息网 (invented tender portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://cg.yixi.gov.cn/xjgg/2024/1012/766.html",
        title="逸溪县养老服务中心浴室置物架询价公告",
        record_title="逸溪县养老服务中心浴室置物架询价公告-询价公告-逸溪采购信息网",
        date="2024-10-12",
        notes="tender portal text page: an items table; a sentence telling suppliers to download the inquiry "
        "file; the purchaser's own contact beside the platform's hotline",
        page="""
!m 逸溪采购信息网　|　阳光采购　廉洁高效
!m 首页 - 采购公告 - 询价公告
{T}
!m 发布时间：2024-10-12　　来源：逸溪县养老服务中心　　浏览次数：193
!m 报价截止倒计时：3天 06小时
{BODY}
!a 〔询价文件下载〕　〔我要报价〕　〔收藏项目〕
!m 平台服务热线：0798-7260066　（工作日 8:30—17:30）
!m 逸溪县财政局主办　冶ICP备19004477号-2
""",
        indent="\u3000\u3000",
        body="""
逸溪县养老服务中心拟对浴室置物架进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品名　规格要求　数量　最高限价（元）
浴室置物架（两层）　304不锈钢，打孔安装，单层承重不低于8千克　120个　85
转角置物架　304不锈钢，打孔安装，带防滑挡边　60个　70
二、供应商须具有独立承担民事责任的能力，所供产品须提供检验报告，并负责上门安装。
三、报价方式：请于10月16日17:00前登录本网站下载询价文件，按要求填写报价单，加盖公章后密封送达逸溪县养老服务中心办公室。
四、联系人：曾主任，联系电话：0798-7283345。
逸溪县养老服务中心
2024年10月12日
""",
    ),
    dict(
        slug="lawfirm-hengdi-case-grout-rework",
        site="衡砥律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.hengdilaw.cn/anli/jiazhuang/219.html",
        title="美缝施工空鼓开裂，业主能否要求返工？",
        record_title="判例评析 ⇘ 美缝施工空鼓开裂，业主能否要求返工？｜衡砥律所",
        date=None,
        notes="law firm page: a lawyer card, a consult float, a 400 line and a repost notice; a consult line "
        "glued after a 。; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>判例评析 ⇘ 美缝施工空鼓开裂，业主能否要求返工？｜衡砥律所</title>
<link rel="stylesheet" href="/assets/hd.css">
</head>
<body>
<div class="hd-top">⟦m 衡砥律师事务所 HENGDI LAW FIRM⟧　⟦m 全国咨询热线 400-816-0998⟧</div>
<div class="hd-nav">⟦m 首页　律所简介　专业领域　律师团队　案例说法　联系我们⟧</div>
<div class="hd-loc">⟦m 首页 / 案例说法 / 家装纠纷⟧</div>
<h1>{T}</h1>
<div class="hd-meta">⟦m 栏目：家装纠纷　浏览：1,036⟧</div>
<div class="hd-body">
{BODY}
</div>
<div class="hd-card">⟦m 承办律师：郑一帆　执业证号 13607202011xxxxxx⟧<br>⟦m 擅长：建设工程、家装合同、消费维权⟧</div>
<div class="hd-repost">⟦d 本文为衡砥律所原创，转载请注明出处；文中观点仅供参考，不构成法律意见。⟧</div>
<div class="hd-float">⟦w 律师在线 · 免费咨询⟧ ⟦a 立即沟通⟧</div>
<div class="hd-foot">⟦m 地址：冶城市玄湖区金融街9号衡砥大厦12层⟧ ⟦m 冶ICP备20013057号⟧</div>
</body>
</html>
""",
        body="""
【基本案情】业主祝女士与某装饰公司签订家装合同，约定卫生间、厨房瓷砖美缝由装饰公司施工，质保期两年。入住八个月后，多处美缝出现空鼓、开裂。祝女士要求返工，装饰公司以“业主使用不当”为由拒绝。
【法院观点】法院审理认为，装饰公司作为承揽人，应当按照约定和施工规范完成工作。经鉴定，开裂原因为施工时未清理缝隙内的浮灰和水分，属于施工质量问题，与业主的日常使用无关。装饰公司应在质保期内承担返工责任。
【律师说法】家装合同中约定了质保期的，质保期内出现的质量问题，施工方应当负责维修或返工。业主遇到类似情况，要注意三点：一是保存好合同、付款凭证和施工照片；二是发现问题及时书面通知施工方；三是协商不成的，可以申请质量鉴定，再通过诉讼解决。⟦w 遇到家装纠纷？点此留言，律师24小时内回电⟧
""",
    ),
    dict(
        slug="lawqa-lvdatong-answer-sandwich-maker-burn",
        site="律答通 (invented legal Q&A site)",
        style="律所网站",
        genre="法律咨询",
        kind="other",
        form="text",
        source="https://www.lvdatong.com/zx/482215.html",
        title="三明治机烫伤孩子，商家该不该赔？",
        date=None,
        notes="record title as is; a lawyer's answer on a legal Q&A page; a lawyer card and a consult line "
        "around it; 回复于 and relative times are no dates",
        page="""
!m 律答通 · 找律师，问律答通
!m 法律咨询 > 消费维权 > 产品质量
{T}
!m 咨询人：眺园居民　　提问时间：3 小时前　　所在地：冶城市
!m 回复律师：曾思远　衡砥律师事务所　｜　回复于 2 小时前
{BODY}
!w 问题复杂？拨打 400-902-1148，一对一电话咨询
!l 相似咨询：电热水壶漏电伤人怎么索赔　|　网购小家电有质量问题七天能退吗
!d 律答通律师回复仅针对咨询人描述的情况，不能作为正式法律意见。
""",
        indent="",
        gap=True,
        body="""
您好，根据您的描述，孩子是在正常使用三明治机时，被上盖外表面烫伤的，这种情况下商家和厂家可能都要承担责任。
第一，看产品有没有缺陷。如果三明治机外表面温度超过国家标准限值，或者说明书、机身上没有“高温勿触”等警示，就属于产品存在缺陷。因产品缺陷造成人身损害的，您可以向生产者要求赔偿，也可以向销售者要求赔偿。
第二，看使用是否得当。如果说明书已经明确提示儿童不得操作，而家长让孩子单独使用，家长自己也要承担一部分责任。
建议您先保存好产品、购买凭证和就医病历，拍照固定产品的警示标识情况，再与商家协商；协商不成，可以向市场监管部门投诉，或者申请产品质量鉴定后起诉。
""",
    ),
]
