"""holdout231, part E: trade associations, company sites, training schools, writing apps,
civil-service-exam forums. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="kuicheng-cable-association-minutes-vote",
        site="櫆城市线缆行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.kcxlxh.example.org.cn/hwdt/20240618/204.html",
        title="櫆城市线缆行业协会第三届理事会第五次会议纪要",
        record_title="会务 » 櫆城市线缆行业协会第三届理事会第五次会议纪要 - 协会官网",
        date="2024-06-14",
        date_also=["2024-06-18"],
        notes="association site with a member-login row and a member hotline; the minutes' 时间 line is the date; 时间/地点/主持/出席/列席/记录 lines and a vote count; the association's name in the header is also the signature (head)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>会务 » 櫆城市线缆行业协会第三届理事会第五次会议纪要 - 协会官网</title>
</head>
<body>
<div class="xh-top">⟦m 櫆城市线缆行业协会⟧　<a>⟦a 会员单位登录⟧</a>　<a>⟦a 申请入会⟧</a></div>
<nav>⟦m 协会概况　会务动态　行业标准　质量信息　会员风采⟧</nav>
<div class="here">⟦m 首页 / 会务动态⟧</div>
<div class="page">
<h1>{T}</h1>
<div class="meta">⟦m 秘书处　2024-06-18　阅读 164⟧</div>
<div class="body">
{BODY}
</div>
<div class="prev-next">⟦l 上一条：关于缴纳2024年度会费的通知⟧<br>⟦l 下一条：协会组团参加华中线缆展的邀请⟧</div>
</div>
<div class="hotline">⟦m 会员服务专线：0797-8260731⟧</div>
<div class="foot">⟦m 版权所有：櫆城市线缆行业协会秘书处　赣ICP备20013306号⟧</div>
<script src="/js/member-login.js"></script>
</body>
</html>
""",
        body="""
时间：2024年6月14日下午2:30
地点：协会会议室
主持：会长　严德昌
出席：理事单位代表17人（应到19人）
列席：市市场监管局产品质量安全监督管理科　汤敏
记录：秘书处　萧雨桐
会议主要议定以下事项：
一、通报了上半年全市网线产品质量抽查情况。抽查的42批次网线中，有6批次导体电阻不合格，均为“铜包铝”线冒充无氧铜线。
二、审议通过《网线产品质量自律承诺书》，要求会员单位在产品外包装标明导体材质，不得以铜包铝冒充纯铜。表决结果：同意17票，反对0票，弃权0票。
三、决定下半年组织会员单位开展网线检测技术培训，由秘书处拟定方案。
櫆城市线缆行业协会秘书处
""",
    ),
    dict(
        slug="fuwan-consumables-association-covenant-wrapped",
        site="洑湾县打印耗材行业协会 (invented)",
        style="行业协会",
        genre="公约",
        kind="other",
        form="text",
        source="http://www.fwhcxh.example.org.cn/gy/2024-08-21.html",
        title="打印耗材行业诚信经营自律公约",
        record_title="公约全文丨打印耗材行业诚信经营自律公约（会员大会通过）",
        date="2024-08-20",
        notes="association text hard-wrapped at 70 columns with a plain indent; numbered articles; 成文日期 under the signature",
        page="""
!m 洑湾县打印耗材行业协会　｜　会员之家
!m 首页 → 协会文件
!t 公约全文丨打印耗材行业诚信经营自律公约（会员大会通过）
!m 秘书处发布　浏览 88 次
{BODY}
!a 〔下载公约签署回执〕　〔打印〕
!m 协会秘书处：洑湾县商贸大厦7楼　会员热线 0743-8277304
""",
        wrap=70,
        indent="    ",
        body="""
为规范本县打印耗材市场秩序，维护消费者合法权益，促进行业健康发展，本会全体会员单位共同订立本公约，自愿遵守。
一、诚信标注。销售的墨盒、硒鼓应如实标明原装、兼容或再生，不得以兼容、再生产品冒充原装产品销售。
二、明码标价。在店堂和网店显著位置公示主要型号墨盒价格，不得对机关、学校等单位客户虚高报价或给予回扣。
三、质量保证。兼容和再生墨盒应提供不少于6个月的质保，因墨盒质量问题损坏打印机的，依法承担赔偿责任。
四、规范回收。建立空墨盒回收台账，回收的空盒交有资质的企业处理，不得随意丢弃或向无资质人员转卖。
五、接受监督。会员单位违反本公约的，经查实由本会在会员范围内通报批评；情节严重的，取消会员资格。
洑湾县打印耗材行业协会
2024年8月20日
""",
    ),
    dict(
        slug="jingxiu-company-news-eye-care-monitors",
        site="晶岫显示科技有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jingxiu-display.example.com/news/2024/1015-01.html",
        title="晶岫推出低蓝光护眼显示器“清岫”系列",
        record_title="晶岫资讯｜晶岫推出低蓝光护眼显示器“清岫”系列",
        record_date="2024-10-15",
        date="2024-10-15",
        notes="company site: the record gives the date; a cookie notice, a service float, a product-ad line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>晶岫资讯｜晶岫推出低蓝光护眼显示器“清岫”系列</title>
<script src="/assets/js/cookie-consent.js"></script>
</head>
<body>
<header>⟦m 晶岫显示 JINGXIU⟧<nav>⟦m 产品中心　解决方案　服务支持　晶岫资讯　关于晶岫⟧</nav></header>
<div class="crumb">⟦m 首页 ＞ 晶岫资讯 ＞ 公司新闻⟧</div>
<article>
<h1>{T}</h1>
<div class="date">⟦m 2024.10.15　｜　品牌中心⟧</div>
<div class="rich">
{BODY}
</div>
<div class="share">⟦l 分享：微信　微博　复制本页链接⟧</div>
</article>
<div class="svc">⟦w 采购咨询？点此联系晶岫客服⟧</div>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示您同意我们的隐私政策⟧ <button>⟦a 知道了⟧</button></div>
<footer>⟦m © 2024 晶岫显示科技有限公司　全国服务热线 400-7716-3308　粤ICP备18097725号⟧</footer>
</body>
</html>
""",
        body="""
10月15日，晶岫显示科技有限公司在櫆城举行新品发布会，推出面向办公和学生用户的“清岫”系列低蓝光护眼显示器。
据介绍，“清岫”系列共有24英寸和27英寸两款，采用硬件级低蓝光方案，在不改变画面色彩的情况下降低有害蓝光比例；屏幕支持无频闪调光，在低亮度下也不会出现闪烁。
⟦a 【新品预约】“清岫”27英寸首批限量500台，点击预约⟧
针对办公场景，新品配备了可升降、可旋转的支架，用户可以把屏幕调到与视线平齐的高度，减少低头和仰头带来的颈部疲劳。
公司负责人表示，新品将首先供应櫆城市部分中小学和政务服务中心，年内计划产能10万台。
""",
    ),
    dict(
        slug="fuwan-digital-recall-stb-adapters-batches",
        site="洑湾数码科技有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.fuwan-digital.example.com/gg/recall-20240830.html",
        title="关于召回部分型号机顶盒电源适配器的公告",
        record_title="重要公告 ｜ 关于召回部分型号机顶盒电源适配器的公告 · 洑湾数码",
        date="2024-08-30",
        notes="company text: a recall table of batches one row a paragraph; the recall line beside a 400 sales line and an online-shop prompt",
        page="""
!m 洑湾数码　FUWAN DIGITAL
!m 首页　产品　服务　公告　关于我们
!t 重要公告 ｜ 关于召回部分型号机顶盒电源适配器的公告 · 洑湾数码
{BODY}
!m 销售热线：400-8809-2716（仅受理产品购买咨询）
!a 官方网店在线选购 ＞＞
!m © 洑湾数码科技有限公司　湘ICP备16054422号
""",
        body="""
尊敬的用户：
我公司在售后检测中发现，2023年11月至2024年2月生产的部分机顶盒配套电源适配器，在长时间高温环境下使用可能出现外壳变形，存在安全隐患。为保障用户安全，我公司决定主动召回上述电源适配器。现将有关事项公告如下：
一、召回范围
机顶盒型号　适配器批次　数量
FW-S360　2023110至2023125　8420个
FW-S380　2024010至2024022　5130个
二、召回方式：用户可查看适配器背面标签上的批次号，属于召回范围的，我公司免费更换新适配器，由服务人员上门更换或快递寄送。
三、在更换前，请用户暂停使用上述适配器，或在不使用时拔下电源。
召回专线：0743-8269015（每天8:00-20:00）。
洑湾数码科技有限公司
2024年8月30日
""",
    ),
    dict(
        slug="jiangxin-school-brochure-cabling-class",
        site="匠心职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jiangxin-peixun.example.cn/kc/ruodian-buxian.html",
        title="网络综合布线实操班招生简章",
        record_title="网络综合布线实操班招生简章｜小班实训 - 匠心职业培训学校",
        date=None,
        notes="training school: a promo banner, a consult float and a franchise 400 line beside the school's own 报名电话; a numbered course list; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>网络综合布线实操班招生简章｜小班实训 - 匠心职业培训学校</title>
</head>
<body>
<div class="promo">⟦a 本月报名立减200元，老学员推荐再送工具包⟧</div>
<header>⟦m 匠心职业培训学校⟧　<span>⟦m 学一门手艺，端一个饭碗⟧</span></header>
<nav>⟦m 首页　电工培训　弱电布线　家电维修　学员风采　联系我们⟧</nav>
<div class="pos">⟦m 首页 › 弱电布线⟧</div>
<div class="course">
<h1>{T}</h1>
<div class="txt">
{BODY}
</div>
</div>
<div class="zx">⟦w 在线咨询：课程老师秒回⟧</div>
<div class="join">⟦m 全国招商加盟热线：400-6602-8817⟧</div>
<footer>⟦m 樘岭县匠心职业培训学校　办学许可证号：教民143070270000318号⟧</footer>
<script src="/js/kefu-float.js"></script>
</body>
</html>
""",
        body="""
网络综合布线实操班面向弱电施工人员、物业电工和想入行的零基础学员，采用“理论+实操”小班教学，每班不超过12人。
一、课程内容
1. 网线、光纤等传输介质的认识与选型；
2. 水晶头压接、信息模块打线和配线架端接；
3. 网线通断、长度测试和测试报告填写；
4. 弱电箱整理和标签规范。
二、学习时间：每期10天，白天上课，晚上开放实训室自主练习。
三、收费标准：学费1680元，含实训耗材和教材；结业考核合格的，颁发培训结业证书。
四、报名方式：携带身份证复印件和一寸照片2张到学校前台报名，也可以电话预约试听。
报名电话：0744-5136602　蒋老师
""",
    ),
    dict(
        slug="qiaoshou-school-trainee-insight-ink-oneline",
        site="巧手电器维修培训 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.qiaoshou-weixiu.example.cn/xueyuan/xd/071.html",
        title="学打印机维修一个月的心得",
        record_title="【结业随笔】学打印机维修一个月的心得 - 巧手电器维修培训",
        date=None,
        notes="training-school text: the whole body on one line; a trial-lesson prompt and a consult WeChat; no date",
        page="""
!m 巧手电器维修培训　｜　包教包会　学不会免费重学
!m 首页 ＞ 学员风采 ＞ 学员心得
!t 【结业随笔】学打印机维修一个月的心得
!m 学员：灈水小廖（打印机维修第18期）
{BODY}
!a 预约免费试听一节课 →
!w 课程顾问微信：qiaoshou_gu01
!l 更多学员心得：从复印店学徒到自己开店　｜　五十岁学修空调，我也行
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
报名打印机维修班之前，我在一家复印店打工，墨盒没墨了只会换新的，一个月光墨盒就要花掉老板好几百块。
第一周学的是打印机结构。老师把一台喷墨打印机拆开，一个零件一个零件地讲，我才知道墨盒和喷头是怎么配合工作的。
第二周开始练加墨。老师说加墨最怕两件事：一是墨水型号不对，二是注墨太快带进气泡。我练了二十多个空墨盒，才做到不漏墨、不断线。
后两周学的是清洗喷头和常见故障排除。结业那天，我一个人修好了一台“打印有白线”的机器，心里特别踏实。
现在回到店里，墨盒能自己加墨、自己保养，老板说一个月能省下三百多块。
""",
    ),
    dict(
        slug="biyou-app-host-script-stb-launch",
        site="笔友范文APP share page (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.biyou-fanwen.example.cn/share/doc?id=8830174&from=wx",
        title="“智慧广电进万家”机顶盒惠民安装活动启动仪式主持词",
        record_title="“智慧广电进万家”机顶盒惠民安装活动启动仪式主持词【直接改名可用】 · 笔友范文APP",
        date=None,
        notes="writing app's H5 share: an open-app mask, a fold and AI buttons, a share-count stamp; a host script with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>“智慧广电进万家”机顶盒惠民安装活动启动仪式主持词【直接改名可用】 · 笔友范文APP</title>
</head>
<body>
<div class="app-bar">⟦m 笔友范文⟧　<a class="open">⟦a 在APP里看⟧</a></div>
<div class="doc">
<h1>{T}</h1>
<p class="stat">⟦m 已被 3.1万 人使用　｜　昨天更新⟧</p>
<div class="doc-body">
{BODY}
</div>
<div class="fold">⟦a 点开余下段落⟧</div>
<div class="ai">⟦a AI换个说法⟧　⟦a AI扩写一段⟧　⟦a 一键复制⟧</div>
</div>
<div class="mask">⟦a 在笔友范文APP内查看完整排版，新用户免费领7天会员⟧</div>
<div class="rec"><h4>⟦l 相关主持词⟧</h4><ul><li>⟦l 文化惠民演出开幕主持词⟧</li><li>⟦l 乡村电影放映启动仪式主持词⟧</li></ul></div>
<script src="https://h5.biyou-fanwen.example.cn/js/openapp.js"></script>
</body>
</html>
""",
        body="""
尊敬的各位领导、各位来宾，乡亲们：
大家上午好！在这个丰收的季节，我们相聚在毳坪镇文化广场，隆重举行“智慧广电进万家”机顶盒惠民安装活动启动仪式。
出席今天启动仪式的有：县文旅广体局、县广电网络公司的负责同志，毳坪镇党委、政府的主要领导，以及各村党支部书记和群众代表。让我们以热烈的掌声表示欢迎！
下面，进行第一项，请县广电网络公司负责同志介绍惠民安装活动安排。
进行第二项，请群众代表发言。
进行第三项，请县文旅广体局负责同志讲话。
进行第四项，请各位领导为首批安装服务队授旗。
乡亲们，今天的启动仪式到此结束。安装服务队将在今天下午进村入户，欢迎大家到现场咨询。谢谢大家！
""",
    ),
    dict(
        slug="cailiaotong-app-summary-secrecy-usb",
        site="材料通APP share page (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.cailiaotong.example.cn/s/7Qk2xN",
        title="2024年度机关保密工作总结",
        date="2024-12-24",
        notes="title as the record gives it; writing-app share text with an open-app line, a member prompt between paragraphs and an AI button; 成文日期 under the signature",
        page="""
!m 材料通 · 体制内写作助手
!a 打开材料通APP，阅读体验更佳
{T}
!m 来自材料通用户“瀼口小周”的分享　｜　2 小时前
{BODY}
!a 开通会员，解锁全文并下载Word
!a ✎ AI帮我改写
!l 你可能还需要：2024年保密自查报告　｜　保密工作述职报告
""",
        body="""
2024年，局机关认真贯彻保密法律法规，以移动存储介质管理为重点，扎实做好保密各项工作，全年未发生失泄密事件。现将有关情况总结如下。
一、完善制度，堵住U盘管理漏洞
年初修订《机关移动存储介质管理办法》，对全局142个U盘重新登记造册，涉密U盘全部更换为加密U盘，非涉密U盘贴蓝色标签，实行分色管理。
二、强化检查，及时发现隐患
每季度开展一次保密自查，全年检查办公电脑96台次，发现并整改非涉密U盘接入内网电脑等问题5个。
⟦a 以下内容为会员专享，开通后可查看⟧
三、加强教育，增强保密意识
组织观看保密警示教育片2次，开展保密知识测试1次，新入职干部全部签订保密承诺书。
四、存在问题和明年打算
个别干部仍有用个人U盘拷贝工作文件的习惯。明年将在内网电脑全面部署U盘准入控制，从技术上杜绝违规接入。
瀼口县自然资源局办公室
2024年12月24日
""",
    ),
    dict(
        slug="shangan-forum-interview-answer-stb-elders-jammer",
        site="上岸驿站 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shangan-yizhan.example.cn/thread-55103-1-1.html",
        title="社区老人不会用新换的机顶盒，你作为网格员怎么办？",
        record_title="【网格员面试】社区老人不会用新换的机顶盒，你作为网格员怎么办？ - 结构化面试 - 上岸驿站",
        date=None,
        notes="exam forum: jammer-font junk in the answer, a reply-to-see prompt, a rating row and a QQ-group ad; relative time (no date)",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>【网格员面试】社区老人不会用新换的机顶盒，你作为网格员怎么办？ - 结构化面试 - 上岸驿站</title>
</head>
<body>
<div id="hd">⟦m 上岸驿站 · 公考人的加油站⟧　<a>⟦a 签到领积分⟧</a></div>
<div id="pt">⟦m 上岸驿站 › 面试专区 › 结构化面试⟧</div>
<div class="thread">
<h1>⟦t 【网格员面试】社区老人不会用新换的机顶盒，你作为网格员怎么办？⟧</h1>
<div class="authi">⟦m 楼主 一次上岸 ┆ 发表于 4 天前 ┆ 阅读 1966⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 【隐藏内容】评分要点及高分示范，回复本帖后可见⟧</div>
<div class="rate">⟦l 评分 6 人　积分 +18　“思路清楚”⟧</div>
</div>
<div class="ad">⟦w 面试一对一模拟，进群领真题：QQ群 736120458⟧</div>
<div id="ft">⟦m 上岸驿站　鄂ICP备21005517号⟧</div>
<script src="static/js/hide_reply.js"></script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
这道题考查的是组织协调和服务群众的能力，我会分三步来做。
第一步，摸清情况。我会先通过网格微信群和入户走访，摸排网格内有多少老人家里换了新机顶盒、哪些老人独居、主要卡在哪一步，是开机、换台还是点播，做到心中有数。
第二步，分类解决。对能学会的老人，联系广电公司的技术员在社区开一堂“机顶盒小课堂”，把步骤写成大字卡片贴在电视旁；对独居、行动不便的老人，组织志愿者一对一上门，帮他们设置好常看频道。
第三步，建立长效机制。在网格里培养几名“热心邻居”，老人遇到问题可以就近求助；同时把老人反映集中的问题整理后反馈给广电公司，推动简化操作界面。
总之，让老人看得上、看得好电视，是网格员的分内事。
""",
    ),
    dict(
        slug="gongkao-xiaozhan-forum-computer-test-monitor-junk",
        site="公考小栈 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="经验帖",
        kind="other",
        form="text",
        source="http://www.gongkao-xiaozhan.example.cn/t/88412",
        title="机考那天显示器太亮看得眼花，说几点经验",
        record_title="[机考心得] 机考那天显示器太亮看得眼花，说几点经验 - 笔试交流 - 公考小栈",
        date=None,
        notes="exam-forum text with junk lines and junk glued after 。; a relative post time; replies and a course ad",
        page="""
!m 公考小栈 — 一起上岸
!m 首页 › 笔试交流
!t [机考心得] 机考那天显示器太亮看得眼花，说几点经验
!m 楼主：晚睡的橘子　发表于 3 天前　回复 27　查看 2408
{BODY}
!l 1# 咸鱼翻身中：第三条太实用了，资料分析真的费眼
!l 2# 上岸吧阿婷：我们考场也是，亮得晃眼
!w 机考模拟系统免费体验，加小栈老师微信 xiaozhan_kf6
!m 公考小栈　苏ICP备22017463号
""",
        junk=dict(lines=2, glued=2),
        body="""
上周末参加了省考的机考，考场的显示器亮度特别高，前半小时看得我眼睛发酸，差点影响发挥。说几点经验，给后面考机考的同学参考。
第一，开考前先举手问能不能调亮度。我们考场允许考生在开考前调整显示器亮度，但要在监考老师看着的情况下调，开考后就不让动了。
第二，平时刷题尽量在电脑上刷。纸上做题和屏幕上读材料完全是两种感觉，资料分析的表格在显示器上看更费眼。
第三，学会用草稿纸。机考的材料不能划线，重要的数字要及时抄到草稿纸上，别在屏幕上来回翻。
最后，考前一晚少看手机，保护好眼睛，第二天状态会好很多。
""",
    ),
]
