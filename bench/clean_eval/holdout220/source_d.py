"""holdout220, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (each once as HTML, once as text).

Every page, place, person, firm, site, URL and number here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="cityforum-yuxi-night-speaker-question-jammer",
        site="庾溪论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.yuxi-home.example.cn/thread-260931-1-1.html",
        title="小区楼下夜里蓝牙音箱外放到十一点，到底该找谁管？",
        record_title=None,
        date=None,
        notes="county forum, no title in the record: the thread subject; a weather line, medals, jammer-font junk, an "
        "official-reply link, a decoration ad with a QQ; posted '3 天前' (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>庾溪论坛 - 庾溪人的网上家园</title>
<style>.jammer{display:none}</style>
<script src="data/cache/style_2_common.js"></script>
</head><body>
<div id="toptb">⟦m 庾溪 今日 多云 12~21℃⟧　<a>⟦a 手机看论坛⟧</a>　<a>⟦a 登录｜注册⟧</a></div>
<div id="hd">⟦m 庾溪论坛⟧　<span>⟦m 庾溪人的网上家园⟧</span></div>
<div id="pt">⟦m 庾溪论坛 » 民生直通车 » 帖子⟧</div>
<div id="postlist">
<table><tr><td class="pls"><p>⟦m 滨河小区老住户⟧</p><p>⟦m 勋章：热心邻居　发帖达人⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="gov">⟦l 【官方回复】舂溪镇人民政府：已转滨河社区核实处理，点此查看回复 ›⟧</div>
</td></tr></table>
<div class="ad">⟦w 【本地商家】庾溪整装 · 免费上门量房　QQ 2938810446⟧</div>
<div class="reply"><p>⟦l 沙发　舂溪小鱼：同样遇到过，打12345有用⟧</p></div>
</div>
<div id="ft">⟦m 庾溪论坛（bbs.yuxi-home.example.cn）　湘ICP备17002256号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我家住在舂溪镇滨河小区6栋，楼下有块空地，最近每天晚上都有几个人拿蓝牙音箱放歌，一放就放到晚上十一点多。
家里老人睡眠不好，孩子今年要中考，实在受不了。我下楼好好商量过两次，对方说“又不是天天放”，音量关小了没十分钟又开大了。
打过物业电话，物业说他们管不了公共区域的噪声；打110，民警来劝了一次，第二天照旧。
想问问各位：这种情况到底该找谁？社区、城管还是环保？有没有遇到过类似情况的朋友，最后是怎么解决的？
先谢谢大家了！
""",
    ),
    dict(
        slug="cityforum-houling-fake-inspectors-water-heater-junk",
        site="堠岭论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.houlingbbs.example.com/forum/t-188402.html",
        title="有人冒充供电所上门“检测”电热水器，家里有老人的注意了",
        record_title="[生活提醒] 有人冒充供电所上门“检测”电热水器，家里有老人的注意了（转） - 百姓话题 - 堠岭论坛",
        date=None,
        notes="county-forum post with junk lines and junk glued after 。; the post's own community-police phone; posted "
        "'前天 20:15' (no date); a tag, an aside and board and site around the title",
        page="""
!m 堠岭论坛 › 百姓话题
!t [生活提醒] 有人冒充供电所上门“检测”电热水器，家里有老人的注意了（转）
!m 楼主　河堤晨跑　发表于 前天 20:15　查看 3,880　回复 41
{BODY}
!l 2楼　老街坊：我家隔壁上个月也遇到了，骗走一千多
!l 3楼　堠岭供电服务：供电公司不会上门推销任何电器，请大家转告
!a 快速回复　　发表回复前请先登录
!m 堠岭论坛　违法和不良信息举报：0745-3300110
""",
        junk=dict(lines=2, glued=2),
        body="""
今天上午，我妈一个人在家，有两个穿蓝色工装的人敲门，说是“供电所的”，要免费检测家里的电热水器。
进门后他们拿个仪器在热水器上比划了几下，说内胆漏电，很危险，必须马上换新的，还当场拿出一台“节能热水器”，要价两千八。
我妈没带手机，差点就交钱了，幸好对门邻居过来问了一句，那两人才匆匆走了。
我下午打电话问了供电所，人家明确说从来不上门检测热水器，也不推销任何电器。
提醒大家：
1.供电部门不会上门推销电器，遇到这种情况直接拒绝；
2.家里有老人的，一定多叮嘱几句；
3.如遇可疑人员，可拨打社区民警电话0745-3527110。
""",
    ),
    dict(
        slug="download-yide-curtain-motor-install-procedure-wps",
        site="易得资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="规程",
        kind="rule",
        form="html",
        source="http://www.yide8.example.net/soft/qiye/2025/30418.html",
        title="电动窗帘电机安装作业规程",
        record_title="电动窗帘电机安装作业规程.wps",
        date=None,
        notes="old table layout: a file-info table (size, format, an update stamp that is no date), three download links, "
        "an unzip password, a dead-link report and a floating ad; decimal headings 1.1–4.2; no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>电动窗帘电机安装作业规程.wps - 易得资料站</title>
<script src="/js/ad_float.js"></script>
</head><body topmargin="0">
<table width="980" align="center"><tr><td>⟦m 易得资料站⟧　⟦m 企业文档·办公模板·免费下载⟧</td><td align="right"><a>⟦a 加入书签⟧</a></td></tr></table>
<table width="980" align="center" class="nav"><tr><td><a>⟦m 首页⟧</a> <a>⟦m 企业管理⟧</a> <a>⟦m 办公文档⟧</a> <a>⟦m 合同范本⟧</a> <a>⟦m 下载排行⟧</a></td></tr></table>
<table width="980" align="center"><tr><td width="700" valign="top">
<div class="pos">⟦m 您的位置：易得资料站 → 企业管理 → 作业规程⟧</div>
<h3>{T}</h3>
<table class="info" border="1">
<tr><td>⟦m 文件大小：46 KB⟧</td><td>⟦m 文件格式：WPS⟧</td></tr>
<tr><td>⟦m 更新时间：2025-08-30⟧</td><td>⟦m 下载次数：1306⟧</td></tr>
<tr><td>⟦m 运行环境：WPS/Office⟧</td><td>⟦m 资料等级：★★★⟧</td></tr>
</table>
<div class="jj"><b>⟦m 资料预览：⟧</b>
{BODY}
</div>
<div class="down"><b>⟦a 下载地址：⟧</b><a>⟦a 电信高速下载⟧</a> <a>⟦a 联通高速下载⟧</a> <a>⟦a 本站本地下载⟧</a></div>
<p>⟦a 解压密码：www.yide8.example.net⟧</p>
<p><a>⟦a 下载失效？点此报告死链⟧</a></p>
</td><td width="270" valign="top"><b>⟦l 本类下载排行⟧</b><ul><li>⟦l 门窗安装质量验收标准⟧</li><li>⟦l 高处作业安全操作规程⟧</li></ul></td></tr></table>
<div id="float_ad">⟦w 企业制度代编，微信 yide_zhidu⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来自网络，仅供学习研究，请于下载后24小时内删除。⟧<br>⟦m Copyright 2008-2025 易得资料站　浙ICP备08117523号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
1 适用范围
1.1 本规程适用于公司安装人员在住宅、办公场所安装管状电机及开合帘电机的作业。
2 安装前准备
2.1 核对订单上的轨道长度、电机型号和供电方式，确认窗帘盒内预留了电源插座。
2.2 检查梯子、电钻、水平仪等工具完好，高处作业必须两人配合。
3 安装步骤
3.1 按图纸在顶面或墙面画线定位，每隔不超过60厘米设一个固定码。
3.2 轨道安装后用水平仪校正，误差不超过3毫米。
3.3 电机接线前必须断开电源，接好后用扎带固定线缆，严禁线缆悬空。
4 调试与交付
4.1 设定行程限位，连续开合不少于5次，无异响、无卡顿。
4.2 向用户演示遥控器和App的使用方法，并请用户在安装单上签字确认。
""",
    ),
    dict(
        slug="download-yide-plan-welfare-centre-bands-markers",
        site="易得资料站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.yide8.example.net/soft/fangan/2025/31207.html",
        title="堠岭县社会福利中心智能手环定位看护服务实施方案",
        record_title="堠岭县社会福利中心智能手环定位看护服务实施方案（Word源文件·可改）_易得资料站",
        date="2025-03-28",
        notes="download-station text preview cut by page markers ⬲ pn ⬲, on a line of their own or glued to the "
        "continuation with a space; file-info lines above, download links and a password line below; 成文日期",
        page="""
!m 易得资料站 → 方案计划 → 实施方案
!t 堠岭县社会福利中心智能手环定位看护服务实施方案（Word源文件·可改）
!m 大小：31 KB　格式：DOC　更新：2025-04-02　人气：877
!m 资料预览：
{BODY}
!a 下载地址：电信高速下载　｜　联通高速下载
!a 解压密码：www.yide8.example.net
!d 本站资料均来自网络，仅供学习研究，请于下载后24小时内删除。
""",
        pages=dict(fmt="⬲ p{n} ⬲", every=120, start=2, glue="mix", sep=" "),
        body="""
为提升失智、失能老人看护水平，防止老人走失和意外跌倒，结合中心实际，制定本方案。
一、服务对象
中心入住的失智老人38名、失能半失能老人56名，以及家属申请佩戴的其他老人。
二、主要内容
（一）为服务对象统一配发具有定位、跌倒报警、心率监测功能的智能手环，手环与中心值班平台联网。
（二）在院区围墙内设置电子围栏，老人佩戴手环走出围栏时，平台自动报警，值班护理员5分钟内到达现场。
（三）护理员每日交接班时检查手环电量和佩戴情况，每周对手环进行一次清洁消毒。
三、保障措施
手环采购及平台服务费用共计9.6万元，由县民政局专项资金列支。中心成立由主任任组长的工作专班，每月通报手环报警及处置情况。
堠岭县社会福利中心
2025年3月28日
""",
    ),
    dict(
        slug="exam-dianshui-announcement-written-test-devices",
        site="坫水县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.dianshui.gov.example.cn/kwgg/2025/0701/1092.html",
        title="坫水县2025年事业单位公开招聘工作人员笔试考生须知",
        record_title="【笔试须知】坫水县2025年事业单位公开招聘工作人员笔试考生须知｜坫水县人事考试网",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float and the site's technical-support line "
        "beside the notice's own 咨询电话; telling candidates to 下载并打印准考证 is content; 成文日期 differs from the "
        "page's 发布时间",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【笔试须知】坫水县2025年事业单位公开招聘工作人员笔试考生须知｜坫水县人事考试网</title>
<script src="/js/zkz-float.js"></script>
</head><body>
<div class="notice-bar">⟦d 系统将于7月6日0:00至6:00升级维护，届时暂停访问，敬请谅解。⟧</div>
<div class="head">⟦m 坫水县人事考试网⟧<span>⟦m 坫水县人事考试中心主办⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 报名入口⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="content">
<div class="where">⟦m 当前位置：首页 / 考试公告 / 事业单位招聘⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 发布时间：2025-07-01 16:20　信息来源：县人事考试中心⟧</p>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 分享：微信 · QQ · 复制链接⟧</div>
</div>
<div id="zkzFloat"><a>⟦a 准考证打印入口（7月8日开放）⟧</a></div>
<div class="foot">⟦m 网上报名技术支持：0743-5203399　邮箱：rsks_ds@example.cn⟧<br>⟦m 湘ICP备11009028号⟧</div>
</body></html>
""",
        body="""
各位报考人员：
坫水县2025年事业单位公开招聘工作人员笔试定于7月12日上午举行。为确保考试顺利进行，现将有关事项公告如下：
一、请于7月8日9:00至7月11日17:00登录本网站下载并打印准考证，准考证须用A4纸打印，正反面均不得涂改。
二、考生须于开考前30分钟凭准考证和有效居民身份证进入考场，开考15分钟后不得入场。
三、严禁携带手机、智能手环、智能手表、无线耳机等电子设备进入考场。已携带的，须在考场外指定位置关机存放。考场将使用信号检测设备，违者按违纪违规处理。
四、考生应服从考务人员管理，自觉遵守考场规则。
咨询电话：0743-5203317（工作日8:30—17:30）。
坫水县人力资源和社会保障局
2025年6月30日
""",
    ),
    dict(
        slug="exam-dianshui-bulletin-device-violations-table",
        site="坫水县人事考试网 (invented)",
        style="人事考试网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://rsks.dianshui.gov.example.cn/tzgg/2025/0728/1133.html",
        title="关于2025年上半年人事考试考生携带电子设备违纪违规情况的通报",
        date="2025-07-25",
        date_also=["2025-07-28"],
        notes="exam-site text given in the record as is: a violations table (one row a paragraph); 成文日期 under the "
        "signature and a later 录入时间 on the page; a system-busy notice at the top and a hotline footer",
        page="""
!d 温馨提示：报名高峰期系统访问较慢，请错峰操作。
!m 坫水县人事考试网 ＞ 通知公告
{T}
!m 信息来源：县人事考试中心　录入时间：2025-07-28　点击：2,671
{BODY}
!l 上一条：2025年下半年考试计划预告
!l 下一条：关于公布2025年公开招聘面试成绩的公告
!m 网上报名技术支持：0743-5203399
""",
        indent="\u3000\u3000",
        body="""
2025年上半年，我县共组织各类人事考试6次，参考人员2.1万人次。考试中，共查处违纪违规考生14人，其中携带电子设备进入考场的11人，占比近八成。现将有关情况通报如下：
设备类型　人数　处理结果
智能手环　5　当科成绩无效
无线耳机　4　当科成绩无效
手机　2　当次全部科目成绩无效
从查处情况看，部分考生对智能手环、无线耳机属于禁带物品认识不足，认为“只是看时间”“忘了摘”。在此提醒广大考生：考试时除规定物品外，任何电子设备都不得带入考场。
各考点要加强考前安检，考务人员要在开考前再次提醒考生自查。
坫水县人事考试中心
2025年7月25日
""",
    ),
    dict(
        slug="tender-sanghu-inquiry-school-water-heaters-table",
        site="磉湖县公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.sanghu.gov.example.cn/jyxx/zfcg/xjgg/20250409/7741.html",
        title="磉湖县第一中学学生公寓电热水器采购项目询价公告",
        record_title="[货物类] 磉湖县第一中学学生公寓电热水器采购项目询价公告_磉湖县公共资源交易网",
        date="2025-04-09",
        notes="tender portal: a countdown, an attachment link, CA and trading-system lines beside the purchaser's and "
        "agency's own contacts; an items table; telling suppliers to 下载 the file or 扫描二维码 is content; the "
        "agency's date under its name",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[货物类] 磉湖县第一中学学生公寓电热水器采购项目询价公告_磉湖县公共资源交易网</title>
<script src="/js/countdown.min.js"></script>
</head><body>
<div class="top">⟦m 磉湖县公共资源交易网⟧　<a>⟦a 交易主体登录⟧</a>　<a>⟦a CA证书办理⟧</a></div>
<div class="nav">⟦m 首页 ＞ 交易信息 ＞ 政府采购 ＞ 询价公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<div class="meta">⟦m 信息时间：2025-04-09　阅读次数：417⟧</div>
<div class="cd">⟦m 距报价截止还有：7天16时22分⟧</div>
<div class="article">
{BODY}
</div>
<div class="att">⟦a 相关附件：磉湖一中电热水器询价文件.zip（点击下载）⟧</div>
<div class="qr">⟦l 扫一扫，交易信息随身看⟧</div>
</div>
<div class="foot">⟦m CA办理咨询：400-880-1166⟧<br>⟦m 交易系统技术支持：0739-6600123⟧<br>⟦m 磉湖县公共资源交易中心　地址：磉湖县政务服务中心四楼⟧</div>
</body></html>
""",
        body="""
一、项目编号：SHCG-2025-0417
二、采购内容及数量：
品目　规格　数量　最高限价（元）
储水式电热水器　60升，一级能效，带防电墙　180台　1650
漏电保护插座　16A，带开关　180只　45
三、供应商资格要求：具有独立法人资格，近三年无重大违法记录。
四、获取询价文件：请于2025年4月10日至4月16日登录交易平台下载询价文件，也可扫描本公告下方二维码获取。
五、报价截止时间：2025年4月17日9:30。
六、联系方式
采购人：磉湖县第一中学　联系人：郝老师　电话：0739-6610542
代理机构：磉湖县恒信招标代理有限公司　联系人：柴工　电话：0739-6623871
磉湖县恒信招标代理有限公司
2025年4月9日
""",
    ),
    dict(
        slug="tender-yuxi-award-curtains-senior-centre-lots",
        site="庾溪县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zfcg.yuxi.gov.example.cn/zbgg/2025/0620/YXZC-2025-062.html",
        title="庾溪县老年活动中心电动窗帘采购及安装项目中标结果公告",
        record_date="2025-06-20",
        date="2025-06-20",
        notes="tender-site text with the record's title as is and the record's date; a lots table (one row a paragraph), "
        "experts and the purchaser's contact; a platform hotline and a print/close row",
        page="""
!m 庾溪县政府采购网
!m 当前位置：首页 » 采购公告 » 结果公告
{T}
!m 发布日期：2025-06-20　浏览：298
!a 【打印公告】【关闭本页】
{BODY}
!m 平台服务热线：0738-4700888（工作日 8:30-17:00）
!d 本网站公告信息以采购人或代理机构提供的原件为准。
""",
        body="""
一、项目编号：YXZC-2025-062
二、项目名称：庾溪县老年活动中心电动窗帘采购及安装项目
三、中标信息
包号　中标供应商　中标金额（元）
1包（电动窗帘）　庾溪县明帆窗饰有限公司　186400
2包（安装调试）　璧源市安居建筑装饰工程有限公司　32800
四、评审专家：仇海平、冯雪梅、孟晓东（采购人代表）
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式：采购人庾溪县老年活动中心，联系人闵女士，电话0738-4720316。
庾溪县政府采购中心
2025年6月20日
""",
    ),
    dict(
        slug="lawfirm-hengli-case-speaker-fire-platform",
        site="衡立律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.henglilaw.example.cn/ajsd/2025/417.html",
        title="网购蓝牙音箱充电时起火，卖家和平台谁来赔？",
        record_title="【律师聊案子】网购蓝牙音箱充电时起火，卖家和平台谁来赔？ - 衡立律所",
        date=None,
        notes="law-firm site: a lawyer card, a consult float, a 400 line and a repost notice; the case note is 'updated 2 "
        "weeks ago' (no date); bracketed section heads inside paragraphs; a consult prompt glued after a paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>【律师聊案子】网购蓝牙音箱充电时起火，卖家和平台谁来赔？ - 衡立律所</title>
<script src="/static/consult-float.js"></script>
</head><body>
<header><div class="brand">⟦m 衡立律师事务所⟧</div><div class="hot">⟦m 全国咨询热线：400-615-8818⟧</div></header>
<nav><a>⟦m 首页⟧</a><a>⟦m 律所简介⟧</a><a>⟦m 专业团队⟧</a><a>⟦m 律师说案⟧</a><a>⟦m 联系我们⟧</a></nav>
<main>
<div class="crumb">⟦m 首页 › 律师说案 › 消费维权⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 更新于 2 周前　阅读 1,204⟧</p>
<section class="post">
{BODY}
</section>
<div class="card">⟦m 主办律师：谭思齐　执业证号：14301201811223456　擅长：消费维权、产品责任⟧</div>
<p class="repost">⟦d 本文为衡立律所原创，转载请注明出处，不构成对具体案件的法律意见。⟧</p>
</main>
<div id="consult">⟦w 在线问律师，30 分钟内回复 →⟧</div>
<footer>⟦m 衡立律师事务所　地址：璧源市玓城区金融街8号汇通大厦21层⟧<br>⟦m 湘ICP备18033012号⟧</footer>
</body></html>
""",
        body="""
【基本案情】去年8月，市民曹先生在某电商平台购买了一只便携蓝牙音箱。今年1月，音箱在充电时突然起火，烧毁了书桌和部分书籍，曹先生手部轻度烧伤。经鉴定，起火原因系音箱电池存在质量缺陷。曹先生找卖家索赔，卖家以“店铺已关闭”为由拒绝；找平台，平台称只是提供交易场所。
【律师分析】根据民法典和消费者权益保护法的规定，因产品缺陷造成损害的，被侵权人可以向生产者请求赔偿，也可以向销售者请求赔偿。网络交易平台不能提供销售者真实名称、地址和有效联系方式的，消费者可以要求平台赔偿；平台赔偿后，有权向销售者追偿。
本案中，平台如不能提供卖家的有效信息，就应先行赔偿曹先生的财产损失和医疗费用。⟦w 遇到类似纠纷？点此一键咨询⟧
【律师提醒】购买充电类电子产品，应选择有3C认证的正规产品，保存好订单和付款记录；充电时不要离人，更不要放在床上、沙发上充电。
""",
    ),
    dict(
        slug="lawfirm-hengli-letter-curtain-repair-pdf",
        site="衡立律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="other",
        form="text",
        source="https://www.henglilaw.example.cn/wsfb/lsh-2025-0506.pdf",
        title="关于督促履行电动窗帘维修义务的律师函",
        record_title="关于督促履行电动窗帘维修义务的律师函.pdf",
        date="2025-05-06",
        notes="a law firm's published letter, file-name record title; the letter's own contact line; the firm's date "
        "under its name; a 400 line and a PDF viewer's page line around it",
        page="""
!m 衡立律师事务所 · 文书公开
!t 关于督促履行电动窗帘维修义务的律师函.pdf
!a 下载PDF　|　打印　|　分享给朋友
{BODY}
!p PDF 第 1 页（全 1 页）
!m 全国咨询热线：400-615-8818
!d 公开文书已隐去当事人部分信息。
""",
        indent="\u3000\u3000",
        body="""
璧源市锦帆窗饰有限公司：
衡立律师事务所接受冯雪梅女士的委托，指派谭思齐律师就贵公司电动窗帘维修一事致函如下：
2024年9月，冯女士与贵公司签订《电动窗帘安装合同》，约定电机保修三年。今年3月起，冯女士家中客厅窗帘电机多次无法启动，冯女士先后5次致电贵公司售后，贵公司均以“安排中”为由未派员上门。
根据合同约定，贵公司应在保修期内免费维修或更换电机。请贵公司在收到本函之日起7日内派员上门维修；逾期未履行的，本所将代表委托人依法提起诉讼，由此产生的一切费用由贵公司承担。
联系人：谭思齐律师，电话：0731-8520617。
衡立律师事务所
2025年5月6日
""",
    ),
]
